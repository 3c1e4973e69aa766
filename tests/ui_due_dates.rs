//! Due dates typed after `due:` (issue 13, item 15): a date, `today`,
//! `tomorrow` or a weekday become a date; anything else is refused with what
//! is accepted, the prompt kept open with the text; an old free-text due
//! date still loads and shows as it is.

mod common;

use cdtriage::domain::ActionItem;
use cdtriage::storage::Store;
use cdtriage::ui::app::App;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::view;
use common::{app, key, open, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

/// Wednesday, 2 December 2026.
fn wednesday() -> jiff::civil::Date {
    jiff::civil::date(2026, 12, 2)
}

fn screen(a: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    let b = t.backend().buffer();
    let w = usize::from(b.area.width);
    let cells: Vec<&str> = b.content.iter().map(|c| c.symbol()).collect();
    cells
        .chunks(w)
        .map(|row| row.concat().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn add(a: &mut App, line: &str) {
    press(a, &[key(KeyCode::Char('A'))]);
    type_str(a, line);
    press(a, &[key(KeyCode::Enter)]);
}

#[test]
fn words_and_weekdays_become_dates_shown_as_dates() {
    let mut a = app(80, 24);
    a.actions.today = Some(wednesday());
    for (line, due) in [
        ("Ask ops due:today", "2026-12-02"),
        ("Ask ops due:tomorrow", "2026-12-03"),
        ("Ask ops due:FRI", "2026-12-04"),
        ("Ask ops due:wednesday", "2026-12-09"),
        ("Ask ops due:2027-01-15", "2027-01-15"),
    ] {
        add(&mut a, line);
        assert_eq!(a.mode, Mode::Browse, "{line} is accepted");
        let item = a.session.actions.last().expect("added");
        assert_eq!(item.due.as_deref(), Some(due), "{line}");
    }
    press(&mut a, &[key(KeyCode::Char('x'))]);
    let s = screen(&a);
    assert!(s.contains("2026-12-04"), "{s}");
    assert!(!s.contains("FRI"), "{s}");
}

#[test]
fn anything_else_is_refused_and_the_prompt_keeps_the_text() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app(w, h);
        a.actions.today = Some(wednesday());
        add(&mut a, "Ask ops @ana due:someday");
        assert_eq!(a.mode, Mode::NameInput, "still asking");
        assert!(a.session.actions.is_empty());
        let p = a.sessions.prompt.as_ref().expect("a prompt");
        assert_eq!(p.input.text(), "Ask ops @ana due:someday");
        assert_eq!(
            p.error.as_deref(),
            Some(
                "\"someday\" is not a due date: due: takes a date (2026-12-01), \
                 today, tomorrow or a weekday (fri)"
            )
        );
        // The whole message is drawn (wrapped under the input).
        let s = screen(&a);
        assert!(
            s.contains("\"someday\" is not a due date: due: takes a date"),
            "{s}"
        );
        assert!(s.contains("weekday (fri)"), "{s}");
        // Fixing the word is enough.
        let backspaces = vec![key(KeyCode::Backspace); "someday".len()];
        press(&mut a, &backspaces);
        type_str(&mut a, "mon");
        press(&mut a, &[key(KeyCode::Enter)]);
        assert_eq!(a.mode, Mode::Browse);
        assert_eq!(a.session.actions[0].due.as_deref(), Some("2026-12-07"));
    }
}

#[test]
fn an_old_free_text_due_date_loads_and_shows_as_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let store = Store::new(dir.path());
        let graph = cdtriage::domain::load::embedded().expect("graph");
        let mut open = store.open_or_create("old", &graph).expect("opens");
        let mut item = ActionItem::parse_line("Ask ops", None, 1).expect("item");
        item.due = Some("next sprint".into());
        open.session.add_action(item);
        store.save(&mut open).expect("saved");
    }
    let mut a = open(dir.path(), "old");
    a.actions.today = Some(wednesday());
    assert_eq!(a.session.actions[0].due.as_deref(), Some("next sprint"));
    press(&mut a, &[key(KeyCode::Char('x'))]);
    assert!(screen(&a).contains("next sprint"));
}
