//! Text pasted into the terminal. With bracketed paste on (see
//! `terminal.rs`), a paste arrives as one `Event::Paste` however long it is,
//! so it is never taken for keys (a pasted `q` does not quit) and a long
//! paste cannot stall behind the terminal's read buffer.
//!
//! [`crate::ui::core::action::Action`] is `Copy` so the key tables can hold it;
//! a paste carries its text, so it has this one entry point of its own
//! beside [`App::update`].

use crate::domain::printable;

use crate::ui::app::App;
use crate::ui::core::mode::Mode;

impl App {
    /// Inserts `text` where the user is typing: the note editor (lines
    /// kept), the search box or a one-line prompt (lines joined by spaces).
    /// Control characters are dropped as everywhere else
    /// ([`crate::domain::printable()`]). Anywhere else a paste does nothing.
    pub fn paste(&mut self, text: &str) {
        if matches!(
            self.screen,
            crate::ui::core::layout::Screen::TooSmall { .. }
        ) {
            // Nothing can be seen: a paste typed blind is dropped, as keys are.
            return;
        }
        self.clear_news();
        match self.mode {
            Mode::Note => {
                if let Some(editor) = self.sessions.editor.as_mut() {
                    editor.paste(&note_text(text));
                }
            }
            Mode::NameInput => {
                if let Some(prompt) = self.sessions.prompt.as_mut() {
                    prompt.input.insert_str(&line_text(text));
                    prompt.error = None;
                }
            }
            Mode::Search => {
                for c in line_text(text).chars() {
                    self.search.input.insert(c);
                }
                self.search.refresh(&self.graph, &self.session);
            }
            _ => {}
        }
        self.reflow();
    }
}

/// Line breaks as `\n`, whether they came as `\r\n` or a lone `\r` (tmux
/// and some terminals paste line feeds as carriage returns).
fn unify_breaks(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Pasted text for a multi-line note: line breaks kept, tabs kept, other
/// control characters dropped.
fn note_text(text: &str) -> String {
    printable(&unify_breaks(text)).into_owned()
}

/// Pasted text for one line: its lines joined by single spaces, tabs as
/// spaces, other control characters dropped, no trailing line break.
fn line_text(text: &str) -> String {
    let joined = unify_breaks(text)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\t', " ");
    printable(&joined).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_and_controls_are_cleaned() {
        assert_eq!(note_text("a\r\nb\rc\n\td\u{1b}[6n"), "a\nb\nc\n\td[6n");
        assert_eq!(line_text("one\r\n\r\ntwo\tthree\n"), "one two three");
        assert_eq!(line_text("merge\rfreeze\r"), "merge freeze");
        assert_eq!(line_text("\u{9b}x\u{7}"), "x");
    }
}
