//! Key-flow tests: real key events through the key table into `App::update`,
//! no terminal involved.

mod common;

use cdtriage::ui::core::action::Action;
use cdtriage::ui::core::history::Page;
use cdtriage::ui::core::mode::{Focus, Mode};
use cdtriage::ui::keys::keymap::{self, MODES, RESERVED};
use cdtriage::ui::terminal::apply;
use common::{anti_pattern, app, ctrl, key, press, type_str};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[test]
fn starts_on_symptom_1_with_the_list_focused() {
    let a = app(80, 24);
    assert_eq!(a.browse.page, Page::Symptom(0));
    assert_eq!(a.browse.focus, Focus::List);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(
        a.page_doc().lines[0].text(),
        "1. API Changes Break Consumers Without Warning"
    );
}

#[test]
fn moving_in_the_list_changes_the_page_and_clamps() {
    let mut a = app(80, 24);
    press(&mut a, &[key(KeyCode::Up)]);
    assert_eq!(a.browse.list.selected, 0, "up at the top stays");
    type_str(&mut a, "jj");
    assert_eq!(a.browse.list.selected, 2);
    assert_eq!(a.browse.page, Page::Symptom(2));
    type_str(&mut a, "G");
    assert_eq!(a.browse.page, Page::Symptom(20));
    press(&mut a, &[key(KeyCode::Down)]);
    assert_eq!(a.browse.list.selected, 20, "down at the bottom stays");
    type_str(&mut a, "g");
    assert_eq!(a.browse.page, Page::Symptom(0));
    assert_eq!(
        a.browse.history.back_len(),
        0,
        "list moves do not fill history"
    );
}

#[test]
fn tab_and_shift_tab_cycle_focus() {
    let mut a = app(80, 24);
    let tab = key(KeyCode::Tab);
    press(&mut a, &[tab]);
    assert_eq!(a.browse.focus, Focus::Page);
    press(&mut a, &[tab]);
    assert_eq!(a.browse.focus, Focus::Links);
    press(&mut a, &[tab]);
    assert_eq!(a.browse.focus, Focus::List);
    press(
        &mut a,
        &[KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)],
    );
    assert_eq!(a.browse.focus, Focus::Links);
}

#[test]
fn digits_jump_to_a_symptom_by_number() {
    let mut a = app(80, 24);
    type_str(&mut a, "1");
    assert_eq!(a.browse.page, Page::Symptom(0));
    type_str(&mut a, "1");
    assert_eq!(a.browse.page, Page::Symptom(10));
    assert_eq!(a.browse.list.selected, 10);
    assert_eq!(
        a.page_doc().lines[0].text(),
        "11. Merge Freezes Before Deployments"
    );
    // 11 then 1 would be 111: too big, so the 1 starts over.
    type_str(&mut a, "1");
    assert_eq!(a.browse.page, Page::Symptom(0));
    // Another key ends the number: 2, j, 1 is symptom 1, not 21.
    type_str(&mut a, "2j1");
    assert_eq!(a.browse.page, Page::Symptom(0));
    type_str(&mut a, "25");
    assert_eq!(a.browse.page, Page::Symptom(4), "25 is too big, so 5");
    type_str(&mut a, "0");
    assert_eq!(a.browse.page, Page::Symptom(4), "there is no symptom 0");
    assert!(a.message().is_some_and(|m| m.contains("No symptom 0")));
}

#[test]
fn opening_manual_deployments_from_symptom_11_pushes_history() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    let md = anti_pattern(&a, "manual-deployments");
    assert_eq!(a.browse.page, Page::AntiPattern(md));
    assert_eq!(a.browse.history.back_len(), 1);
    assert_eq!(a.page_doc().lines[0].text(), "Manual Deployments");
    // Its links are the symptoms citing it; symptom 11 is among them.
    assert!(a.browse.links.iter().any(|l| l.to == Page::Symptom(10)));
}

