//! One run of the measured program in a pseudo-terminal.
//!
//! A reader thread blocks on the pty and stamps every chunk it reads with
//! `Instant::now()` the moment `read` returns, then hands it over a channel.
//! The main thread feeds chunks to a vt100 parser and keeps, for each chunk,
//! the parsed screen (text and attributes) as it stood after that chunk.
//! Parsing happens after the stamp, so it never adds to a measured time.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

/// What to run and how.
#[derive(Debug, Clone)]
pub struct Target {
    pub program: PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub cols: u16,
    pub rows: u16,
}

/// Bytes read from the pty, stamped when `read` returned.
struct Chunk {
    at: Instant,
    bytes: Vec<u8>,
}

/// The parsed screen after one chunk, and when that chunk arrived.
#[derive(Debug, Clone)]
pub struct Frame {
    pub at: Instant,
    /// How many bytes the chunk held.
    pub bytes: usize,
    pub screen: String,
}

/// How long to wait: `settle` is the quiet gap that ends a frame, `timeout`
/// the longest wait for anything at all.
#[derive(Debug, Clone, Copy)]
pub struct Waits {
    pub settle: Duration,
    pub timeout: Duration,
}

type SharedWriter = Arc<Mutex<Box<dyn Write + Send>>>;

pub struct Session {
    child: Box<dyn Child + Send + Sync>,
    writer: SharedWriter,
    chunks: Receiver<Chunk>,
    reader: Option<JoinHandle<()>>,
    parser: vt100::Parser,
    /// Taken just before the process was spawned.
    pub spawned_at: Instant,
}

impl Session {
    /// Spawns `program args...` with `wrapper` (for example GNU time) in
    /// front of it, if given, in a fresh pty of the target's size.
    pub fn spawn(target: &Target, wrapper: &[String]) -> Result<Session> {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: target.rows,
                cols: target.cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .map_err(|e| anyhow!("opening a pty: {e}"))?;
        let mut cmd = match wrapper.split_first() {
            Some((first, rest)) => {
                let mut cmd = CommandBuilder::new(first);
                cmd.args(rest);
                cmd.arg(&target.program);
                cmd
            }
            None => CommandBuilder::new(&target.program),
        };
        cmd.args(&target.args);
        cmd.env("TERM", "xterm-256color");
        for (k, v) in &target.env {
            cmd.env(k, v);
        }
        cmd.cwd(std::env::current_dir()?);
        let reader = pair
            .master
            .try_clone_reader()
            .map_err(|e| anyhow!("cloning the pty reader: {e}"))?;
        let writer: SharedWriter = Arc::new(Mutex::new(
            pair.master
                .take_writer()
                .map_err(|e| anyhow!("taking the pty writer: {e}"))?,
        ));
        let spawned_at = Instant::now();
        let child = pair
            .slave
            .spawn_command(cmd)
            .map_err(|e| anyhow!("spawning {}: {e}", target.program.display()))?;
        // Only the child may hold the slave side, or the reader never sees EOF.
        drop(pair.slave);
        drop(pair.master);
        let (tx, chunks) = mpsc::channel();
        let replies = Arc::clone(&writer);
        let reader = std::thread::spawn(move || read_loop(reader, &tx, &replies));
        let rows = NonZeroU16::new(target.rows).context("rows must be at least 1")?;
        let cols = NonZeroU16::new(target.cols).context("columns must be at least 1")?;
        Ok(Session {
            child,
            writer,
            chunks,
            reader: Some(reader),
            parser: vt100::Parser::new(rows, cols, 0),
            spawned_at,
        })
    }

    /// The process id of what was spawned (the wrapper, if any).
    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// The current screen, text and attributes.
    pub fn screen(&self) -> String {
        self.parser.screen().contents_formatted()
    }

    /// Reads until the screen's text contains `text`; returns that frame.
    pub fn await_text(&mut self, text: &str, timeout: Duration) -> Result<Frame> {
        let deadline = Instant::now() + timeout;
        loop {
            let chunk = self.next_chunk(deadline)?.with_context(|| {
                format!(
                    "{text:?} did not appear within {timeout:?}; the screen was:\n{}",
                    self.parser.screen().contents()
                )
            })?;
            let frame = self.apply(chunk);
            if self.parser.screen().contents().contains(text) {
                return Ok(frame);
            }
        }
    }

