//! End to end: the real binary in an 80x24 pseudo-terminal. Find symptom 11,
//! open Manual Deployments from its links, go back, quit.
//!
//! A reader thread feeds everything the program writes into a vt100 parser
//! and signals after each read; the test checks the parsed screen after each
//! signal. The only clock is an overall deadline that fails the test (and
//! kills the program) instead of letting it hang.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{ChildKiller, CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 24;
const COLS: u16 = 80;
/// Failure guard only: generous so a slow machine never fails a good run.
const DEADLINE: Duration = Duration::from_secs(60);

struct Screen {
    parser: Arc<Mutex<vt100::Parser>>,
    updates: Receiver<()>,
    deadline: Instant,
}

impl Screen {
    fn contents(&self) -> String {
        self.parser
            .lock()
            .map(|p| p.screen().contents())
            .unwrap_or_default()
    }

    /// Waits until `check` holds for the screen; on the deadline, kills the
    /// program and fails with what the screen showed.
    fn wait_until(&self, what: &str, killer: &mut dyn ChildKiller, check: impl Fn(&str) -> bool) {
        loop {
            if check(&self.contents()) {
                return;
            }
            let left = self.deadline.saturating_duration_since(Instant::now());
            match self.updates.recv_timeout(left) {
                Ok(()) => {}
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    if check(&self.contents()) {
                        return;
                    }
                    let _ = killer.kill();
                    panic!("never saw {what}; the screen was:\n{}", self.contents());
                }
            }
        }
    }

    fn wait_for(&self, text: &str, killer: &mut dyn ChildKiller) {
        self.wait_until(&format!("{text:?}"), killer, |s| s.contains(text));
    }
}

#[test]
fn find_symptom_11_open_manual_deployments_go_back_and_quit() {
    let config = tempfile::tempdir().expect("temp dir");
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_cdtriage"));
    cmd.env("CDTRIAGE_CONFIG_DIR", config.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    let mut child = pty.slave.spawn_command(cmd).expect("start cdtriage");
    drop(pty.slave);
    let mut killer = child.clone_killer();

    let mut reader = pty.master.try_clone_reader().expect("pty reader");
    let mut writer = pty.master.take_writer().expect("pty writer");
    let size = |n: u16| NonZeroU16::new(n).expect("non-zero size");
    let parser = Arc::new(Mutex::new(vt100::Parser::new(size(ROWS), size(COLS), 0)));
    let (tx, updates) = mpsc::channel();
    let feed = Arc::clone(&parser);
    let reader_thread = thread::spawn(move || {
        let mut buf = [0u8; 4096];
        loop {
            match reader.read(&mut buf) {
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

    let screen = Screen {
        parser,
        updates,
        deadline: Instant::now() + DEADLINE,
    };
    let mut send = |bytes: &[u8]| {
        writer.write_all(bytes).expect("write to pty");
        writer.flush().expect("flush pty");
    };

    screen.wait_for("Symptom 1 of 21", &mut *killer);
    send(b"11");
    screen.wait_for("11. Merge Freezes Before Deployments", &mut *killer);
    screen.wait_for("Symptom 11 of 21", &mut *killer);
    // Tab twice to the links pane; Manual Deployments is its first link.
    send(b"\t\t\r");
    screen.wait_for("Category: Pipeline & Infrastructure", &mut *killer);
    let ap_page = screen.contents();
    assert!(ap_page.contains("Manual Deployments"), "{ap_page}");
    // Backspace (DEL) goes back.
    send(b"\x7f");
    screen.wait_until("symptom 11 again", &mut *killer, |s| {
        s.contains("Symptom 11 of 21") && !s.contains("Category:")
    });
    let back_page = screen.contents();
    send(b"q");

    let left = screen.deadline.saturating_duration_since(Instant::now());
    let status = match exited.recv_timeout(left) {
        Ok(status) => status.expect("wait for cdtriage"),
        Err(_) => {
            let _ = killer.kill();
            panic!(
                "cdtriage did not exit after q; screen:\n{}",
                screen.contents()
            );
        }
    };
    drop(pty.master);
    waiter.join().expect("waiter thread");
    reader_thread.join().expect("reader thread");

    assert!(
        back_page.contains("11. Merge Freezes Before Deployments"),
        "{back_page}"
    );
    assert!(status.success(), "exit status {status:?}");
}
