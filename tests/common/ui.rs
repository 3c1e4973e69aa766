//! Helpers shared by the UI tests: an app on the embedded graph and key events.

use cdtriage::domain::load;
use cdtriage::ui::app::App;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::terminal::apply;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// An explorer on the embedded graph at `width` x `height`, colour theme.
pub fn app(width: u16, height: u16) -> App {
    let graph = load::embedded().expect("the embedded graph loads");
    App::new(graph, Theme::dark(), width, height)
}

/// A key press event.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Sends key events through the real key table into `app`.
pub fn press(app: &mut App, keys: &[KeyEvent]) {
    for k in keys {
        if let Some(action) = app.action_for(&Event::Key(*k)) {
            apply(app, action);
        }
    }
}

/// Types each character of `s` as a key press.
pub fn type_str(app: &mut App, s: &str) {
    let keys: Vec<KeyEvent> = s.chars().map(|c| key(KeyCode::Char(c))).collect();
    press(app, &keys);
}

/// Index of an anti-pattern by id.
pub fn anti_pattern(app: &App, id: &str) -> usize {
    app.graph
        .anti_pattern_index(id)
        .expect("anti-pattern exists")
}
