//! One writer per session: an exclusive, non-blocking lock on `NAME.lock`
//! with std's `File::try_lock`. The lock is released when the guard drops
//! (or the process dies), so a crash never leaves a session locked.
//!
//! The holder removes the lock file when it lets go (on Unix), so a clean
//! quit leaves no `.lock` behind. Removing a lock file is safe only because a
//! new holder checks, once locked, that the path still names the file it
//! locked: someone who opened the old file just before it was removed and
//! locks it afterwards sees the path gone or replaced, and tries again on
//! the new file instead of holding a lock no one else can see.

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

impl Drop for SessionLock {
    fn drop(&mut self) {
        // Still locked here: no one else can be holding this file, and the
        // path still names it (see the module comment). Unlinking an open
        // file is a Unix idea; elsewhere the file stays, which is harmless.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.path);
    }
}

/// How often a lock on a file that was removed meanwhile is tried again on
/// the new one before giving up as locked.
const ATTEMPTS: usize = 8;

/// Tries, without waiting, to lock `lock_path` (created if missing).
pub fn try_lock(lock_path: &Path) -> io::Result<LockOutcome> {
    for _ in 0..ATTEMPTS {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(lock_path)?;
        match file.try_lock() {
            Ok(()) if still_named(&file, lock_path)? => {
                return Ok(LockOutcome::Acquired(SessionLock {
                    path: lock_path.to_path_buf(),
                    _file: file,
                }));
            }
            // Its holder removed it between our open and our lock: drop
            // this lock (closing the file) and try the file now at the path.
            Ok(()) => continue,
            Err(TryLockError::WouldBlock) => return Ok(LockOutcome::Locked),
            Err(TryLockError::Error(e)) => return Err(e),
        }
    }
    Ok(LockOutcome::Locked)
}

/// Whether `path` still names the open `file` (same device and inode).
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let open = file.metadata()?;
    match std::fs::metadata(path) {
        Ok(now) => Ok(now.dev() == open.dev() && now.ino() == open.ino()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Lock files are never removed off Unix, so the path always names the file.
#[cfg(not(unix))]
fn still_named(_file: &File, _path: &Path) -> io::Result<bool> {
    Ok(true)
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

    #[cfg(unix)]
    #[test]
    fn letting_go_removes_the_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.lock");
        let first = try_lock(&path).unwrap();
        assert!(path.exists());
        drop(first);
        assert!(!path.exists(), "no .lock left behind");
        // A refused attempt does not remove the holder's file.
        let held = try_lock(&path).unwrap();
        assert!(matches!(try_lock(&path).unwrap(), LockOutcome::Locked));
        assert!(path.exists());
        drop(held);
    }

    #[cfg(unix)]
    #[test]
    fn a_lock_taken_on_a_file_removed_meanwhile_moves_to_the_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.lock");
        // A late opener holds the old file open while its holder lets go
        // (and removes it).
        let holder = try_lock(&path).unwrap();
        let stale = File::open(&path).unwrap();
        drop(holder);
        assert!(!path.exists());
        // The stale handle can lock the removed file, but that lock guards
        // nothing: the next try_lock must take the file at the path.
        stale.try_lock().unwrap();
        let a = try_lock(&path).unwrap();
        assert!(matches!(a, LockOutcome::Acquired(_)));
        assert!(matches!(try_lock(&path).unwrap(), LockOutcome::Locked));
        assert!(still_named(&File::open(&path).unwrap(), &path).unwrap());
        assert!(!still_named(&stale, &path).unwrap());
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
