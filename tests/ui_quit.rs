//! Quitting never silently drops what the team recorded: when it lives only
//! in memory (no session file, or a read-only one), quitting asks first.

mod common;

use cdtriage::storage::Store;
use cdtriage::ui::core::mode::Mode;
use common::{app, ctrl, key, press, type_str};
use ratatui::crossterm::event::KeyCode;

#[test]
fn nothing_recorded_quits_at_once() {
    let mut a = app(80, 24);
    press(&mut a, &[key(KeyCode::Char('q'))]);
    assert!(a.quit);
}

#[test]
fn esc_on_the_main_screen_never_quits_and_says_how_to() {
    let mut a = app(80, 24);
    for _ in 0..3 {
        press(&mut a, &[key(KeyCode::Esc)]);
        assert!(!a.quit);
        assert_eq!(a.mode, Mode::Browse);
    }
    assert_eq!(a.message(), Some("Esc does not quit: q quits"));
    // Also in the presenter view.
    press(&mut a, &[key(KeyCode::Char('p')), key(KeyCode::Esc)]);
    assert!(!a.quit);
    press(&mut a, &[key(KeyCode::Char('q'))]);
    assert!(a.quit, "q quits at once with nothing recorded");
}

#[test]
fn answers_in_memory_ask_before_quitting() {
    let mut a = app(80, 24);
    // Symptom 11, answer its first question (this also marks 11).
    type_str(&mut a, "11ay");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse, "the first Esc leaves the questions");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert!(!a.quit, "Esc on the main screen never quits");
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.message(), Some("Esc does not quit: q quits"));
    press(&mut a, &[key(KeyCode::Char('q'))]);
    assert_eq!(a.mode, Mode::Confirm, "q asks first");
    let question = a.sessions.confirm.as_ref().unwrap().question();
    assert!(
        question.starts_with("Quit? 1 mark and 1 answer are only in memory"),
        "{question}"
    );
    // n stays, with the answer still there.
    press(&mut a, &[key(KeyCode::Char('n'))]);
    assert!(!a.quit);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.session.findings.given_count(), 1);
    // y quits.
    press(&mut a, &[key(KeyCode::Char('q')), key(KeyCode::Char('y'))]);
    assert!(a.quit);
}

#[test]
fn ctrl_c_twice_quits() {
    let mut a = app(80, 24);
    type_str(&mut a, "11ay");
    press(&mut a, &[ctrl('c')]);
    assert!(!a.quit);
    press(&mut a, &[ctrl('c')]);
    assert!(a.quit);
}

#[test]
fn a_saved_session_quits_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(80, 24);
    a.start_session(Some(Store::new(dir.path())), Some("team"))
        .unwrap();
    type_str(&mut a, "11ay");
    press(&mut a, &[key(KeyCode::Esc), key(KeyCode::Char('q'))]);
    assert!(
        a.quit,
        "a writable session is saved on quit, nothing to ask"
    );
}

#[test]
fn changes_to_a_read_only_session_ask_before_quitting() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let graph = cdtriage::domain::load::embedded().unwrap();
    // Another terminal holds the session.
    let _other = store.open_or_create("team", &graph).unwrap();
    let mut a = app(80, 24);
    a.start_session(Some(store), Some("team")).unwrap();
    assert!(a.sessions.state.read_only().is_some());
    assert_eq!(a.mode, Mode::Browse);
    press(&mut a, &[key(KeyCode::Char('q'))]);
    assert!(a.quit, "nothing changed: quits at once");
    a.quit = false;
    type_str(&mut a, "11ay");
    press(&mut a, &[key(KeyCode::Esc), key(KeyCode::Char('q'))]);
    assert!(!a.quit);
    assert_eq!(a.mode, Mode::Confirm);
}
