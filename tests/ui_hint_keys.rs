//! Every key a screen names outside the status bar (pane titles, dialog
//! prompts, help headings, messages) is a key that does what the words say
//! in that screen's key table. The status bar's hints are generated from the
//! tables; these texts are built from them too, and this test reads them off
//! the drawn screen, parses the key names back and looks them up.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::core::action::Action;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::keys::keymap;
use cdtriage::ui::view;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use regex::Regex;

/// The drawn screen, rows joined by newlines.
fn screen(a: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A key as the screen writes it, back to the event it stands for. Written
/// here, not taken from the app, so a renamed key shows up as a failure.
fn parse_key(name: &str) -> KeyEvent {
    let code = match name {
        "Esc" => KeyCode::Esc,
        "Enter" => KeyCode::Enter,
        "Tab" => KeyCode::Tab,
        "PgDn" => KeyCode::PageDown,
        "PgUp" => KeyCode::PageUp,
        "Space" => KeyCode::Char(' '),
        "↑" => KeyCode::Up,
        "↓" => KeyCode::Down,
        s if s.chars().count() == 1 => KeyCode::Char(s.chars().next().expect("one char")),
        other => panic!("not a key name this test knows: {other:?}"),
    };
    key(code)
}

/// The groups of `pattern` on `text`; fails naming the text when it is not
/// there.
fn groups(text: &str, pattern: &str) -> Vec<String> {
    let re = Regex::new(pattern).expect("pattern");
    let caps = re
        .captures(text)
        .unwrap_or_else(|| panic!("{pattern:?} is not on the screen:\n{text}"));
    caps.iter()
        .skip(1)
        .map(|m| m.expect("group").as_str().to_string())
        .collect()
}

/// Each of `keys` (one name, or several joined by " or ") does `action` in
/// `mode`.
fn assert_does(mode: Mode, keys: &str, action: Action, context: &str) {
    for name in keys.split(" or ") {
        assert_eq!(
            keymap::action_for(mode, parse_key(name)),
            Some(action),
            "{context}: {name:?} is named for {action:?} in {mode:?}"
        );
    }
}

#[test]
fn the_keys_in_overlay_and_search_titles_do_what_the_titles_say() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut a = app(w, h);
        type_str(&mut a, "?");
        assert_eq!(a.mode, Mode::Help);
        let g = groups(&screen(&a), r"Help: keys \((.+?) closes\)");
        assert_does(Mode::Help, &g[0], Action::ToggleHelp, "help title");

        let mut a = app(w, h);
        type_str(&mut a, "i");
        assert_eq!(a.mode, Mode::About);
        let g = groups(&screen(&a), r"About \((.+?) closes\)");
        assert_does(Mode::About, &g[0], Action::ToggleAbout, "About title");

        let mut a = app(w, h);
        type_str(&mut a, "/");
        assert_eq!(a.mode, Mode::Search);
        let g = groups(&screen(&a), r"Search \((\S+) opens, (\S+) goes back\)");
        assert_does(Mode::Search, &g[0], Action::Open, "search title");
        assert_does(Mode::Search, &g[1], Action::CloseSearch, "search title");
        // Before anything is typed, the results pane says how to use them.
        let text = screen(&a).replace('\n', " ");
        let g = groups(
            &text,
            r"(\S+)/(\S+) choose a result, (\S+) opens its page at the match, (\S+) goes\s+back",
        );
        assert_does(Mode::Search, &g[0], Action::Up, "search hint");
        assert_does(Mode::Search, &g[1], Action::Down, "search hint");
        assert_does(Mode::Search, &g[2], Action::Open, "search hint");
        assert_does(Mode::Search, &g[3], Action::CloseSearch, "search hint");
    }
}

