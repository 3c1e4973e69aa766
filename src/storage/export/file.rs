//! Writing exported minutes into `<config>/exports/`.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::domain::{Timestamp, format_utc};
use crate::storage::Store;
use crate::storage::atomic;
use crate::storage::error::{SessionError, io_at};
use crate::storage::settings;

/// Why an export was not written to the file asked for. Nothing was changed.
#[derive(Debug, Error)]
pub enum ExportError {
    #[error(
        "{}: refused: that folder holds cdtriage's own files (sessions, backups, locks); write the export somewhere else",
        path.display()
    )]
    OwnFiles { path: PathBuf },
    #[error("{}: refused: that is the settings file; write the export somewhere else", path.display())]
    Settings { path: PathBuf },
    #[error("{}: refused: the file already exists; pass --force to replace it", path.display())]
    Exists { path: PathBuf },
    #[error(
        "{}: refused: it is a symbolic link, and an export never writes through one; name a plain file",
        path.display()
    )]
    Symlink { path: PathBuf },
    #[error("{}: refused: it is not a regular file", path.display())]
    NotAFile { path: PathBuf },
    #[error("{}: names a folder, not a file", path.display())]
    NoFileName { path: PathBuf },
    /// The reason is part of the message and deliberately not a `source`.
    #[error("{}: {error}", path.display())]
    Io { path: PathBuf, error: io::Error },
}

/// Whether an existing file at the target may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    Refuse,
    Replace,
}

/// Writes an export to `target`, which the user named. Refused, with nothing
/// changed: anything inside the sessions folder of `store` (sessions,
/// backups, locks, under any spelling of the path), the settings file, a
/// symbolic link at the target (never followed, whatever `existing` says),
/// anything that is not a regular file, and an existing file unless
/// `existing` is [`Existing::Replace`]. The bytes go to a temporary file in
/// the same folder, synced, then renamed over the target, so the target is
/// never half-written.
pub fn write_export(
    store: &Store,
    target: &Path,
    bytes: &[u8],
    existing: Existing,
) -> Result<(), ExportError> {
    let io = |error| ExportError::Io {
        path: target.to_path_buf(),
        error,
    };
    let path = || target.to_path_buf();
    let Some(name) = target.file_name() else {
        return Err(ExportError::NoFileName { path: path() });
    };
    let parent = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let folder = fs::canonicalize(parent).map_err(|error| ExportError::Io {
        path: parent.to_path_buf(),
        error,
    })?;
    let sessions = store.dir();
    if is_within(&folder, sessions) {
        return Err(ExportError::OwnFiles { path: path() });
    }
    let resolved = folder.join(name);
    let found = match fs::symlink_metadata(&resolved) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    if let Some(config) = sessions.parent() {
        let settings = config.join(settings::FILE_NAME);
        let same = fs::canonicalize(&settings).is_ok_and(|s| s == resolved)
            || found
                .as_ref()
                .zip(fs::symlink_metadata(&settings).ok())
                .is_some_and(|(a, b)| same_file(a, &b));
        if same {
            return Err(ExportError::Settings { path: path() });
        }
    }
    match &found {
        Some(meta) if meta.file_type().is_symlink() => {
            return Err(ExportError::Symlink { path: path() });
        }
        Some(meta) if !meta.is_file() => return Err(ExportError::NotAFile { path: path() }),
        Some(_) if existing == Existing::Refuse => {
            return Err(ExportError::Exists { path: path() });
        }
        _ => {}
    }
    let mut temp = atomic::new_temp(&folder, ".cdtriage-export-").map_err(io)?;
    if let Some(meta) = &found {
        // Replacing a file keeps its mode.
        temp.as_file()
            .set_permissions(meta.permissions())
            .map_err(io)?;
    }
    temp.write_all(bytes).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    let persisted = match existing {
        Existing::Replace => temp.persist(&resolved),
        Existing::Refuse => temp.persist_noclobber(&resolved),
    };
    persisted.map_err(|e| match e.error.kind() {
        io::ErrorKind::AlreadyExists => ExportError::Exists { path: path() },
        _ => io(e.error),
    })?;
    atomic::sync_dir(&resolved).map_err(io)
}

/// Whether `folder` (canonical) is `dir` or inside it, by path or, on Unix,
/// by identity (a folder reached through another name).
fn is_within(folder: &Path, dir: &Path) -> bool {
    let Ok(dir_meta) = fs::metadata(dir) else {
        return false;
    };
    let canonical = fs::canonicalize(dir).ok();
    folder.ancestors().any(|a| {
        canonical.as_deref() == Some(a) || fs::metadata(a).is_ok_and(|m| same_file(&m, &dir_meta))
    })
}

