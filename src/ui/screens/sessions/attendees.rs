//! Who took part: the open session's attendees, edited from the session
//! picker as one line of names separated by commas, and printed in the
//! minutes' "Attendees" line.

use crate::domain::printable::printable;
use crate::ui::app::App;
use crate::ui::core::mode::Mode;

use crate::ui::widgets::dialogs::PromptFor;

/// The names in `text`, split at commas, trimmed, without empty ones or
/// control characters, each once in the order typed.
pub fn parse(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in printable(text).split(',') {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

impl App {
    /// Asks for the open session's attendees, the current ones filled in.
    pub(super) fn ask_attendees(&mut self) {
        if self.sessions.state.read_only().is_some() {
            self.say("This session is read-only: its attendees cannot change");
            return;
        }
        let text = self.session.attendees.join(", ");
        self.sessions.prompt = Some(crate::ui::widgets::dialogs::Prompt::new(
            PromptFor::Attendees,
            &text,
            Mode::Sessions,
        ));
        self.mode = Mode::NameInput;
    }

    /// Records the attendees typed (saved with the session like any change).
    pub(super) fn set_attendees(&mut self, text: &str) -> Result<(), String> {
        let names = parse(text);
        self.say(if names.is_empty() {
            "No attendees recorded".to_string()
        } else {
            format!(
                "Attendees: {} (in the minutes)",
                crate::ui::core::words::and_list(&names)
            )
        });
        self.session.attendees = names;
        self.mode = Mode::Sessions;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_are_split_at_commas_trimmed_and_kept_once() {
        assert_eq!(
            super::parse(" Priya,  Sam Lee ,,Priya, \u{1b}[31mJo "),
            ["Priya", "Sam Lee", "[31mJo"]
        );
        assert!(super::parse(" , ").is_empty());
    }
}
