//! Latency harness: runs a terminal program in a pseudo-terminal and
//! measures what a user feels: start-up to the first complete frame,
//! keystroke-to-frame latency, and peak memory. Prints a Markdown table.
//!
//! ```text
//! cargo build --release --examples
//! cargo run --release --example latency -- --bin target/release/examples/floor \
//!     --ready "Floor ready" --keys "merge freeze" --repeat-key j --count 50
//! ```
//!
//! Method. A reader thread blocks on the pty master and stamps each chunk
//! with `Instant::now()` as soon as `read` returns; the main thread feeds
//! chunks to a vt100 parser and records the screen (text and attributes)
//! after each chunk. A frame is over when the screen has not changed for
//! `--settle-ms` (bytes that change nothing, like a periodic redraw of the
//! same screen, do not extend the wait).
//! The time of a frame is the stamp of the first chunk after which the
//! screen no longer changed, so a frame split over several reads counts
//! from its last piece and trailing cursor-only bytes do not count.
//! - start-up: just before spawn -> the chunk that made `--ready` text
//!   appear ("ready"), and -> the settled first frame ("first frame").
//! - keystroke: just before writing the key -> settled frame. Keys after
//!   which the screen ended as it was are counted as "no change" and left
//!   out of the samples. The next key is sent only after the quiet gap.
//! - memory: GNU time's maximum resident set size (`/usr/bin/time -v -o`),
//!   after driving the program through all key scripts; also `VmHWM` from
//!   `/proc/<pid>/status` read just before quitting.

mod keys;
mod memory;
mod pty;
mod runs;
mod stats;

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Parser;

use pty::{Target, Waits};
use runs::{Plan, Script};
use stats::{Row, summarize};

/// Measure start-up, keystroke-to-frame latency and peak memory of a
/// terminal program in a pseudo-terminal.
#[derive(Debug, Parser)]
struct Cli {
    /// The program to measure (a release build).
    #[arg(long)]
    bin: PathBuf,
    /// Arguments for the program.
    #[arg(last = true)]
    args: Vec<String>,
    /// Text whose appearance on screen means the program is ready.
    #[arg(long)]
    ready: String,
    /// Terminal size, COLSxROWS.
    #[arg(long, default_value = "100x30")]
    size: String,
    /// Start-up runs (a fresh process each).
    #[arg(long, default_value_t = 30)]
    runs: usize,
    /// A key script measured one key at a time; repeatable, in order.
    /// Named keys in angle brackets: `/merge freeze<Enter>`.
    #[arg(long)]
    keys: Vec<String>,
    /// A key to press `--count` times after the scripts (e.g. j).
    #[arg(long)]
    repeat_key: Option<String>,
    /// How many times to press `--repeat-key`.
    #[arg(long, default_value_t = 50)]
    count: usize,
    /// Keystroke runs (a fresh process each, all scripts in each).
    #[arg(long, default_value_t = 5)]
    key_runs: usize,
    /// Memory runs (a fresh process each, driven through all scripts).
    #[arg(long, default_value_t = 3)]
    memory_runs: usize,
    /// Keys that quit the program.
    #[arg(long, default_value = "q")]
    quit: String,
    /// Quiet gap (ms): a frame is complete when the screen has not changed
    /// for this long. Raise it if the program can pause mid-frame.
    #[arg(long, default_value_t = 50)]
    settle_ms: u64,
    /// Longest wait (ms) for the ready text, a frame or an exit.
    #[arg(long, default_value_t = 5000)]
    timeout_ms: u64,
    /// Print every measurement's chunks (time/bytes) to stderr.
    #[arg(long)]
    trace: bool,
    /// Extra environment for the program, KEY=VALUE; repeatable.
    #[arg(long)]
    env: Vec<String>,
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let (cols, rows) = parse_size(&cli.size)?;
    let program = cli
        .bin
        .canonicalize()
        .with_context(|| format!("no program at {}", cli.bin.display()))?;
    let env = cli
        .env
        .iter()
        .map(|kv| match kv.split_once('=') {
            Some((k, v)) => Ok((k.to_string(), v.to_string())),
            None => bail!("--env {kv:?} is not KEY=VALUE"),
        })
        .collect::<Result<Vec<_>>>()?;
    let target = Target {
        program,
        args: cli.args.clone(),
        env,
        cols,
        rows,
    };
    let plan = Plan {
        ready: cli.ready.clone(),
        quit: keys::parse(&cli.quit)?
            .into_iter()
            .map(|k| k.bytes)
            .collect(),
        waits: Waits {
            settle: Duration::from_millis(cli.settle_ms),
            timeout: Duration::from_millis(cli.timeout_ms),
        },
        trace: cli.trace,
    };
    let scripts = scripts(&cli)?;
    let load_before = load_average();

