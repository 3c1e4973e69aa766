//! End to end (issue 13): in the real binary, an answer shows as a mark and
//! a count in the list and beside its question; a note found by search
//! opens where it is, labelled; `n` finds the note's words on the page.

mod common;

use common::pty::Session;

#[test]
fn what_the_team_records_is_on_screen_where_they_look() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().to_str().expect("utf-8 path");
    let mut s = Session::start_with(dir.path(), &["--session", "team", "--config-dir", config]);
    s.wait_for("Symptom 1 of 21");
    // Symptom 16, question 1: No (points at Knowledge Silos).
    s.send(b"16");
    s.wait_for("Symptom 16 of 21");
    s.send(b"a");
    s.wait_for("Can any engineer on the team deploy");
    s.send(b"n");
    s.wait_for("Is the deployment process automated");
    s.send(b"\x1b");
    let seen = s.wait_for("16\u{2713}Releases Depend on O\u{2026} 1/4");
    assert!(
        seen.contents.contains("Symptom 16 of 21"),
        "{}",
        seen.contents
    );
    // Question 4 (the last), No: points at Missing Deployment Pipeline; at
    // the bottom of the page it is said beside the question.
    s.send(b"a");
    s.wait_for("Is the deployment process automated");
    s.send(b"ss");
    s.wait_for("Does a written pipeline definition exist");
    s.send(b"n");
    s.wait_for("What the answers on symptom 16 point at");
    s.send(b"\x1b");
    s.wait_until("the main screen", |seen| {
        seen.contents.contains("Symptom 16 of 21")
            && seen
                .contents
                .contains("16\u{2713}Releases Depend on O\u{2026} 4/4")
    });
    s.send(b"\tG");
    s.wait_until("the team's answer to question 4", |seen| {
        let c = &seen.contents;
        c.contains("Team: No \u{2192} points at Missing Deployment") && c.contains("On the site:")
    });
    // A note on the page, then search for a word of it and open the note.
    s.send(b"E");
    s.wait_for("Team note: Releases Depend on One Person");
    s.send(b"Priya is on leave in March\x13");
    s.wait_until("the editor closed", |seen| {
        !seen.contents.contains("Team note:") && seen.contents.contains("Symptom 16 of 21")
    });
    s.send(b"/");
    s.wait_for("Type a few words about the problem");
    s.send(b"Priya");
    s.wait_until("the note under its page", |seen| {
        seen.contents
            .contains("note      Priya is on leave in March")
    });
    s.send(b"\x1b[B\r");
    // The page opens at the note, labelled, in view.
    s.wait_until("the note on its page", |seen| {
        let c = &seen.contents;
        c.contains("── Team notes ──")
            && c.contains("On this page:")
            && c.contains("  Priya is on leave in March")
            && c.contains("Opened Releases Depend on One Person: Note on this page")
    });
    s.send(b"n");
    s.wait_for("The only match for \u{201c}Priya\u{201d} on this page");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success());
}
