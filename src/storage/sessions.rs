//! The session store: one RON file per session in `<config>/sessions/`.
//!
//! Files: `NAME.ron` (the session), `NAME.ron.bak` (the version before the
//! last save), `NAME.lock` (held while a process may write the session).
//! Opening takes the lock; a second opener gets the session read-only.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::atomic::{self, backup_path};
use super::codec::{self, Loaded};
use super::error::{ReadOnlyReason, SessionError, io_at};
pub use super::listing::{SessionInfo, SessionStatus};
use super::lock::{self, LockOutcome, SessionLock};
use super::names::SessionName;
use super::paths;
use super::reading::{is_symlink, read_if_exists, read_if_exists_for, remove_if_exists};
use crate::domain::{CURRENT_SCHEMA, Graph, Session, Timestamp};

/// Seconds since the Unix epoch by the system clock (0 if it is before 1970).
pub fn now() -> Timestamp {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The sessions under one config directory.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

/// A session in memory, tied to its file. Change `session` freely, then
/// [`Store::save`] it.
#[derive(Debug)]
pub struct OpenSession {
    pub session: Session,
    name: SessionName,
    path: PathBuf,
    read_only: Option<ReadOnlyReason>,
    /// Held while this process is the session's writer.
    lock: Option<SessionLock>,
}

impl OpenSession {
    /// The name its file is stored under.
    pub fn name(&self) -> &SessionName {
        &self.name
    }

    /// The file it was read from (the `.bak` for [`Store::open_backup`]).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `Some(reason)` when this handle must not write the file.
    pub fn read_only(&self) -> Option<ReadOnlyReason> {
        self.read_only
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only.is_some()
    }

    /// Whether this handle holds the session's lock.
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }
}

impl Store {
    /// A store under `config_dir` (sessions go in its `sessions/` folder).
    pub fn new(config_dir: impl Into<PathBuf>) -> Store {
        Store {
            dir: paths::sessions_dir(&config_dir.into()),
        }
    }

    /// The folder holding the session files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file a session name is stored in.
    pub fn path_of(&self, name: &SessionName) -> PathBuf {
        self.dir.join(name.file_name())
    }

    fn lock_path(&self, name: &SessionName) -> PathBuf {
        self.dir.join(name.lock_file_name())
    }

    fn ensure_dir(&self) -> Result<(), SessionError> {
        fs::create_dir_all(&self.dir).map_err(io_at(&self.dir))
    }

    /// Opens the named session for writing, creating its file if missing.
    /// Read-only (with the reason) if another handle holds it, it comes from
    /// a newer schema, its file or folder has no write permission, or it or
    /// its backup is a symbolic link. A damaged file, a dangling link or
    /// something that is not a regular file is an error and is left untouched.
    pub fn open_or_create(&self, name: &str, graph: &Graph) -> Result<OpenSession, SessionError> {
        let name = SessionName::parse(name)?;
        self.ensure_dir()?;
        let path = self.path_of(&name);
        let guard = self.try_lock(&name)?;
        if guard.is_ok() {
            // No one else can be saving this session: whatever temp files
            // its earlier saves left are stale.
            atomic::remove_stale_temps(&path).map_err(io_at(&self.dir))?;
        }
        let Some(loaded) = read_if_exists_for(&path, Some(graph))? else {
            if matches!(guard, Err(ReadOnlyReason::FolderReadOnly)) {
                let why = io::Error::new(
                    io::ErrorKind::PermissionDenied,
                    "the sessions folder is read-only, so a new session cannot be created in it",
                );
                return Err(io_at(&self.dir)(why));
            }
            let session = Session::new(name.as_str(), graph, now());
            let (read_only, lock) = split(guard);
            let open = OpenSession {
                session,
                name,
                path,
                read_only,
                lock,
            };
            if !open.is_read_only() {
                self.write(&open)?;
            }
            return Ok(open);
        };
        let file_reason = if is_symlink(&path) {
            Some(ReadOnlyReason::Symlink)
        } else if is_symlink(&backup_path(&path)) {
            Some(ReadOnlyReason::BackupSymlink)
        } else if fs::metadata(&path).is_ok_and(|m| m.permissions().readonly()) {
            Some(ReadOnlyReason::FileReadOnly)
        } else {
            None
        };
        let read_only = loaded
            .newer_schema
            .map(|found| ReadOnlyReason::NewerSchema { found })
            .or(guard.as_ref().err().copied())
            .or(file_reason);
        let open = OpenSession {
            session: loaded.session,
            name,
            path,
            lock: if read_only.is_some() {
                None
            } else {
                guard.ok()
            },
            read_only,
        };
        if loaded.upgraded.is_some() && !open.is_read_only() {
            // Converted once: the file now has the current schema, and its
            // backup keeps the old one.
            self.write(&open)?;
        }
        Ok(open)
    }

