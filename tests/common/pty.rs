//! The pseudo-terminal harness for end-to-end tests: the real binary in an
//! 80x24 pty (or another size), its output parsed by vt100.
//!
//! A reader thread feeds everything the program writes into a vt100 parser
//! and signals after each read; tests check the parsed screen after each
//! signal. The only clock is an overall deadline that fails the test (and
//! kills the program) instead of letting it hang. The child's config
//! directory (`CDTRIAGE_CONFIG_DIR`, `XDG_CONFIG_HOME`) is a temp dir.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{
    ChildKiller, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system,
};
pub use vt100::MouseProtocolMode;

const ROWS: u16 = 24;
const COLS: u16 = 80;
/// Failure guard only: generous so a slow machine never fails a good run.
const DEADLINE: Duration = Duration::from_secs(60);

/// What the terminal looked like, parsed.
#[derive(Debug)]
pub struct Seen {
    pub contents: String,
    pub alternate_screen: bool,
    pub mouse: MouseProtocolMode,
    /// Whether the program asked for bracketed paste (`ESC [ ? 2004 h`).
    pub bracketed_paste: bool,
}

/// cdtriage running in a pty.
pub struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    updates: Receiver<()>,
    deadline: Instant,
    writer: Box<dyn Write + Send>,
    killer: Box<dyn ChildKiller + Send + Sync>,
    exited: Receiver<std::io::Result<ExitStatus>>,
    waiter: JoinHandle<()>,
    reader: JoinHandle<()>,
    master: Box<dyn MasterPty + Send>,
    /// The config directory, when the session made its own.
    _config: Option<tempfile::TempDir>,
}

impl Session {
    /// Starts cdtriage with no arguments and a fresh config directory.
    pub fn start() -> Self {
        let config = tempfile::tempdir().expect("temp dir");
        let path = config.path().to_path_buf();
        Self::start_in(&path, &[], Some(config))
    }

    /// Starts cdtriage with `args`, its config directory `config` (kept by
    /// the caller, e.g. to start again on the same files).
    pub fn start_with(config: &Path, args: &[&str]) -> Self {
        Self::start_in(config, args, None)
    }

    /// As [`Session::start_with`], in a `cols` x `rows` terminal.
    pub fn start_sized(config: &Path, args: &[&str], cols: u16, rows: u16) -> Self {
        Self::start_at(config, args, None, (cols, rows))
    }

    fn start_in(config: &Path, args: &[&str], own: Option<tempfile::TempDir>) -> Self {
        Self::start_at(config, args, own, (COLS, ROWS))
    }

    fn start_at(
        config: &Path,
        args: &[&str],
        own: Option<tempfile::TempDir>,
        (cols, rows): (u16, u16),
    ) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_cdtriage"));
        cmd.args(args);
        cmd.env("CDTRIAGE_CONFIG_DIR", config);
        cmd.env("XDG_CONFIG_HOME", config);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let mut child = pty.slave.spawn_command(cmd).expect("start cdtriage");
        drop(pty.slave);
        let killer = child.clone_killer();

        let mut source = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let size = |n: u16| NonZeroU16::new(n).expect("non-zero size");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(size(rows), size(cols), 0)));
        let (tx, updates) = mpsc::channel();
        let feed = Arc::clone(&parser);
        let reader = thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match source.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        if let Ok(mut p) = feed.lock() {
                            p.process(&buf[..n]);
                        }
                        if tx.send(()).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        let (exit_tx, exited) = mpsc::channel();
        let waiter = thread::spawn(move || {
            let _ = exit_tx.send(child.wait());
        });
        Session {
            parser,
            updates,
            deadline: Instant::now() + DEADLINE,
            writer,
            killer,
            exited,
            waiter,
            reader,
            master: pty.master,
            _config: own,
        }
    }

    pub fn seen(&self) -> Seen {
        let p = self.parser.lock().expect("parser lock");
        let s = p.screen();
        Seen {
            contents: s.contents(),
            alternate_screen: s.alternate_screen(),
            mouse: s.mouse_protocol_mode(),
            bracketed_paste: s.bracketed_paste(),
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    pub fn fail(&mut self, why: &str) -> ! {
        let _ = self.killer.kill();
        panic!("{why}; the screen was:\n{}", self.seen().contents);
    }

    /// Waits until `check` holds for the parsed screen.
    pub fn wait_until(&mut self, what: &str, check: impl Fn(&Seen) -> bool) -> Seen {
        loop {
            let seen = self.seen();
            if check(&seen) {
                return seen;
            }
            let left = self.deadline.saturating_duration_since(Instant::now());
            if self.updates.recv_timeout(left).is_err() {
                let seen = self.seen();
                if check(&seen) {
                    return seen;
                }
                self.fail(&format!("never saw {what}"));
            }
        }
    }

    pub fn wait_for(&mut self, text: &str) -> Seen {
        self.wait_until(&format!("{text:?}"), |s| s.contents.contains(text))
    }

    /// Waits for the program to exit; joins the threads; returns its status
    /// and the last screen.
    pub fn finish(mut self) -> (ExitStatus, Seen) {
        let left = self.deadline.saturating_duration_since(Instant::now());
        let status = match self.exited.recv_timeout(left) {
            Ok(status) => status.expect("wait for cdtriage"),
            Err(_) => self.fail("cdtriage did not exit"),
        };
        drop(self.writer);
        drop(self.master);
        self.waiter.join().expect("waiter thread");
        self.reader.join().expect("reader thread");
        let p = self.parser.lock().expect("parser lock");
        let s = p.screen();
        let seen = Seen {
            contents: s.contents(),
            alternate_screen: s.alternate_screen(),
            mouse: s.mouse_protocol_mode(),
            bracketed_paste: s.bracketed_paste(),
        };
        (status, seen)
    }
}
