//! Opening a URL in the system's browser, where the system has an opener.
//!
//! Which command to run is decided by [`command_for`] from an OS name and a
//! `PATH` value, so it can be tested without spawning anything. The real
//! launch ([`Opener::from_env`]) starts the command detached, with stdin,
//! stdout and stderr all null so it cannot draw over the TUI, and never waits
//! for it in the UI thread.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The opener command's name on an OS (as in `std::env::consts::OS`).
pub fn command_name(os: &str) -> Option<&'static str> {
    match os {
        "linux" | "freebsd" | "openbsd" | "netbsd" | "dragonfly" | "solaris" | "illumos" => {
            Some("xdg-open")
        }
        "macos" => Some("open"),
        _ => None,
    }
}

/// The full path of the opener for `os`, if one is on `path` (a `PATH` value).
pub fn command_for(os: &str, path: Option<&OsStr>) -> Option<PathBuf> {
    let name = command_name(os)?;
    std::env::split_paths(path?)
        .filter(|dir| !dir.as_os_str().is_empty())
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

/// What happened when asked to open a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// The opener was started (or, when recording, would have been).
    Started,
    /// No opener on this system.
    NoOpener,
    /// The opener could not be started.
    Failed(String),
}

/// How URLs are opened.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Launch {
    /// Start the program for real.
    Spawn,
    /// Only remember the URLs (tests, and the default of `App::new`).
    Record(Vec<String>),
}

/// The browser opener: a program (if the system has one) and how to launch it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opener {
    program: Option<PathBuf>,
    launch: Launch,
}

impl Opener {
    /// The system's opener, looked up on this OS and `PATH`.
    pub fn from_env() -> Self {
        let path = std::env::var_os("PATH");
        Opener {
            program: command_for(std::env::consts::OS, path.as_deref()),
            launch: Launch::Spawn,
        }
    }

    /// An opener that never launches anything and says there is none.
    pub fn disabled() -> Self {
        Opener::recording(None)
    }

    /// An opener that records the URLs it is asked to open instead of
    /// launching `program` (for tests).
    pub fn recording(program: Option<PathBuf>) -> Self {
        Opener {
            program,
            launch: Launch::Record(Vec::new()),
        }
    }

    /// The program it would run, if any.
    pub fn program(&self) -> Option<&Path> {
        self.program.as_deref()
    }

    /// The URLs recorded so far (always empty for a real opener).
    pub fn recorded(&self) -> &[String] {
        match &self.launch {
            Launch::Record(urls) => urls,
            Launch::Spawn => &[],
        }
    }

    /// Opens `url` in the browser, without waiting for it.
    pub fn open(&mut self, url: &str) -> Opened {
        let Some(program) = self.program.clone() else {
            return Opened::NoOpener;
        };
        match &mut self.launch {
            Launch::Record(urls) => {
                urls.push(url.to_string());
                Opened::Started
            }
            Launch::Spawn => match spawn_detached(&program, url) {
                Ok(()) => Opened::Started,
                Err(e) => Opened::Failed(e.to_string()),
            },
        }
    }
}

/// Starts `program url` with null stdio, in its own process group (so a
/// Ctrl-C in the terminal does not reach it), and reaps it on a thread.
fn spawn_detached(program: &Path, url: &str) -> std::io::Result<()> {
    let mut cmd = Command::new(program);
    cmd.arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd.spawn()?;
    std::thread::spawn(move || {
        let _ = child.wait();
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_depends_on_the_os() {
        assert_eq!(command_name("linux"), Some("xdg-open"));
        assert_eq!(command_name("freebsd"), Some("xdg-open"));
        assert_eq!(command_name("macos"), Some("open"));
        assert_eq!(command_name("windows"), None);
    }

    #[cfg(unix)]
    fn fake_program(dir: &Path, name: &str, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        let p = dir.join(name);
        std::fs::write(&p, "#!/bin/sh\nexit 0\n").expect("write fake program");
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }

    #[cfg(unix)]
    #[test]
    fn the_opener_is_found_on_path_only_if_executable() {
        let empty = tempfile::tempdir().expect("temp dir");
        let bin = tempfile::tempdir().expect("temp dir");
        fake_program(bin.path(), "xdg-open", 0o755);
        fake_program(bin.path(), "open", 0o644);
        let path = std::env::join_paths([empty.path(), bin.path()]).expect("join PATH");
        assert_eq!(
            command_for("linux", Some(&path)),
            Some(bin.path().join("xdg-open"))
        );
        assert_eq!(command_for("macos", Some(&path)), None, "not executable");
        assert_eq!(command_for("windows", Some(&path)), None);
        assert_eq!(command_for("linux", None), None, "no PATH");
        let only_empty = std::env::join_paths([empty.path()]).expect("join PATH");
        assert_eq!(command_for("linux", Some(&only_empty)), None);
    }

    #[test]
    fn recording_never_launches_and_disabled_says_there_is_none() {
        let mut o = Opener::recording(Some(PathBuf::from("/nowhere/xdg-open")));
        assert_eq!(o.open("https://example.org/a"), Opened::Started);
        assert_eq!(o.recorded(), ["https://example.org/a".to_string()]);
        let mut none = Opener::disabled();
        assert_eq!(none.open("https://example.org/b"), Opened::NoOpener);
        assert!(none.recorded().is_empty());
        assert_eq!(none.program(), None);
    }
}
