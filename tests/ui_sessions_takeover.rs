//! A session open read-only because another terminal had it: once that
//! terminal lets go, the app says so in the status bar and `R` (or Enter on
//! the same session in the picker) reopens it for writing, re-reading the
//! file and taking the lock.

mod common;

use std::time::Instant;

use cdtriage::domain::{NoteTarget, load};
use cdtriage::storage::{OpenSession, ReadOnlyReason, Store};
use cdtriage::ui::app::App;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::screens::sessions::state::LOCK_POLL;
use common::{key, on_disk, open, press};
use ratatui::crossterm::event::KeyCode;

/// Another terminal's hold on session `team` under `dir`, with one mark.
fn other_terminal(dir: &std::path::Path) -> (Store, OpenSession) {
    let store = Store::new(dir);
    let graph = load::embedded().unwrap();
    let mut held = store.open_or_create("team", &graph).unwrap();
    held.session.findings.toggle_mark("merge-freeze");
    store.save(&mut held).unwrap();
    (store, held)
}

fn status(a: &App) -> String {
    a.sessions.state.status(&a.session)
}

#[test]
fn once_the_other_terminal_quits_the_status_bar_offers_to_reopen_and_r_does() {
    let dir = tempfile::tempdir().unwrap();
    let (store, mut held) = other_terminal(dir.path());
    let mut a = open(dir.path(), "team");
    assert_eq!(a.sessions.state.read_only(), Some(ReadOnlyReason::Locked));
    assert_eq!(status(&a), "team · read-only: open in another terminal");
    a.save_tick(Instant::now());
    assert_eq!(status(&a), "team · read-only: open in another terminal");

    // The other terminal writes a note, then quits.
    held.session
        .add_note(NoteTarget::General, "written over there".into(), 5);
    store.save(&mut held).unwrap();
    drop(held);
    // Too soon: the next check is one LOCK_POLL after the last.
    let t0 = Instant::now();
    a.save_tick(t0);
    a.save_tick(t0 + LOCK_POLL);
    assert_eq!(status(&a), "team · free again: R reopens it for writing");
    assert!(
        a.message().is_some_and(|m| m.contains("R reopens")),
        "{:?}",
        a.message()
    );
    assert!(a.session.notes.is_empty(), "still the old copy until asked");

    press(&mut a, &[key(KeyCode::Char('R'))]);
    assert_eq!(a.sessions.state.read_only(), None);
    assert_eq!(status(&a), "team · saved");
    assert_eq!(a.session.notes.len(), 1, "the file was read again");
    assert_eq!(a.session.notes[0].text, "written over there");
    // This terminal is now the writer: a third one gets it read-only.
    let third = store
        .open_or_create("team", &load::embedded().unwrap())
        .unwrap();
    assert_eq!(third.read_only(), Some(ReadOnlyReason::Locked));
    drop(third);
    a.session.findings.toggle_mark("merge-freeze");
    a.flush_session().unwrap();
    assert!(on_disk(dir.path(), "team").findings.marked.is_empty());
}

#[test]
fn r_while_the_other_terminal_still_has_it_says_so_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, _held) = other_terminal(dir.path());
    let mut a = open(dir.path(), "team");
    press(&mut a, &[key(KeyCode::Char('R'))]);
    assert_eq!(a.sessions.state.read_only(), Some(ReadOnlyReason::Locked));
    assert!(
        a.message()
            .is_some_and(|m| m.contains("still open in another terminal")),
        "{:?}",
        a.message()
    );
}

#[test]
fn enter_on_the_same_session_in_the_picker_takes_it_over_when_free() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, held) = other_terminal(dir.path());
    let mut a = open(dir.path(), "team");
    drop(held);
    press(&mut a, &[key(KeyCode::Char('S'))]);
    assert_eq!(a.mode, Mode::Sessions);
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.sessions.state.read_only(), None);
    assert_eq!(status(&a), "team · saved");
}

#[test]
fn changes_made_while_read_only_are_not_dropped_without_asking() {
    let dir = tempfile::tempdir().unwrap();
    let (_store, held) = other_terminal(dir.path());
    let mut a = open(dir.path(), "team");
    a.session
        .add_note(NoteTarget::General, "typed while read-only".into(), 9);
    drop(held);
    press(&mut a, &[key(KeyCode::Char('R'))]);
    assert_eq!(a.mode, Mode::Confirm);
    let question = a.sessions.confirm.as_ref().unwrap().question();
    assert!(question.contains("1 note is only in memory"), "{question}");
    press(&mut a, &[key(KeyCode::Char('n'))]);
    assert_eq!(a.sessions.state.read_only(), Some(ReadOnlyReason::Locked));
    assert_eq!(a.session.notes.len(), 1, "kept");
    press(&mut a, &[key(KeyCode::Char('R')), key(KeyCode::Char('y'))]);
    assert_eq!(a.sessions.state.read_only(), None);
    assert!(a.session.notes.is_empty(), "the file's version, as asked");
}

/// The other terminal lets go before this one's loop first looks (the look
/// comes right after start): the frame drawn before waiting for a key must
/// already say so. Before the fix the look came after the draw, so the
/// screen kept "read-only" until a key was pressed.
#[test]
fn a_lock_freed_before_the_first_look_is_on_screen_before_any_key() {
    use cdtriage::ui::terminal::{Input, run_loop_timed};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    let dir = tempfile::tempdir().unwrap();
    let (_store, held) = other_terminal(dir.path());
    let mut a = open(dir.path(), "team");
    assert_eq!(status(&a), "team · read-only: open in another terminal");
    drop(held);
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).unwrap();
    let mut waits = 0;
    // The first wait ends the input: the last frame drawn is the one the
    // user looks at while the app waits for a key.
    run_loop_timed(&mut terminal, &mut a, |_timeout| {
        waits += 1;
        Ok(Input::End)
    })
    .unwrap();
    assert_eq!(waits, 1);
    let buf = terminal.backend().buffer();
    let bottom: String = (0..buf.area.width)
        .map(|x| buf[(x, buf.area.height - 1)].symbol())
        .collect();
    assert!(
        bottom.contains("team · free again: R reopens it for writing"),
        "{bottom}"
    );
}
