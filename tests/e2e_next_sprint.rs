//! End to end, the issue's "Done when" path in the real binary (80x24
//! pseudo-terminal, see `common::pty`): sprint 1 marks symptom 11 and adds
//! the runbook action; `cdtriage actions` lists it with its owner;
//! `--session sprint2 --from sprint1` starts with it open; sprint 2 marks
//! symptom 13 and ticks the action done on the actions screen; `compare`
//! (text and JSON) names symptom 13 as newly marked, the action as done and
//! the ranking's moves; sprint 1's file is byte-identical throughout.

mod common;

use std::path::Path;
use std::process::Command;

use common::pty::Session;

fn start(config: &Path, args: &[&str]) -> Session {
    let dir = config.to_str().expect("a UTF-8 temp path");
    let mut all = vec!["--config-dir", dir];
    all.extend_from_slice(args);
    Session::start_with(config, &all)
}

fn command(config: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .arg("--config-dir")
        .arg(config)
        .args(args)
        .env_remove("CDTRIAGE_CONFIG_DIR")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn two_sprints_from_marking_to_comparing() {
    let config = tempfile::tempdir().expect("temp dir");
    let dir = config.path();

    // Sprint 1: mark 11 in the triage, add the action on its page.
    let mut s = start(dir, &["--session", "sprint1"]);
    s.wait_for("sprint1 · saved");
    s.send(b"t");
    s.wait_for("Triage: which symptoms do you see? (0 marked)");
    s.send(b"11 ");
    s.wait_for("(1 marked)");
    s.send(b"\x1b");
    s.wait_until("the main screen", |seen| !seen.contents.contains("Triage:"));
    s.send(b"11");
    s.wait_for("11. Merge Freezes Before Deployments");
    s.send(b"A");
    s.wait_for("Action item (optional: @owner, due:2026-12-01/today/tomorrow/fri)");
    s.send(b"Script the deploy runbook @sam due:2026-12-15\r");
    s.wait_for("Action item added");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success(), "exit status {status:?}");
    let sprint1 = dir.join("sessions/sprint1.ron");
    let before = std::fs::read(&sprint1).expect("sprint1 saved");

    // `cdtriage actions` lists it with its owner.
    let listed = command(dir, &["actions", "sprint1"]);
    assert!(
        listed.contains("open")
            && listed.contains("2026-12-15")
            && listed.contains("@sam")
            && listed.contains("Script the deploy runbook"),
        "{listed}"
    );

    // Sprint 2 follows sprint 1: the action is open there.
    let mut s = start(dir, &["--session", "sprint2", "--from", "sprint1"]);
    s.wait_for("\"sprint2\" follows \"sprint1\": c shows what changed");
    s.send(b"x");
    s.wait_for("Action items of \"sprint2\": 1 open");
    s.wait_for("[ ] open    2026-12-15 @sam");
    s.send(b"\x1b");
    s.wait_until("the main screen", |seen| {
        !seen.contents.contains("Action items of")
    });
    s.send(b"t");
    s.wait_for("(1 marked)");
    s.send(b"13 ");
    s.wait_for("(2 marked)");
    s.send(b"\x1b");
    s.wait_until("the main screen", |seen| !seen.contents.contains("Triage:"));
    // Tick it done on the actions screen.
    s.send(b"x");
    s.wait_for("Action items of \"sprint2\": 1 open");
    s.send(b" ");
    s.wait_for("Done: Script the deploy runbook");
    s.wait_for("[x] done    2026-12-15 @sam");
    // The since screen says the same as compare will.
    s.send(b"c");
    s.wait_for("What changed since \"sprint1\"");
    s.wait_for("13. Deployments Are One-Way Doors");
    s.wait_for("[x] Script the deploy runbook @sam");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success(), "exit status {status:?}");

    let text = command(dir, &["compare", "sprint1", "sprint2"]);
    for expected in [
        "Newly marked:\n  13. Deployments Are One-Way Doors\n",
        "Action items done:\n  Script the deploy runbook @sam due:2026-12-15\n",
        // 1/10 + 1 with 11 marked; 2/10 + 2 with 11 and 13 (as in
        // tests/cli_next_sprint.rs).
        "same Manual Deployments: #1 1.10 -> #1 2.20 (+1.10)\n",
        "new  Blind Operations: - -> #3 0.25 (+0.25)\n",
        "down Missing Deployment Pipeline: #3 0.08 -> #4 0.15 (+0.08)\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let json = command(dir, &["compare", "sprint1", "sprint2", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["newly_marked"][0]["id"], "no-rollback-capability");
    assert_eq!(
        v["newly_marked"][0]["title"],
        "Deployments Are One-Way Doors"
    );
    assert_eq!(v["actions"]["done"][0]["text"], "Script the deploy runbook");
    assert_eq!(v["actions"]["done"][0]["owner"], "sam");
    assert_eq!(v["actions"]["done"][0]["page"], "merge-freeze");
    let moves: Vec<(&str, &str)> = v["causes"]
        .as_array()
        .expect("causes")
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap_or(""),
                c["movement"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(moves.contains(&("Blind Operations", "new")), "{moves:?}");
    assert!(
        moves.contains(&("Missing Deployment Pipeline", "down")),
        "{moves:?}"
    );
    assert_eq!(
        std::fs::read(&sprint1).expect("sprint1"),
        before,
        "sprint1 untouched"
    );
}
