//! Render snapshots (TestBackend + insta) at 80x24 and 120x40 of a guide
//! imported from its source (the fixture site, `tests/fixtures/site`): an
//! anti-pattern page at its fix steps (the step in view marked, the key that
//! makes it an action item in the border) and at a table, the ranked causes
//! with the highlighted cause's fix steps, and "Find your symptom" at a
//! question and at a result.

mod common;

use cdtriage::domain::Location;
use cdtriage::ui::app::App;
use cdtriage::ui::view;
use common::{key, press, site_app, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t
}

/// Hand Deploys' page, opened from its symptom, `X` pressed once: the page
/// at its first fix step.
fn at_fix_steps(w: u16, h: u16) -> App {
    let mut a = site_app(w, h);
    let n = a.graph.symptom("slow-rollouts").map_or(0, |s| s.number);
    type_str(&mut a, &n.to_string());
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    type_str(&mut a, "X");
    a
}

#[test]
fn anti_pattern_page_at_its_fix_steps() {
    for (w, h) in SIZES {
        let t = draw(&at_fix_steps(w, h));
        insta::assert_snapshot!(format!("fix_steps_{w}x{h}"), t.backend());
    }
}

#[test]
fn anti_pattern_page_at_a_table() {
    for (w, h) in SIZES {
        let mut a = at_fix_steps(w, h);
        // Step 1's third block is its table: scroll it to the top.
        let at = Location::Section {
            chapter: 2,
            part: Some(0),
            block: Some(2),
        };
        let line = a.browse.doc.lines_of(at).expect("the table").start;
        while a.browse.scroll.offset < line {
            type_str(&mut a, "j");
        }
        let t = draw(&a);
        insta::assert_snapshot!(format!("table_{w}x{h}"), t.backend());
    }
}

#[test]
fn ranked_causes_with_fix_steps() {
    for (w, h) in SIZES {
        let mut a = site_app(w, h);
        let n = a.graph.symptom("slow-rollouts").map_or(0, |s| s.number);
        type_str(&mut a, &format!("t{n} r"));
        let t = draw(&a);
        insta::assert_snapshot!(format!("ranked_fix_steps_{w}x{h}"), t.backend());
    }
}

#[test]
fn find_your_symptom_question_and_result() {
    for (w, h) in SIZES {
        let mut a = site_app(w, h);
        type_str(&mut a, "F1");
        let t = draw(&a);
        insta::assert_snapshot!(format!("find_question_{w}x{h}"), t.backend());
        type_str(&mut a, "1");
        let t = draw(&a);
        insta::assert_snapshot!(format!("find_result_{w}x{h}"), t.backend());
    }
}
