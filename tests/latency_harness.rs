//! Keeps the latency harness (`examples/latency`) from rotting: runs it once
//! against the floor example with tiny counts and checks it produced a
//! complete table of numbers. The numbers' values are never checked (no
//! timing assertions in tests); their count and internal order are.
//! Also checks the harness's pure parts (key scripts, percentiles, the
//! settled-frame rule, memory parsing) against hand-computed values.

#[allow(dead_code)]
#[path = "../examples/latency/keys.rs"]
mod keys;
#[allow(dead_code)]
#[path = "../examples/latency/memory.rs"]
mod memory;
#[allow(dead_code)]
#[path = "../examples/latency/pty.rs"]
mod pty;
#[allow(dead_code)]
#[path = "../examples/latency/stats.rs"]
mod stats;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// `target/<profile>/examples/<name>`, next to the cdtriage binary. Plain
/// `cargo test` builds the examples; `cargo test --test latency_harness`
/// does not, so then they are built here with the same cargo and profile.
fn example(name: &str) -> PathBuf {
    let profile_dir = Path::new(env!("CARGO_BIN_EXE_cdtriage"))
        .parent()
        .expect("the binary has a directory");
    let path = profile_dir.join("examples").join(name);
    if !path.is_file() {
        let mut cargo = Command::new(env!("CARGO"));
        cargo.args(["build", "--example", "floor", "--example", "latency"]);
        if profile_dir.ends_with("release") {
            cargo.arg("--release");
        }
        let status = cargo.status().expect("cargo runs");
        assert!(status.success(), "building the examples failed");
    }
    assert!(path.is_file(), "no example at {}", path.display());
    path
}

/// A data row of the Markdown table: name, n, four values, no-change count.
#[derive(Debug)]
struct TableRow {
    name: String,
    n: usize,
    values: Vec<f64>,
    unchanged: usize,
}

fn table_rows(report: &str) -> Vec<TableRow> {
    report
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| measurement"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 7, "row {line:?}");
            let number = |cell: &str| -> f64 {
                let value = cell.split(' ').next().unwrap_or_default();
                value
                    .parse()
                    .unwrap_or_else(|_| panic!("{cell:?} in {line:?}"))
            };
            TableRow {
                name: cells[0].to_string(),
                n: cells[1].parse().expect("n is a count"),
                values: cells[2..6].iter().map(|c| number(c)).collect(),
                unchanged: cells[6].parse().expect("no change is a count"),
            }
        })
        .collect()
}

#[test]
fn harness_measures_the_floor_app() {
    let floor = example("floor");
    let output = Command::new(example("latency"))
        .arg("--bin")
        .arg(&floor)
        .args(["--ready", "Floor ready", "--size", "60x12", "--runs", "2"])
        .args(["--keys", "ab", "--repeat-key", "j", "--count", "2"])
        .args(["--key-runs", "1", "--memory-runs", "1"])
        .output()
        .expect("the harness runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "harness failed: {}\n{report}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows = table_rows(&report);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "start-up to \"Floor ready\" visible",
            "start-up to first complete frame",
            "keystroke to frame: `ab` (one key at a time)",
            "keystroke to frame: `j` x2",
            "peak memory (GNU time max RSS)",
            "peak memory (VmHWM before quit)",
        ]
    );
    // 2 start-ups; 2 keys of "ab" and 2 presses of j in 1 run; every floor
    // key changes its counter, so none is "no change"; 1 memory run.
    let time_runs = usize::from(memory::gnu_time_available());
    let expected_n = [2, 2, 2, 2, time_runs, 1];
    for (row, n) in rows.iter().zip(expected_n) {
        assert_eq!(row.n, n, "{row:?}");
        assert_eq!(row.unchanged, 0, "{row:?}");
        if n > 0 {
            let [median, p95, min, max] = row.values[..] else {
                panic!("{row:?}")
            };
            assert!(
                min > 0.0 && min <= median && median <= p95 && p95 <= max,
                "{row:?}"
            );
        }
    }
    assert!(report.contains("cargo run --release --example latency -- --bin"));
}

#[test]
fn key_scripts_split_into_terminal_bytes() {
    let bytes = |s: &str| -> Vec<Vec<u8>> {
        keys::parse(s)
            .expect("valid script")
            .into_iter()
            .map(|k| k.bytes)
            .collect()
    };
    assert_eq!(
        bytes("/é<Enter>"),
        [b"/".to_vec(), "é".into(), b"\r".to_vec()]
    );
    assert_eq!(
        bytes("<Esc><Down><C-c><lt>"),
        [b"\x1b".to_vec(), b"\x1b[B".to_vec(), vec![3], b"<".to_vec()]
    );
    assert!(keys::parse("a<Nope>").is_err());
    assert!(keys::parse("a<Enter").is_err());
}

#[test]
fn summary_uses_middle_mean_and_nearest_rank_p95() {
    // 1..=20: median (10+11)/2; p95 rank ceil(0.95*20) = 19.
    let twenty: Vec<f64> = (1..=20).map(f64::from).collect();
    let s = stats::summarize(&twenty).expect("samples");
    assert_eq!(
        (s.n, s.median, s.p95, s.min, s.max),
        (20, 10.5, 19.0, 1.0, 20.0)
    );
    // 21 samples, unsorted: median the 11th; p95 rank ceil(19.95) = 20.
    let mut odd: Vec<f64> = (1..=21).rev().map(f64::from).collect();
    odd.swap(0, 7);
    let s = stats::summarize(&odd).expect("samples");
    assert_eq!((s.median, s.p95), (11.0, 20.0));
    assert_eq!(stats::summarize(&[]), None);
}

#[test]
fn frame_counts_from_the_chunk_after_which_the_screen_stayed() {
    let t = Instant::now();
    let frame = |ms: u64, screen: &str| pty::Frame {
        at: t + Duration::from_millis(ms),
        bytes: 1,
        screen: screen.into(),
    };
    // A frame split over reads: half drawn, then complete, then a cursor-only
    // chunk that leaves the screen as it was.
    let split = [frame(1, "ab"), frame(2, "abcd"), frame(3, "abcd")];
    assert_eq!(pty::settled_index(&split), Some(1));
    // A screen that went back to an earlier state still settles at the end.
    let back = [frame(1, "x"), frame(2, "y"), frame(3, "x")];
    assert_eq!(pty::settled_index(&back), Some(2));
    assert_eq!(pty::settled_index(&[frame(1, "x")]), Some(0));
    assert_eq!(pty::settled_index(&[]), None);
}

#[test]
fn memory_figures_parse_from_gnu_time_and_proc() {
    let report = "\tCommand being timed: \"floor\"\n\
                  \tMaximum resident set size (kbytes): 2480\n\
                  \tExit status: 0\n";
    assert_eq!(memory::max_rss_kb(report), Some(2480));
    let status = "Name:\tfloor\nVmPeak:\t    9000 kB\nVmHWM:\t    2512 kB\nVmRSS:\t 2400 kB\n";
    assert_eq!(memory::vm_hwm_kb(status), Some(2512));
    assert_eq!(memory::max_rss_kb("nothing"), None);
    assert_eq!(memory::kb_to_mb(2560), 2.5);
}