#[test]
fn back_and_forward_restore_page_scroll_and_selection() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    press(&mut a, &[key(KeyCode::Tab)]);
    type_str(&mut a, "jjjjj");
    assert_eq!(a.browse.scroll.offset, 5);
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Down), key(KeyCode::Enter)],
    );
    let deferred = anti_pattern(&a, "integration-deferred");
    assert_eq!(a.browse.page, Page::AntiPattern(deferred));
    assert_eq!(a.browse.scroll.offset, 0, "a new page starts at the top");

    press(&mut a, &[key(KeyCode::Backspace)]);
    assert_eq!(a.browse.page, Page::Symptom(10));
    assert_eq!(a.browse.scroll.offset, 5);
    assert_eq!(a.browse.link.selected, 1);
    assert_eq!(a.browse.focus, Focus::Links);
    assert_eq!(a.browse.history.forward_len(), 1);

    type_str(&mut a, "f");
    assert_eq!(a.browse.page, Page::AntiPattern(deferred));
    type_str(&mut a, "b");
    assert_eq!(a.browse.page, Page::Symptom(10));
    press(&mut a, &[KeyEvent::new(KeyCode::Right, KeyModifiers::ALT)]);
    assert_eq!(a.browse.page, Page::AntiPattern(deferred));
    press(&mut a, &[KeyEvent::new(KeyCode::Left, KeyModifiers::ALT)]);
    assert_eq!(a.browse.page, Page::Symptom(10));
    type_str(&mut a, "b");
    assert_eq!(
        a.browse.page,
        Page::Symptom(10),
        "nothing before the first page"
    );
    assert_eq!(a.message(), Some("Nothing to go back to"));
}

#[test]
fn following_a_symptom_link_selects_it_in_the_list() {
    let mut a = app(120, 40);
    type_str(&mut a, "15");
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    assert_eq!(
        a.browse.page,
        Page::Symptom(9),
        "Large Release Batches leads to symptom 10"
    );
    assert_eq!(a.browse.list.selected, 9);
    type_str(&mut a, "b");
    assert_eq!(a.browse.page, Page::Symptom(14));
    assert_eq!(a.browse.list.selected, 14);
}

#[test]
fn leaving_an_anti_pattern_page_by_the_list_can_be_undone() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    press(&mut a, &[key(KeyCode::Tab)]);
    assert_eq!(a.browse.focus, Focus::List);
    type_str(&mut a, "jjj");
    assert_eq!(a.browse.page, Page::Symptom(13));
    assert_eq!(
        a.browse.history.back_len(),
        2,
        "the anti-pattern page, once"
    );
    type_str(&mut a, "b");
    let md = anti_pattern(&a, "manual-deployments");
    assert_eq!(a.browse.page, Page::AntiPattern(md));
}

#[test]
fn page_scrolling_clamps_at_both_ends() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    press(&mut a, &[key(KeyCode::Tab)]);
    type_str(&mut a, "k");
    assert_eq!(a.browse.scroll.offset, 0);
    let rows = a.viewport().expect("80x24 is usable").page_rows;
    let last = a.page_doc().len() - rows;
    type_str(&mut a, "G");
    assert_eq!(a.browse.scroll.offset, last);
    type_str(&mut a, "j");
    press(&mut a, &[key(KeyCode::PageDown), ctrl('d')]);
    assert_eq!(a.browse.scroll.offset, last);
    press(&mut a, &[ctrl('u')]);
    assert_eq!(a.browse.scroll.offset, last - rows / 2);
    press(&mut a, &[key(KeyCode::PageUp)]);
    assert_eq!(
        a.browse.scroll.offset,
        (last - rows / 2).saturating_sub(rows)
    );
    type_str(&mut a, "g");
    assert_eq!(a.browse.scroll.offset, 0);
}

#[test]
fn q_and_ctrl_c_quit_and_esc_does_not() {
    for k in [key(KeyCode::Char('q')), ctrl('c')] {
        let mut a = app(80, 24);
        press(&mut a, &[k]);
        assert!(a.quit, "{k:?} should quit");
    }
    let mut a = app(80, 24);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert!(!a.quit, "Esc never quits the main screen");
}

#[test]
fn esc_closes_help_and_about_before_quitting() {
    let mut a = app(80, 24);
    type_str(&mut a, "?");
    assert_eq!(a.mode, Mode::Help);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    assert!(!a.quit);
    type_str(&mut a, "i");
    assert_eq!(a.mode, Mode::About);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    assert!(!a.quit);
    press(&mut a, &[key(KeyCode::Esc)]);
    assert!(!a.quit, "and on the main screen it only says how to quit");
    assert_eq!(a.message(), Some("Esc does not quit: q quits"));
}

#[test]
fn keys_scroll_the_help_not_the_page() {
    let mut a = app(80, 24);
    type_str(&mut a, "?jj");
    assert_eq!(a.help.scroll.offset, 2);
    assert_eq!(a.browse.list.selected, 0);
    type_str(&mut a, "G");
    assert_eq!(a.help.scroll.offset, a.help.doc.len() - a.help.rows);
    type_str(&mut a, "q");
    assert!(a.quit, "q quits from the help too");
}

