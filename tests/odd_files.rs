//! Session and graph files that are odd rather than damaged: a FIFO, a
//! read-only file or folder, a dangling link, a byte-order mark, nesting
//! past the parser's limit. Each gets a clear answer, never a hang, a panic
//! or a silent replacement.

use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use cdtriage::domain::load::{self, LoadError};
use cdtriage::storage::{ReadOnlyReason, SessionError, Store};

/// Runs `f` on a thread and returns its result; a failure guard (never a
/// synchronisation) so that a call that blocks fails the test instead of
/// hanging it.
fn without_hanging<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(30))
        .expect("the call blocked: it never returned")
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

fn saved_session(config: &Path, name: &str) {
    let graph = load::embedded().unwrap();
    let store = Store::new(config);
    let mut open = store.open_or_create(name, &graph).unwrap();
    open.session.findings.toggle_mark("merge-freeze");
    store.save(&mut open).unwrap();
}

#[test]
fn a_fifo_as_a_session_file_is_refused_without_waiting() {
    let tmp = tempfile::tempdir().unwrap();
    let sessions = tmp.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    mkfifo(&sessions.join("s.ron"));
    let config = tmp.path().to_path_buf();
    let (opened, listed, loaded) = without_hanging(move || {
        let store = Store::new(&config);
        let graph = load::embedded().unwrap();
        let opened = store.open_or_create("s", &graph).map(|_| ());
        let listed = store.list().unwrap();
        let loaded = store.load("s").map(|_| ());
        (opened, listed, loaded)
    });
    for result in [opened, loaded] {
        let err = result.unwrap_err();
        assert!(matches!(err, SessionError::NotAFile { .. }), "{err:?}");
        assert!(err.to_string().contains("is not a regular file"), "{err}");
        assert!(err.to_string().contains("s.ron"), "{err}");
    }
    assert_eq!(listed.len(), 1);
    assert!(format!("{:?}", listed[0].status).contains("not a regular file"));
}

#[test]
fn a_fifo_as_a_graph_file_is_refused_without_waiting() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("g.ron");
    mkfifo(&path);
    let err = without_hanging(move || load::from_file(&path).map(|_| ())).unwrap_err();
    assert!(err.to_string().contains("is not a regular file"), "{err}");
}

#[test]
fn a_read_only_sessions_folder_opens_the_session_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    saved_session(tmp.path(), "s");
    let sessions = tmp.path().join("sessions");
    let before = fs::read(sessions.join("s.ron")).unwrap();
    fs::set_permissions(&sessions, fs::Permissions::from_mode(0o555)).unwrap();
    let store = Store::new(tmp.path());
    let graph = load::embedded().unwrap();
    let open = store.open_or_create("s", &graph);
    fs::set_permissions(&sessions, fs::Permissions::from_mode(0o755)).unwrap();
    let mut open = open.expect("opens");
    assert_eq!(open.read_only(), Some(ReadOnlyReason::FolderReadOnly));
    assert_eq!(open.session.findings.marked, ["merge-freeze"]);
    assert!(store.save(&mut open).is_err());
    assert_eq!(fs::read(sessions.join("s.ron")).unwrap(), before);
}

#[test]
fn a_read_only_session_file_opens_read_only_and_keeps_its_mode() {
    let tmp = tempfile::tempdir().unwrap();
    saved_session(tmp.path(), "s");
    let file = tmp.path().join("sessions/s.ron");
    let before = fs::read(&file).unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    let store = Store::new(tmp.path());
    let mut open = store
        .open_or_create("s", &load::embedded().unwrap())
        .unwrap();
    assert_eq!(open.read_only(), Some(ReadOnlyReason::FileReadOnly));
    assert!(
        ReadOnlyReason::FileReadOnly
            .to_string()
            .contains("read-only")
    );
    open.session.findings.toggle_mark("merge-freeze");
    assert!(store.save(&mut open).is_err());
    let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn a_dangling_link_as_a_session_file_is_reported_not_replaced() {
    let tmp = tempfile::tempdir().unwrap();
    let sessions = tmp.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    let gone = tmp.path().join("moved-away.ron");
    let link = sessions.join("s.ron");
    symlink(&gone, &link).unwrap();
    let store = Store::new(tmp.path());
    let err = store
        .open_or_create("s", &load::embedded().unwrap())
        .unwrap_err();
    assert!(matches!(err, SessionError::DanglingLink { .. }), "{err:?}");
    let text = err.to_string();
    assert!(text.contains("s.ron"), "{text}");
    assert!(text.contains("moved-away.ron"), "{text}");
    assert!(text.contains("does not exist"), "{text}");
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(!gone.exists(), "nothing was created at the link's target");
}

#[test]
fn a_byte_order_mark_is_accepted_in_session_and_graph_files() {
    let tmp = tempfile::tempdir().unwrap();
    saved_session(tmp.path(), "s");
    let file = tmp.path().join("sessions/s.ron");
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(fs::read(&file).unwrap());
    fs::write(&file, bytes).unwrap();
    let loaded = Store::new(tmp.path()).load("s").unwrap();
    assert_eq!(loaded.session.findings.marked, ["merge-freeze"]);

    let graph = load::embedded().unwrap();
    let path = tmp.path().join("g.ron");
    fs::write(&path, format!("\u{feff}{}", load::to_ron(&graph))).unwrap();
    assert_eq!(load::from_file(&path).unwrap(), graph);
}

#[test]
fn nesting_too_deep_says_so_with_line_and_column() {
    let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
    let tmp = tempfile::tempdir().unwrap();
    let sessions = tmp.path().join("sessions");
    fs::create_dir_all(&sessions).unwrap();
    let file = sessions.join("s.ron");
    let text = format!(
        "Session(\n    schema_version: 1, name: \"s\", created: 1, updated: 1,\n    graph_id: \"g\", graph_version: \"v\",\n    junk: {deep},\n)\n"
    );
    fs::write(&file, &text).unwrap();
    let err = Store::new(tmp.path()).load("s").unwrap_err();
    let SessionError::Corrupt {
        line,
        column,
        ref message,
        ..
    } = err
    else {
        panic!("expected a damaged file, got {err:?}");
    };
    assert_eq!(line, 4, "{err}");
    assert!(column > 11, "{err}");
    assert!(message.contains("nested too deeply"), "{message}");
    assert!(!err.to_string().contains("serde_stacker"), "{err}");

    let err = load::parse(&format!("(\njunk: {deep})"), "g.ron").unwrap_err();
    let LoadError::Syntax { line, message, .. } = &err else {
        panic!("expected a syntax error, got {err:?}");
    };
    assert_eq!(*line, 2);
    assert!(message.contains("nested too deeply"), "{message}");
    assert!(!err.to_string().contains("serde_stacker"), "{err}");
}
