//! Team sessions in the app, editing: the picker, notes, action items and
//! export. Every test uses its own temporary config directory.

mod common;

use std::fs;

use cdtriage::domain::{NoteTarget, Target};
use cdtriage::storage::Store;
use cdtriage::ui::app::App;
use cdtriage::ui::core::action::Action;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::terminal::apply;
use common::{anti_pattern, app, ctrl, file, key, on_disk, open, press, symptom_id, type_str};
use ratatui::crossterm::event::KeyCode;

#[test]
fn the_picker_creates_renames_and_deletes_with_confirmation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::new(dir.path());
    let mut a = open(dir.path(), "team");
    press(&mut a, &[key(KeyCode::Char('S'))]);
    assert_eq!(a.mode, Mode::Sessions);
    assert_eq!(a.sessions.picker.items.len(), 1);
    // Create: a bad name is refused inline, then a good one opens.
    press(&mut a, &[key(KeyCode::Char('c'))]);
    type_str(&mut a, "a/b");
    press(&mut a, &[key(KeyCode::Enter)]);
    let prompt = a.sessions.prompt.as_ref().expect("still asking");
    assert_eq!(
        prompt.error.as_deref(),
        Some("a session name cannot contain `/`")
    );
    press(&mut a, &[ctrl('u')]);
    type_str(&mut a, "Rétro 日本");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.sessions.state.name(), Some("Rétro 日本"));
    assert!(file(dir.path(), "Rétro 日本").exists());
    // The previous session was released: it can be locked again.
    let team = store.open_or_create("team", &a.graph).expect("opens");
    assert!(!team.is_read_only());
    drop(team);

    // Rename "team" (not open) to "weekly".
    press(&mut a, &[key(KeyCode::Char('S'))]);
    let i = position(&a, "team");
    a.sessions.picker.selected = i;
    press(&mut a, &[key(KeyCode::Char('r')), ctrl('u')]);
    type_str(&mut a, "weekly");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Sessions);
    assert!(file(dir.path(), "weekly").exists() && !file(dir.path(), "team").exists());

    // Deleting the open session is refused; another one asks first.
    a.sessions.picker.selected = position(&a, "Rétro 日本");
    press(&mut a, &[key(KeyCode::Char('d'))]);
    assert_eq!(a.mode, Mode::Sessions, "no question: refused");
    a.sessions.picker.selected = position(&a, "weekly");
    press(&mut a, &[key(KeyCode::Char('d'))]);
    assert_eq!(a.mode, Mode::Confirm);
    press(&mut a, &[key(KeyCode::Char('n'))]);
    assert!(file(dir.path(), "weekly").exists(), "n keeps it");
    press(&mut a, &[key(KeyCode::Char('d')), key(KeyCode::Char('y'))]);
    assert!(!file(dir.path(), "weekly").exists(), "y deletes it");
    assert_eq!(a.mode, Mode::Sessions);
    assert_eq!(a.sessions.picker.items.len(), 1);
}

fn position(a: &App, name: &str) -> usize {
    a.sessions
        .picker
        .items
        .iter()
        .position(|s| s.name == name)
        .expect("listed")
}

#[test]
fn without_a_session_creating_one_keeps_what_was_recorded() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = app(80, 24);
    a.start_session(Some(Store::new(dir.path())), None)
        .expect("ok");
    let id = symptom_id(&a, 2);
    a.session.findings.toggle_mark(&id);
    assert_eq!(a.flush_session(), Ok(()), "nothing to write to");
    press(&mut a, &[key(KeyCode::Char('S')), key(KeyCode::Char('c'))]);
    type_str(&mut a, "team");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(on_disk(dir.path(), "team").findings.marked, vec![id]);
}

#[test]
fn a_unicode_note_round_trips_through_save_and_reload() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Freeze every Friday ✓ 日本語\nCafe\u{301} 👩‍💻 done";
    {
        let mut a = open(dir.path(), "team");
        press(&mut a, &[key(KeyCode::Char('E'))]);
        assert_eq!(a.mode, Mode::Note);
        for c in text.chars() {
            let k = if c == '\n' {
                key(KeyCode::Enter)
            } else {
                key(KeyCode::Char(c))
            };
            press(&mut a, &[k]);
        }
        press(&mut a, &[ctrl('s')]);
        assert_eq!(a.mode, Mode::Browse);
        assert_eq!(a.session.notes[0].text, text);
        assert_eq!(
            a.session.notes[0].about,
            NoteTarget::Symptom(symptom_id(&a, 0))
        );
        a.flush_session().expect("saved");
    }
    let a = open(dir.path(), "team");
    assert_eq!(a.session.notes[0].text, text);
    let lines: Vec<String> = a.page_doc().lines.iter().map(|l| l.text()).collect();
    let at = lines
        .iter()
        .position(|l| l == "── Team notes ──")
        .expect("a notes section");
    assert_eq!(lines[at + 2], "On this page:");
    assert_eq!(lines[at + 3], "  Freeze every Friday ✓ 日本語");
    assert_eq!(lines[at + 4], "  Cafe\u{301} 👩‍💻 done");
}

