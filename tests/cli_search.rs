//! The `search` subcommand, run as a real binary.

use std::process::Command;

use serde_json::Value;

fn cdtriage(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn json_puts_the_merge_freeze_symptom_first() {
    let (ok, out) = cdtriage(&["search", "merge", "freeze", "--json"]);
    assert!(ok);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    let first = &v[0];
    assert_eq!(first["id"], "merge-freeze");
    assert_eq!(first["kind"], "symptom");
    assert_eq!(first["title"], "Merge Freezes Before Deployments");
    assert!(first["score"].as_u64().is_some_and(|s| s > 0));
    assert!(first["snippet"].is_string());
    assert!(v.as_array().is_some_and(|a| a.len() <= 10));
}

#[test]
fn limit_caps_the_number_of_results() {
    let (ok, out) = cdtriage(&["search", "deploy", "--json", "--limit", "3"]);
    assert!(ok);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(3));
}

#[test]
fn no_match_is_an_empty_array_and_success() {
    let (ok, out) = cdtriage(&["search", "xyzzyplugh", "--json"]);
    assert!(ok);
    assert_eq!(out.trim(), "[]");
}

#[test]
fn text_mode_ranks_results_and_says_when_nothing_matched() {
    let (ok, out) = cdtriage(&["search", "snowflake"]);
    assert!(ok);
    let first = out.lines().next().unwrap_or_default();
    assert!(first.starts_with(" 1. anti_pattern"), "{out}");
    assert!(first.contains("snowflake-environments") && first.contains("Snowflake Environments"));
    let (ok, out) = cdtriage(&["search", "xyzzyplugh"]);
    assert!(ok);
    assert_eq!(out.trim(), "Nothing matched \"xyzzyplugh\".");
}

#[test]
fn data_flag_is_honoured() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("g.ron");
    let (ok, ron) = cdtriage(&["graph", "--ron"]);
    assert!(ok);
    // Rename the merge-freeze title in a copy of the graph and search that copy.
    let edited = ron.replace(
        "Merge Freezes Before Deployments",
        "Merge Freezes Before Xylophones",
    );
    std::fs::write(&path, edited).expect("write graph");
    let file = path.to_string_lossy().into_owned();
    let (ok, out) = cdtriage(&["--data", &file, "search", "xylophones", "--json"]);
    assert!(ok);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v[0]["id"], "merge-freeze");
}
