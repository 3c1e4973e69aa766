//! One writer per session: an exclusive, non-blocking lock on `NAME.lock`
//! with std's `File::try_lock`. The lock is released when the guard drops
//! (or the process dies), so a crash never leaves a session locked.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// Holds the lock on one session until dropped.
#[derive(Debug)]
pub struct SessionLock {
    path: PathBuf,
    // Kept open: closing it releases the lock.
    _file: File,
}

impl SessionLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// The result of trying to lock a session.
#[derive(Debug)]
pub enum LockOutcome {
    /// This process is now the session's only writer.
    Acquired(SessionLock),
    /// Someone else (another terminal, or another handle) holds it.
    Locked,
}

/// Tries once, without waiting, to lock `lock_path` (created if missing).
pub fn try_lock(lock_path: &Path) -> io::Result<LockOutcome> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_path)?;
    match file.try_lock() {
        Ok(()) => Ok(LockOutcome::Acquired(SessionLock {
            path: lock_path.to_path_buf(),
            _file: file,
        })),
        Err(TryLockError::WouldBlock) => Ok(LockOutcome::Locked),
        Err(TryLockError::Error(e)) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_handle_in_the_same_process_is_refused_until_the_first_drops() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.lock");
        let first = try_lock(&path).unwrap();
        assert!(matches!(first, LockOutcome::Acquired(_)));
        // Each call opens its own file description, so the locks conflict.
        assert!(matches!(try_lock(&path).unwrap(), LockOutcome::Locked));
        assert!(matches!(try_lock(&path).unwrap(), LockOutcome::Locked));
        drop(first);
        assert!(matches!(try_lock(&path).unwrap(), LockOutcome::Acquired(_)));
    }

    #[test]
    fn locks_on_different_sessions_are_independent() {
        let dir = tempfile::tempdir().unwrap();
        let a = try_lock(&dir.path().join("a.lock")).unwrap();
        let b = try_lock(&dir.path().join("b.lock")).unwrap();
        assert!(matches!(a, LockOutcome::Acquired(_)));
        assert!(matches!(b, LockOutcome::Acquired(_)));
    }

    #[test]
    fn a_missing_directory_is_an_io_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let err = try_lock(&dir.path().join("no/such/dir/s.lock")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
    }
}