#[test]
fn editing_an_existing_note_and_leaving_with_esc_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    let target = NoteTarget::Symptom(symptom_id(&a, 0));
    a.session.add_note(target.clone(), "first".into(), 1);
    press(&mut a, &[key(KeyCode::Char('E'))]);
    assert_eq!(a.sessions.editor.as_ref().map(|e| e.index), Some(Some(0)));
    type_str(&mut a, "!");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Confirm);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(
        a.mode,
        Mode::Note,
        "Esc at the question goes back to editing"
    );
    press(&mut a, &[key(KeyCode::Esc), key(KeyCode::Char('n'))]);
    assert_eq!(
        (a.mode, a.session.notes[0].text.as_str()),
        (Mode::Browse, "first")
    );
    press(&mut a, &[key(KeyCode::Char('E'))]);
    type_str(&mut a, "!");
    press(&mut a, &[key(KeyCode::Esc), key(KeyCode::Char('y'))]);
    assert_eq!(a.session.notes[0].text, "first!");
    // Emptying a note deletes it.
    press(&mut a, &[key(KeyCode::Char('E'))]);
    for _ in 0..6 {
        press(&mut a, &[key(KeyCode::Backspace)]);
    }
    press(&mut a, &[ctrl('s')]);
    assert!(a.session.notes.is_empty());
}

#[test]
fn an_action_item_is_added_from_an_anti_pattern_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    let i = anti_pattern(&a, "manual-deployments");
    a.browse
        .follow(cdtriage::ui::core::history::Page::AntiPattern(i));
    apply(
        &mut a,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    press(&mut a, &[key(KeyCode::Char('A'))]);
    type_str(&mut a, "Script the deploy @amy due:2026-12-01");
    press(&mut a, &[key(KeyCode::Enter)]);
    let item = &a.session.actions[0];
    assert_eq!(item.text, "Script the deploy");
    assert_eq!(item.owner.as_deref(), Some("amy"));
    assert_eq!(
        item.cause,
        Some(Target::AntiPattern("manual-deployments".into()))
    );
    let lines: Vec<String> = a.page_doc().lines.iter().map(|l| l.text()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Action: Script the deploy (owner amy,"))
    );
}

#[test]
fn export_writes_the_minutes_and_shows_the_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    press(&mut a, &[key(KeyCode::Char('e'))]);
    let message = a.message().expect("a message").to_string();
    let path = message
        .strip_prefix("Minutes written to ")
        .expect("the path");
    assert!(path.starts_with(&dir.path().join("exports").display().to_string()));
    let text = fs::read_to_string(path).expect("written");
    assert!(text.starts_with("# Session minutes: team"), "{text}");
}

#[test]
fn opening_a_damaged_session_from_the_picker_keeps_the_current_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    fs::write(file(dir.path(), "broken"), "nonsense").expect("write");
    let id = symptom_id(&a, 1);
    a.session.findings.toggle_mark(&id);
    press(&mut a, &[key(KeyCode::Char('S'))]);
    a.sessions.picker.selected = position(&a, "broken");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Problem);
    assert_eq!(
        on_disk(dir.path(), "team").findings.marked,
        vec![id],
        "saved first"
    );
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(
        (a.mode, a.sessions.state.name()),
        (Mode::Browse, Some("team"))
    );
    assert_eq!(a.message(), Some("Still in session \"team\""));
    assert_eq!(
        fs::read_to_string(file(dir.path(), "broken")).expect("read"),
        "nonsense"
    );
}

#[test]
fn renaming_the_open_session_saves_it_and_keeps_it_open_under_the_new_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    a.session.add_note(NoteTarget::General, "kept".into(), 1);
    press(
        &mut a,
        &[key(KeyCode::Char('S')), key(KeyCode::Char('r')), ctrl('u')],
    );
    type_str(&mut a, "weekly");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.sessions.state.name(), Some("weekly"));
    assert!(!file(dir.path(), "team").exists());
    assert_eq!(on_disk(dir.path(), "weekly").notes[0].text, "kept");
    assert_eq!(a.session.notes[0].text, "kept");
    assert_eq!(a.sessions.state.read_only(), None, "still the writer");
}

#[test]
fn a_note_on_a_guided_question_shows_on_its_symptoms_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    press(&mut a, &[key(KeyCode::Char('a'))]);
    assert_eq!(a.mode, Mode::Question);
    press(&mut a, &[key(KeyCode::Char('E'))]);
    assert_eq!(a.mode, Mode::Note);
    type_str(&mut a, "asked ops ✓");
    press(&mut a, &[ctrl('s')]);
    assert_eq!(a.mode, Mode::Question, "back to the question");
    let q = cdtriage::domain::QuestionRef {
        symptom: symptom_id(&a, 0),
        index: 0,
    };
    assert_eq!(a.session.notes[0].about, NoteTarget::Question(q));
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    let lines: Vec<String> = a.page_doc().lines.iter().map(|l| l.text()).collect();
    let at = lines
        .iter()
        .position(|l| l == "On question 1:")
        .expect("labelled");
    assert_eq!(lines[at + 1], "  asked ops ✓");
}
