//! Crash safety: `kill -9` during saves, over and over.
//!
//! ```sh
//! cargo run --release --example crash_saves -- --rounds 400 --big-every 2
//! ```
//!
//! Each round starts a writer (this program, `writer` role) on one session in
//! a temporary config directory. The writer opens the session (taking its
//! lock, which removes the temp files earlier kills left), optionally makes
//! it large (a 2 MB note), then saves changed versions back to back, printing
//! a line after each save. The driver reads a random number (1-5) of those
//! lines, then kills the writer with SIGKILL at whatever point of its next
//! save it has reached. After every kill it checks the session file and its
//! backup: present, not empty, parseable. It counts the temp files left
//! behind, and after the last round opens the session once more and counts
//! them again (they must be gone). Exits non-zero if any check failed.
//!
//! The random numbers come from a fixed seed (`--seed`), so a run can be
//! repeated; where a kill lands inside a save still depends on scheduling.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};

use anyhow::{Context, Result, bail};
use cdtriage::domain::{NoteTarget, load};
use cdtriage::storage::{Store, codec};

const NAME: &str = "s";

fn main() -> Result<ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("writer") {
        let config = PathBuf::from(args.get(1).context("writer CONFIG BIG")?);
        let big = args.get(2).is_some_and(|b| b == "1");
        return writer(&config, big).map(|()| ExitCode::SUCCESS);
    }
    let rounds = flag(&args, "--rounds").unwrap_or(100);
    let big_every = flag(&args, "--big-every").unwrap_or(2);
    let seed = flag(&args, "--seed").unwrap_or(1);
    drive(rounds, big_every, seed)
}

fn flag(args: &[String], name: &str) -> Option<u64> {
    let i = args.iter().position(|a| a == name)?;
    args.get(i + 1)?.parse().ok()
}

/// The writer: saves session `s` under `config` until it is killed.
fn writer(config: &Path, big: bool) -> Result<()> {
    let graph = load::embedded()?;
    let store = Store::new(config);
    let mut open = store.open_or_create(NAME, &graph)?;
    if open.is_read_only() {
        bail!("the session opened read-only: {:?}", open.read_only());
    }
    let has_big = open.session.notes.iter().any(|n| n.text.len() > 1_000_000);
    if big && !has_big {
        let text = "a large note, line after line of it\n".repeat(2_000_000 / 36);
        open.session.add_note(NoteTarget::General, text, 1);
    } else if !big && has_big {
        open.session.notes.retain(|n| n.text.len() <= 1_000_000);
    }
    let ids: Vec<String> = graph.symptoms.iter().map(|s| s.id.clone()).collect();
    for i in 0u64.. {
        let id = &ids[(i as usize) % ids.len()];
        open.session.findings.toggle_mark(id);
        open.session
            .add_note(NoteTarget::Symptom(id.clone()), format!("save {i}"), i);
        if open.session.notes.len() > 50 {
            open.session.notes.remove(usize::from(has_big || big));
        }
        store.save(&mut open)?;
        println!("saved {i}");
    }
    Ok(())
}

/// A small deterministic generator (xorshift64*), so runs repeat.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

#[derive(Default)]
struct Tally {
    rounds: u64,
    big_rounds: u64,
    problems: Vec<String>,
    max_temps: usize,
    max_temp_bytes: u64,
}

fn drive(rounds: u64, big_every: u64, seed: u64) -> Result<ExitCode> {
    let tmp = tempfile::tempdir()?;
    let config = tmp.path().to_path_buf();
    let sessions = config.join("sessions");
    let me = std::env::current_exe()?;
    let mut rng = Rng(seed.max(1) ^ 0x9e37_79b9_7f4a_7c15);
    let mut tally = Tally::default();
    for round in 0..rounds {
        let big = big_every > 0 && round % big_every == 0;
        let mut child = Command::new(&me)
            .arg("writer")
            .arg(&config)
            .arg(if big { "1" } else { "0" })
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()?;
        let saves = 1 + rng.below(5);
        wait_for_saves(&mut child, saves).with_context(|| format!("round {round}"))?;
        child.kill()?; // SIGKILL
        child.wait()?;
        tally.rounds += 1;
        tally.big_rounds += u64::from(big);
        check(&sessions, round, &mut tally);
    }
    // One more open with the lock: the temp files of the last kill go too.
    let graph = load::embedded()?;
    drop(Store::new(&config).open_or_create(NAME, &graph)?);
    let (left, _) = temps(&sessions);
    println!(
        "{} kill -9 during saves ({} with a 2 MB session): {} problems",
        tally.rounds,
        tally.big_rounds,
        tally.problems.len()
    );
    println!(
        "temp files left by one kill: at most {} ({} bytes); after the next open: {left}",
        tally.max_temps, tally.max_temp_bytes
    );
    for p in &tally.problems {
        println!("  problem: {p}");
    }
    Ok(if tally.problems.is_empty() && left == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Reads the writer's output until it reports `n` saves.
fn wait_for_saves(child: &mut Child, n: u64) -> Result<()> {
    let out = child.stdout.take().context("writer stdout")?;
    let mut lines = BufReader::new(out).lines();
    for _ in 0..n {
        match lines.next() {
            Some(line) => {
                line?;
            }
            None => bail!("the writer stopped before {n} saves"),
        }
    }
    // Keep the pipe open (the writer goes on saving) until the kill.
    std::mem::forget(lines);
    Ok(())
}

/// The session file and its backup: present, not empty, parseable.
fn check(sessions: &Path, round: u64, tally: &mut Tally) {
    let file = sessions.join(format!("{NAME}.ron"));
    let backup = sessions.join(format!("{NAME}.ron.bak"));
    for (path, required) in [(&file, true), (&backup, false)] {
        match fs::read(path) {
            Ok(bytes) if bytes.is_empty() => tally
                .problems
                .push(format!("round {round}: {} is empty", path.display())),
            Ok(bytes) => {
                if let Err(e) = codec::parse(&bytes, path) {
                    tally.problems.push(format!("round {round}: {e}"));
                }
            }
            Err(e) if required || e.kind() != std::io::ErrorKind::NotFound => tally
                .problems
                .push(format!("round {round}: {}: {e}", path.display())),
            Err(_) => {}
        }
    }
    let (count, bytes) = temps(sessions);
    tally.max_temps = tally.max_temps.max(count);
    tally.max_temp_bytes = tally.max_temp_bytes.max(bytes);
}

/// How many temp files (`.s.ron.tmp-*`, `.s.ron.bak-*`) are in the folder,
/// and their size.
fn temps(sessions: &Path) -> (usize, u64) {
    let Ok(entries) = fs::read_dir(sessions) else {
        return (0, 0);
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(".s.ron.tmp-") || name.starts_with(".s.ron.bak-")
        })
        .fold((0, 0), |(n, b), e| {
            (n + 1, b + e.metadata().map_or(0, |m| m.len()))
        })
}
