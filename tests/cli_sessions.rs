//! `cdtriage sessions` and `cdtriage export`, run as the real binary against
//! a temporary config directory.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use cdtriage::domain::{Answer, NoteTarget, QuestionRef, Target, load};
use cdtriage::storage::Store;

/// The binary with a clean environment: HOME and XDG_CONFIG_HOME point into
/// `sandbox` so nothing can reach the real config directory.
fn cdtriage(sandbox: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cdtriage"));
    cmd.env_remove("CDTRIAGE_CONFIG_DIR")
        .env("HOME", sandbox.join("home"))
        .env("XDG_CONFIG_HOME", sandbox.join("xdg"));
    cmd
}

fn run(cmd: &mut Command) -> (bool, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    (
        status.success(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

/// Two sessions with fixed times far in the future (save keeps the later of
/// the stored time and now).
fn seed(config: &Path) {
    let graph = load::embedded().unwrap();
    let store = Store::new(config);
    let mut a = store.open_or_create("planning", &graph).unwrap();
    a.session.updated = 4_107_542_400; // 2100-03-01T00:00:00Z
    a.session.findings.toggle_mark("merge-freeze");
    a.session.findings.set_answer(
        QuestionRef {
            symptom: "merge-freeze".into(),
            index: 0,
        },
        // "Is the deployment process automated end-to-end?" No: points at
        // Manual Deployments.
        Some(Answer::No),
    );
    a.session
        .add_note(NoteTarget::General, "Bring the release calendar.".into(), 1);
    a.session.actions.push(cdtriage::domain::ActionItem {
        text: "Map the deploy steps".into(),
        owner: Some("Kai".into()),
        due: None,
        cause: Some(Target::AntiPattern("manual-deployments".into())),
        done: false,
        created: 1,
    });
    store.save(&mut a).unwrap();
    let mut b = store.open_or_create("Équipe B", &graph).unwrap();
    b.session.updated = 4_107_542_399; // one second earlier
    store.save(&mut b).unwrap();
}

#[test]
fn sessions_with_none_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let (ok, out, _) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(&config)
        .arg("sessions"));
    assert!(ok);
    assert_eq!(
        out,
        format!(
            "No sessions yet in {}.\nStart one with: cdtriage --session NAME\n",
            config.join("sessions").display()
        )
    );
    assert!(!config.exists(), "listing must not create the directory");
}

#[test]
fn sessions_lists_name_last_change_and_counts() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    seed(&config);
    let (ok, out, err) = run(cdtriage(tmp.path())
        .arg("sessions")
        .arg("--config-dir")
        .arg(&config));
    assert!(ok, "{err}");
    // NAME column is as wide as "planning" (8 characters).
    assert_eq!(
        out,
        "NAME      LAST CHANGE           ANSWERS  NOTES\n\
         planning  2100-03-01T00:00:00Z        1      1\n\
         Équipe B  2100-02-28T23:59:59Z        0      0\n"
    );
}

#[test]
fn the_environment_variable_chooses_the_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("from-env");
    seed(&config);
    let (ok, out, _) = run(cdtriage(tmp.path())
        .env("CDTRIAGE_CONFIG_DIR", &config)
        .arg("sessions"));
    assert!(ok);
    assert!(out.contains("planning"), "{out}");
    // The sandboxed HOME and XDG dirs were never used.
    assert!(!tmp.path().join("home").exists() && !tmp.path().join("xdg").exists());
}

#[test]
fn export_prints_markdown_minutes() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    seed(&config);
    let (ok, out, err) = run(cdtriage(tmp.path())
        .env("TZ", "UTC")
        .args(["export", "planning", "--config-dir"])
        .arg(&config));
    assert!(ok, "{err}");
    for expected in [
        "# Session minutes: planning\n",
        "- Last change: 2100-03-01 00:00 UTC (UTC+00:00)\n",
        "1. [Merge Freezes Before Deployments](https://beyond.minimumcd.org/docs/symptoms/deployment/merge-freeze/)\n",
        "- Is the deployment process automated end-to-end? — No → points at Manual Deployments\n",
        "- [ ] Map the deploy steps (owner: Kai; cause: [Manual Deployments](",
        "- Bring the release calendar.\n",
        // Marked merge-freeze, No to its question 1 (points at Manual
        // Deployments): citation 1/10 + most common cause 1 + 3 = 4.10.
        "1. [Manual Deployments](https://beyond.minimumcd.org/docs/anti-patterns/pipeline/manual-deployments/) (score 4.10): cited by 1 marked symptom; most common cause of 1; 1 answer points here\n",
        "licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/); adapted by cdtriage.\n",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
}

#[test]
fn export_writes_json_to_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    seed(&config);
    let file = tmp.path().join("out.json");
    let (ok, out, err) = run(cdtriage(tmp.path())
        .args(["--config-dir"])
        .arg(&config)
        .args(["export", "Équipe B", "--format", "json", "-o"])
        .arg(&file));
    assert!(ok, "{err}");
    assert_eq!(out, "");
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["name"], "Équipe B");
    assert_eq!(v["updated"], "2100-02-28T23:59:59Z");
    assert_eq!(v["answers"], serde_json::json!([]));
}

#[test]
fn export_of_a_missing_session_names_it_and_creates_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let (ok, out, err) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(&config)
        .args(["export", "ghost"]));
    assert!(!ok);
    assert_eq!(out, "");
    assert!(err.contains("there is no session named \"ghost\""), "{err}");
    assert!(!config.exists());
}

#[test]
fn export_of_a_damaged_session_reports_where_and_leaves_it() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let dir = config.join("sessions");
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join("broken.ron");
    fs::write(&path, "Session(\n  schema_version: x,\n").unwrap();
    let (ok, _, err) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(&config)
        .args(["export", "broken"]));
    assert!(!ok);
    // `x` is on line 2, column 19.
    assert!(err.contains(&format!("{}:2:19: ", path.display())), "{err}");
    assert!(err.contains("broken.ron.bak"), "{err}");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "Session(\n  schema_version: x,\n"
    );
}

#[test]
fn export_rejects_an_unsafe_name() {
    let tmp = tempfile::tempdir().unwrap();
    let (ok, _, err) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(tmp.path())
        .args(["export", "../etc/passwd"]));
    assert!(!ok);
    assert!(err.contains("a session name cannot contain `/`"), "{err}");
}