    eprintln!("start-up: {} runs", cli.runs);
    let startups = runs::startup(&target, &plan, cli.runs)?;
    eprintln!("keystrokes: {} runs", cli.key_runs);
    let key_times = runs::keystrokes(&target, &plan, &scripts, cli.key_runs)?;
    eprintln!("memory: {} runs", cli.memory_runs);
    let memory = runs::memory(&target, &plan, &scripts, cli.memory_runs)?;

    let mut rows = vec![
        ms_row(
            format!("start-up to {:?} visible", cli.ready),
            startups.iter().map(|s| s.ready_ms).collect(),
        ),
        ms_row(
            "start-up to first complete frame".into(),
            startups.iter().map(|s| s.settled_ms).collect(),
        ),
    ];
    for (script, times) in scripts.iter().zip(key_times) {
        rows.push(Row {
            unchanged: times.unchanged,
            ..ms_row(
                format!("keystroke to frame: {}", script.name),
                times.samples,
            )
        });
    }
    let mb = |kbs: Vec<Option<u64>>| kbs.into_iter().flatten().map(memory::kb_to_mb).collect();
    rows.push(mb_row(
        "peak memory (GNU time max RSS)",
        mb(memory.iter().map(|m| m.time_max_rss_kb).collect()),
    ));
    rows.push(mb_row(
        "peak memory (VmHWM before quit)",
        mb(memory.iter().map(|m| m.vm_hwm_kb).collect()),
    ));
    print_report(&rows, &target, &load_before);
    Ok(())
}

fn ms_row(name: String, samples: Vec<f64>) -> Row {
    Row {
        name,
        unit: "ms",
        summary: summarize(&samples),
        unchanged: 0,
    }
}

fn mb_row(name: &str, samples: Vec<f64>) -> Row {
    Row {
        name: name.into(),
        unit: "MB",
        summary: summarize(&samples),
        unchanged: 0,
    }
}

fn scripts(cli: &Cli) -> Result<Vec<Script>> {
    let mut scripts = Vec::new();
    for text in &cli.keys {
        scripts.push(Script {
            name: format!("`{text}` (one key at a time)"),
            keys: keys::parse(text)?,
        });
    }
    if let Some(key) = &cli.repeat_key {
        let parsed = keys::parse(key)?;
        let [one] = parsed.as_slice() else {
            bail!("--repeat-key {key:?} is not exactly one key");
        };
        scripts.push(Script {
            name: format!("`{key}` x{}", cli.count),
            keys: vec![one.clone(); cli.count],
        });
    }
    Ok(scripts)
}

fn parse_size(size: &str) -> Result<(u16, u16)> {
    let parsed = size
        .split_once('x')
        .and_then(|(c, r)| Some((c.parse().ok()?, r.parse().ok()?)));
    match parsed {
        Some((cols, rows)) if cols > 0 && rows > 0 => Ok((cols, rows)),
        _ => bail!("--size {size:?} is not COLSxROWS, e.g. 100x30"),
    }
}

/// The 1-minute load average, to judge how busy the machine was.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn print_report(rows: &[Row], target: &Target, load_before: &str) {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let harness: Vec<String> = std::env::args().skip(1).map(|a| quote(&a)).collect();
    println!("{}", stats::table(rows));
    println!(
        "Terminal {}x{}, {cores} cores, load average {load_before} before and {} after.",
        target.cols,
        target.rows,
        load_average()
    );
    println!("Harness command:\n");
    println!(
        "    cargo run --release --example latency -- {}",
        harness.join(" ")
    );
}

/// Single-quotes an argument for a POSIX shell when it needs it.
fn quote(arg: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c);
    if !arg.is_empty() && arg.chars().all(plain) {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', r"'\''"))
    }
}
