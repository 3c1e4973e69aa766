//! Random keys in a pseudo-terminal: the release binary never panics and
//! always gives the terminal back.
//!
//! ```sh
//! cargo build --release --bin cdtriage --example random_keys
//! ./target/release/examples/random_keys --bin target/release/cdtriage \
//!     --runs-per-size 2 --keys 500 --seed 1
//! ```
//!
//! For each of 15 terminal sizes from 1x1 to 200x50, `--runs-per-size` runs
//! of cdtriage (every other one with `--session`, in a temporary config
//! directory, with no browser on `PATH`) get `--keys` random keys: letters,
//! digits, Enter, Esc, Tab, arrows, Page keys, Ctrl keys, bracketed pastes,
//! mouse clicks and wheel turns, and a resize to another of the sizes every
//! 50 keys or so. Then a fixed quit sequence is sent and the program must exit
//! with status 0 within the deadline, with the terminal restored: main
//! screen, no mouse capture, no bracketed paste, and no "panicked" on it.
//! Exits non-zero if any run failed. A fixed `--seed` repeats the keys.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// Fifteen sizes, from one cell to a large terminal.
const SIZES: [(u16, u16); 15] = [
    (1, 1),
    (2, 1),
    (10, 3),
    (20, 5),
    (40, 10),
    (59, 15),
    (60, 16),
    (79, 23),
    (80, 24),
    (100, 30),
    (120, 40),
    (132, 43),
    (160, 45),
    (180, 48),
    (200, 50),
];

/// Failure guard: a run that has not exited this long after the quit keys hangs.
const DEADLINE: Duration = Duration::from_secs(60);

fn main() -> Result<ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let bin = PathBuf::from(value("--bin").unwrap_or_else(|| "target/release/cdtriage".into()));
    let runs: u64 = value("--runs-per-size").map_or(Ok(2), |v| v.parse())?;
    let keys: usize = value("--keys").map_or(Ok(500), |v| v.parse())?;
    let seed: u64 = value("--seed").map_or(Ok(1), |v| v.parse())?;
    let bin = std::fs::canonicalize(&bin).with_context(|| format!("{}", bin.display()))?;
    let mut rng = Rng(seed.max(1) ^ 0x9e37_79b9_7f4a_7c15);
    let (mut total_keys, mut total_runs, mut failures) = (0usize, 0u64, Vec::new());
    let only = value("--only-size");
    for &(cols, rows) in &SIZES {
        if only
            .as_ref()
            .is_some_and(|o| *o != format!("{cols}x{rows}"))
        {
            continue;
        }
        for run in 0..runs {
            let with_session = run % 2 == 1;
            match one_run(&bin, cols, rows, keys, with_session, &mut rng) {
                Ok(sent) => total_keys += sent,
                Err(e) => failures.push(format!("{cols}x{rows} run {run}: {e:#}")),
            }
            total_runs += 1;
        }
    }
    println!(
        "{total_keys} random keys in {total_runs} runs over {} sizes (1x1 to 200x50): {} failed",
        SIZES.len(),
        failures.len()
    );
    for f in &failures {
        println!("  {f}");
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// xorshift64*: small, deterministic.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }
}

/// The bytes of one random key (or paste, or mouse event).
fn random_key(rng: &mut Rng) -> Vec<u8> {
    const NAMED: &[&[u8]] = &[
        b"\r",
        b"\x1b",
        b"\t",
        b"\x1b[Z",
        b"\x7f",
        b"\x1b[A",
        b"\x1b[B",
        b"\x1b[C",
        b"\x1b[D",
        b"\x1b[5~",
        b"\x1b[6~",
        b"\x1b[H",
        b"\x1b[F",
        b"\x1b[3~",
        b"\x13",
        b"\x04",
        b"\x15",
        b"\x0e",
        b"\x10",
        b"\x01",
        b"\x05",
        b"\x17",
        b"\x1b[1;3D",
        b"\x1b[1;3C",
    ];
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?/+ @:.";
    match rng.below(20) {
        0..=11 => vec![LETTERS[rng.below(LETTERS.len())]],
        12..=17 => NAMED[rng.below(NAMED.len())].to_vec(),
        18 => {
            let text: String = (0..rng.below(300))
                .map(|i| if i % 40 == 39 { '\n' } else { 'é' })
                .collect();
            format!("\x1b[200~{text}\x1b]0;x\x07\x1b[201~").into_bytes()
        }
        _ => {
            // SGR mouse: press and release at a random cell, or a wheel turn.
            let (x, y) = (1 + rng.below(200), 1 + rng.below(50));
            let b = [0, 64, 65][rng.below(3)];
            format!("\x1b[<{b};{x};{y}M\x1b[<{b};{x};{y}m").into_bytes()
        }
    }
}