/// Whether two files' metadata describe the same file (device and inode).
#[cfg(unix)]
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

/// The folder exports go to: `exports/` next to `sessions/`.
pub fn exports_dir(store: &Store) -> PathBuf {
    match store.dir().parent() {
        Some(config) => config.join("exports"),
        None => store.dir().join("exports"),
    }
}

/// `NAME-YYYYMMDD-HHMM.md` for a session name (already safe as a file name)
/// at time `t` (UTC), without spaces: a run of whitespace in the name becomes
/// one `-` ("team retro" -> `team-retro-20261126-0430.md`).
pub fn minutes_file_name(name: &str, t: Timestamp) -> String {
    let name = name.split_whitespace().collect::<Vec<_>>().join("-");
    let iso = format_utc(t); // 2026-11-26T04:30:00Z
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    let (date, time) = digits.split_at(8.min(digits.len()));
    let hhmm: String = time.chars().take(4).collect();
    format!("{name}-{date}-{hhmm}.md")
}

/// How many exports of one session in one minute get their own file
/// (`NAME-DATE-HHMM.md`, then `-2` ... up to this).
const SAME_MINUTE: u32 = 999;

/// Writes `text` as the minutes of session `name` at time `t`; returns the
/// path. Never replaces an export: a second one in the same minute goes to
/// `NAME-DATE-HHMM-2.md`, a third to `-3`, and so on.
pub fn write_minutes(
    store: &Store,
    name: &str,
    t: Timestamp,
    text: &str,
) -> Result<PathBuf, SessionError> {
    let dir = exports_dir(store);
    fs::create_dir_all(&dir).map_err(io_at(&dir))?;
    let first = minutes_file_name(name, t);
    let stem = first.strip_suffix(".md").unwrap_or(&first);
    for n in 1..=SAME_MINUTE {
        let path = match n {
            1 => dir.join(&first),
            _ => dir.join(format!("{stem}-{n}.md")),
        };
        match atomic::write_new(&path, text.as_bytes()) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_at(&path)(e)),
        }
    }
    let why = std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        format!("{SAME_MINUTE} exports of this session this minute already exist"),
    );
    Err(io_at(&dir)(why))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_name_has_the_date_and_minute() {
        // 2026-11-26T04:30:59Z is 1_795_667_459 s after the epoch:
        // 20_783 days (to 2026-11-26) * 86_400 + 4 h 30 min 59 s.
        let t = 20_783 * 86_400 + 4 * 3600 + 30 * 60 + 59;
        assert_eq!(format_utc(t), "2026-11-26T04:30:59Z");
        assert_eq!(minutes_file_name("team", t), "team-20261126-0430.md");
        assert_eq!(
            minutes_file_name(" team  retro\u{a0}B ", t),
            "team-retro-B-20261126-0430.md"
        );
    }

    #[test]
    fn minutes_go_next_to_the_sessions_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        let path = write_minutes(&store, "team", 0, "# hi\n").expect("written");
        assert_eq!(
            path,
            dir.path().join("exports").join("team-19700101-0000.md")
        );
        assert_eq!(fs::read_to_string(&path).expect("read"), "# hi\n");
    }

    #[test]
    fn a_second_export_in_the_same_minute_gets_its_own_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::new(dir.path());
        let first = write_minutes(&store, "team", 0, "one\n").expect("first");
        let second = write_minutes(&store, "team", 30, "two\n").expect("second");
        let third = write_minutes(&store, "team", 59, "three\n").expect("third");
        let exports = dir.path().join("exports");
        assert_eq!(first, exports.join("team-19700101-0000.md"));
        assert_eq!(second, exports.join("team-19700101-0000-2.md"));
        assert_eq!(third, exports.join("team-19700101-0000-3.md"));
        assert_eq!(fs::read_to_string(&first).expect("read"), "one\n");
        assert_eq!(fs::read_to_string(&second).expect("read"), "two\n");
        let names: Vec<_> = fs::read_dir(&exports)
            .expect("list")
            .map(|e| e.expect("entry").file_name().into_string().expect("utf-8"))
            .collect();
        assert_eq!(names.len(), 3, "no backups or temp files: {names:?}");
        // The next minute starts again without a number.
        let next = write_minutes(&store, "team", 60, "four\n").expect("next");
        assert_eq!(next, exports.join("team-19700101-0001.md"));
    }
}
