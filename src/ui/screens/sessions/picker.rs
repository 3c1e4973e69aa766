//! The session picker's list: every session file with its last change and
//! counts, unreadable ones with their problem.

use jiff::tz::TimeZone;

use crate::domain::{printable, time};
use crate::storage::{SessionInfo, SessionStatus, Store};
use crate::ui::core::words;

/// The listed sessions and the selection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub items: Vec<SessionInfo>,
    pub selected: usize,
    /// Why the list could not be read, if it could not.
    pub error: Option<String>,
    /// The zone times are shown in (UTC until the app sets the system's).
    pub tz: TimeZone,
}

impl Default for Picker {
    fn default() -> Self {
        Picker {
            items: Vec::new(),
            selected: 0,
            error: None,
            tz: TimeZone::UTC,
        }
    }
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

/// One picker row's text, at most `width` columns: name, local date and
/// time of the last change, marks, answers, open action items, which session
/// it follows, notes (or the problem). What does not fit goes, least
/// important first: the notes, the zone's offset, the zone, the answers,
/// the marks; then the line is cut. An unreadable file's line is the whole
/// reason (the picker wraps it). An unreadable file's line is the whole
/// reason (the picker wraps it).
pub fn describe(info: &SessionInfo, tz: &TimeZone, width: usize) -> String {
    let name = printable(&info.name).into_owned();
    let full = info
        .updated
        .map_or_else(|| "?".to_string(), |t| time::local(t, tz));
    // "2026-11-26 09:30 CET (UTC+01:00)": drop the offset, then the zone.
    let no_offset = full.split(" (").next().unwrap_or(&full).to_string();
    let bare: String = no_offset
        .splitn(3, ' ')
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let problem = match &info.status {
        SessionStatus::Ok => None,
        SessionStatus::NewerSchema(v) => Some(format!("newer format {v}: read-only")),
        SessionStatus::Unreadable(why) => {
            // The whole reason, wrapped by the picker: it names the file
            // and what to do.
            return format!("{name} · cannot be read: {}", printable(why));
        }
    };
    let follows = info
        .follows
        .as_ref()
        .map(|f| format!("follows {}", printable(f)));
    let marks = words::plural(info.marks, "mark");
    let answers = words::plural(info.answers, "answer");
    let open = format!("{} open", words::plural(info.open_actions, "action"));
    let notes = words::plural(info.notes, "note");
    // Levels: everything, then less and less.
    let levels: [(&str, bool, bool, bool); 6] = [
        (&full, true, true, true),
        (&full, true, true, false),
        (&no_offset, true, true, false),
        (&bare, true, true, false),
        (&bare, true, false, false),
        (&bare, false, false, false),
    ];
    let mut line = String::new();
    for (when, with_marks, with_answers, with_notes) in levels {
        let mut parts = vec![name.clone(), when.to_string()];
        if with_marks {
            parts.push(marks.clone());
        }
        if with_answers {
            parts.push(answers.clone());
        }
        parts.push(open.clone());
        parts.extend(follows.clone());
        if with_notes {
            parts.push(notes.clone());
        }
        parts.extend(problem.clone());
        line = parts.join(" · ");
        if line.chars().count() <= width {
            return line;
        }
    }
    fit(&line, width)
}

fn fit(text: &str, width: usize) -> String {
    crate::ui::widgets::pane::fit(text, width)
        .trim_end()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn info() -> SessionInfo {
        SessionInfo {
            name: "sprint2".into(),
            path: PathBuf::from("sprint2.ron"),
            // 2026-11-26T09:30:00Z
            updated: Some(20_783 * 86_400 + 9 * 3600 + 30 * 60),
            created: None,
            marks: 2,
            answers: 5,
            notes: 3,
            open_actions: 1,
            follows: Some("sprint1".into()),
            status: SessionStatus::Ok,
        }
    }

    #[test]
    fn a_line_says_when_marks_answers_open_actions_and_what_it_follows() {
        let cet = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").expect("zone");
        // 09:30Z is 10:30 in CET. Everything: 108 columns.
        let full = "sprint2 · 2026-11-26 10:30 CET (UTC+01:00) · 2 marks · 5 answers · \
                    1 action open · follows sprint1 · 3 notes";
        assert_eq!(full.chars().count(), 108);
        assert_eq!(describe(&info(), &cet, 200), full);
        // 92 columns (the picker at 120): the notes go (98 left), then the
        // offset (86).
        assert_eq!(
            describe(&info(), &cet, 92),
            "sprint2 · 2026-11-26 10:30 CET · 2 marks · 5 answers · 1 action open · follows sprint1"
        );
        // 76 columns (the picker at 80): then the zone (82), the answers (70).
        assert_eq!(
            describe(&info(), &cet, 76),
            "sprint2 · 2026-11-26 10:30 · 2 marks · 1 action open · follows sprint1"
        );
        // Narrower still: the marks go, then the line is cut.
        assert_eq!(
            describe(&info(), &cet, 60),
            "sprint2 · 2026-11-26 10:30 · 1 action open · follows sprint1"
        );
        assert_eq!(describe(&info(), &cet, 20), "sprint2 · 2026-11-2…");
    }

    #[test]
    fn a_session_that_follows_none_or_cannot_be_read() {
        let mut i = info();
        i.follows = None;
        assert_eq!(
            describe(&i, &TimeZone::UTC, 76),
            "sprint2 · 2026-11-26 09:30 UTC · 2 marks · 5 answers · 1 action open"
        );
        i.status = SessionStatus::Unreadable("line 2: bad".into());
        assert_eq!(
            describe(&i, &TimeZone::UTC, 76),
            "sprint2 · cannot be read: line 2: bad"
        );
    }
}
