//! The session store against a hostile or unusual file system: planted
//! symbolic links, stale temporary files, files that are not regular files,
//! read-only files and folders.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;

use super::*;
use crate::domain::{Graph, load};

fn graph() -> Graph {
    load::embedded().unwrap()
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    (dir, store)
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_planted_link_at_any_temp_name_is_never_written_through() {
    let (dir, store) = store();
    let mut open = store.open_or_create("s", &graph()).unwrap();
    store.save(&mut open).unwrap();
    let sessions = dir.path().join("sessions");
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "keep me").unwrap();
    // The names the old code used, for this process, and others like them.
    let pid = std::process::id();
    for name in [
        format!(".s.ron.tmp-{pid}"),
        format!(".s.ron.bak-{pid}"),
        format!(".s.ron.tmp-{}", pid + 1),
    ] {
        symlink(&victim, sessions.join(name)).unwrap();
    }
    open.session.findings.toggle_mark("merge-freeze");
    store.save(&mut open).unwrap();
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
    let file = sessions.join("s.ron");
    assert!(
        fs::symlink_metadata(&file).unwrap().is_file(),
        "still a plain file"
    );
    assert!(
        fs::symlink_metadata(sessions.join("s.ron.bak"))
            .unwrap()
            .is_file()
    );
    let loaded = store.load("s").unwrap();
    assert_eq!(loaded.session.findings.marked, ["merge-freeze"]);
}

#[test]
fn a_session_file_that_is_a_link_opens_read_only_and_is_never_replaced() {
    let (dir, store) = store();
    let mut real = store.open_or_create("real", &graph()).unwrap();
    real.session.findings.toggle_mark("merge-freeze");
    store.save(&mut real).unwrap();
    drop(real);
    let sessions = dir.path().join("sessions");
    let link = sessions.join("s.ron");
    symlink(sessions.join("real.ron"), &link).unwrap();
    let before = fs::read(sessions.join("real.ron")).unwrap();
    let mut open = store.open_or_create("s", &graph()).unwrap();
    assert_eq!(open.read_only(), Some(ReadOnlyReason::Symlink));
    assert_eq!(
        open.session.findings.marked,
        ["merge-freeze"],
        "read through"
    );
    assert!(
        ReadOnlyReason::Symlink
            .to_string()
            .contains("symbolic link"),
        "the reason says so"
    );
    let err = store.save(&mut open).unwrap_err();
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(fs::read(sessions.join("real.ron")).unwrap(), before);
}

#[test]
fn a_backup_that_is_a_link_is_reported_and_not_replaced() {
    let (dir, store) = store();
    let mut open = store.open_or_create("s", &graph()).unwrap();
    store.save(&mut open).unwrap();
    drop(open);
    let sessions = dir.path().join("sessions");
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "keep me").unwrap();
    let bak = sessions.join("s.ron.bak");
    fs::remove_file(&bak).unwrap();
    symlink(&victim, &bak).unwrap();
    let mut open = store.open_or_create("s", &graph()).unwrap();
    assert_eq!(open.read_only(), Some(ReadOnlyReason::BackupSymlink));
    // Even a handle that thinks it may write refuses, naming the backup.
    let before = fs::read(sessions.join("s.ron")).unwrap();
    let err = atomic::write_with_backup(&sessions.join("s.ron"), b"new").unwrap_err();
    assert!(err.to_string().contains("s.ron.bak"), "{err}");
    assert!(err.to_string().contains("symbolic link"), "{err}");
    assert!(store.save(&mut open).is_err());
    assert_eq!(fs::read(sessions.join("s.ron")).unwrap(), before);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
    assert!(fs::symlink_metadata(&bak).unwrap().is_symlink());
}

#[test]
fn opening_with_the_lock_removes_that_sessions_stale_temp_files_only() {
    let (dir, store) = store();
    let holder = store.open_or_create("s", &graph()).unwrap();
    let sessions = dir.path().join("sessions");
    let stale = [".s.ron.tmp-4242", ".s.ron.bak-17", ".s.ron.tmp-Ab3xYz"];
    let kept = [
        ".other.ron.tmp-1",       // another session's
        ".s.ron.tmp-x.ron.tmp-1", // session "s.ron.tmp-x"'s
        ".s.ron.tmp-",            // not a temp name
        "notes.txt",
    ];
    for name in stale.iter().chain(&kept) {
        fs::write(sessions.join(name), "x").unwrap();
    }
    // A planted link among them is removed as a link; its target stays.
    let victim = dir.path().join("victim.txt");
    fs::write(&victim, "keep me").unwrap();
    symlink(&victim, sessions.join(".s.ron.tmp-999")).unwrap();

    // Read-only (another handle holds the lock and may be saving): nothing
    // is touched.
    let second = store.open_or_create("s", &graph()).unwrap();
    assert_eq!(second.read_only(), Some(ReadOnlyReason::Locked));
    assert_eq!(names_in(&sessions).len(), 2 + stale.len() + kept.len() + 1);
    drop((holder, second));

    let _writer = store.open_or_create("s", &graph()).unwrap();
    let mut expected: Vec<String> = ["s.lock", "s.ron"]
        .iter()
        .chain(&kept)
        .map(|s| s.to_string())
        .collect();
    expected.sort();
    assert_eq!(names_in(&sessions), expected);
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
}

#[test]
fn a_save_keeps_the_files_mode() {
    let (dir, store) = store();
    let mut open = store.open_or_create("s", &graph()).unwrap();
    let file = dir.path().join("sessions/s.ron");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    open.session.findings.toggle_mark("merge-freeze");
    store.save(&mut open).unwrap();
    assert_eq!(mode(&file), 0o640);
    assert_eq!(mode(&backup_path(&file)), 0o640);
}
