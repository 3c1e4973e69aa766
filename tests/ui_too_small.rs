//! Below the minimum size nothing can be seen, so keys typed blind do
//! nothing: only quitting (with its question's answer) and resizing act.

mod common;

use cdtriage::ui::core::action::Action;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::terminal::apply;
use common::{app, ctrl, key, press, type_str};
use ratatui::crossterm::event::{Event, KeyCode};

fn shrink(a: &mut cdtriage::ui::app::App) {
    apply(
        a,
        Action::Resize {
            width: 30,
            height: 8,
        },
    );
}

#[test]
fn keys_typed_blind_while_too_small_do_nothing() {
    let mut a = app(120, 40);
    shrink(&mut a);
    let before = (
        a.mode,
        a.browse.page,
        a.browse.focus,
        a.browse.list.selected,
    );
    type_str(&mut a, "/merge");
    press(&mut a, &[key(KeyCode::Enter)]);
    type_str(&mut a, "a?t11Sx");
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Down), key(KeyCode::Esc)],
    );
    a.paste("pasted text");
    assert_eq!(
        (
            a.mode,
            a.browse.page,
            a.browse.focus,
            a.browse.list.selected
        ),
        before
    );
    assert!(a.search.input.is_empty(), "nothing was typed into search");
    assert!(a.session.findings.marked.is_empty());
    // Back to a usable size: the app is as it was, and keys act again.
    apply(
        &mut a,
        Action::Resize {
            width: 120,
            height: 40,
        },
    );
    press(&mut a, &[key(KeyCode::Char('/'))]);
    assert_eq!(a.mode, Mode::Search);
}

#[test]
fn quit_still_works_while_too_small() {
    let mut a = app(80, 24);
    shrink(&mut a);
    press(&mut a, &[key(KeyCode::Char('q'))]);
    assert!(a.quit);

    // With answers only in memory, quitting asks; the answer is taken too.
    let mut a = app(80, 24);
    type_str(&mut a, "11ay");
    press(&mut a, &[key(KeyCode::Esc)]);
    shrink(&mut a);
    press(&mut a, &[ctrl('c')]);
    assert_eq!(a.mode, Mode::Confirm);
    assert!(!a.quit);
    press(&mut a, &[key(KeyCode::Char('y'))]);
    assert!(a.quit);
}

#[test]
fn a_resize_event_is_still_taken() {
    let a = app(80, 24);
    let mut small = a;
    shrink(&mut small);
    assert_eq!(
        small.action_for(&Event::Resize(100, 30)),
        Some(Action::Resize {
            width: 100,
            height: 30
        })
    );
    assert_eq!(small.action_for(&Event::Key(key(KeyCode::Char('j')))), None);
}
