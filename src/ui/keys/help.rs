//! The help text, generated from the key tables.

use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap::{self, MODES};

use crate::ui::document::{Builder, Doc, Role};

/// Width of the key column.
const KEYS: usize = 22;

/// The heading of `mode`'s section in the help (`?` opens the help there).
pub fn section_title(mode: Mode) -> &'static str {
    match mode {
        Mode::Browse => "Main screen",
        Mode::Help => "In this help",
        Mode::About => "On the About screen",
        Mode::Search => "Search (/): letters type into the search box",
        Mode::Question => "Guided questions (a on a symptom, or from the triage)",
        Mode::Summary => "After a symptom's questions",
        Mode::Checklist => "Triage checklist (t)",
        Mode::Ranked => "Ranked causes (r)",
        Mode::Sessions => "In the session picker (S)",
        Mode::NameInput => "Typing a name or an action item",
        Mode::Confirm => "Answering a yes/no question",
        Mode::Note => "In the note editor (E)",
        Mode::Problem => "When a session cannot be opened",
        Mode::Actions => "Action items (x)",
        Mode::Since => "Since last time (c, in a session that follows another)",
        Mode::FindSymptom => "Find your symptom (F, on a guide imported from its source)",
    }
}

/// Builds the help document at a width: each mode's own keys, the movement
/// keys all modes share, then the mouse.
pub fn help(width: u16) -> Doc {
    let mut b = Builder::new(width);
    for mode in MODES {
        b.blank();
        b.para(Role::Heading, section_title(mode), 0);
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

const MOVING: &str = "Moving and scrolling (everywhere but search)";
const MOUSE: &str = "Click a symptom or a link to select it, click a selected link to open it, \
     click a pane to focus it. The wheel scrolls the pane under the pointer.";

/// The same key reference as Markdown tables, for the README
/// (`cdtriage keys` prints it; a test keeps the README in step).
pub fn markdown() -> String {
    let mut out = String::new();
    let mut table = |title: &str, rows: &[keymap::KeyRow]| {
        out.push_str(&format!(
            "**{title}**\n\n| keys | what they do |\n|---|---|\n"
        ));
        for row in rows {
            let keys = keymap::keys_name(row).replace('|', "\\|");
            out.push_str(&format!("| `{keys}` | {} |\n", row.description));
        }
        out.push('\n');
    };
    for mode in MODES {
        table(section_title(mode), keymap::own_rows(mode));
    }
    table(MOVING, keymap::movement_rows());
    out.push_str(&format!("**Mouse**: {MOUSE}\n"));
    out
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
