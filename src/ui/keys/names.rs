//! How keys are written in the help overlay and the status bar.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::ui::keys::vocab::{Key, KeyRow};

/// How a key is written in help and the status bar, e.g. `Ctrl-d`, `Alt-←`.
pub fn key_name(k: Key) -> String {
    let (code, mods) = match k {
        Key::Code(code, mods) => (code, mods),
        Key::AnyDigit => return "0-9".to_string(),
        Key::AnyChar => return "text".to_string(),
    };
    let base = match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Delete => "Del".into(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else if mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}

/// All of a row's keys, joined with `/` (e.g. `j/↓`).
pub fn keys_name(r: &KeyRow) -> String {
    keys_joined(r, "/")
}

/// A row's keys joined by `sep` ("?/Esc" in the help, "? or Esc" in a title).
pub fn keys_joined(r: &KeyRow, sep: &str) -> String {
    r.keys
        .iter()
        .map(|k| key_name(*k))
        .collect::<Vec<_>>()
        .join(sep)
}
