//! The `graph` and `import` commands and `--data`, run as a user would.

use std::process::Command;

use serde_json::Value;

fn cdtriage() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cdtriage"));
    cmd.env("NO_COLOR", "1");
    cmd
}

#[test]
fn graph_json_has_the_documented_shape() {
    let out = cdtriage().args(["graph", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let symptoms = v["symptoms"].as_array().unwrap();
    assert_eq!(symptoms.len(), 21);
    let s15 = &symptoms[14];
    assert_eq!(s15["id"], "regressions-on-release");
    assert_eq!(s15["number"], 15);
    assert_eq!(s15["causes"][0]["target"], "infrequent-releases");
    assert_eq!(s15["causes"][0]["target_kind"], "symptom");
    assert_eq!(s15["causes"][1]["target_kind"], "anti_pattern");
    assert_eq!(s15["questions"][0]["targets"][0], "infrequent-releases");
    assert_eq!(s15["most_common_cause"], "testing-only-at-the-end");
    assert!(
        s15["seeing"][0]
            .as_str()
            .unwrap()
            .starts_with("The release goes out.")
    );
    assert!(
        s15["questions"][1]["question"]
            .as_str()
            .unwrap()
            .ends_with('?')
    );
    let aps = v["anti_patterns"].as_array().unwrap();
    assert_eq!(aps.len(), 26);
    let mdp = aps
        .iter()
        .find(|a| a["id"] == "missing-deployment-pipeline")
        .unwrap();
    assert_eq!(mdp["risk_level"], "critical");
    assert_eq!(mdp["category"], "Pipeline & Infrastructure");
    assert_eq!(mdp["symptoms"].as_array().unwrap().len(), 13);
    assert!(
        mdp["url"]
            .as_str()
            .unwrap()
            .starts_with("https://beyond.minimumcd.org/")
    );
}

#[test]
fn import_writes_a_graph_that_data_can_load() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.ron");
    let status = cdtriage()
        .args([
            "import",
            "assets/source/deployment-and-release-problems.print.txt",
            "--facts",
            "assets/source/site-facts.json",
            "-o",
        ])
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let json = cdtriage()
        .arg("--data")
        .arg(&out)
        .args(["graph", "--json"])
        .output()
        .unwrap();
    assert!(json.status.success());
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["symptoms"].as_array().unwrap().len(), 21);
}

#[test]
fn a_malformed_data_file_gives_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(\n  id: \"x\",\n  version: [\n").unwrap();
    let out = cdtriage()
        .arg("--data")
        .arg(&bad)
        .args(["graph", "--json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:", bad.display())), "{err}");
    assert!(err.contains("cdtriage:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    // Same for the explorer: it must not start on a bad file.
    let out = cdtriage().arg("--data").arg(&bad).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.ron"));
}

#[test]
fn a_missing_data_file_is_named() {
    let out = cdtriage()
        .args(["--data", "/nonexistent/x.ron", "graph"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.ron"));
}

#[test]
fn import_of_a_broken_source_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("broken.txt");
    let text = include_str!("../assets/source/deployment-and-release-problems.print.txt").replacen(
        "What you are seeing",
        "What we see",
        1,
    );
    std::fs::write(&src, text).unwrap();
    let out = cdtriage()
        .arg("import")
        .arg(&src)
        .args(["--facts", "assets/source/site-facts.json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("broken.txt: line 23:"), "{err}");
}
