//! Team sessions in the app: opening, saving on time, read-only cases, the
//! damaged-file dialog, the picker, notes, action items and export. Every
//! test uses its own temporary config directory.

mod common;

use std::fs;
use std::time::{Duration, Instant};

use cdtriage::domain::{CURRENT_SCHEMA, NoteTarget, Session};
use cdtriage::storage::codec::to_ron;
use cdtriage::storage::{ReadOnlyReason, SessionError, Store};
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::screens::sessions::state::{DEBOUNCE, LOCK_POLL, RETRY};
use cdtriage::ui::terminal::run_loop;
use common::{app, ctrl, file, key, on_disk, open, press, symptom_id, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};

#[test]
fn opening_creates_the_file_and_says_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = open(dir.path(), "team");
    assert!(file(dir.path(), "team").exists());
    assert_eq!(a.sessions.state.status(&a.session), "team · saved");
    assert_eq!(a.session.name, "team");
}

#[test]
fn a_change_is_written_once_the_debounce_has_passed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    let id = symptom_id(&a, 0);
    a.session.findings.toggle_mark(&id);
    assert_eq!(
        a.sessions.state.status(&a.session),
        "team · unsaved changes"
    );
    let t0 = Instant::now();
    assert_eq!(a.save_tick(t0), Some(DEBOUNCE), "a write is scheduled");
    let almost = t0 + DEBOUNCE - Duration::from_millis(1);
    assert_eq!(a.save_tick(almost), Some(Duration::from_millis(1)));
    assert!(on_disk(dir.path(), "team").findings.marked.is_empty());
    assert_eq!(
        a.save_tick(t0 + DEBOUNCE),
        None,
        "written: nothing left to wait for"
    );
    assert_eq!(on_disk(dir.path(), "team").findings.marked, vec![id]);
    assert_eq!(a.sessions.state.status(&a.session), "team · saved");
}

#[test]
fn quitting_writes_what_is_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let id = symptom_id(&a, 3);
    a.session.findings.toggle_mark(&id);
    let mut events = [Event::Key(key(KeyCode::Char('q')))].into_iter();
    run_loop(&mut terminal, &mut a, || Ok(events.next())).expect("quits cleanly");
    assert!(a.quit);
    assert_eq!(on_disk(dir.path(), "team").findings.marked, vec![id]);
}

#[test]
fn a_session_open_elsewhere_is_read_only_and_never_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let first = store
        .open_or_create("team", &app(80, 24).graph)
        .expect("first");
    let before = fs::read(file(dir.path(), "team")).expect("read");
    let mut a = open(dir.path(), "team");
    assert_eq!(a.sessions.state.read_only(), Some(ReadOnlyReason::Locked));
    assert_eq!(
        a.sessions.state.status(&a.session),
        "team · read-only: open in another terminal"
    );
    assert!(
        a.message()
            .is_some_and(|m| m.contains("open in another terminal"))
    );
    let id = symptom_id(&a, 0);
    a.session.findings.toggle_mark(&id);
    let t0 = Instant::now();
    assert_eq!(
        a.save_tick(t0),
        Some(LOCK_POLL),
        "no write to schedule, only the next look at the other terminal's lock"
    );
    a.save_tick(t0 + RETRY * 10);
    a.flush_session().expect("a read-only flush does nothing");
    assert_eq!(fs::read(file(dir.path(), "team")).expect("read"), before);
    drop(first);
}

#[test]
fn a_newer_file_opens_read_only_and_is_left_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let graph = app(80, 24).graph;
    let mut s = Session::new("team", &graph, 5);
    s.schema_version = CURRENT_SCHEMA + 1;
    fs::create_dir_all(dir.path().join("sessions")).expect("mkdir");
    fs::write(file(dir.path(), "team"), to_ron(&s).expect("ron")).expect("write");
    let before = fs::read(file(dir.path(), "team")).expect("read");
    let mut a = open(dir.path(), "team");
    assert!(matches!(
        a.sessions.state.read_only(),
        Some(ReadOnlyReason::NewerSchema { .. })
    ));
    assert!(
        a.sessions
            .state
            .status(&a.session)
            .ends_with("read-only: newer file format")
    );
    a.session.add_note(NoteTarget::General, "x".into(), 6);
    a.flush_session().expect("nothing to write");
    assert_eq!(fs::read(file(dir.path(), "team")).expect("read"), before);
}

#[test]
fn a_damaged_file_opens_the_dialog_with_line_and_column_and_stays_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(dir.path().join("sessions")).expect("mkdir");
    // Line 4: four spaces, "created:" (8), a space: `oops` starts at column 14.
    let damaged = "Session(\n    schema_version: 1,\n    name: \"team\",\n    created: oops,\n)\n";
    fs::write(file(dir.path(), "team"), damaged).expect("write");
    let a = open(dir.path(), "team");
    assert_eq!(a.mode, Mode::Problem);
    let problem = a.sessions.problem.as_ref().expect("a problem");
    assert_eq!(problem.at, Some((4, 14)));
    assert_eq!(
        problem.path.as_deref(),
        Some(file(dir.path(), "team").as_path())
    );
    // The file and the place have their own lines; the message is one
    // whole sentence saying what is wrong.
    assert!(
        problem.message.starts_with("The session file is damaged: ")
            && problem.message.ends_with('.'),
        "{}",
        problem.message
    );
    assert_eq!(a.sessions.state.name(), None, "nothing is open");
    assert_eq!(
        fs::read_to_string(file(dir.path(), "team")).expect("read"),
        damaged
    );
}

