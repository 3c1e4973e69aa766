//! Writing exported minutes into `<config>/exports/`.

use std::fs;
use std::path::PathBuf;

use crate::domain::{Timestamp, format_utc};
use crate::storage::Store;
use crate::storage::atomic;
use crate::storage::error::{SessionError, io_at};

/// The folder exports go to: `exports/` next to `sessions/`.
pub fn exports_dir(store: &Store) -> PathBuf {
    match store.dir().parent() {
        Some(config) => config.join("exports"),
        None => store.dir().join("exports"),
    }
}

/// `NAME-YYYYMMDD-HHMM.md` for a session name (already safe as a file name)
/// at time `t` (UTC).
pub fn minutes_file_name(name: &str, t: Timestamp) -> String {
    let iso = format_utc(t); // 2026-11-26T04:30:00Z
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    let (date, time) = digits.split_at(8.min(digits.len()));
    let hhmm: String = time.chars().take(4).collect();
    format!("{name}-{date}-{hhmm}.md")
}

/// Writes `text` as the minutes of session `name` at time `t`; returns the path.
pub fn write_minutes(
    store: &Store,
    name: &str,
    t: Timestamp,
    text: &str,
) -> Result<PathBuf, SessionError> {
    let dir = exports_dir(store);
    fs::create_dir_all(&dir).map_err(io_at(&dir))?;
    let path = dir.join(minutes_file_name(name, t));
    atomic::write_with_backup(&path, text.as_bytes()).map_err(io_at(&path))?;
    Ok(path)
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
}
