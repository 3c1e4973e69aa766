//! `cdtriage sessions`: the saved team sessions, most recent first.

use std::process::ExitCode;

use anyhow::Result;

use crate::domain::format_utc;
use crate::storage::{SessionInfo, SessionStatus, Store};

pub fn run(store: &Store) -> Result<ExitCode> {
    let sessions = store.list()?;
    super::output::print(&render(store, &sessions))?;
    Ok(ExitCode::SUCCESS)
}

/// The listing as text: a table, or a friendly line when there is nothing.
pub fn render(store: &Store, sessions: &[SessionInfo]) -> String {
    if sessions.is_empty() {
        return format!(
            "No sessions yet in {}.\nStart one with: cdtriage --session NAME\n",
            store.dir().display()
        );
    }
    let width = sessions
        .iter()
        .map(|s| s.name.chars().count())
        .chain(std::iter::once("NAME".len()))
        .max()
        .unwrap_or(4);
    let mut text = format!(
        "{:<width$}  {:<20}  {:>7}  {:>5}\n",
        "NAME", "LAST CHANGE", "ANSWERS", "NOTES"
    );
    for s in sessions {
        let updated = s.updated.map_or_else(|| "-".to_string(), format_utc);
        let status = match &s.status {
            SessionStatus::Ok => String::new(),
            SessionStatus::NewerSchema(v) => {
                format!("  (from a newer cdtriage, format {v}: read-only)")
            }
            SessionStatus::Unreadable(why) => format!("  (cannot be read: {why})"),
        };
        text.push_str(&format!(
            "{:<width$}  {:<20}  {:>7}  {:>5}{status}\n",
            s.name, updated, s.answers, s.notes
        ));
    }
    text
}
