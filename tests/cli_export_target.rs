//! `cdtriage export -o FILE` never destroys data: it refuses the session
//! files and the settings file, an existing file unless `--force`, and a
//! symbolic link at the target; it writes through a temporary file and a
//! rename, so the target is never half-written. Run as the real binary
//! against a temporary config directory.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use cdtriage::domain::load;
use cdtriage::storage::Store;

/// A config directory holding session `s` (saved twice, so it has a backup
/// and a lock file) and a settings file.
fn seeded() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let graph = load::embedded().unwrap();
    let store = Store::new(&config);
    let mut s = store.open_or_create("s", &graph).unwrap();
    s.session.findings.toggle_mark("merge-freeze");
    store.save(&mut s).unwrap();
    drop(s);
    fs::write(config.join("settings.ron"), "(theme: Light)\n").unwrap();
    (tmp, config)
}

/// `cdtriage --config-dir CONFIG export s -o TARGET [extra]`; HOME and
/// XDG_CONFIG_HOME point into the temp dir.
fn export_to(config: &Path, target: &Path, extra: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .env_remove("CDTRIAGE_CONFIG_DIR")
        .env("HOME", config.join("home"))
        .env("XDG_CONFIG_HOME", config.join("xdg"))
        .arg("--config-dir")
        .arg(config)
        .args(["export", "s", "-o"])
        .arg(target)
        .args(extra)
        .output()
        .unwrap();
    (out.status.success(), String::from_utf8(out.stderr).unwrap())
}

/// Every file under `dir` with its bytes, for before/after comparisons.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let meta = fs::symlink_metadata(&p).unwrap();
            if meta.is_dir() {
                stack.push(p);
            } else if meta.is_file() {
                out.push((p.clone(), fs::read(&p).unwrap()));
            } else {
                out.push((
                    p.clone(),
                    fs::read_link(&p)
                        .unwrap()
                        .into_os_string()
                        .into_encoded_bytes(),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn the_session_its_backup_its_lock_and_the_settings_are_refused() {
    let (_tmp, config) = seeded();
    let sessions = config.join("sessions");
    let before = snapshot(&config);
    for target in [
        sessions.join("s.ron"),
        sessions.join("s.ron.bak"),
        sessions.join("s.lock"),
        sessions.join("new-file.md"),
        config.join("settings.ron"),
        // The same files by another spelling.
        config.join("sessions/../sessions/./s.ron"),
    ] {
        let (ok, err) = export_to(&config, &target, &["--force"]);
        assert!(!ok, "{} was accepted", target.display());
        assert!(err.contains(&target.display().to_string()), "{err}");
        assert!(
            err.contains("holds cdtriage's own files") || err.contains("the settings file"),
            "{err}"
        );
    }
    assert_eq!(snapshot(&config), before, "nothing changed");
}

#[test]
fn a_folder_linked_to_the_sessions_folder_is_refused_too() {
    let (tmp, config) = seeded();
    let alias = tmp.path().join("alias");
    std::os::unix::fs::symlink(config.join("sessions"), &alias).unwrap();
    let before = snapshot(&config);
    let (ok, err) = export_to(&config, &alias.join("s.ron"), &["--force"]);
    assert!(!ok);
    assert!(err.contains("holds cdtriage's own files"), "{err}");
    assert_eq!(snapshot(&config), before);
}

#[test]
fn an_existing_file_is_refused_unless_force_is_given() {
    let (tmp, config) = seeded();
    let target = tmp.path().join("minutes.md");
    fs::write(&target, "precious\n").unwrap();
    let (ok, err) = export_to(&config, &target, &[]);
    assert!(!ok);
    assert!(err.contains("already exists"), "{err}");
    assert!(err.contains("--force"), "{err}");
    assert_eq!(fs::read_to_string(&target).unwrap(), "precious\n");

    let (ok, err) = export_to(&config, &target, &["--force"]);
    assert!(ok, "{err}");
    let text = fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("# Session minutes: s\n"), "{text}");
}

#[test]
fn a_new_file_is_written_whole_with_no_temporary_file_left() {
    let (tmp, config) = seeded();
    let out = tmp.path().join("out");
    fs::create_dir(&out).unwrap();
    let target = out.join("minutes.md");
    let (ok, err) = export_to(&config, &target, &[]);
    assert!(ok, "{err}");
    let names: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["minutes.md"]);
    assert!(
        fs::read_to_string(&target)
            .unwrap()
            .contains("## Action items")
    );
}

#[test]
fn a_symbolic_link_at_the_target_is_never_followed() {
    let (tmp, config) = seeded();
    let victim = tmp.path().join("victim.txt");
    fs::write(&victim, "keep me\n").unwrap();
    let link = tmp.path().join("link.md");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    // A link to the session file itself, from outside the config folder.
    let to_session = tmp.path().join("session-link.md");
    std::os::unix::fs::symlink(config.join("sessions/s.ron"), &to_session).unwrap();
    let before = snapshot(&config);
    for target in [&link, &to_session] {
        for extra in [&[][..], &["--force"][..]] {
            let (ok, err) = export_to(&config, target, extra);
            assert!(!ok, "{} {extra:?} was accepted", target.display());
            assert!(err.contains("symbolic link"), "{err}");
        }
        assert!(fs::symlink_metadata(target).unwrap().is_symlink());
    }
    assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me\n");
    assert_eq!(snapshot(&config), before);
}

#[test]
fn a_missing_folder_is_named() {
    let (tmp, config) = seeded();
    let target = tmp.path().join("no/such/dir/m.md");
    let (ok, err) = export_to(&config, &target, &[]);
    assert!(!ok);
    assert!(err.contains("no/such/dir"), "{err}");
}