#[test]
fn from_the_dialog_the_backup_opens_read_only_and_can_be_saved_under_a_new_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(dir.path().join("sessions")).expect("mkdir");
    let mut a = app(80, 24);
    let mut backup = Session::new("team", &a.graph, 5);
    backup.add_note(NoteTarget::General, "from the backup".into(), 5);
    let bak = dir.path().join("sessions/team.ron.bak");
    fs::write(&bak, to_ron(&backup).expect("ron")).expect("write");
    fs::write(file(dir.path(), "team"), "garbage").expect("write");
    a.start_session(Some(Store::new(dir.path())), Some("team"))
        .expect("dialog, not an error");
    press(&mut a, &[key(KeyCode::Char('b'))]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.sessions.state.read_only(), Some(ReadOnlyReason::Backup));
    assert_eq!(a.session.notes[0].text, "from the backup");
    // Save it under another name: the picker's create keeps what is shown.
    press(&mut a, &[key(KeyCode::Char('S')), key(KeyCode::Char('c'))]);
    type_str(&mut a, "recovered");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.sessions.state.name(), Some("recovered"));
    assert_eq!(
        on_disk(dir.path(), "recovered").notes[0].text,
        "from the backup"
    );
    assert_eq!(
        fs::read_to_string(file(dir.path(), "team")).expect("read"),
        "garbage"
    );
}

#[test]
fn the_dialog_can_start_under_another_name_or_go_on_without_a_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(dir.path().join("sessions")).expect("mkdir");
    fs::write(file(dir.path(), "team"), "garbage").expect("write");
    let mut a = open(dir.path(), "team");
    press(&mut a, &[key(KeyCode::Char('o'))]);
    assert_eq!(a.mode, Mode::NameInput);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Problem, "cancel returns to the dialog");
    press(&mut a, &[key(KeyCode::Char('o')), ctrl('u')]);
    type_str(&mut a, "team 2");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.sessions.state.name(), Some("team 2"));
    assert!(a.sessions.problem.is_none());

    let mut b = open(dir.path(), "team");
    press(&mut b, &[key(KeyCode::Esc)]);
    assert_eq!((b.mode, b.sessions.state.name()), (Mode::Browse, None));
    assert_eq!(
        b.sessions.state.status(&b.session),
        "no session (S opens one)"
    );
}

#[test]
fn unknown_ids_are_kept_and_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir_all(dir.path().join("sessions")).expect("mkdir");
    let graph = app(80, 24).graph;
    let mut s = Session::new("team", &graph, 5);
    s.findings.toggle_mark("gone-symptom");
    fs::write(file(dir.path(), "team"), to_ron(&s).expect("ron")).expect("write");
    let mut a = open(dir.path(), "team");
    assert_eq!(
        a.sessions.state.unknown,
        vec!["marked symptom `gone-symptom`"]
    );
    assert!(
        a.message()
            .is_some_and(|m| m.contains("1 items") && m.contains("S lists them"))
    );
    a.session.add_note(NoteTarget::General, "n".into(), 6);
    a.flush_session().expect("saved");
    assert_eq!(
        on_disk(dir.path(), "team").findings.marked,
        vec!["gone-symptom"]
    );
}

#[test]
fn a_bad_name_is_an_error_with_the_names_message() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = app(80, 24);
    let err = a
        .start_session(Some(Store::new(dir.path())), Some("../x"))
        .expect_err("refused");
    assert!(matches!(err, SessionError::BadName(_)));
    assert_eq!(err.to_string(), "a session name cannot contain `/`");
}

#[test]
fn a_failed_save_keeps_the_data_says_so_and_retries() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    let path = file(dir.path(), "team");
    // A directory where the file should be makes every write fail (even as root).
    fs::remove_file(&path).expect("remove");
    fs::create_dir(&path).expect("mkdir");
    a.session.add_note(NoteTarget::General, "keep me".into(), 7);
    let t0 = Instant::now();
    a.save_tick(t0);
    assert_eq!(
        a.save_tick(t0 + DEBOUNCE),
        Some(RETRY),
        "retried after RETRY"
    );
    assert_eq!(
        a.sessions.state.status(&a.session),
        "team · NOT SAVED (retrying)"
    );
    assert!(
        a.message()
            .is_some_and(|m| m.starts_with("Not saved, retrying"))
    );
    assert_eq!(a.session.notes[0].text, "keep me", "still in memory");
    // Quitting now fails loudly rather than losing the note.
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut events = [Event::Key(key(KeyCode::Char('q')))].into_iter();
    let err = run_loop(&mut terminal, &mut a, || Ok(events.next())).expect_err("not saved");
    assert!(err.to_string().contains("could not be saved"), "{err}");
    // Once the file can be written again, the retry succeeds.
    fs::remove_dir(&path).expect("rmdir");
    assert_eq!(a.save_tick(t0 + DEBOUNCE + RETRY), None);
    assert_eq!(on_disk(dir.path(), "team").notes[0].text, "keep me");
    assert_eq!(a.sessions.state.status(&a.session), "team · saved");
}
