//! The buffer read as a grid of glyphs: one per visible character, with
//! wide characters covering the cells after them, colours resolved and
//! reverse video applied.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::style::Modifier;

use crate::ui::svg::SvgOptions;
use crate::ui::svg::palette::{Rgb, resolve};
use crate::ui::svg::shapes::{self, Shape};

/// One visible character (or grapheme) on the grid, with its colours
/// resolved and reverse video already applied.
pub(super) struct Glyph {
    pub(super) col: u16,
    pub(super) width: u16,
    pub(super) text: String,
    /// Set for box-drawing and block characters, which are drawn.
    pub(super) shape: Option<Shape>,
    pub(super) bg: Rgb,
    pub(super) look: Look,
}

/// Everything about how a glyph's text is drawn.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Look {
    pub(super) fg: Rgb,
    pub(super) bold: bool,
    pub(super) italic: bool,
    pub(super) underline: bool,
    pub(super) crossed_out: bool,
    pub(super) dim: bool,
    pub(super) hidden: bool,
}

impl Look {
    pub(super) fn decorated(self) -> bool {
        self.underline || self.crossed_out
    }
}

/// The glyphs of row `y` (relative to the buffer's area), left to right. A
/// wide glyph covers the cells after it, which are not read.
pub(super) fn row_glyphs(buffer: &Buffer, y: u16, opts: &SvgOptions) -> Vec<Glyph> {
    let area = buffer.area;
    let mut glyphs = Vec::new();
    let mut col = 0;
    while col < area.width {
        let Some(cell) = buffer.cell((area.x + col, area.y + y)) else {
            break;
        };
        let glyph = glyph(cell, col, area.width - col, opts);
        col += glyph.width;
        glyphs.push(glyph);
    }
    glyphs
}

fn glyph(cell: &Cell, col: u16, room: u16, opts: &SvgOptions) -> Glyph {
    let mut text = visible_text(cell.symbol());
    if text.is_empty() {
        text.push(' ');
    }
    let width = match cell.diff_option {
        CellDiffOption::ForcedWidth(w) => w.get(),
        _ => text.as_str().cell_width(),
    }
    .clamp(1, room.max(1));
    let mut fg = resolve(cell.fg, opts.foreground, &opts.palette);
    let mut bg = resolve(cell.bg, opts.background, &opts.palette);
    let m = cell.modifier;
    if m.contains(Modifier::REVERSED) {
        std::mem::swap(&mut fg, &mut bg);
    }
    Glyph {
        col,
        width,
        shape: shapes::shape(&text),
        text,
        bg,
        look: Look {
            fg,
            bold: m.contains(Modifier::BOLD),
            italic: m.contains(Modifier::ITALIC),
            underline: m.contains(Modifier::UNDERLINED),
            crossed_out: m.contains(Modifier::CROSSED_OUT),
            dim: m.contains(Modifier::DIM),
            hidden: m.contains(Modifier::HIDDEN),
        },
    }
}

/// A cell symbol without terminal escape sequences (an OSC 8 hyperlink is
/// stored in the symbol), control characters or the two non-characters XML
/// forbids.
fn visible_text(symbol: &str) -> String {
    let mut out = String::new();
    let mut chars = symbol.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            // U+FFFE and U+FFFF are not allowed anywhere in XML.
            if !c.is_control() && c != '\u{fffe}' && c != '\u{ffff}' {
                out.push(c);
            }
            continue;
        }
        match chars.next() {
            // OSC: ends with BEL or ESC \.
            Some(']') => {
                while let Some(d) = chars.next() {
                    if d == '\u{7}' {
                        break;
                    }
                    if d == '\u{1b}' {
                        chars.next_if_eq(&'\\');
                        break;
                    }
                }
            }
            // CSI: ends with a byte in @..~.
            Some('[') => {
                for d in chars.by_ref() {
                    if ('@'..='~').contains(&d) {
                        break;
                    }
                }
            }
            // A two-character escape: already consumed.
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_stripped_from_symbols() {
        let link = "\u{1b}]8;;https://example.org\u{1b}\\ab\u{1b}]8;;\u{1b}\\";
        assert_eq!(visible_text(link), "ab");
        assert_eq!(visible_text("\u{1b}]8;;x\u{7}c"), "c");
        assert_eq!(visible_text("\u{1b}[1;31mx"), "x");
        assert_eq!(visible_text("a\u{0}b\tc"), "abc");
        assert_eq!(visible_text("x\u{fffe}\u{ffff}y"), "xy");
        assert_eq!(visible_text("e\u{301}"), "e\u{301}");
    }
}
