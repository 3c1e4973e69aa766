//! Render snapshots (TestBackend + insta) of the diagnosis screens at 80x24
//! and 120x40: the question screen, the per-symptom summary, the triage
//! checklist and the ranked causes with their reasons; and the styles that
//! tell the guide's words from this app's.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::view;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Modifier;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t
}

/// Symptom 11's second question, revisited after answering it No.
fn question(w: u16, h: u16) -> App {
    let mut a = app(w, h);
    type_str(&mut a, "11ayn");
    press(&mut a, &[key(KeyCode::Left)]);
    a
}

/// Symptom 11 answered Unsure, No, No (the two No point at Integration
/// Deferred and Missing Deployment Pipeline).
fn summary(w: u16, h: u16) -> App {
    let mut a = app(w, h);
    type_str(&mut a, "11aunn");
    a
}

/// The checklist with 11 and 13 marked, 13 highlighted.
fn checklist(w: u16, h: u16) -> App {
    let mut a = app(w, h);
    type_str(&mut a, "t11 13 ");
    a
}

/// 11 and 13 marked and answered as in the end-to-end test (see
/// `e2e_triage.rs` for the arithmetic): Blind Operations 3.25 first.
fn ranked(w: u16, h: u16) -> App {
    let mut a = checklist(w, h);
    press(&mut a, &[key(KeyCode::Enter)]);
    type_str(&mut a, "yyyyyyu");
    a
}

#[test]
fn question_screen() {
    for (w, h) in SIZES {
        let t = draw(&question(w, h));
        insta::assert_snapshot!(format!("question_{w}x{h}"), t.backend());
    }
}

/// Symptom 13's first question after answering symptom 8's (the same
/// question): where its answer came from.
fn shared_question(w: u16, h: u16) -> App {
    let mut a = app(w, h);
    type_str(&mut a, "8ay");
    press(&mut a, &[key(KeyCode::Esc)]);
    type_str(&mut a, "13a");
    press(&mut a, &[key(KeyCode::Left)]);
    a
}

#[test]
fn question_screen_with_a_shared_answer() {
    for (w, h) in SIZES {
        let t = draw(&shared_question(w, h));
        insta::assert_snapshot!(format!("question_shared_{w}x{h}"), t.backend());
    }
}

/// Symptom 19's second question is not a yes/no question: the screen says
/// what Yes stands for, in the guide's words.
#[test]
fn question_screen_with_what_yes_means() {
    let mut a = app(80, 24);
    type_str(&mut a, "19as");
    let t = draw(&a);
    insta::assert_snapshot!("question_yes_means_80x24", t.backend());
}

#[test]
fn summary_screen() {
    for (w, h) in SIZES {
        let t = draw(&summary(w, h));
        insta::assert_snapshot!(format!("summary_{w}x{h}"), t.backend());
    }
}

#[test]
fn checklist_screen() {
    for (w, h) in SIZES {
        let t = draw(&checklist(w, h));
        insta::assert_snapshot!(format!("checklist_{w}x{h}"), t.backend());
    }
}

#[test]
fn ranked_screen_with_reasons() {
    for (w, h) in SIZES {
        let t = draw(&ranked(w, h));
        insta::assert_snapshot!(format!("ranked_{w}x{h}"), t.backend());
    }
}

/// The row and column where `text` starts on screen.
fn find(t: &Terminal<TestBackend>, text: &str) -> (u16, u16) {
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        if let Some(byte) = row.find(text) {
            let x = row[..byte].chars().count();
            return (u16::try_from(x).expect("fits"), y);
        }
    }
    panic!("{text:?} not on screen");
}

#[test]
fn the_question_is_bold_and_the_prompt_is_styled_as_the_apps() {
    let a = question(80, 24);
    let t = draw(&a);
    let buf = t.backend().buffer();
    let (x, y) = find(&t, "Does the team trust that main is always deployable?");
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[(x, y)].fg, a.theme.page_title.fg.expect("a colour"));
    // The app's reading is labelled as the app's and not bold, so nobody
    // takes it for a second question.
    let (x, y) = find(&t, "cdtriage: No → points at Integration Deferred");
    assert_eq!(buf[(x, y)].fg, a.theme.app_label.fg.expect("a colour"));
    let (x, y) = find(&t, "No → points at Integration Deferred");
    assert!(!buf[(x, y)].modifier.contains(Modifier::BOLD));
    assert_ne!(buf[(x, y)].fg, a.theme.page_title.fg.expect("a colour"));
    // One question on screen: the guide's (the last row is the status bar).
    let text = t.backend().to_string();
    let rows: Vec<&str> = text.lines().collect();
    let asked = rows[..rows.len() - 1]
        .iter()
        .filter(|r| r.contains('?'))
        .count();
    assert_eq!(asked, 1, "{text}");
    // The current answer (No) is highlighted like a selection.
    let (x, y) = find(&t, "[n] No");
    assert_eq!(buf[(x, y)].bg, a.theme.selected.bg.expect("a colour"));
}

#[test]
fn the_ranked_title_counts_one_symptom_in_the_singular() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    press(&mut a, &[key(KeyCode::Char('t')), key(KeyCode::Char(' '))]);
    press(&mut a, &[key(KeyCode::Char('r'))]);
    let text = draw(&a).backend().to_string();
    assert!(
        text.contains("Ranked causes of 1 marked symptom "),
        "{text}"
    );
}