    /// The session's lock, or why this process cannot be its writer: someone
    /// else holds it, or the folder cannot be written (its mode says so, or
    /// the lock file cannot be created).
    fn try_lock(
        &self,
        name: &SessionName,
    ) -> Result<Result<SessionLock, ReadOnlyReason>, SessionError> {
        if fs::metadata(&self.dir).is_ok_and(|m| m.permissions().readonly()) {
            return Ok(Err(ReadOnlyReason::FolderReadOnly));
        }
        let lock_path = self.lock_path(name);
        match lock::try_lock(&lock_path) {
            Ok(LockOutcome::Acquired(guard)) => Ok(Ok(guard)),
            Ok(LockOutcome::Locked) => Ok(Err(ReadOnlyReason::Locked)),
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
                ) =>
            {
                Ok(Err(ReadOnlyReason::FolderReadOnly))
            }
            Err(e) => Err(io_at(&lock_path)(e)),
        }
    }

    /// Whether no one holds session `name`'s lock now (it is taken and
    /// released at once): a read-only opener may then reopen it.
    pub fn lock_is_free(&self, name: &str) -> bool {
        SessionName::parse(name).is_ok_and(|name| {
            matches!(
                lock::try_lock(&self.lock_path(&name)),
                Ok(LockOutcome::Acquired(_))
            )
        })
    }

    /// Reads a session without locking or creating it (for export). A file
    /// of an older schema is converted in memory, with the built-in guide's
    /// answer facts.
    pub fn load(&self, name: &str) -> Result<Loaded, SessionError> {
        self.load_for(name, None)
    }

    /// [`Store::load`], converting an older file with `graph`'s answer facts
    /// when it was made on that graph.
    pub fn load_for(&self, name: &str, graph: Option<&Graph>) -> Result<Loaded, SessionError> {
        let name = SessionName::parse(name)?;
        read_if_exists_for(&self.path_of(&name), graph)?.ok_or_else(|| SessionError::NotFound {
            name: name.to_string(),
            dir: self.dir.clone(),
        })
    }

    /// Opens `NAME.ron.bak` read-only, e.g. when `NAME.ron` is damaged.
    pub fn open_backup(&self, name: &str) -> Result<OpenSession, SessionError> {
        let name = SessionName::parse(name)?;
        let path = backup_path(&self.path_of(&name));
        let loaded = read_if_exists(&path)?.ok_or_else(|| SessionError::NotFound {
            name: format!("{name} (backup)"),
            dir: self.dir.clone(),
        })?;
        Ok(OpenSession {
            session: loaded.session,
            name,
            path,
            read_only: Some(ReadOnlyReason::Backup),
            lock: None,
        })
    }

    /// Writes the session, stamping it as changed now. Refused when the
    /// session is read-only.
    pub fn save(&self, open: &mut OpenSession) -> Result<(), SessionError> {
        let found = open.session.schema_version;
        let reason = match open.read_only {
            Some(reason) => Some(reason),
            None if found > CURRENT_SCHEMA => Some(ReadOnlyReason::NewerSchema { found }),
            None if open.lock.is_none() => Some(ReadOnlyReason::Locked),
            None => None,
        };
        if let Some(reason) = reason {
            return Err(SessionError::ReadOnly {
                name: open.name.to_string(),
                reason,
            });
        }
        open.session.updated = open.session.updated.max(now());
        self.write(open)
    }

    /// Stores `session` under a new name (e.g. a backup being recovered) and
    /// opens it for writing. Refused if that name is taken.
    pub fn create_from(
        &self,
        name: &str,
        mut session: Session,
    ) -> Result<OpenSession, SessionError> {
        let name = SessionName::parse(name)?;
        self.ensure_dir()?;
        let lock_path = self.lock_path(&name);
        let LockOutcome::Acquired(guard) = lock::try_lock(&lock_path).map_err(io_at(&lock_path))?
        else {
            return Err(SessionError::Locked {
                name: name.to_string(),
            });
        };
        let path = self.path_of(&name);
        if path.exists() {
            return Err(SessionError::Exists {
                name: name.to_string(),
            });
        }
        session.name = name.to_string();
        session.schema_version = CURRENT_SCHEMA;
        let open = OpenSession {
            session,
            name,
            path,
            read_only: None,
            lock: Some(guard),
        };
        self.write(&open)?;
        Ok(open)
    }

    /// Creates session `name` continuing session `from` (see
    /// [`Session::following`]) and opens it for writing. `from` is only
    /// read: its file, backup and lock are left exactly as they were.
    /// Refused if `name` exists or is `from`.
    pub fn create_following(
        &self,
        name: &str,
        from: &str,
        graph: &Graph,
    ) -> Result<OpenSession, SessionError> {
        let new_name = SessionName::parse(name)?;
        let old_name = SessionName::parse(from)?;
        if new_name == old_name || self.path_of(&new_name).exists() {
            return Err(SessionError::Exists {
                name: new_name.to_string(),
            });
        }
        let old = self.load_for(old_name.as_str(), Some(graph))?;
        let session = Session::following(&old.session, new_name.as_str(), graph, now());
        self.create_from(new_name.as_str(), session)
    }

    /// Renames a session that no one has open (its backup moves with it).
    pub fn rename(&self, from: &str, to: &str) -> Result<(), SessionError> {
        let from = SessionName::parse(from)?;
        let to = SessionName::parse(to)?;
        if from == to {
            return Ok(());
        }
        let _from_lock = self.lock_existing(&from)?;
        let loaded = self.load(from.as_str())?;
        if let Some(found) = loaded.newer_schema {
            return Err(SessionError::ReadOnly {
                name: from.to_string(),
                reason: ReadOnlyReason::NewerSchema { found },
            });
        }
        let moved = self.create_from(to.as_str(), loaded.session)?;
        let old_path = self.path_of(&from);
        let old_backup = backup_path(&old_path);
        if old_backup.exists() {
            fs::rename(&old_backup, backup_path(&moved.path)).map_err(io_at(&old_backup))?;
        }
        fs::remove_file(&old_path).map_err(io_at(&old_path))?;
        remove_if_exists(&self.lock_path(&from))
    }

    /// Deletes a session no one has open, with its backup and lock file.
    pub fn delete(&self, name: &str) -> Result<(), SessionError> {
        let name = SessionName::parse(name)?;
        let _lock = self.lock_existing(&name)?;
        let path = self.path_of(&name);
        fs::remove_file(&path).map_err(io_at(&path))?;
        remove_if_exists(&backup_path(&path))?;
        atomic::remove_stale_temps(&path).map_err(io_at(&self.dir))?;
        remove_if_exists(&self.lock_path(&name))
    }

    /// Locks a session that must exist; `Locked` if someone holds it.
    fn lock_existing(&self, name: &SessionName) -> Result<SessionLock, SessionError> {
        if !self.path_of(name).exists() {
            return Err(SessionError::NotFound {
                name: name.to_string(),
                dir: self.dir.clone(),
            });
        }
        let lock_path = self.lock_path(name);
        match lock::try_lock(&lock_path).map_err(io_at(&lock_path))? {
            LockOutcome::Acquired(guard) => Ok(guard),
            LockOutcome::Locked => Err(SessionError::Locked {
                name: name.to_string(),
            }),
        }
    }

    fn write(&self, open: &OpenSession) -> Result<(), SessionError> {
        let text =
            codec::to_ron(&open.session).map_err(|e| io_at(&open.path)(io::Error::other(e)))?;
        atomic::write_with_backup(&open.path, text.as_bytes()).map_err(io_at(&open.path))
    }
}

/// (read-only reason, lock) from [`Store::try_lock`]'s answer.
fn split(
    guard: Result<SessionLock, ReadOnlyReason>,
) -> (Option<ReadOnlyReason>, Option<SessionLock>) {
    match guard {
        Ok(lock) => (None, Some(lock)),
        Err(reason) => (Some(reason), None),
    }
}

#[cfg(test)]
#[path = "sessions_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "sessions_manage_tests.rs"]
mod manage_tests;

#[cfg(all(test, unix))]
#[path = "sessions_fs_tests.rs"]
mod fs_tests;