#[test]
fn the_keys_in_session_screens_do_what_they_say() {
    for (w, h) in [(80, 24), (120, 40)] {
        // Without a session the status bar says how to open one.
        let mut a = app(w, h);
        let g = groups(&screen(&a), r"no session \((\S+) opens one\)");
        assert_does(Mode::Browse, &g[0], Action::OpenSessions, "status bar");

        type_str(&mut a, &g[0]);
        assert_eq!(a.mode, Mode::Sessions);
        let g = groups(&screen(&a), r"Team sessions \((\S+) closes\)");
        assert_does(Mode::Sessions, &g[0], Action::Cancel, "picker title");

        // A new session's name prompt.
        type_str(&mut a, "c");
        assert_eq!(a.mode, Mode::NameInput);
        let g = groups(&screen(&a), r"(\S+): OK  ·  (\S+): cancel");
        assert_does(Mode::NameInput, &g[0], Action::Confirm, "name prompt");
        assert_does(Mode::NameInput, &g[1], Action::Cancel, "name prompt");

        // Quitting with an unsaved mark asks first.
        let mut a = app(w, h);
        type_str(&mut a, "11ay");
        press(&mut a, &[key(KeyCode::Esc)]);
        type_str(&mut a, "q");
        assert_eq!(a.mode, Mode::Confirm, "{}", screen(&a));
        let g = groups(&screen(&a), r"(\S+): yes  ·  (\S+): no  ·  (\S+): cancel");
        assert_does(Mode::Confirm, &g[0], Action::Confirm, "yes/no prompt");
        assert_does(Mode::Confirm, &g[1], Action::Deny, "yes/no prompt");
        assert_does(Mode::Confirm, &g[2], Action::Cancel, "yes/no prompt");
    }
}

#[test]
fn the_keys_in_the_diagnosis_detail_titles_scroll_them() {
    // Symptom 11's questions answered, then its summary; the ranked causes.
    let mut a = app(120, 40);
    type_str(&mut a, "11a");
    assert_eq!(a.mode, Mode::Question);
    for _ in 0..50 {
        if a.mode != Mode::Question {
            break;
        }
        type_str(&mut a, "y");
    }
    assert_eq!(a.mode, Mode::Summary, "{}", screen(&a));
    let g = groups(&screen(&a), r"Details \((\S+)/(\S+) scroll\)");
    assert_does(Mode::Summary, &g[0], Action::PageDown, "summary detail");
    assert_does(Mode::Summary, &g[1], Action::PageUp, "summary detail");

    let mut a = app(120, 40);
    type_str(&mut a, "r");
    assert_eq!(a.mode, Mode::Ranked, "{}", screen(&a));
    let g = groups(&screen(&a), r"Why \((\S+)/(\S+) scroll\)");
    assert_does(Mode::Ranked, &g[0], Action::PageDown, "ranked detail");
    assert_does(Mode::Ranked, &g[1], Action::PageUp, "ranked detail");
}

#[test]
fn the_keys_in_the_help_headings_open_those_screens() {
    let help: Vec<String> = cdtriage::ui::document::help::help(120)
        .lines
        .iter()
        .map(|l| l.text())
        .collect();
    for (heading, action) in [
        (r"^Search \((\S+)\)", Action::OpenSearch),
        (
            r"^Guided questions \((\S+) on a symptom",
            Action::AnswerQuestions,
        ),
        (r"^Triage checklist \((\S+)\)", Action::OpenTriage),
        (r"^Ranked causes \((\S+)\)", Action::ShowRanking),
        (r"^In the session picker \((\S+)\)", Action::OpenSessions),
        (r"^In the note editor \((\S+)\)", Action::EditNote),
        (r"^Action items \((\S+)\)", Action::OpenActions),
        (r"^Since last time \((\S+),", Action::OpenSince),
        (r"^Find your symptom \((\S+),", Action::FindSymptom),
    ] {
        let re = Regex::new(heading).expect("pattern");
        let line = help
            .iter()
            .find(|l| re.is_match(l))
            .unwrap_or_else(|| panic!("no help heading matches {heading:?}"));
        let name = &re.captures(line).expect("matched")[1];
        assert_does(Mode::Browse, name, action, line);
    }
}
