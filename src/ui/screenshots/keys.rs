//! Key presses for the screenshot scenes, shared by [`super::scenes`] and
//! [`super::demo_sessions`] so neither needs the other for them.

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use crate::ui::app::App;
use crate::ui::terminal::apply;

/// One key press per character of `text`.
pub(super) fn typed(text: &str) -> impl Iterator<Item = KeyCode> + '_ {
    text.chars().map(KeyCode::Char)
}

/// Presses `keys` in `app`, each through the key table of the mode it is in.
pub(super) fn press(app: &mut App, keys: &[KeyCode]) {
    for code in keys {
        let event = Event::Key(KeyEvent::new(*code, KeyModifiers::NONE));
        if let Some(action) = app.action_for(&event) {
            apply(app, action);
        }
    }
}
