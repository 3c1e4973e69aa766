//! The next sprint from the command line: `actions`, `--from` and `compare`,
//! run as the real binary against a temporary config directory.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use cdtriage::domain::{ActionItem, load};
use cdtriage::storage::Store;

fn cdtriage(sandbox: &Path, config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cdtriage"));
    cmd.env_remove("CDTRIAGE_CONFIG_DIR")
        .env("HOME", sandbox.join("home"))
        .env("XDG_CONFIG_HOME", sandbox.join("xdg"))
        .arg("--config-dir")
        .arg(config);
    cmd
}

fn run(cmd: &mut Command) -> (bool, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().unwrap();
    (
        status.success(),
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

/// Sprint 1 marks symptom 11 and adds the runbook action; sprint 2 follows
/// it, marks 13 and ticks the action done. Returns sprint 1's bytes.
fn two_sprints(config: &Path) -> Vec<u8> {
    let graph = load::embedded().unwrap();
    let store = Store::new(config);
    let mut one = store.open_or_create("sprint1", &graph).unwrap();
    one.session.findings.toggle_mark("merge-freeze");
    let item =
        ActionItem::parse_line("Script the deploy runbook @sam due:2026-12-15", None, 1).unwrap();
    one.session.add_action(item);
    store.save(&mut one).unwrap();
    drop(one);
    let before = fs::read(config.join("sessions/sprint1.ron")).unwrap();
    let mut two = store
        .create_following("sprint2", "sprint1", &graph)
        .unwrap();
    assert_eq!(two.session.actions.len(), 1, "the open item carried over");
    two.session.findings.toggle_mark("no-rollback-capability");
    two.session.set_action_done(0, true).unwrap();
    store.save(&mut two).unwrap();
    before
}

#[test]
fn actions_lists_each_item_on_one_line_with_its_owner() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    two_sprints(&config);
    let (ok, out, err) = run(cdtriage(tmp.path(), &config).args(["actions", "sprint1"]));
    assert!(ok, "{err}");
    let line = out.lines().next().unwrap();
    assert!(
        line.contains("2026-12-15  @sam  Script the deploy runbook"),
        "{out}"
    );
    assert!(
        line.starts_with("open") || line.starts_with("overdue"),
        "{out}"
    );
    let (ok, out, _) = run(cdtriage(tmp.path(), &config).args(["actions", "sprint2", "--open"]));
    assert!(ok);
    assert_eq!(out, "Session \"sprint2\" has no open action items.\n");
    let (ok, out, _) = run(cdtriage(tmp.path(), &config).args(["actions", "sprint2", "--json"]));
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["actions"][0]["status"], "done");
    assert_eq!(v["actions"][0]["owner"], "sam");
    assert_eq!(v["actions"][0]["due_date"], "2026-12-15");
    let (ok, _, err) = run(cdtriage(tmp.path(), &config).args(["actions", "nope"]));
    assert!(!ok);
    assert!(err.contains("there is no session named \"nope\""), "{err}");
}

#[test]
fn compare_names_the_new_symptom_the_done_action_and_the_moves() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let before = two_sprints(&config);
    let (ok, out, err) = run(cdtriage(tmp.path(), &config).args(["compare", "sprint1", "sprint2"]));
    assert!(ok, "{err}");
    for expected in [
        "Comparing \"sprint1\" with \"sprint2\" (it follows it)\n",
        "Newly marked:\n  13. Deployments Are One-Way Doors\n",
        "Action items done:\n  Script the deploy runbook @sam due:2026-12-15\n",
        // 1/10 + 1 = 1.10 with 11 marked; 2/10 + 2 = 2.20 with 11 and 13.
        "same Manual Deployments: #1 1.10 -> #1 2.20 (+1.10)\n",
        "down Missing Deployment Pipeline: #3 0.08 -> #4 0.15 (+0.08)\n",
        "new  Blind Operations: - -> #3 0.25 (+0.25)\n",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in:\n{out}");
    }
    let (ok, out, _) =
        run(cdtriage(tmp.path(), &config).args(["compare", "sprint1", "sprint2", "--json"]));
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["newly_marked"][0]["id"], "no-rollback-capability");
    assert_eq!(v["actions"]["done"][0]["text"], "Script the deploy runbook");
    assert_eq!(v["causes"][3]["movement"], "down");
    assert_eq!(
        fs::read(config.join("sessions/sprint1.ron")).unwrap(),
        before,
        "OLD untouched"
    );
}

#[test]
fn from_refuses_a_session_that_already_exists_before_starting_the_app() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let before = two_sprints(&config);
    let two = fs::read(config.join("sessions/sprint2.ron")).unwrap();
    let (ok, _, err) =
        run(cdtriage(tmp.path(), &config).args(["--session", "sprint2", "--from", "sprint1"]));
    assert!(!ok);
    assert!(
        err.contains(
            "cannot start \"sprint2\" from \"sprint1\": a session named \"sprint2\" already exists"
        ),
        "{err}"
    );
    let (ok, _, err) = run(cdtriage(tmp.path(), &config).args(["--from", "sprint1"]));
    assert!(!ok);
    assert!(err.contains("--session"), "{err}");
    assert_eq!(
        fs::read(config.join("sessions/sprint1.ron")).unwrap(),
        before
    );
    assert_eq!(fs::read(config.join("sessions/sprint2.ron")).unwrap(), two);
}
