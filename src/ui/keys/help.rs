//! The key reference's headings and its Markdown for the README, generated
//! from the key tables (the help screen's styled text is in
//! `document/help.rs`).

use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap::{self, MODES};

/// The heading of `mode`'s section in the help (`?` opens the help there).
pub fn section_title(mode: Mode) -> String {
    // How each screen is reached from the main screen, from its table.
    let key = |action: Action| keymap::key(Mode::Browse, action);
    match mode {
        Mode::Browse => "Main screen".into(),
        Mode::Help => "In this help".into(),
        Mode::About => "On the About screen".into(),
        Mode::Search => format!(
            "Search ({}): letters type into the search box",
            key(Action::OpenSearch)
        ),
        Mode::Question => format!(
            "Guided questions ({} on a symptom, or from the triage)",
            key(Action::AnswerQuestions)
        ),
        Mode::Summary => "After a symptom's questions".into(),
        Mode::Checklist => format!("Triage checklist ({})", key(Action::OpenTriage)),
        Mode::Ranked => format!("Ranked causes ({})", key(Action::ShowRanking)),
        Mode::Sessions => format!("In the session picker ({})", key(Action::OpenSessions)),
        Mode::NameInput => "Typing a name or an action item".into(),
        Mode::Confirm => "Answering a yes/no question".into(),
        Mode::Note => format!("In the note editor ({})", key(Action::EditNote)),
        Mode::Problem => "When a session cannot be opened".into(),
        Mode::Actions => format!("Action items ({})", key(Action::OpenActions)),
        Mode::Since => format!(
            "Since last time ({}, in a session that follows another)",
            key(Action::OpenSince)
        ),
        Mode::FindSymptom => format!(
            "Find your symptom ({}, on a guide imported from its source)",
            key(Action::FindSymptom)
        ),
    }
}

pub const MOVING: &str = "Moving and scrolling (everywhere but search)";
pub const MOUSE: &str = "Click a symptom or a link to select it, click a selected link to open it, \
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
        table(&section_title(mode), keymap::own_rows(mode));
    }
    table(MOVING, keymap::movement_rows());
    out.push_str(&format!("**Mouse**: {MOUSE}\n"));
    out
}
