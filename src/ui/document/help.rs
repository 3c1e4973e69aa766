//! The help screen's text, generated from the key tables.

use crate::ui::document::{Builder, Doc, Role};
use crate::ui::keys::help::{MOUSE, MOVING, section_title};
use crate::ui::keys::keymap::{self, MODES};

/// Width of the key column.
const KEYS: usize = 22;

/// Builds the help document at a width: each mode's own keys, the movement
/// keys all modes share, then the mouse.
pub fn help(width: u16) -> Doc {
    let mut b = Builder::new(width);
    for mode in MODES {
        b.blank();
        b.para(Role::Heading, &section_title(mode), 0);
        rows(&mut b, keymap::own_rows(mode), width);
    }
    b.blank();
    b.para(Role::Heading, MOVING, 0);
    rows(&mut b, keymap::movement_rows(), width);
    b.blank();
    b.para(Role::Heading, "Mouse", 0);
    b.para(Role::Text, MOUSE, 0);
    b.finish()
}

/// One line (or more, wrapped) per key row: keys, then what they do.
fn rows(b: &mut Builder, rows: &[keymap::KeyRow], width: u16) {
    for row in rows {
        let keys = keymap::keys_name(row);
        if usize::from(width) < KEYS * 2 {
            b.para(Role::Key, &keys, 0);
            b.para(Role::Text, row.description, 4);
        } else {
            let prefix = format!("{keys:<KEYS$}");
            b.prefixed(&prefix, Role::Key, Role::Text, row.description, KEYS);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::document::DocLine;

    #[test]
    fn help_lists_every_row_of_every_table() {
        let doc = help(100);
        let text: Vec<String> = doc.lines.iter().map(DocLine::text).collect();
        for mode in MODES {
            for row in keymap::table(mode) {
                assert!(
                    text.iter().any(|l| l.contains(row.description)),
                    "help is missing: {}",
                    row.description
                );
            }
        }
        assert!(text.iter().any(|l| l.starts_with("b/Backspace/Alt-←")));
    }
}
