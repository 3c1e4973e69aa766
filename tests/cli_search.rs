//! The `search` subcommand, run as a real binary.

use std::process::Command;

use serde_json::Value;

fn cdtriage(args: &[&str]) -> (bool, String) {
    let (ok, out, _) = cdtriage_err(args);
    (ok, out)
}

fn cdtriage_err(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn first_id(query: &str) -> String {
    let (ok, out) = cdtriage(&["search", query, "--json", "--limit", "3"]);
    assert!(ok);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    v[0]["id"].as_str().unwrap_or_default().to_string()
}

#[test]
fn what_people_say_in_the_room_finds_the_page_they_mean() {
    // The examples of the issue that asked for search in the room's language.
    for (query, page) in [
        ("afraid to deploy on friday", "fear-of-deploying"),
        ("merges are frozen whenever ops deploys", "merge-freeze"),
        ("worried about pushing to production", "fear-of-deploying"),
        (
            "nobody knows who uses our api",
            "api-changes-break-consumers",
        ),
        (
            "everything waits for the one person who deploys",
            "release-manager-bottleneck",
        ),
        ("dont touch main, im deploying", "merge-freeze"),
    ] {
        assert_eq!(first_id(query), page, "{query}");
    }
}

#[test]
fn json_lists_each_pages_passages_with_their_synonyms() {
    let (ok, out) = cdtriage(&["search", "scared of pushing to prod", "--json"]);
    assert!(ok);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    let first = &v[0];
    assert_eq!(first["id"], "fear-of-deploying");
    let passages = first["passages"].as_array().expect("passages");
    assert!(!passages.is_empty() && passages.len() <= 2);
    for p in passages {
        assert!(p["snippet"].is_string() && p["location"].is_object() || p["location"].is_string());
        assert!(p["kind"] != "symptom" && p["kind"] != "anti_pattern");
    }
    // The page's snippet is its best passage's.
    assert_eq!(first["snippet"], passages[0]["snippet"]);
    let synonyms: Vec<&Value> = passages
        .iter()
        .flat_map(|p| p["synonyms"].as_array().into_iter().flatten())
        .collect();
    assert!(
        synonyms
            .iter()
            .any(|s| s["query"] == "scared" || s["query"] == "pushing" || s["query"] == "prod"),
        "{passages:?}"
    );
}

#[test]
fn explain_says_which_word_matched_which_field_and_how() {
    let (ok, out) = cdtriage(&[
        "search",
        "--explain",
        "--limit",
        "2",
        "scared",
        "of",
        "rolback",
    ]);
    assert!(ok);
    assert!(out.starts_with(" 1. "), "{out}");
    assert!(out.contains("= BM25F"), "{out}");
    assert!(out.contains("\"scared\": idf"), "{out}");
    assert!(out.contains("synonym"), "{out}");
    assert!(out.contains("typo"), "{out}");
    assert!(out.contains("title"), "{out}");
}

#[test]
fn words_found_nowhere_are_named() {
    let (ok, out, err) = cdtriage_err(&["search", "merge", "zebrafish", "--json"]);
    assert!(ok);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v[0]["id"], "merge-freeze");
    assert_eq!(
        err.trim(),
        "cdtriage: not found anywhere in the guide: zebrafish"
    );
    let (ok, out) = cdtriage(&["search", "merge", "zebrafish"]);
    assert!(ok);
    assert!(
        out.ends_with("(not found anywhere in the guide: zebrafish)\n"),
        "{out}"
    );
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
    assert_eq!(
        out.trim(),
        "Nothing matched \"xyzzyplugh\": not found anywhere in the guide: xyzzyplugh."
    );
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

#[test]
fn a_limit_of_zero_is_refused_with_the_allowed_range() {
    let out = Command::new(env!("CARGO_BIN_EXE_cdtriage"))
        .args(["search", "merge", "--limit", "0"])
        .output()
        .expect("the binary runs");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1..=1000") || err.contains("1..1001"), "{err}");
}

#[test]
fn a_tag_lists_its_pages() {
    let (ok, out) = cdtriage(&["search", "#process-gates", "--json", "--limit", "50"]);
    assert!(ok);
    let v: Value = serde_json::from_str(&out).expect("valid JSON");
    let ids: Vec<&str> = v
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert!(
        ids.contains(&"merge-freeze") && ids.contains(&"cab-gates"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"fear-of-deploying"), "{ids:?}");
}