#[test]
fn reserved_keys_are_unbound_in_every_mode() {
    // Search is left out: there every letter types into the search box.
    for mode in MODES.into_iter().filter(|m| *m != Mode::Search) {
        for c in keymap::reserved_in(mode) {
            assert!(RESERVED.contains(&c));
            let k = key(KeyCode::Char(c));
            assert_eq!(
                keymap::action_for(mode, k),
                None,
                "{c:?} is reserved in {mode:?}"
            );
        }
    }
}

#[test]
fn key_releases_are_ignored() {
    let mut release = key(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(keymap::action_for(Mode::Browse, release), None);
}

#[test]
fn no_two_rows_of_a_mode_share_a_key() {
    for mode in MODES {
        let keys: Vec<_> = keymap::table(mode).flat_map(|r| r.keys.iter()).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{k:?} bound twice in {mode:?}");
        }
    }
}

#[test]
fn a_click_selects_a_symptom_and_a_second_click_on_a_link_opens_it() {
    let mut a = app(80, 24);
    // The list's first item is on row 1 (under the border): row 11 is symptom 11.
    apply(&mut a, Action::Click { column: 5, row: 11 });
    assert_eq!(a.browse.page, Page::Symptom(10));
    assert_eq!(a.browse.focus, Focus::List);
    // At 80x24 symptom 11's links pane starts at row 15; its second link is rows 18-19.
    apply(
        &mut a,
        Action::Click {
            column: 40,
            row: 18,
        },
    );
    assert_eq!(a.browse.focus, Focus::Links);
    assert_eq!(a.browse.link.selected, 1);
    assert_eq!(a.browse.page, Page::Symptom(10));
    apply(
        &mut a,
        Action::Click {
            column: 40,
            row: 19,
        },
    );
    let deferred = anti_pattern(&a, "integration-deferred");
    assert_eq!(a.browse.page, Page::AntiPattern(deferred));
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer_without_moving_focus() {
    let mut a = app(80, 24);
    apply(
        &mut a,
        Action::Scroll {
            column: 50,
            row: 5,
            down: true,
        },
    );
    assert_eq!(a.browse.scroll.offset, 3);
    assert_eq!(a.browse.focus, Focus::List);
    apply(
        &mut a,
        Action::Scroll {
            column: 50,
            row: 5,
            down: false,
        },
    );
    apply(
        &mut a,
        Action::Scroll {
            column: 50,
            row: 5,
            down: false,
        },
    );
    assert_eq!(a.browse.scroll.offset, 0);
    apply(
        &mut a,
        Action::Scroll {
            column: 5,
            row: 5,
            down: true,
        },
    );
    assert_eq!(a.browse.page, Page::Symptom(1));
}

#[test]
fn resizing_rewraps_and_keeps_the_place() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    let narrow = a.page_doc().len();
    let a_event = Event::Resize(160, 45);
    if let Some(action) = a.action_for(&a_event) {
        apply(&mut a, action);
    }
    assert!(
        a.page_doc().len() < narrow,
        "a wider page needs fewer lines"
    );
    apply(
        &mut a,
        Action::Resize {
            width: 1,
            height: 1,
        },
    );
    assert!(a.viewport().is_none());
    apply(
        &mut a,
        Action::Resize {
            width: 80,
            height: 24,
        },
    );
    assert_eq!(a.browse.page, Page::Symptom(10));
    assert_eq!(a.page_doc().len(), narrow);
}

#[test]
fn pages_change_while_too_small_keep_their_links_in_step() {
    let mut a = app(112, 18);
    type_str(&mut a, "21");
    press(
        &mut a,
        &[
            key(KeyCode::Tab),
            key(KeyCode::Tab),
            key(KeyCode::Down),
            key(KeyCode::Enter),
        ],
    );
    // Symptom 21's second cause is QA Signoff as a Release Gate, cited by it alone.
    let gate = anti_pattern(&a, "qa-signoff-gate");
    assert_eq!(a.browse.page, Page::AntiPattern(gate));
    assert_eq!(a.browse.links.len(), 1);
    apply(
        &mut a,
        Action::Resize {
            width: 0,
            height: 0,
        },
    );
    // Keys do nothing while too small (nothing can be seen), so the page
    // changes the way any other source of actions would change it.
    type_str(&mut a, "b");
    assert_eq!(
        a.browse.page,
        Page::AntiPattern(gate),
        "b typed blind does nothing"
    );
    apply(&mut a, Action::Back);
    assert_eq!(a.browse.page, Page::Symptom(20));
    assert_eq!(
        a.browse.links.len(),
        2,
        "symptom 21's two causes, not the anti-pattern's links"
    );
    assert_eq!(a.browse.link.selected, 1);
}
