//! The store's management of saved sessions: listing, renaming, deleting,
//! loading without creating, and a session that follows another.

use std::fs;

use super::tests::{graph, put, store};
use super::*;
use crate::domain::session::tests::sample;

#[test]
fn list_shows_sessions_most_recent_first_and_skips_other_files() {
    let (_dir, store) = store();
    assert_eq!(store.list().unwrap(), []);
    let mut older = sample();
    older.updated = 100;
    older.notes.truncate(2);
    put(&store, "older", older);
    put(&store, "newer", sample());
    fs::write(store.dir().join("notes.txt"), "x").unwrap();
    fs::write(store.dir().join(".hidden.ron"), "x").unwrap();
    let listed = store.list().unwrap();
    let names: Vec<_> = listed.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["newer", "older"]);
    assert_eq!((listed[0].answers, listed[0].notes), (4, 5));
    assert_eq!((listed[1].answers, listed[1].notes), (4, 2));
    assert_eq!(listed[0].status, SessionStatus::Ok);
}

#[test]
fn rename_moves_the_file_the_backup_and_the_name() {
    let (_dir, store) = store();
    put(&store, "a", sample());
    put(&store, "a", sample());
    store.rename("a", "b").unwrap();
    let names: Vec<_> = store.list().unwrap().into_iter().map(|i| i.name).collect();
    assert_eq!(names, ["b"]);
    assert_eq!(store.load("b").unwrap().session.name, "b");
    assert!(store.open_backup("b").is_ok());
    assert!(matches!(
        store.load("a"),
        Err(SessionError::NotFound { .. })
    ));
    let mut files: Vec<_> = fs::read_dir(store.dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    files.sort();
    // The lock taken for the rename is removed when it is let go.
    assert_eq!(files, ["b.ron", "b.ron.bak"]);
}

#[test]
fn rename_and_delete_refuse_when_open_taken_or_missing() {
    let (_dir, store) = store();
    put(&store, "a", sample());
    put(&store, "b", sample());
    assert!(matches!(
        store.rename("a", "b"),
        Err(SessionError::Exists { .. })
    ));
    assert!(matches!(
        store.rename("zz", "c"),
        Err(SessionError::NotFound { .. })
    ));
    assert!(matches!(
        store.rename("a", "x/y"),
        Err(SessionError::BadName(_))
    ));
    let open = store.open_or_create("a", &graph()).unwrap();
    assert!(matches!(
        store.rename("a", "c"),
        Err(SessionError::Locked { .. })
    ));
    assert!(matches!(
        store.delete("a"),
        Err(SessionError::Locked { .. })
    ));
    drop(open);
    store.delete("a").unwrap();
    assert!(matches!(
        store.delete("a"),
        Err(SessionError::NotFound { .. })
    ));
    let names: Vec<_> = store.list().unwrap().into_iter().map(|i| i.name).collect();
    assert_eq!(names, ["b"]);
}

#[test]
fn a_session_another_process_is_creating_opens_read_only_without_a_file() {
    let (_dir, store) = store();
    fs::create_dir_all(store.dir()).unwrap();
    let held = lock::try_lock(&store.dir().join("new.lock")).unwrap();
    assert!(matches!(held, LockOutcome::Acquired(_)));
    let open = store.open_or_create("new", &graph()).unwrap();
    assert_eq!(open.read_only(), Some(ReadOnlyReason::Locked));
    assert!(!open.path().exists());
}

#[test]
fn a_session_edited_to_a_newer_schema_in_memory_is_not_saved() {
    let (_dir, store) = store();
    let mut open = store.open_or_create("s", &graph()).unwrap();
    let before = fs::read(open.path()).unwrap();
    open.session.schema_version = 9;
    let err = store.save(&mut open).unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::ReadOnly {
                reason: ReadOnlyReason::NewerSchema { found: 9 },
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(fs::read(open.path()).unwrap(), before);
}

#[test]
fn load_never_creates_and_bad_names_are_typed() {
    let (dir, store) = store();
    assert!(matches!(
        store.load("ghost"),
        Err(SessionError::NotFound { .. })
    ));
    assert!(!dir.path().join("sessions").exists());
    assert!(matches!(
        store.open_or_create("  ", &graph()),
        Err(SessionError::BadName(crate::storage::NameError::Empty))
    ));
}

#[test]
fn an_io_error_gives_its_reason_once_in_the_printed_error() {
    // `sessions` is a file, so listing cannot read the folder. main prints
    // errors with `{:#}`, which follows the source chain.
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("sessions"), "not a folder").unwrap();
    let e = Store::new(dir.path()).list().unwrap_err();
    let printed = format!("{:#}", anyhow::Error::from(e));
    assert_eq!(printed.matches("Not a directory").count(), 1, "{printed}");
    assert!(printed.contains("sessions"), "{printed}");
}

#[test]
fn a_session_from_another_leaves_the_old_one_byte_for_byte() {
    let (_dir, store) = store();
    put(&store, "sprint1", sample());
    let old_path = store.path_of(&SessionName::parse("sprint1").unwrap());
    let files = |store: &Store| {
        let mut v: Vec<(String, Vec<u8>)> = fs::read_dir(store.dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains("sprint1"))
            .map(|p| (p.display().to_string(), fs::read(&p).unwrap()))
            .collect();
        v.sort();
        v
    };
    let before = files(&store);
    assert_eq!(
        before.len(),
        2,
        "file and backup (no lock left): {before:?}"
    );
    let new = store
        .create_following("sprint2", "sprint1", &graph())
        .unwrap();
    assert_eq!(new.session.follows.as_deref(), Some(sample().name.as_str()));
    assert_eq!(new.session.findings.marked, sample().findings.marked);
    assert_eq!(new.session.actions.len(), 1, "only the open item");
    assert!(new.session.notes.is_empty());
    assert!(new.holds_lock());
    assert_eq!(files(&store), before);
    assert!(old_path.exists());
    // NEW exists now: a second --from is refused, and so is following oneself.
    drop(new);
    assert!(matches!(
        store.create_following("sprint2", "sprint1", &graph()),
        Err(SessionError::Exists { .. })
    ));
    assert!(matches!(
        store.create_following("sprint1", "sprint1", &graph()),
        Err(SessionError::Exists { .. })
    ));
    assert!(matches!(
        store.create_following("sprint3", "nope", &graph()),
        Err(SessionError::NotFound { .. })
    ));
    assert_eq!(files(&store), before);
    // The picker's line: marks, answers, open actions, what it follows.
    let listed = store.list().unwrap();
    let two = listed.iter().find(|i| i.name == "sprint2").unwrap();
    assert_eq!((two.marks, two.answers, two.open_actions), (2, 4, 1));
    assert_eq!(two.follows.as_deref(), Some("Équipe paiements / retro"));
    let tz = jiff::tz::TimeZone::UTC;
    assert!(two.updated_local(&tz).unwrap().ends_with("UTC (UTC+00:00)"));
}
