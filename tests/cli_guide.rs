//! `cdtriage guide add|status|remove|update`, run as a user would, with the
//! data and cache directories in temp dirs and a local git repository
//! (a `file://` URL) standing in for the guide's: never the network.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }
    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_cdtriage"))
            .args(args)
            .env("NO_COLOR", "1")
            .env("CDTRIAGE_DATA_DIR", self.path("data"))
            .env("CDTRIAGE_CACHE_DIR", self.path("cache"))
            .env("CDTRIAGE_CONFIG_DIR", self.path("config"))
            .output()
            .unwrap()
    }
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
    fn json(&self) -> Value {
        serde_json::from_str(&self.ok(&["graph", "--json"])).unwrap()
    }
    fn installed(&self) -> Vec<u8> {
        std::fs::read(self.path("data/guide.ron")).unwrap()
    }
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site")
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A git repository holding a copy of the fixture site, committed.
fn repo(at: &Path) -> PathBuf {
    let status = Command::new("cp")
        .arg("-r")
        .arg(fixture())
        .arg(at)
        .status()
        .unwrap();
    assert!(status.success());
    git(at, &["init", "--quiet", "--initial-branch=main"]);
    git(at, &["add", "."]);
    git(at, &["commit", "--quiet", "-m", "first"]);
    at.to_path_buf()
}

/// Changes a symptom's title in `repo` and commits it.
fn retitle(repo: &Path, from: &str, to: &str) {
    let page = repo.join("content/en/docs/symptoms/deployment/slow-rollouts.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replace(from, to)).unwrap();
    git(repo, &["commit", "--quiet", "-am", "retitle"]);
}

fn title_of(v: &Value, id: &str) -> String {
    v["symptoms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .map(|s| s["title"].as_str().unwrap().to_string())
        .unwrap_or_default()
}

#[test]
fn add_status_and_remove_switch_between_the_installed_and_the_embedded_guide() {
    let env = Env::new();
    let embedded = env.ok(&["graph", "--json"]);
    let status = env.ok(&["guide", "status"]);
    assert!(
        status.starts_with("Guide in use: Deployment and Release Problems (embedded"),
        "{status}"
    );
    let added = env.ok(&["guide", "add", fixture().to_str().unwrap()]);
    assert!(
        added.contains("2 symptoms, 2 anti-patterns, 4 fix steps"),
        "{added}"
    );
    let v = env.json();
    assert_eq!(v["id"], "shipping-troubles");
    assert_eq!(
        v["anti_patterns"][1]["fix_steps"].as_array().unwrap().len(),
        3
    );
    let status = env.ok(&["guide", "status"]);
    assert!(status.contains("Imported from: "), "{status}");
    assert!(status.contains("tests/fixtures/site"), "{status}");
    assert!(status.contains("Git: not a git checkout"), "{status}");
    // --data still wins over the installed guide.
    let out = env.run(&["--data", "/nonexistent/x.ron", "graph"]);
    assert!(!out.status.success());
    let removed = env.ok(&["guide", "remove"]);
    assert!(removed.contains("embedded section again"), "{removed}");
    assert_eq!(env.ok(&["graph", "--json"]), embedded);
    assert!(
        env.ok(&["guide", "remove"])
            .contains("No guide is installed")
    );
}

#[test]
fn a_git_checkout_is_named_with_its_commit_and_date() {
    let env = Env::new();
    let repo = repo(&env.path("checkout"));
    env.ok(&["guide", "add", repo.to_str().unwrap()]);
    let status = env.ok(&["guide", "status"]);
    let line = status
        .lines()
        .find(|l| l.starts_with("Git: commit "))
        .unwrap_or_else(|| panic!("{status}"));
    // "Git: commit 0123456789ab (2026-...)"
    assert_eq!(line.split_whitespace().nth(2).unwrap().len(), 12, "{line}");
    assert!(line.contains("(20"), "{line}");
    let v = env.json();
    assert_eq!(v["origin"]["commit"].as_str().unwrap().len(), 40);
}

#[test]
fn update_clones_into_the_cache_then_pulls_and_a_failure_keeps_the_installed_guide() {
    let env = Env::new();
    let origin = repo(&env.path("origin"));
    let url = format!("file://{}", origin.display());
    env.ok(&["guide", "update", "--repo", &url]);
    assert!(env.path("cache/site-source/.git").is_dir());
    assert_eq!(
        title_of(&env.json(), "slow-rollouts"),
        "Rollouts Take All Afternoon"
    );

    retitle(
        &origin,
        "Rollouts Take All Afternoon",
        "Rollouts Take All Evening",
    );
    let out = env.ok(&["guide", "update"]);
    assert!(out.contains("Installed"), "{out}");
    assert_eq!(
        title_of(&env.json(), "slow-rollouts"),
        "Rollouts Take All Evening"
    );

    // A commit that breaks a page: the pull works, the import fails, the
    // installed guide stays as it was.
    let before = env.installed();
    retitle(&origin, "## Common causes", "## Causes");
    let out = env.run(&["guide", "update"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("slow-rollouts.md:") && err.contains("unchanged"),
        "{err}"
    );
    assert_eq!(env.installed(), before);

    // A repository that cannot be cloned: the same.
    std::fs::remove_dir_all(env.path("cache")).unwrap();
    let out = env.run(&["guide", "update", "--repo", "file:///nonexistent/repo"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unchanged"));
    assert_eq!(env.installed(), before);
    assert!(!env.path("cache/site-source").exists());
}

#[test]
fn update_dir_pulls_that_checkout_and_refuses_a_folder_outside_git() {
    let env = Env::new();
    let origin = repo(&env.path("origin"));
    let checkout = env.path("checkout");
    let out = Command::new("git")
        .args(["clone", "--quiet"])
        .arg(format!("file://{}", origin.display()))
        .arg(&checkout)
        .output()
        .unwrap();
    assert!(out.status.success());
    env.ok(&["guide", "add", checkout.to_str().unwrap()]);
    retitle(&origin, "Rollouts Take All Afternoon", "Rollouts Never End");
    env.ok(&["guide", "update", checkout.to_str().unwrap()]);
    assert_eq!(title_of(&env.json(), "slow-rollouts"), "Rollouts Never End");
    assert!(env.ok(&["guide", "status"]).contains("Remote: file://"));

    let before = env.installed();
    let out = env.run(&["guide", "update", fixture().to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a git checkout"));
    assert_eq!(env.installed(), before);
}

#[test]
fn a_damaged_installed_guide_is_reported_and_the_embedded_one_used() {
    let env = Env::new();
    let embedded = env.ok(&["graph", "--json"]);
    std::fs::create_dir_all(env.path("data")).unwrap();
    std::fs::write(env.path("data/guide.ron"), "(id: \"x\",").unwrap();
    let out = env.run(&["graph", "--json"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap(), embedded);
    assert!(String::from_utf8_lossy(&out.stderr).contains("the installed guide is not used"));
    let out = env.run(&["guide", "status"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("cannot be loaded"));
}
