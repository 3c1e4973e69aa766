//! End to end: a team note survives quitting and starting again, in the
//! real binary in an 80x24 pseudo-terminal (see `common::pty`).

mod common;

use common::pty::Session;

fn start(config: &std::path::Path) -> Session {
    let dir = config.to_str().expect("a UTF-8 temp path");
    Session::start_with(config, &["--session", "team", "--config-dir", dir])
}

#[test]
fn a_note_written_on_a_symptom_is_there_after_a_restart() {
    let config = tempfile::tempdir().expect("temp dir");
    let mut s = start(config.path());
    s.wait_for("team · saved");
    s.send(b"E");
    s.wait_for("Team note: API Changes Break Consumers");
    s.send("Freeze every Friday ✓".as_bytes());
    s.wait_for("Freeze every Friday ✓");
    s.send(b"\x13"); // Ctrl-S
    s.wait_for("Note added");
    s.send(b"q");
    let (status, last) = s.finish();
    assert!(status.success(), "exit status {status:?}");
    assert!(!last.alternate_screen);
    let file = config.path().join("sessions/team.ron");
    let text = std::fs::read_to_string(&file).expect("the session file");
    assert!(text.contains("text: \"Freeze every Friday ✓\""), "{text}");
    assert!(
        !config.path().join("sessions/team.lock").exists(),
        "a clean quit removes the session's lock file"
    );

    let mut s = start(config.path());
    s.wait_for("team · saved");
    // Focus the page and go to its bottom, where the team's notes are.
    s.send(b"\tG");
    // Wait for both: a frame can be read half-drawn (the heading before
    // the note under it), so checking the note right after the heading races.
    s.wait_until("the note under Team notes", |seen| {
        seen.contents.contains("Team notes") && seen.contents.contains("Freeze every Friday ✓")
    });
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success(), "exit status {status:?}");
}

#[test]
fn a_mistyped_name_asks_did_you_mean_and_yes_opens_the_saved_session() {
    let config = tempfile::tempdir().expect("temp dir");
    let dir = config.path().to_str().expect("a UTF-8 temp path");
    let mut s = Session::start_with(
        config.path(),
        &["--session", "team alpha", "--config-dir", dir],
    );
    s.wait_for("Created new session \"team alpha\"");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success(), "exit status {status:?}");

    let mut s = Session::start_with(
        config.path(),
        &["--session", "team alpa", "--config-dir", dir],
    );
    s.wait_for("Did you mean \"team alpha\"?");
    s.send(b"y");
    s.wait_for("Opened session \"team alpha\"");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success(), "exit status {status:?}");
    assert!(
        !config.path().join("sessions/team alpa.ron").exists(),
        "the typo was never created"
    );
}

#[test]
fn a_bad_session_name_is_refused_before_the_terminal_is_touched() {
    let config = tempfile::tempdir().expect("temp dir");
    let dir = config.path().to_str().expect("a UTF-8 temp path");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .args(["--session", "a/b", "--config-dir", dir])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim(), "cdtriage: a session name cannot contain `/`");
    assert!(out.stdout.is_empty(), "no terminal set-up was written");
}

#[test]
fn a_long_bracketed_paste_is_one_event_and_is_saved_at_once() {
    let config = tempfile::tempdir().expect("temp dir");
    let mut s = start(config.path());
    let seen = s.wait_for("team · saved");
    assert!(seen.bracketed_paste, "bracketed paste is on while running");
    s.send(b"E");
    s.wait_for("Team note: API Changes Break Consumers");
    // 10,000 characters, far more than one 1,024-byte read, then Ctrl-S at
    // once: the note must be saved without any further key.
    let text: String = (0..100)
        .map(|i| format!("{i:03}{}\n", "p".repeat(96)))
        .collect();
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend(text.as_bytes());
    bytes.extend(b"\x1b[201~\x13");
    s.send(&bytes);
    s.wait_for("Note added");
    s.wait_for("team · saved");
    let file = config.path().join("sessions/team.ron");
    let saved = std::fs::read_to_string(&file).expect("the session file");
    assert!(saved.contains("099pppp"), "the whole paste was saved");
    s.send(b"q");
    let (status, last) = s.finish();
    assert!(status.success(), "exit status {status:?}");
    assert!(
        !last.bracketed_paste,
        "bracketed paste is off again after exit"
    );
    assert!(!last.alternate_screen);
}

#[test]
fn the_second_terminal_is_told_when_the_first_quits_and_r_takes_the_session_over() {
    let config = tempfile::tempdir().expect("temp dir");
    let mut first = start(config.path());
    first.wait_for("team · saved");
    let mut second = start(config.path());
    second.wait_for("read-only: open in another terminal");
    first.send(b"q");
    let (status, _) = first.finish();
    assert!(status.success(), "exit status {status:?}");
    // No key is pressed in the second terminal: it notices by itself.
    second.wait_for("free again: R reopens it for writing");
    second.send(b"R");
    second.wait_for("team · saved");
    second.send(b"q");
    let (status, _) = second.finish();
    assert!(status.success(), "exit status {status:?}");
}
