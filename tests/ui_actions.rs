//! The action items screen (`x`): the list in order with overdue ones
//! highlighted, ticking done and open again, editing through the action item
//! prompt, deleting after a question, opening the linked page (Back
//! returns), search finding an item by its owner; snapshots at 80x24 and
//! 120x40 and a NO_COLOR check.

mod common;

use std::path::Path;

use cdtriage::domain::Location;
use cdtriage::storage::Store;
use cdtriage::ui::app::App;
use cdtriage::ui::core::history::Page;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::view;
use common::sprints;
use common::{ctrl, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

fn opened(dir: &Path, name: &str, w: u16, h: u16, theme: Theme) -> App {
    let graph = cdtriage::domain::load::embedded().expect("graph");
    sprints::write(dir, &graph);
    let mut a = App::new(graph, theme, w, h);
    a.start_session(Some(Store::new(dir)), Some(name))
        .expect("opens");
    a.actions.today = Some(sprints::today());
    a
}

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    t.backend().to_string()
}

fn highlighted(a: &App) -> String {
    let i = a.actions.item.expect("an item is highlighted");
    a.session.actions[i].text.clone()
}

#[test]
fn the_list_is_open_first_by_due_date_and_ticking_keeps_the_highlight() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint1", 80, 24, Theme::dark());
    press(&mut a, &[key(KeyCode::Char('x'))]);
    assert_eq!(a.mode, Mode::Actions);
    // Open ones first, the earlier due date first; the done one last.
    assert_eq!(highlighted(&a), "Write the rollback guide");
    press(&mut a, &[key(KeyCode::Char('j'))]);
    assert_eq!(highlighted(&a), "Script the deploy runbook");
    press(&mut a, &[key(KeyCode::Char(' '))]);
    assert!(a.session.actions[0].done, "ticked done");
    assert_eq!(a.message(), Some("Done: Script the deploy runbook"));
    // It moved below the open one, and the highlight went with it.
    assert_eq!(highlighted(&a), "Script the deploy runbook");
    assert_eq!(a.actions.position(&a.session), 1);
    press(&mut a, &[key(KeyCode::Char('x'))]);
    assert!(!a.session.actions[0].done, "open again");
    assert_eq!(a.actions.position(&a.session), 1);
    press(&mut a, &[key(KeyCode::Char('G'))]);
    assert_eq!(highlighted(&a), "Book the retro room");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
}

#[test]
fn editing_uses_the_action_item_prompt_and_refuses_a_bad_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint1", 80, 24, Theme::dark());
    press(&mut a, &[key(KeyCode::Char('x')), key(KeyCode::Char('j'))]);
    press(&mut a, &[key(KeyCode::Char('e'))]);
    assert_eq!(a.mode, Mode::NameInput);
    let s = text(&draw(&a));
    assert!(
        s.contains("Script the deploy runbook @sam due:2026-12-15"),
        "{s}"
    );
    assert!(
        s.contains("Action items of"),
        "the screen stays under the prompt: {s}"
    );
    press(&mut a, &[ctrl('u')]);
    type_str(&mut a, "Script the deploy runbook @sam due:2026-13-45");
    press(&mut a, &[key(KeyCode::Enter)]);
    // Month 13 is no date: refused with the reason, nothing changed.
    assert_eq!(a.mode, Mode::NameInput);
    assert_eq!(a.session.actions[0].due.as_deref(), Some("2026-12-15"));
    let s = text(&draw(&a));
    assert!(
        s.contains("\"2026-13-45\" is not a due date: due: takes a"),
        "{s}"
    );
    press(&mut a, &[ctrl('u')]);
    type_str(&mut a, "Script the deploy runbook @sam @kim due:2026-12-18");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Actions);
    let item = &a.session.actions[0];
    // A second @name stays in the text; the owner, link and status stay.
    assert_eq!(item.text, "Script the deploy runbook @kim");
    assert_eq!(item.owner.as_deref(), Some("sam"));
    assert_eq!(item.due.as_deref(), Some("2026-12-18"));
    assert!(item.cause.is_some() && !item.done);
    // Esc in the prompt changes nothing.
    press(&mut a, &[key(KeyCode::Char('e')), ctrl('u')]);
    type_str(&mut a, "gone");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Actions);
    assert_eq!(a.session.actions[0].text, "Script the deploy runbook @kim");
}

