use std::fs;

use super::*;
use crate::domain::session::tests::sample;
use crate::domain::{Answer, Graph, NoteTarget, QuestionRef, load};

pub(super) fn graph() -> Graph {
    load::embedded().unwrap()
}

pub(super) fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    (dir, store)
}

/// Saves `session` as `name` and closes it.
pub(super) fn put(store: &Store, name: &str, session: Session) {
    let mut open = store.open_or_create(name, &graph()).unwrap();
    open.session = session;
    store.save(&mut open).unwrap();
}

#[test]
fn opening_a_new_name_creates_the_file_at_once() {
    let (dir, store) = store();
    let open = store.open_or_create("weekly", &graph()).unwrap();
    let path = dir.path().join("sessions/weekly.ron");
    assert_eq!(open.path(), path);
    assert!(path.exists());
    assert_eq!(open.read_only(), None);
    assert!(open.holds_lock());
    let on_disk = codec::parse(&fs::read(&path).unwrap(), &path).unwrap();
    assert_eq!(on_disk.session, open.session);
    assert_eq!(on_disk.session.name, "weekly");
}

#[test]
fn a_saved_session_reopens_with_every_field() {
    let (_dir, store) = store();
    put(&store, "retro", sample());
    let open = store.open_or_create("retro", &graph()).unwrap();
    let mut expected = sample();
    assert!(open.session.updated >= expected.updated);
    expected.updated = open.session.updated;
    assert_eq!(open.session, expected);
}

#[test]
fn saving_keeps_the_previous_version_as_bak() {
    let (_dir, store) = store();
    let mut open = store.open_or_create("retro", &graph()).unwrap();
    open.session.findings.toggle_mark("merge-freeze");
    store.save(&mut open).unwrap();
    open.session.findings.toggle_mark("merge-freeze");
    store.save(&mut open).unwrap();
    let bak = store.open_backup("retro").unwrap();
    assert_eq!(bak.session.findings.marked, ["merge-freeze"]);
    assert_eq!(bak.read_only(), Some(ReadOnlyReason::Backup));
    assert!(open.session.findings.marked.is_empty());
}

