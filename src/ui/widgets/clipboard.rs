//! Copying to the terminal's clipboard with the OSC 52 escape
//! (`ESC ] 52 ; c ; BASE64 BEL`).
//!
//! ratatui writes only cells, so, as for hyperlinks (`hyperlink.rs`), the
//! escape goes into the symbol of one cell of the frame, the status bar's
//! first, with its width forced to 1: the backend writes it once with that
//! cell, and the terminal takes it (or ignores it: tmux and many terminals
//! accept it only when configured to). The cell keeps its plain text after
//! the escape, so the screen looks the same.

use std::num::NonZeroU16;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ratatui::buffer::{Buffer, CellDiffOption};

/// The OSC 52 escape that puts `text` on the clipboard. `None` for text with
/// control characters: they would end the escape early.
pub fn sequence(text: &str) -> Option<String> {
    if text.chars().any(char::is_control) {
        return None;
    }
    Some(format!("\x1b]52;c;{}\x07", STANDARD.encode(text)))
}

/// Writes the escape for `text` into cell (`x`, `y`) of `buf`, before the
/// cell's own symbol.
pub fn mark(buf: &mut Buffer, x: u16, y: u16, text: &str) {
    let Some(escape) = sequence(text) else {
        return;
    };
    if !buf.area.contains(ratatui::layout::Position::new(x, y)) {
        return;
    }
    let cell = &mut buf[(x, y)];
    let symbol = format!("{escape}{}", cell.symbol());
    cell.set_symbol(&symbol);
    if let Some(one) = NonZeroU16::new(1) {
        cell.set_diff_option(CellDiffOption::ForcedWidth(one));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn the_escape_carries_the_text_in_base64() {
        assert_eq!(
            sequence("https://example.org/a").as_deref(),
            Some("\x1b]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZy9h\x07")
        );
        assert_eq!(sequence("a\x07b"), None, "a BEL would end the escape");
    }

    #[test]
    fn the_cell_keeps_its_text_after_the_escape() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 2));
        buf[(0, 1)].set_symbol("x");
        mark(&mut buf, 0, 1, "hi");
        assert_eq!(buf[(0, 1)].symbol(), "\x1b]52;c;aGk=\x07x");
        mark(&mut buf, 9, 9, "outside");
        assert_eq!(buf[(1, 1)].symbol(), " ");
    }
}
