//! End to end, in the real binary at 80x24: a guide imported from its
//! source (the fixture site, imported by `cdtriage import --site`), a cause
//! page with fix steps, a step made an action item in two keys, and the
//! site's questionnaire walked to a result whose symptom is marked.

mod common;

use std::process::Command;

use common::pty::Session;
use common::site_dir;

#[test]
fn a_fix_step_becomes_an_action_item_and_the_questionnaire_marks_its_symptom() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("site.ron");
    let import = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .args(["import", "--site"])
        .arg(site_dir())
        .arg("-o")
        .arg(&data)
        .env("CDTRIAGE_DATA_DIR", dir.path().join("data"))
        .output()
        .expect("run the import");
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).expect("config dir");
    let data = data.to_string_lossy().into_owned();
    let mut s = Session::start_with(&config, &["--data", &data, "--session", "team"]);
    s.wait_for("Symptoms (2)");
    // Symptom 2 (Rollouts Take All Afternoon); its first cause, Hand Deploys.
    s.send(b"2\t\t\r");
    s.wait_for("Opened Hand Deploys");
    // x goes to the first fix step and marks it; x again opens the prompt
    // with its title; Enter adds it.
    s.send(b"X");
    s.wait_for("X → action item: Step 1");
    s.send(b"X");
    s.wait_for("Action item (optional: @owner, due:2026-12-01/today/tomorrow/fri)");
    s.wait_for("Step 1: Write the steps down as a script (week 1)");
    s.send(b"\r");
    s.wait_for("Action item added");
    // Find your symptom: Rollouts, then One person, by hand.
    s.send(b"F");
    s.wait_for("What slows your team down most?");
    s.send(b"1");
    s.wait_for("Find your symptom › Step 2");
    s.wait_for("Who runs a rollout?");
    s.send(b"1");
    let result = s.wait_for("The real problem may be:");
    assert!(result.contents.contains("Rollouts Take All Afternoon"));
    assert!(result.contents.contains("How to know it's improving:"));
    s.send(b"+");
    s.wait_for("Marked symptom 2 for the triage");
    s.wait_for("(marked for the triage)");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success());
    let saved = std::fs::read_to_string(config.join("sessions/team.ron")).expect("session saved");
    assert!(
        saved.contains("Step 1: Write the steps down as a script (week 1)"),
        "{saved}"
    );
    assert!(saved.contains("AntiPattern(\"hand-deploys\")"), "{saved}");
    assert!(saved.contains("\"slow-rollouts\""), "{saved}");
}