/// Whether the program has started giving the terminal back (it turns
/// bracketed paste off first): no more keys should be sent.
fn quitting(parser: &Mutex<vt100::Parser>) -> bool {
    parser.lock().is_ok_and(|p| !p.screen().bracketed_paste())
}

/// Leaves any screen, dialog or editor and quits, whatever the mode.
const QUIT: &[&[u8]] = &[b"\x03", b"\x1b", b"n", b"\x03"];

fn one_run(
    bin: &PathBuf,
    cols: u16,
    rows: u16,
    keys: usize,
    with_session: bool,
    rng: &mut Rng,
) -> Result<usize> {
    let config = tempfile::tempdir()?;
    let size = |cols, rows| PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    };
    let pty = native_pty_system().openpty(size(cols, rows))?;
    let mut cmd = CommandBuilder::new(bin);
    if with_session {
        cmd.args(["--session", "random"]);
    }
    cmd.env("CDTRIAGE_CONFIG_DIR", config.path());
    cmd.env("XDG_CONFIG_HOME", config.path());
    cmd.env("PATH", config.path()); // no browser to start
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd)?;
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader()?;
    let mut writer = pty.master.take_writer()?;
    // Writes go through their own thread: once the program has exited, a
    // write into a full input queue would block the harness for ever.
    let (key_tx, key_rx) = mpsc::channel::<Vec<u8>>();
    let nz = |n: u16| NonZeroU16::new(n.max(1)).unwrap_or(NonZeroU16::MIN);
    let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
    let feed = Arc::clone(&parser);
    let (chunk_tx, chunks) = mpsc::channel();
    let reading = thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            if let Ok(mut p) = feed.lock() {
                p.process(&buf[..n]);
            }
            let _ = chunk_tx.send(());
        }
    });
    let gate = Arc::clone(&parser);
    let written = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&written);
    thread::spawn(move || {
        for key in key_rx {
            let stop = quitting(&gate)
                || writer
                    .write_all(&key)
                    .and_then(|()| writer.flush())
                    .is_err();
            if stop {
                break;
            }
            count.fetch_add(1, Ordering::SeqCst);
        }
    });
    // Waits until the writer thread has written `n` keys (or the program is
    // quitting, or a minute has passed): the next key then really comes later.
    let settle = |n: usize| {
        let start = Instant::now();
        while written.load(Ordering::SeqCst) < n && !quitting(&parser) && start.elapsed() < DEADLINE
        {
            let _ = chunks.recv_timeout(Duration::from_millis(100));
        }
    };
    let (exit_tx, exited) = mpsc::channel();
    let mut killer = child.clone_killer();
    let pid = child.process_id();
    let waiting = thread::spawn(move || {
        let _ = exit_tx.send(child.wait());
    });

    // Keys typed before the program has the terminal in raw mode would be
    // the line discipline's (Ctrl-C a SIGINT): wait for its first screen.
    let started = Instant::now();
    let ready = |p: &vt100::Parser| p.screen().alternate_screen() && p.screen().bracketed_paste();
    while !parser.lock().is_ok_and(|p| ready(&p)) {
        let left = DEADLINE.saturating_sub(started.elapsed());
        if chunks.recv_timeout(left).is_err() {
            let _ = killer.kill();
            bail!("never switched to the alternate screen with bracketed paste on");
        }
    }
    let mut sent = 0;
    let mut early_exit = false;
    for i in 0..keys {
        if i % 50 == 49 {
            let (c, r) = SIZES[rng.below(SIZES.len())];
            pty.master.resize(size(c, r))?;
            if let Ok(mut p) = parser.lock() {
                p.screen_mut().set_size(nz(r), nz(c));
            }
        }
        // The program may quit on its own (q, Esc): then the run is over.
        if quitting(&parser) || key_tx.send(random_key(rng)).is_err() {
            early_exit = true;
            break;
        }
        sent += 1;
    }
    settle(sent);
    let mut queued = sent;
    // Quit: Ctrl-C quits from most screens (and at once when asked whether
    // to); Esc leaves a prompt or the note editor, `n` discards a note. Each
    // key waits for the screen to answer (or a second), so that Esc and the
    // next key are not read as one Alt chord.
    let mut status = None;
    'quit: for _ in 0..6 {
        for k in QUIT {
            while chunks.try_recv().is_ok() {} // only output from now on counts
            if early_exit || quitting(&parser) || key_tx.send(k.to_vec()).is_err() {
                early_exit = true;
            } else {
                queued += 1;
                settle(queued);
            }
            let _ = chunks.recv_timeout(Duration::from_secs(1));
            if let Ok(s) = exited.try_recv() {
                status = Some(s);
                break 'quit;
            }
        }
    }
    let status = match status.map_or_else(|| exited.recv_timeout(DEADLINE).ok(), Some) {
        Some(status) => status?,
        None => {
            let state = pid.map(proc_state).unwrap_or_default();
            let _ = killer.kill();
            let screen = parser
                .lock()
                .map(|p| p.screen().contents())
                .unwrap_or_default();
            bail!("did not exit after the quit keys (a hang; {state}); the screen:\n{screen}");
        }
    };
    drop(key_tx);
    drop(pty.master);
    let _ = waiting.join();
    let _ = reading.join();
    let p = parser.lock().map_err(|_| anyhow::anyhow!("parser lock"))?;
    let screen = p.screen();
    // A key that arrives after the program gave the terminal back (raw mode
    // off) is read by the terminal itself: Ctrl-C then sends SIGINT to the
    // exiting program. That can only happen once the terminal is restored,
    // which is checked below, so it counts as a clean exit.
    let interrupted_after_restore = status.signal() == Some("Interrupt")
        && !screen.alternate_screen()
        && !screen.bracketed_paste();
    if !status.success() && !interrupted_after_restore {
        bail!("exit status {status:?}; the screen:\n{}", screen.contents());
    }
    if screen.alternate_screen() {
        bail!("left the terminal in the alternate screen");
    }
    if screen.mouse_protocol_mode() != vt100::MouseProtocolMode::None {
        bail!("left mouse capture on");
    }
    if screen.bracketed_paste() {
        bail!("left bracketed paste on");
    }
    if screen.contents().contains("panicked") {
        bail!("panicked:\n{}", screen.contents());
    }
    // Keys the program was sent (not the quit keys), before it quit on its
    // own or the run ended.
    Ok(written.load(Ordering::SeqCst).min(sent))
}

/// The kernel's view of a process that does not exit: its state, where it
/// waits, and its CPU time (Linux; empty elsewhere).
fn proc_state(pid: u32) -> String {
    let read = |f: &str| std::fs::read_to_string(format!("/proc/{pid}/{f}")).unwrap_or_default();
    let status = read("status");
    let state = status
        .lines()
        .find(|l| l.starts_with("State"))
        .unwrap_or("");
    let stat = read("stat");
    let times: Vec<&str> = stat.split_whitespace().skip(13).take(2).collect();
    format!(
        "pid {pid}, {state}, waiting in {:?}, utime/stime {:?}",
        read("wchan"),
        times
    )
}
