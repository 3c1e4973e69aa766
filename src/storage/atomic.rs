//! Crash-safe file replacement.
//!
//! [`write_with_backup`] writes the new bytes to a temporary file in the same
//! directory, syncs it, keeps the previous version as `<file>.bak`, renames the
//! temporary file over the target and syncs the directory. A crash or kill at
//! any point leaves either the old or the new file at the target, never a torn
//! one: the only step that touches the target is the rename, which is atomic
//! within one directory.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The steps of a write, so tests can inject a failure at each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The temporary file is written and synced; the target is untouched.
    TempWritten,
    /// The backup is in place; the target is still the old version.
    BackupWritten,
}

/// `<file>.bak` next to `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak", false)
}

/// The temporary file used while replacing `path` (hidden, per process).
fn temp_path(path: &Path, what: &str) -> PathBuf {
    with_suffix(path, &format!(".{what}-{}", std::process::id()), true)
}

fn with_suffix(path: &Path, suffix: &str, hidden: bool) -> PathBuf {
    let mut name = OsString::new();
    if hidden {
        name.push(".");
    }
    name.push(path.file_name().unwrap_or_default());
    name.push(suffix);
    path.with_file_name(name)
}

/// Replaces `path` with `bytes`, keeping the previous version (if any) as
/// `<path>.bak`.
pub fn write_with_backup(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with_hook(path, bytes, &mut |_| Ok(()))
}

/// [`write_with_backup`] with a hook called after each [`Step`]; an error from
/// the hook aborts the write as a crash at that point would.
pub(crate) fn write_with_hook(
    path: &Path,
    bytes: &[u8],
    hook: &mut dyn FnMut(Step) -> io::Result<()>,
) -> io::Result<()> {
    let temp = temp_path(path, "tmp");
    let result = replace(path, &temp, bytes, hook);
    if result.is_err() {
        // Best effort: a leftover temp file is harmless but untidy.
        let _ = fs::remove_file(&temp);
    }
    result
}

fn replace(
    path: &Path,
    temp: &Path,
    bytes: &[u8],
    hook: &mut dyn FnMut(Step) -> io::Result<()>,
) -> io::Result<()> {
    write_synced(temp, bytes)?;
    hook(Step::TempWritten)?;
    if path.exists() {
        copy_to_backup(path)?;
    }
    hook(Step::BackupWritten)?;
    fs::rename(temp, path)?;
    sync_dir(path)
}

/// Copies `path` to `<path>.bak` through its own temporary file, so the
/// backup is also never torn.
fn copy_to_backup(path: &Path) -> io::Result<()> {
    let old = fs::read(path)?;
    let temp = temp_path(path, "bak");
    let result = write_synced(&temp, &old).and_then(|()| fs::rename(&temp, backup_path(path)));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// A new temporary file in `dir` whose name starts with `prefix`, created
/// exclusively (`O_EXCL`: never an existing file, never through a planted
/// symbolic link) under a random name. Its mode is what a plain new file
/// would get (0666 less the umask), not tempfile's private 0600.
pub(crate) fn new_temp(dir: &Path, prefix: &str) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

/// Syncs the directory holding `path` so the rename itself is durable.
pub(crate) fn sync_dir(path: &Path) -> io::Result<()> {
    match path.parent() {
        // Opening a directory for sync works on Unix; elsewhere skip it.
        Some(dir) if cfg!(unix) => File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })?
        .sync_all(),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn first_write_creates_the_file_without_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_with_backup(&path, b"one").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        assert_eq!(names_in(dir.path()), ["s.ron"]);
    }

    #[test]
    fn a_second_write_keeps_the_previous_version_as_bak() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_with_backup(&path, b"one").unwrap();
        write_with_backup(&path, b"two").unwrap();
        write_with_backup(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        assert_eq!(names_in(dir.path()), ["s.ron", "s.ron.bak"]);
    }

    #[test]
    fn a_failure_at_any_step_before_the_rename_leaves_the_old_file() {
        for failing in [Step::TempWritten, Step::BackupWritten] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("s.ron");
            write_with_backup(&path, b"old").unwrap();
            let err = write_with_hook(&path, b"new", &mut |step| {
                if step == failing {
                    Err(io::Error::other("injected crash"))
                } else {
                    Ok(())
                }
            })
            .unwrap_err();
            assert_eq!(err.to_string(), "injected crash");
            assert_eq!(fs::read(&path).unwrap(), b"old", "{failing:?}");
            assert!(!temp_path(&path, "tmp").exists(), "{failing:?}");
        }
    }

    #[test]
    fn a_temp_file_left_by_a_killed_writer_does_not_disturb_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_with_backup(&path, b"old").unwrap();
        // A kill after the temp file was written: a torn temp file stays.
        fs::write(temp_path(&path, "tmp"), b"ne").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"old");
        write_with_backup(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"old");
        assert_eq!(names_in(dir.path()), ["s.ron", "s.ron.bak"]);
    }

    #[test]
    fn temp_and_backup_names_sit_next_to_the_target() {
        let path = Path::new("/d/s.ron");
        assert_eq!(backup_path(path), PathBuf::from("/d/s.ron.bak"));
        let temp = temp_path(path, "tmp");
        assert_eq!(temp.parent(), Some(Path::new("/d")));
        assert!(
            temp.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".s.ron.tmp-")
        );
    }
}
