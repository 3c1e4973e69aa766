//! Opening a session by name: created and opened say so differently, a name
//! close to a saved one asks "Did you mean ...?" before creating anything,
//! and the damaged-file dialog offers the backup only when there is one.

mod common;

use std::fs;

use cdtriage::storage::{ReadOnlyReason, Store};
use cdtriage::ui::core::mode::Mode;
use common::{app, file, key, open};
use ratatui::crossterm::event::KeyCode;

fn message(a: &cdtriage::ui::app::App) -> String {
    a.browse.message.clone().unwrap_or_default()
}

#[test]
fn a_new_name_says_created_and_a_saved_one_says_opened() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = open(dir.path(), "team alpha");
    assert!(
        message(&a).starts_with("Created new session \"team alpha\""),
        "{}",
        message(&a)
    );
    drop(a);
    let a = open(dir.path(), "team alpha");
    assert!(
        message(&a).starts_with("Opened session \"team alpha\""),
        "{}",
        message(&a)
    );
}

#[test]
fn a_typo_of_a_saved_name_asks_first_and_yes_opens_the_saved_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(open(dir.path(), "team alpha"));
    let mut a = app(80, 24);
    a.start_session(Some(Store::new(dir.path())), Some("team alpa"))
        .expect("a question, not an error");
    assert_eq!(a.mode, Mode::Confirm);
    let question = a.sessions.confirm.as_ref().expect("asked").question();
    assert!(
        question.contains("Did you mean \"team alpha\"?"),
        "{question}"
    );
    assert!(
        !file(dir.path(), "team alpa").exists(),
        "nothing is created before the answer"
    );
    common::press(&mut a, &[key(KeyCode::Char('y'))]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.sessions.state.name(), Some("team alpha"));
    assert!(message(&a).starts_with("Opened session \"team alpha\""));
    assert!(!file(dir.path(), "team alpa").exists());
}

#[test]
fn no_and_esc_create_what_was_typed() {
    for answer in [KeyCode::Char('n'), KeyCode::Esc] {
        let dir = tempfile::tempdir().expect("temp dir");
        drop(open(dir.path(), "team alpha"));
        let mut a = app(80, 24);
        a.start_session(Some(Store::new(dir.path())), Some("team alpa"))
            .expect("a question");
        common::press(&mut a, &[key(answer)]);
        assert_eq!(a.mode, Mode::Browse, "{answer:?}");
        assert_eq!(a.sessions.state.name(), Some("team alpa"), "{answer:?}");
        assert!(file(dir.path(), "team alpa").exists());
        assert!(message(&a).starts_with("Created new session \"team alpa\""));
    }
}

#[test]
fn an_unrelated_new_name_is_created_without_a_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(open(dir.path(), "team alpha"));
    let a = open(dir.path(), "platform guild");
    assert_eq!(a.mode, Mode::Browse);
    assert!(message(&a).starts_with("Created new session \"platform guild\""));
}

/// A damaged `team.ron`, with or without a backup beside it.
fn damaged(with_backup: bool) -> (tempfile::TempDir, cdtriage::ui::app::App) {
    let dir = tempfile::tempdir().expect("temp dir");
    drop(open(dir.path(), "team"));
    if with_backup {
        fs::copy(
            file(dir.path(), "team"),
            dir.path().join("sessions/team.ron.bak"),
        )
        .expect("copy");
    }
    fs::write(file(dir.path(), "team"), "garbage").expect("write");
    let mut a = app(80, 24);
    a.start_session(Some(Store::new(dir.path())), Some("team"))
        .expect("the dialog");
    assert_eq!(a.mode, Mode::Problem);
    (dir, a)
}

#[test]
fn the_damaged_dialog_offers_the_backup_only_when_there_is_one() {
    let (_dir, mut a) = damaged(false);
    let problem = a.sessions.problem.clone().expect("dialog");
    assert!(!problem.backup, "no .bak beside the file");
    common::press(&mut a, &[key(KeyCode::Char('b'))]);
    assert_eq!(a.mode, Mode::Problem, "b does nothing without a backup");
    assert_eq!(a.sessions.state.name(), None);

    let (_dir, mut a) = damaged(true);
    assert!(a.sessions.problem.as_ref().expect("dialog").backup);
    common::press(&mut a, &[key(KeyCode::Char('b'))]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.sessions.state.read_only(), Some(ReadOnlyReason::Backup));
}
