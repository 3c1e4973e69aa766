//! Output piped into a reader that stops early (`cdtriage graph --json |
//! head`): the command ends quietly and successfully, never with a panic.

use std::io::Read;
use std::process::{Command, Stdio};

/// Runs `cdtriage ARGS` with its standard output a pipe that is closed before
/// anything is read. Each command here prints more than a pipe holds (64 KiB),
/// so a write is bound to meet the closed pipe. Returns (success, stderr).
fn with_closed_stdout(args: &[&str]) -> (bool, String) {
    let config = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .args(args)
        .env("CDTRIAGE_CONFIG_DIR", config.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    (status.success(), stderr)
}

#[test]
fn graph_json_into_a_closed_pipe_ends_quietly() {
    let (ok, stderr) = with_closed_stdout(&["graph", "--json"]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(ok, "exit status should be success; stderr: {stderr}");
}

#[test]
fn graph_ron_into_a_closed_pipe_ends_quietly() {
    let (ok, stderr) = with_closed_stdout(&["graph", "--ron"]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(ok, "exit status should be success; stderr: {stderr}");
}

#[test]
fn a_long_search_into_a_closed_pipe_ends_quietly() {
    let (ok, stderr) = with_closed_stdout(&["search", "e", "--limit", "1000", "--json"]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(ok, "exit status should be success; stderr: {stderr}");
}
