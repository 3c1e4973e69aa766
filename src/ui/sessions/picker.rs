//! The session picker's list: every session file with its last change and
//! counts, unreadable ones with their problem.

use crate::domain::format_utc;
use crate::storage::{SessionInfo, SessionStatus, Store};
use crate::ui::words;

/// The listed sessions and the selection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub items: Vec<SessionInfo>,
    pub selected: usize,
    /// Why the list could not be read, if it could not.
    pub error: Option<String>,
}

impl Picker {
    /// Re-reads the list, keeping the selection on `select` if listed.
    pub fn refresh(&mut self, store: Option<&Store>, select: Option<&str>) {
        let Some(store) = store else {
            self.items.clear();
            self.error = Some(
                "no config directory: start with --config-dir DIR or set CDTRIAGE_CONFIG_DIR"
                    .to_string(),
            );
            return;
        };
        match store.list() {
            Ok(items) => {
                self.items = items;
                self.error = None;
            }
            Err(e) => {
                self.items.clear();
                self.error = Some(e.to_string());
            }
        }
        if let Some(i) = select.and_then(|n| self.items.iter().position(|s| s.name == n)) {
            self.selected = i;
        }
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }

    pub fn selected(&self) -> Option<&SessionInfo> {
        self.items.get(self.selected)
    }

    /// Moves the selection by `delta`, clamped.
    pub fn step(&mut self, delta: isize) {
        let last = self.items.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn to_end(&mut self, end: bool) {
        self.selected = if end {
            self.items.len().saturating_sub(1)
        } else {
            0
        };
    }
}

/// One picker row's text: name, last change, counts or the problem.
pub fn describe(info: &SessionInfo) -> String {
    let when = info
        .updated
        .map_or_else(|| "?".to_string(), |t| format_utc(t).replace('T', " "));
    let counts = format!(
        "{}, {}",
        words::plural(info.answers, "answer"),
        words::plural(info.notes, "note")
    );
    match &info.status {
        SessionStatus::Ok => format!("{}  ·  {when}  ·  {counts}", info.name),
        SessionStatus::NewerSchema(v) => {
            format!(
                "{}  ·  {when}  ·  {counts}  ·  newer format {v}: read-only",
                info.name
            )
        }
        SessionStatus::Unreadable(why) => format!("{}  ·  cannot be read: {why}", info.name),
    }
}
