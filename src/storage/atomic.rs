//! Crash-safe file replacement.
//!
//! [`write_with_backup`] writes the new bytes to a temporary file in the same
//! directory, syncs it, keeps the previous version as `<file>.bak`, renames the
//! temporary file over the target and syncs the directory. A crash or kill at
//! any point leaves either the old or the new file at the target, never a torn
//! one: the only step that touches the target is the rename, which is atomic
//! within one directory.
//!
//! Temporary files are created exclusively under random names
//! (`.<file>.tmp-XXXXXX`, `.<file>.bak-XXXXXX`), so a file or symbolic link
//! planted under a predictable name is never opened, let alone written
//! through. A target or backup that is itself a symbolic link is refused with
//! an error that says so, never replaced. A kill can leave a temporary file
//! behind; [`remove_stale_temps`] removes them (the store calls it while
//! holding the session's lock).

use std::ffi::OsString;
use std::fs::{self, File};
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
    let mut name = OsString::from(path.file_name().unwrap_or_default());
    name.push(".bak");
    path.with_file_name(name)
}

/// The start of the temporary files' names while replacing `path`:
/// `.<file>.<what>-` (`what` is `tmp` or `bak`).
fn temp_prefix(path: &Path, what: &str) -> String {
    format!(
        ".{}.{what}-",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// Replaces `path` with `bytes`, keeping the previous version (if any) as
/// `<path>.bak`. The new file keeps the old one's permissions.
pub fn write_with_backup(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with_hook(path, bytes, &mut |_| Ok(()))
}

/// Writes `bytes` to a new file at `path`, whole or not at all (a temporary
/// file renamed into place), and never over an existing file: if `path`
/// exists (even if it appeared meanwhile) it fails with
/// [`io::ErrorKind::AlreadyExists`] and nothing is written.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut temp = new_temp(folder_of(path), &temp_prefix(path, "tmp"))?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist_noclobber(path).map_err(|e| e.error)?;
    sync_dir(path)
}

/// [`write_with_backup`] with a hook called after each [`Step`]; an error from
/// the hook aborts the write as a crash at that point would. A temporary file
/// is removed when the write fails (dropping it does).
pub(crate) fn write_with_hook(
    path: &Path,
    bytes: &[u8],
    hook: &mut dyn FnMut(Step) -> io::Result<()>,
) -> io::Result<()> {
    let old = existing_file(path)?;
    let backup = backup_path(path);
    if old.is_some() {
        existing_file(&backup)?;
    }
    let dir = folder_of(path);
    let mut temp = new_temp(dir, &temp_prefix(path, "tmp"))?;
    if let Some(meta) = &old {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    hook(Step::TempWritten)?;
    if let Some(meta) = &old {
        copy_to_backup(path, meta)?;
    }
    hook(Step::BackupWritten)?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_dir(path)
}

/// The metadata of the regular file at `path` (`None` if there is none); an
/// error that names the file when it is a symbolic link or not a file.
fn existing_file(path: &Path) -> io::Result<Option<fs::Metadata>> {
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let why = if meta.file_type().is_symlink() {
        "is a symbolic link; cdtriage never replaces one, so nothing was written"
    } else if !meta.is_file() {
        "is not a regular file; nothing was written"
    } else {
        return Ok(Some(meta));
    };
    Err(io::Error::other(format!("{} {why}", path.display())))
}

/// Copies `path` to `<path>.bak` through its own temporary file, so the
/// backup is also never torn.
fn copy_to_backup(path: &Path, meta: &fs::Metadata) -> io::Result<()> {
    let old = fs::read(path)?;
    let mut temp = new_temp(folder_of(path), &temp_prefix(path, "bak"))?;
    temp.as_file().set_permissions(meta.permissions())?;
    temp.write_all(&old)?;
    temp.as_file().sync_all()?;
    temp.persist(backup_path(path)).map_err(|e| e.error)?;
    Ok(())
}

/// Removes the temporary files that interrupted writes of `path` left
/// behind (`.<file>.tmp-*` and `.<file>.bak-*`, with a suffix of letters and
/// digits: the random names of today and the process ids of older builds).
/// Only call it while no one else can be writing `path`. Returns how many
/// were removed; a link among them is removed as a link.
pub fn remove_stale_temps(path: &Path) -> io::Result<usize> {
    let prefixes = [temp_prefix(path, "tmp"), temp_prefix(path, "bak")];
    let mut removed = 0;
    for entry in fs::read_dir(folder_of(path))? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let stale = prefixes.iter().any(|p| {
            name.strip_prefix(p.as_str()).is_some_and(|rest| {
                !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric())
            })
        });
        if stale && !entry.file_type()?.is_dir() {
            match fs::remove_file(entry.path()) {
                Ok(()) => removed += 1,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(removed)
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
            let temps: Vec<_> = names_in(dir.path())
                .into_iter()
                .filter(|n| n.starts_with(".s.ron."))
                .collect();
            assert!(temps.is_empty(), "{failing:?}: {temps:?}");
        }
    }

    #[test]
    fn a_temp_file_left_by_a_killed_writer_does_not_disturb_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        write_with_backup(&path, b"old").unwrap();
        // A kill after the temp file was written: a torn temp file stays.
        fs::write(dir.path().join(".s.ron.tmp-12345"), b"ne").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"old");
        write_with_backup(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"old");
        assert_eq!(
            names_in(dir.path()),
            [".s.ron.tmp-12345", "s.ron", "s.ron.bak"]
        );
        assert_eq!(remove_stale_temps(&path).unwrap(), 1);
        assert_eq!(names_in(dir.path()), ["s.ron", "s.ron.bak"]);
    }

    #[test]
    fn temp_and_backup_names_sit_next_to_the_target() {
        let path = Path::new("/d/s.ron");
        assert_eq!(backup_path(path), PathBuf::from("/d/s.ron.bak"));
        assert_eq!(temp_prefix(path, "tmp"), ".s.ron.tmp-");
        assert_eq!(folder_of(Path::new("s.ron")), Path::new("."));
        let dir = tempfile::tempdir().unwrap();
        let temp = new_temp(dir.path(), ".s.ron.tmp-").unwrap();
        assert_eq!(temp.path().parent(), Some(dir.path()));
        let name = temp.path().file_name().unwrap().to_string_lossy();
        let rest = name.strip_prefix(".s.ron.tmp-").unwrap();
        assert!(rest.chars().all(|c| c.is_ascii_alphanumeric()), "{name}");
    }
}
