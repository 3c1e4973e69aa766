//! The session picker's list: every saved session with what it holds, read
//! without locking or creating anything.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::error::{SessionError, io_at};
use super::names::SessionName;
use super::reading::read_if_exists;
use super::sessions::Store;
use crate::domain::Timestamp;

/// One line of the session picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionInfo {
    /// The name (from the file name, so it always opens the same file).
    pub name: String,
    pub path: PathBuf,
    /// Last change, if the file could be read.
    pub updated: Option<Timestamp>,
    /// When it was started, if the file could be read.
    pub created: Option<Timestamp>,
    /// Symptoms marked.
    pub marks: usize,
    /// Answers the team gave (copies of shared answers not counted).
    pub answers: usize,
    pub notes: usize,
    /// Action items still open.
    pub open_actions: usize,
    /// The session this one continues (`--from`), as recorded in it.
    pub follows: Option<String>,
    pub status: SessionStatus,
}

impl SessionInfo {
    /// The last change in local time with the zone, e.g. `2026-11-26 05:30
    /// CET (UTC+01:00)`; `None` when the file could not be read.
    pub fn updated_local(&self, tz: &jiff::tz::TimeZone) -> Option<String> {
        self.updated.map(|t| crate::domain::time::local(t, tz))
    }
}

/// Whether a listed session can be opened for writing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionStatus {
    Ok,
    /// Readable but from a newer cdtriage: opens read-only.
    NewerSchema(u32),
    /// Cannot be opened; the message says why (file, line, column).
    Unreadable(String),
}

impl Store {
    /// Every `*.ron` file in the sessions folder, most recent first; files
    /// that cannot be read are listed last with the reason.
    pub fn list(&self) -> Result<Vec<SessionInfo>, SessionError> {
        let mut out: Vec<SessionInfo> = self
            .files()?
            .into_iter()
            .map(|(name, path)| info(name, path))
            .collect();
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.name.cmp(&b.name)));
        Ok(out)
    }

    /// The names of the saved sessions, without reading their files.
    pub fn names(&self) -> Result<Vec<String>, SessionError> {
        Ok(self.files()?.into_iter().map(|(name, _)| name).collect())
    }

    /// Every session file in the folder (`NAME.ron` with a valid name).
    fn files(&self) -> Result<Vec<(String, PathBuf)>, SessionError> {
        let entries = match fs::read_dir(self.dir()) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_at(self.dir())(e)),
        };
        let mut out = Vec::new();
        for entry in entries {
            let path = entry.map_err(io_at(self.dir()))?.path();
            if let Some(name) = session_name_of(&path) {
                out.push((name, path));
            }
        }
        Ok(out)
    }
}

/// `Some(name)` for a session file (`NAME.ron` with a valid name).
fn session_name_of(path: &Path) -> Option<String> {
    let file = path.file_name()?.to_str()?;
    let stem = file.strip_suffix(".ron")?;
    SessionName::parse(stem)
        .ok()
        .filter(|n| n.as_str() == stem)
        .map(|n| n.to_string())
}

fn info(name: String, path: PathBuf) -> SessionInfo {
    let read = read_if_exists(&path).and_then(|loaded| {
        loaded.ok_or_else(|| io_at(&path)(io::Error::from(io::ErrorKind::NotFound)))
    });
    match read {
        Ok(loaded) => SessionInfo {
            name,
            path,
            updated: Some(loaded.session.updated),
            created: Some(loaded.session.created),
            marks: loaded.session.findings.marked.len(),
            answers: loaded.session.findings.given_count(),
            notes: loaded.session.notes.len(),
            open_actions: loaded.session.actions.iter().filter(|a| !a.done).count(),
            follows: loaded.session.follows.clone(),
            status: loaded
                .newer_schema
                .map_or(SessionStatus::Ok, SessionStatus::NewerSchema),
        },
        Err(e) => SessionInfo {
            name,
            path,
            updated: None,
            created: None,
            marks: 0,
            answers: 0,
            notes: 0,
            open_actions: 0,
            follows: None,
            status: SessionStatus::Unreadable(e.to_string()),
        },
    }
}
