//! `cdtriage import --site DIR`, run as a user would, on the fixture site
//! (`tests/fixtures/site`, written for these tests).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn cdtriage() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cdtriage"));
    cmd.env("NO_COLOR", "1")
        .env("CDTRIAGE_DATA_DIR", "/nonexistent/cdtriage-data");
    cmd
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site")
}

/// A copy of the fixture site in a temp dir, to break.
fn copy_fixture(dir: &Path) -> PathBuf {
    let to = dir.join("site");
    let status = Command::new("cp")
        .arg("-r")
        .arg(fixture())
        .arg(&to)
        .status()
        .unwrap();
    assert!(status.success());
    to
}

#[test]
fn import_site_writes_a_graph_with_fix_steps_and_reports_what_it_kept_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site.ron");
    let run = cdtriage()
        .args(["import", "--site"])
        .arg(fixture())
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{err}");
    assert!(
        err.contains("2 symptoms, 2 anti-patterns, 4 fix steps, a triage questionnaire of 2 questions and 2 results"),
        "{err}"
    );
    let warning = format!(
        "cdtriage: warning: {}:66: unknown shortcode `tabpane` (kept as written)",
        fixture()
            .join("content/en/docs/anti-patterns/pipeline/hand-deploys.md")
            .display()
    );
    assert!(err.contains(&warning), "{err}");
    // Its answer facts beside it, read from the explanations (this guide's
    // questions are not the built-in guide's), which --data then loads.
    let facts = dir.path().join("site.facts.ron");
    assert!(facts.is_file(), "{err}");
    assert!(err.contains("read from the explanations"), "{err}");
    let json = cdtriage()
        .arg("--data")
        .arg(&out)
        .args(["graph", "--json"])
        .output()
        .unwrap();
    assert!(json.status.success());
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    let hand = v["anti_patterns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "hand-deploys")
        .unwrap();
    let step = &hand["fix_steps"][0];
    assert_eq!(
        step["title"],
        "Step 1: Write the steps down as a script (week 1)"
    );
    assert_eq!(
        step["text"][0],
        "Turn the checklist into a script the whole team can run."
    );
    assert_eq!(step["text"][1]["list"]["ordered"], true);
    assert_eq!(step["text"][2]["table"]["header"][0], "Worry");
    assert_eq!(hand["why"]["subsections"][1]["title"], "It slows recovery");
    assert_eq!(
        hand["measuring"][0]["table"]["rows"][0][1],
        "Should reach zero"
    );
    assert_eq!(hand["related"][0]["target"], "no-tests");
    assert_eq!(
        v["triage"]["results"][0]["symptom"]["target"],
        "slow-rollouts"
    );
    assert_eq!(v["origin"]["sections"][0], "deployment");
}

#[test]
fn all_and_section_choose_the_symptom_sections() {
    let run = |extra: &[&str]| {
        let out = cdtriage()
            .args(["import", "--site"])
            .arg(fixture())
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(run(&["--all"]).matches("number: ").count(), 3);
    let other = run(&["--section", "other"]);
    assert!(other.contains("id: \"unrelated\""), "{other}");
    assert_eq!(other.matches("number: ").count(), 1);
}

#[test]
fn a_folder_that_is_not_a_site_and_a_broken_page_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = cdtriage()
        .args(["import", "--site"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a checkout of the site's source"), "{err}");

    let site = copy_fixture(dir.path());
    let page = site.join("content/en/docs/symptoms/deployment/slow-rollouts.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replace("## Common causes", "## Causes, maybe")).unwrap();
    let out = cdtriage()
        .args(["import", "--site"])
        .arg(&site)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{}:", page.display()))
            && err.contains("no \"common causes\" section"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn control_characters_in_a_page_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let site = copy_fixture(dir.path());
    let page = site.join("content/en/docs/anti-patterns/pipeline/hand-deploys.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(
        &page,
        text.replace("## Team discussion", "## Team \u{1b}]0;owned\u{7} chat"),
    )
    .unwrap();
    let out = cdtriage()
        .args(["import", "--site"])
        .arg(&site)
        .output()
        .unwrap();
    assert!(out.status.success());
    for stream in [&out.stderr, &out.stdout] {
        let text = String::from_utf8_lossy(stream);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not one cdtriage knows"));
}
