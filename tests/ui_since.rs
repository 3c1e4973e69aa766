//! The "since last time" screen (`c`, offered when a session that follows
//! another opens): what `compare` gives, the ranked causes of both sessions
//! as bars, the earlier session left byte-identical; a new session from the
//! picker that follows the selected one (`f`); the picker's lines.
//! Snapshots at 80x24 and 120x40 and a NO_COLOR check.

mod common;

use std::fs;
use std::path::Path;

use cdtriage::storage::Store;
use cdtriage::ui::app::App;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::screens::since::Pane;
use cdtriage::ui::view;
use common::sprints;
use common::{key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

fn opened(dir: &Path, name: &str, w: u16, h: u16, theme: Theme) -> App {
    let graph = cdtriage::domain::load::embedded().expect("graph");
    sprints::write(dir, &graph);
    let mut a = App::new(graph, theme, w, h);
    a.start_session(Some(Store::new(dir)), Some(name))
        .expect("opens");
    a.since.today = Some(sprints::today());
    a.actions.today = Some(sprints::today());
    a
}

fn screen(a: &App, dir: &Path) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t.backend()
        .to_string()
        .replace(&dir.display().to_string(), "<tmp>")
}

fn file(dir: &Path, name: &str) -> Vec<u8> {
    fs::read(dir.join("sessions").join(format!("{name}.ron"))).expect("read")
}

#[test]
fn opening_a_following_session_offers_the_screen_and_c_shows_what_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let before = {
        let graph = cdtriage::domain::load::embedded().expect("graph");
        sprints::write(dir.path(), &graph);
        file(dir.path(), "sprint1")
    };
    let mut a = opened(dir.path(), "sprint2", 80, 24, Theme::dark());
    assert_eq!(
        a.message(),
        Some("\"sprint2\" follows \"sprint1\": c shows what changed")
    );
    press(&mut a, &[key(KeyCode::Char('c'))]);
    assert_eq!(a.mode, Mode::Since);
    let c = a.since.comparison.as_ref().expect("compared");
    let s13 = sprints::number(&a.graph, 13);
    assert_eq!(
        (c.old.as_str(), c.new.as_str(), c.linked),
        ("sprint1", "sprint2", true)
    );
    assert_eq!(c.newly_marked, vec![s13]);
    assert!(c.no_longer_marked.is_empty());
    assert_eq!(c.changed_answers.len(), 1);
    let done: Vec<_> = c.actions.done.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(done, ["Script the deploy runbook"]);
    let overdue: Vec<_> = c.actions.overdue.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(overdue, ["Write the rollback guide"]);
    let s = screen(&a, dir.path());
    assert!(s.contains("13. Deployments Are One-Way Doors"), "{s}");
    assert!(s.contains("Yes → No"), "{s}");
    // Tab moves the scrolling to the causes; x opens the actions screen
    // and Esc there comes back here; Esc here goes back to the main screen.
    press(&mut a, &[key(KeyCode::Tab)]);
    assert_eq!(a.since.focus, Pane::Causes);
    press(&mut a, &[key(KeyCode::Char('j'))]);
    assert_eq!(a.since.scroll, [0, 1]);
    press(&mut a, &[key(KeyCode::Tab), key(KeyCode::Char('j'))]);
    assert_eq!(a.since.scroll, [1, 1]);
    // G goes to the end, and no further.
    press(&mut a, &[key(KeyCode::Char('G')), key(KeyCode::Char('j'))]);
    let end = a.since.scroll[0];
    assert!(end > 1, "{end}");
    press(&mut a, &[key(KeyCode::Char('j'))]);
    assert_eq!(a.since.scroll[0], end);
    press(&mut a, &[key(KeyCode::Char('g'))]);
    press(&mut a, &[key(KeyCode::Char('x'))]);
    assert_eq!(a.mode, Mode::Actions);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Since);
    assert_eq!(
        a.since.scroll,
        [0, 1],
        "the same comparison keeps its place"
    );
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    drop(a);
    assert_eq!(file(dir.path(), "sprint1"), before, "sprint1 is untouched");
}

#[test]
fn a_session_that_follows_none_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint1", 80, 24, Theme::dark());
    press(&mut a, &[key(KeyCode::Char('c'))]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(
        a.message(),
        Some("\"sprint1\" does not follow another session (S, then f starts one that does)")
    );
}

#[test]
fn the_bars_show_each_cause_in_both_sessions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint2", 120, 40, Theme::dark());
    press(&mut a, &[key(KeyCode::Char('c'))]);
    let c = a.since.comparison.clone().expect("compared");
    let s = screen(&a, dir.path());
    // The first cause (by the new ranking) has a line with each session's bar.
    let first = &c.causes[0];
    let name = a.graph.target_name(&first.target).expect("named");
    assert!(s.contains(name), "{s}");
    let bar_lines: Vec<&str> = s.lines().filter(|l| l.contains("sprint2 █")).collect();
    assert!(!bar_lines.is_empty(), "{s}");
    let new = first.new.expect("ranked now");
    assert!(
        s.contains(&format!("#{} {:.2}", new.rank, new.score)),
        "{s}"
    );
}

#[test]
fn snapshots_of_the_since_screen() {
    for (w, h) in [(80, 24), (120, 40)] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut a = opened(dir.path(), "sprint2", w, h, Theme::dark());
        press(&mut a, &[key(KeyCode::Char('c'))]);
        let s = screen(&a, dir.path());
        assert!(s.contains("What changed since \"sprint1\""), "{s}");
        insta::assert_snapshot!(format!("since_{w}x{h}"), s);
    }
}

#[test]
fn no_color_draws_the_since_screen_without_colour() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint2", 80, 24, Theme::monochrome());
    press(&mut a, &[key(KeyCode::Char('c'))]);
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| view::draw(f, &a)).expect("draw");
    let buf = t.backend().buffer();
    let all: String = (0..24)
        .flat_map(|y| (0..80).map(move |x| (x, y)))
        .map(|(x, y)| buf[(x, y)].symbol().to_string())
        .collect();
    // The two sessions' bars differ by their glyph, not by colour.
    assert!(all.contains('▒') && all.contains('█'), "{all}");
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

#[test]
fn the_picker_starts_a_session_that_follows_the_selected_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = opened(dir.path(), "sprint1", 80, 24, Theme::dark());
    let before = file(dir.path(), "sprint1");
    press(&mut a, &[key(KeyCode::Char('S'))]);
    let s = screen(&a, dir.path());
    // Each line: name, local time, marks, open actions, what it follows
    // (answers dropped at 80 columns).
    assert!(
        s.contains("sprint2 · 2026-12-02 10:30 · 2 marks · 2 actions open · follows sprint1"),
        "{s}"
    );
    let at = a
        .sessions
        .picker
        .items
        .iter()
        .position(|i| i.name == "sprint1")
        .expect("listed");
    a.sessions.picker.selected = at;
    press(&mut a, &[key(KeyCode::Char('f'))]);
    assert_eq!(a.mode, Mode::NameInput);
    assert!(screen(&a, dir.path()).contains("Name of the session that follows \"sprint1\""));
    type_str(&mut a, "sprint3");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.sessions.state.name(), Some("sprint3"));
    assert_eq!(a.session.follows.as_deref(), Some("sprint1"));
    let open: Vec<_> = a.session.actions.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(
        open,
        ["Script the deploy runbook", "Write the rollback guide"]
    );
    assert_eq!(
        a.session.findings.marked,
        vec![sprints::number(&a.graph, 11)]
    );
    assert_eq!(file(dir.path(), "sprint1"), before, "sprint1 is untouched");
}