#[test]
fn deleting_asks_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint1", 80, 24, Theme::dark());
    press(&mut a, &[key(KeyCode::Char('x')), key(KeyCode::Char('d'))]);
    assert_eq!(a.mode, Mode::Confirm);
    let s = text(&draw(&a));
    assert!(
        s.contains("Delete the action item \"Write the rollback guide\"?"),
        "{s}"
    );
    press(&mut a, &[key(KeyCode::Char('n'))]);
    assert_eq!((a.mode, a.session.actions.len()), (Mode::Actions, 3));
    press(&mut a, &[key(KeyCode::Char('d')), key(KeyCode::Char('y'))]);
    assert_eq!((a.mode, a.session.actions.len()), (Mode::Actions, 2));
    assert!(
        a.session
            .actions
            .iter()
            .all(|x| x.text != "Write the rollback guide")
    );
    // The highlight moves to the item that took its place.
    assert_eq!(highlighted(&a), "Script the deploy runbook");
}

#[test]
fn enter_opens_the_linked_page_and_back_returns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint1", 80, 24, Theme::dark());
    press(&mut a, &[key(KeyCode::Char('x')), key(KeyCode::Enter)]);
    // The rollback guide is linked to no page: said so, nothing moves.
    assert_eq!(a.mode, Mode::Actions);
    assert_eq!(
        a.message(),
        Some("This action item is not linked to a page")
    );
    press(&mut a, &[key(KeyCode::Char('j')), key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    let manual = a
        .graph
        .anti_pattern_index("manual-deployments")
        .expect("page");
    assert_eq!(a.browse.page, Page::AntiPattern(manual));
    press(&mut a, &[key(KeyCode::Char('b'))]);
    assert_eq!(a.mode, Mode::Actions);
    assert_eq!(highlighted(&a), "Script the deploy runbook");
}

#[test]
fn search_finds_an_owner_and_opens_the_actions_screen_at_the_item() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint1", 80, 24, Theme::dark());
    press(&mut a, &[key(KeyCode::Char('/'))]);
    type_str(&mut a, "sam runbook");
    let row = (0..a.search.rows.len())
        .find(|&r| {
            matches!(a.search.row(r), Some((_, Some(p)))
                if matches!(p.location, Location::Note { .. }) && p.title.contains("@sam"))
        })
        .expect("the action item is a result");
    for _ in 0..row {
        press(&mut a, &[key(KeyCode::Down)]);
    }
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Actions);
    assert_eq!(highlighted(&a), "Script the deploy runbook");
    // Esc goes back to where search was opened from.
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
}

#[test]
fn snapshots_of_the_actions_screen() {
    for (w, h) in [(80, 24), (120, 40)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut a = opened(dir.path(), "sprint2", w, h, Theme::dark());
        press(&mut a, &[key(KeyCode::Char('x'))]);
        let s = text(&draw(&a));
        assert!(
            s.contains("Action items of \"sprint2\": 2 open, 1 overdue"),
            "{s}"
        );
        assert!(s.contains("overdue") && s.contains("@ana"), "{s}");
        insta::assert_snapshot!(format!("actions_{w}x{h}"), s);
    }
}

#[test]
fn no_color_highlights_the_overdue_item_with_modifiers_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint2", 80, 24, Theme::monochrome());
    press(&mut a, &[key(KeyCode::Char('x')), key(KeyCode::Char('j'))]);
    let t = draw(&a);
    let buf = t.backend().buffer();
    let row_of = |needle: &str| {
        (0..24)
            .find(|&y| {
                (0..80)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .contains(needle)
            })
            .expect("row shown")
    };
    // The overdue rollback guide (not highlighted now) is bold and
    // underlined; the highlighted one is reversed; a done one is neither.
    let overdue = &buf[(6, row_of("Write the rollback"))];
    assert!(
        overdue
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED)
    );
    assert!(!overdue.modifier.contains(Modifier::REVERSED));
    let selected = &buf[(6, row_of("Pair on the pipeline"))];
    assert!(selected.modifier.contains(Modifier::REVERSED));
    let done = &buf[(6, row_of("Script the deploy"))];
    assert!(
        !done
            .modifier
            .intersects(Modifier::BOLD | Modifier::REVERSED)
    );
    for y in 0..24 {
        for x in 0..80 {
            let c = &buf[(x, y)];
            assert_eq!(
                (c.fg, c.bg),
                (Color::Reset, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
}
