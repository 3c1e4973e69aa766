//! What can go wrong with a session file, typed so the UI can react.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::atomic::backup_path;
use super::names::NameError;

/// Why a session is open read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadOnlyReason {
    /// Another terminal (or another handle) has it open for writing.
    Locked,
    /// The file was written by a newer cdtriage; this build never writes it.
    NewerSchema { found: u32 },
    /// This is the `.bak` copy, opened to look at or to save under a new name.
    Backup,
    /// The session file is a symbolic link: it is read through, never replaced.
    Symlink,
    /// The session's backup is a symbolic link, which a save would replace.
    BackupSymlink,
    /// The session file has no write permission (e.g. mode 0444).
    FileReadOnly,
    /// The sessions folder cannot be written (no lock, no temp file).
    FolderReadOnly,
}

impl fmt::Display for ReadOnlyReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadOnlyReason::Locked => f.write_str("it is open in another terminal"),
            ReadOnlyReason::NewerSchema { found } => write!(
                f,
                "it was written by a newer cdtriage (session format {found}, this one knows up to {})",
                crate::domain::CURRENT_SCHEMA
            ),
            ReadOnlyReason::Backup => f.write_str("it is a backup copy"),
            ReadOnlyReason::Symlink => {
                f.write_str("its file is a symbolic link, which cdtriage reads but never replaces")
            }
            ReadOnlyReason::BackupSymlink => {
                f.write_str("its backup (.bak) is a symbolic link, which cdtriage never replaces")
            }
            ReadOnlyReason::FileReadOnly => {
                f.write_str("its file is read-only (no write permission)")
            }
            ReadOnlyReason::FolderReadOnly => {
                f.write_str("the sessions folder is read-only (no write permission)")
            }
        }
    }
}

/// A session operation that failed. Nothing on disk was changed.
#[derive(Debug, Error)]
pub enum SessionError {
    #[error(
        "{}:{line}:{column}: the session file is damaged: {message}. It was left as it is; open its backup ({}) or start a session under another name",
        path.display(),
        backup_path(path).display()
    )]
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{} was written by a newer cdtriage (session format {found}; this one knows up to {supported}) and cannot be read; it was left as it is",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error(
        "{} was written by an older cdtriage (session format {found}) on guide `{graph_id}`, and converting it needs that guide's answer facts: open it with --data naming that guide; it was left as it is",
        path.display()
    )]
    OlderSchema {
        path: PathBuf,
        found: u32,
        graph_id: String,
    },
    /// The reason is part of the message and deliberately not a `source`:
    /// `{:#}` would print it twice.
    #[error("{}: {error}", path.display())]
    Io { path: PathBuf, error: io::Error },
    #[error("{}: is not a regular file (a FIFO, a device or a folder); it was not read", path.display())]
    NotAFile { path: PathBuf },
    #[error(
        "{} is a symbolic link to {}, which does not exist; it was left as it is (restore the file it points at, or remove the link)",
        path.display(),
        target.display()
    )]
    DanglingLink { path: PathBuf, target: PathBuf },
    #[error(transparent)]
    BadName(#[from] NameError),
    #[error("there is no session named \"{name}\" in {}", dir.display())]
    NotFound { name: String, dir: PathBuf },
    #[error("a session named \"{name}\" already exists")]
    Exists { name: String },
    #[error("session \"{name}\" is open in another terminal")]
    Locked { name: String },
    #[error("session \"{name}\" is read-only because {reason}; it was not saved")]
    ReadOnly {
        name: String,
        reason: ReadOnlyReason,
    },
}

/// Wraps an I/O error with the path it happened on.
pub(crate) fn io_at(path: &Path) -> impl FnOnce(io::Error) -> SessionError + '_ {
    move |error| SessionError::Io {
        path: path.to_path_buf(),
        error,
    }
}