    /// Collects frames until the screen has not changed for `waits.settle`
    /// (chunks that change nothing, such as a periodic redraw of the same
    /// screen, do not extend the wait). With no `first` frame, waits up to
    /// `waits.timeout` for the first chunk and returns no frames if none
    /// comes. Fails if the screen keeps changing for `waits.timeout`.
    pub fn settle(&mut self, first: Option<Frame>, waits: Waits) -> Result<Vec<Frame>> {
        let started = Instant::now();
        let mut screen = self.screen();
        let mut quiet_until = match &first {
            Some(frame) => frame.at + waits.settle,
            None => started + waits.timeout,
        };
        let mut frames: Vec<Frame> = first.into_iter().collect();
        while let Some(chunk) = self.next_chunk(quiet_until)? {
            let frame = self.apply(chunk);
            if frames.is_empty() || frame.screen != screen {
                quiet_until = frame.at + waits.settle;
                screen.clone_from(&frame.screen);
            }
            frames.push(frame);
            if started.elapsed() > waits.timeout {
                bail!("the screen was still changing after {:?}", waits.timeout);
            }
        }
        Ok(frames)
    }

    /// Writes one key's bytes; returns the instant just before the write.
    pub fn send(&mut self, bytes: &[u8]) -> Result<Instant> {
        let mut writer = self
            .writer
            .lock()
            .map_err(|_| anyhow!("pty writer lock poisoned"))?;
        let at = Instant::now();
        writer.write_all(bytes)?;
        writer.flush()?;
        Ok(at)
    }

    /// Sends the quit keys one at a time (each followed by a settle, so an
    /// Esc is not read together with the next key as Alt+key), then waits
    /// for the pty to close. Kills the process if it has not exited by
    /// `waits.timeout`. Joins the reader thread.
    pub fn quit(mut self, quit_keys: &[Vec<u8>], waits: Waits) -> Result<()> {
        for key in quit_keys {
            if self.send(key).is_err() {
                break; // the program has already closed the pty
            }
            let quick = Waits {
                settle: waits.settle,
                timeout: waits.settle,
            };
            if self.settle(None, quick).is_err() {
                break;
            }
        }
        let deadline = Instant::now() + waits.timeout;
        let mut killed = false;
        loop {
            match self
                .chunks
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            {
                Ok(_) => continue,
                Err(RecvTimeoutError::Disconnected) => break,
                Err(RecvTimeoutError::Timeout) => {
                    self.child.kill()?;
                    killed = true;
                    break;
                }
            }
        }
        self.child.wait()?;
        if let Some(reader) = self.reader.take() {
            reader
                .join()
                .map_err(|_| anyhow!("the pty reader thread panicked"))?;
        }
        if killed {
            bail!("the program did not exit after the quit keys; killed it");
        }
        Ok(())
    }

    fn next_chunk(&mut self, deadline: Instant) -> Result<Option<Chunk>> {
        let wait = deadline.saturating_duration_since(Instant::now());
        match self.chunks.recv_timeout(wait) {
            Ok(chunk) => Ok(Some(chunk)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => {
                let status = self.child.wait()?;
                bail!(
                    "the program exited ({status}); last screen:\n{}",
                    self.parser.screen().contents()
                )
            }
        }
    }

    fn apply(&mut self, chunk: Chunk) -> Frame {
        self.parser.process(&chunk.bytes);
        Frame {
            at: chunk.at,
            bytes: chunk.bytes.len(),
            screen: self.screen(),
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        // Only reached without `quit` (an error part-way): do not leave the
        // program running.
        if self.reader.is_some() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Reads the pty until it closes, stamping each chunk. Answers the two
/// queries a terminal app may block on at start-up: cursor position
/// (`ESC[6n`, answered with row 1, column 1) and primary device attributes
/// (`ESC[c`). A query split across two reads is not recognised.
fn read_loop(mut reader: Box<dyn Read + Send>, tx: &mpsc::Sender<Chunk>, replies: &SharedWriter) {
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                let at = Instant::now();
                let bytes = buf[..n].to_vec();
                answer_queries(&bytes, replies);
                if tx.send(Chunk { at, bytes }).is_err() {
                    return;
                }
            }
        }
    }
}

fn answer_queries(bytes: &[u8], replies: &SharedWriter) {
    let mut answer = Vec::new();
    if contains(bytes, b"\x1b[6n") {
        answer.extend_from_slice(b"\x1b[1;1R");
    }
    if contains(bytes, b"\x1b[c") || contains(bytes, b"\x1b[0c") {
        answer.extend_from_slice(b"\x1b[?62;22c");
    }
    if !answer.is_empty()
        && let Ok(mut w) = replies.lock()
    {
        let _ = w.write_all(&answer);
        let _ = w.flush();
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The index of the first frame from which the screen no longer changed:
/// every frame from it on equals the last one. `None` for no frames.
pub fn settled_index(frames: &[Frame]) -> Option<usize> {
    let last = frames.last()?;
    let differs = frames.iter().rposition(|f| f.screen != last.screen);
    Some(differs.map_or(0, |i| i + 1))
}