#[test]
fn a_second_opener_gets_the_session_read_only_and_cannot_save() {
    let (_dir, store) = store();
    let g = graph();
    let first = store.open_or_create("retro", &g).unwrap();
    let before = fs::read(first.path()).unwrap();
    let mut second = store.open_or_create("retro", &g).unwrap();
    assert_eq!(second.read_only(), Some(ReadOnlyReason::Locked));
    assert!(!second.holds_lock());
    second.session.findings.toggle_mark("merge-freeze");
    let err = store.save(&mut second).unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::ReadOnly {
                reason: ReadOnlyReason::Locked,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(fs::read(first.path()).unwrap(), before);
    drop(first);
    drop(second);
    let third = store.open_or_create("retro", &g).unwrap();
    assert_eq!(third.read_only(), None);
}

#[test]
fn a_corrupt_file_is_reported_and_left_byte_for_byte() {
    let (dir, store) = store();
    let sessions = dir.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    let path = sessions.join("retro.ron");
    let bytes = b"Session(\n    schema_version: 1,\n    name: \"retro\"\n    created: 1,\n";
    fs::write(&path, bytes).unwrap();
    let err = store.open_or_create("retro", &graph()).unwrap_err();
    // Line 3 ends without the comma ron needs; `created` on line 4 col 5 is
    // where it gives up.
    let SessionError::Corrupt { line, column, .. } = err else {
        panic!("expected Corrupt, got {err:?}");
    };
    assert_eq!((line, column), (4, 5));
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert!(matches!(
        store.load("retro"),
        Err(SessionError::Corrupt { .. })
    ));
    let listed = store.list().unwrap();
    assert!(
        matches!(listed[0].status, SessionStatus::Unreadable(ref m) if m.contains("retro.ron:4:5"))
    );
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_damaged_session_can_be_recovered_from_its_backup_under_another_name() {
    let (_dir, store) = store();
    put(&store, "retro", sample());
    put(&store, "retro", sample()); // now retro.ron.bak is the sample too
    let path = store.path_of(&SessionName::parse("retro").unwrap());
    fs::write(&path, b"garbage").unwrap();
    let bak = store.open_backup("retro").unwrap();
    let recovered = store.create_from("retro recovered", bak.session).unwrap();
    assert_eq!(recovered.session.name, "retro recovered");
    assert_eq!(recovered.session.notes, sample().notes);
    assert_eq!(fs::read(&path).unwrap(), b"garbage");
}

#[test]
fn a_newer_schema_opens_read_only_and_is_never_written() {
    let (_dir, store) = store();
    let mut newer = sample();
    newer.schema_version = 3;
    let text = codec::to_ron(&newer).unwrap();
    let path = store.path_of(&SessionName::parse("future").unwrap());
    fs::create_dir_all(store.dir()).unwrap();
    fs::write(&path, &text).unwrap();
    let mut open = store.open_or_create("future", &graph()).unwrap();
    assert_eq!(
        open.read_only(),
        Some(ReadOnlyReason::NewerSchema { found: 3 })
    );
    assert!(!open.holds_lock());
    assert!(matches!(
        store.save(&mut open),
        Err(SessionError::ReadOnly { .. })
    ));
    assert!(matches!(
        store.rename("future", "past"),
        Err(SessionError::ReadOnly { .. })
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);

    let unreadable = "Session(schema_version: 4, name: \"x\", notes: {})";
    fs::write(&path, unreadable).unwrap();
    let err = store.open_or_create("future", &graph()).unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::NewerSchema {
                found: 4,
                supported: 2,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), unreadable);
}

#[test]
fn unknown_ids_survive_a_save_and_are_listed() {
    let (_dir, store) = store();
    let g = graph();
    let mut s = sample();
    s.findings.toggle_mark("retired-symptom");
    let gone = QuestionRef {
        symptom: "retired-symptom".into(),
        index: 0,
    };
    s.findings.set_answer(gone.clone(), Some(Answer::Yes));
    s.add_note(
        NoteTarget::Question(gone.clone()),
        "still relevant".into(),
        7,
    );
    put(&store, "old", s);
    // Open, change something unrelated, save again.
    let mut open = store.open_or_create("old", &g).unwrap();
    open.session.findings.toggle_mark("merge-freeze");
    store.save(&mut open).unwrap();
    drop(open);
    let back = store.load("old").unwrap().session;
    assert!(back.findings.is_marked("retired-symptom"));
    assert_eq!(back.findings.answer(&gone), Some(Answer::Yes));
    assert_eq!(
        back.notes.last().map(|n| n.text.as_str()),
        Some("still relevant")
    );
    assert_eq!(
        back.unknown_refs(&g),
        [
            "marked symptom `retired-symptom`",
            "answer \"Yes\" to question 1 of symptom `retired-symptom`",
            "note about question 1 of symptom `retired-symptom`",
        ]
    );
}

#[test]
fn an_interrupted_save_leaves_the_old_session_loadable() {
    let (_dir, store) = store();
    put(&store, "retro", sample());
    let path = store.path_of(&SessionName::parse("retro").unwrap());
    let before = fs::read(&path).unwrap();
    let mut changed = sample();
    changed.notes.clear();
    let text = codec::to_ron(&changed).unwrap();
    let err = atomic::write_with_hook(&path, text.as_bytes(), &mut |step| match step {
        atomic::Step::BackupWritten => Err(io::Error::other("killed")),
        atomic::Step::TempWritten => Ok(()),
    });
    assert!(err.is_err());
    // A torn temp file from an earlier kill is lying around as well.
    fs::write(
        path.with_file_name(".retro.ron.tmp-1"),
        &text.as_bytes()[..40],
    )
    .unwrap();
    assert_eq!(fs::read(&path).unwrap(), before);
    let open = store.open_or_create("retro", &graph()).unwrap();
    assert_eq!(open.session.notes, sample().notes);
    assert_eq!(store.list().unwrap().len(), 1);
}
