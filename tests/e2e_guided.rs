//! End to end, issue 12's "Done when" path in the real binary at 120x40
//! with `--session`: symptom 16's first question answered No is recorded as
//! No and shown as pointing at Knowledge Silos; the minutes say so; symptom
//! 8's first question fills in symptom 13's, which says where it came from;
//! an answer No that speaks against a cause puts it under "Ruled out"; Esc
//! on the main screen leaves the app running.

mod common;

use std::process::Command;

use common::pty::Session;

fn export(config: &std::path::Path) -> String {
    let dir = config.to_str().expect("a UTF-8 temp path");
    let out = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .args(["--config-dir", dir, "export", "team"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 minutes")
}

#[test]
fn answers_shared_answers_ruled_out_and_esc_along_the_issues_path() {
    let config = tempfile::tempdir().expect("temp dir");
    let dir = config.path().to_str().expect("a UTF-8 temp path");
    let mut s = Session::start_sized(
        config.path(),
        &["--session", "team", "--config-dir", dir],
        120,
        40,
    );
    s.wait_for("team · saved");

    // Symptom 16, question 1: before answering, the app says which answer
    // points where; No is recorded as No, pointing at Knowledge Silos.
    s.send(b"16a");
    s.wait_for("Can any engineer on the team deploy to production without help?");
    s.wait_for("cdtriage: No → points at Knowledge Silos; Yes → speaks against it.");
    s.send(b"n");
    s.wait_for("Recorded No: points at Knowledge Silos");
    s.send(b"h");
    s.wait_for("cdtriage: Recorded No: points at Knowledge Silos");
    s.send(b"\x1b");
    s.wait_until("the answer left and saved", |seen| {
        seen.contents.contains("Left the questions") && seen.contents.contains("team · saved")
    });
    let minutes = export(config.path());
    assert!(
        minutes.contains(
            "Can any engineer on the team deploy to production without help? — No → points at \
             Knowledge Silos"
        ),
        "{minutes}"
    );

    // Symptom 8's first question fills in symptom 13's first question.
    s.send(b"8a");
    s.wait_for("cdtriage: The same question is asked on symptoms 10 and 13");
    s.send(b"y");
    s.wait_for("filled in on 10 and 13 (same question)");
    // (Wait after Esc: an Esc followed at once by a key reads as Alt-key.)
    s.send(b"\x1b");
    s.wait_for("Left the questions");
    s.send(b"13a");
    s.wait_for("Resuming at question 2 of 4");
    s.send(b"h");
    s.wait_for("cdtriage: Answered on symptom 8, The Team Is Afraid to Deploy: Yes.");

    // 13's third question ("How quickly does the team detect deployment
    // problems?", Yes: detection takes more than 30 minutes) answered No
    // speaks against Blind Operations; r shows it ruled out.
    s.send(b"\x1b");
    s.wait_for("Left the questions");
    s.send(b"13a");
    s.wait_for("Resuming at question 2 of 4");
    s.send(b"sn");
    s.wait_for("Recorded No: speaks against Blind Operations");
    s.send(b"s");
    s.wait_for("What the answers on symptom 13 point at");
    s.send(b"\x1b");
    s.wait_until("the main screen", |seen| {
        !seen.contents.contains("What the answers") && seen.contents.contains("Symptoms (21)")
    });
    s.send(b"r");
    s.wait_for("Ranked causes of 3 marked symptoms");
    s.wait_until("Blind Operations under Ruled out", |seen| {
        let text = &seen.contents;
        text.contains("Ranked causes of 3 marked symptoms")
            && !text.contains("What the answers")
            && text.find("Ruled out by your answers").is_some_and(|at| {
                text[at..].contains("Blind Operations")
                    && text[at..].contains("problems? — No → speaks against it")
            })
    });

    // Esc on the main screen only says how to quit.
    s.send(b"\x1b");
    s.wait_until("the main screen", |seen| {
        !seen.contents.contains("Ranked causes") && seen.contents.contains("Symptoms (21)")
    });
    s.send(b"\x1b");
    s.wait_for("Esc does not quit: q quits");
    s.wait_for("team · saved");
    s.send(b"q");
    let (status, last) = s.finish();
    assert!(status.success(), "exit status {status:?}");
    assert!(!last.alternate_screen);
}
