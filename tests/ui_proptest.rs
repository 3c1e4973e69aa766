//! Random input never panics: key sequences, clicks, wheel turns and resizes
//! at random sizes (including 0x0 and 1x1), drawn after every step.

mod common;

use cdtriage::ui::core::action::Action;
use cdtriage::ui::terminal::apply;
use cdtriage::ui::view;
use common::app;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        "[0-9jkgGbfqi?]".prop_map(|s| KeyCode::Char(s.chars().next().unwrap_or('j'))),
        Just(KeyCode::Enter),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Backspace),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        Just(KeyCode::Home),
        Just(KeyCode::End),
    ]
}

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        4 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::CONTROL),
        1 => Just(KeyModifiers::ALT),
        1 => Just(KeyModifiers::SHIFT),
    ]
}

#[derive(Debug, Clone)]
enum Input {
    Key(KeyEvent),
    Action(Action),
}

fn input(w: u16, h: u16) -> impl Strategy<Value = Input> {
    let (cw, ch) = (w.saturating_add(2), h.saturating_add(2));
    prop_oneof![
        6 => (key_code(), modifiers()).prop_map(|(c, m)| Input::Key(KeyEvent::new(c, m))),
        1 => (0..cw, 0..ch).prop_map(|(column, row)| Input::Action(Action::Click { column, row })),
        1 => (0..cw, 0..ch, any::<bool>())
            .prop_map(|(column, row, down)| Input::Action(Action::Scroll { column, row, down })),
        1 => (0u16..140, 0u16..50).prop_map(|(width, height)| Input::Action(Action::Resize { width, height })),
    ]
}

fn case() -> impl Strategy<Value = (u16, u16, Vec<Input>)> {
    (0u16..140, 0u16..50).prop_flat_map(|(w, h)| {
        (
            Just(w),
            Just(h),
            proptest::collection::vec(input(w, h), 0..60),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_input_never_panics((w, h, inputs) in case()) {
        let mut a = app(w, h);
        for i in inputs {
            match i {
                Input::Key(k) => {
                    if let Some(action) = a.action_for(&Event::Key(k)) {
                        apply(&mut a, action);
                    }
                }
                Input::Action(action) => apply(&mut a, action),
            }
            if a.quit {
                break;
            }
            let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            t.draw(|f| view::draw(f, &a)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            // Whatever happened, the state stays in range.
            prop_assert!(a.browse.list.selected < a.graph.symptoms.len());
            prop_assert!(a.browse.link.selected < a.browse.links.len().max(1));
            if let Some(vp) = a.viewport() {
                prop_assert!(a.browse.scroll.offset <= a.page_doc().len().saturating_sub(vp.page_rows));
            }
        }
    }
}
