//! No text reaches the terminal raw from the command line: control
//! characters in a session file or a graph file (an OSC title or clipboard
//! write, a cursor-position query, the one-byte CSI U+009B, ...) are dropped
//! from Markdown and text output, as the TUI drops them, and escaped in JSON;
//! graph ids and session names with control characters are refused.

use std::fs;
use std::path::Path;
use std::process::Command;

use cdtriage::domain::{ActionItem, NoteTarget, load};
use cdtriage::storage::Store;

/// Each sequence a hostile file might carry.
const SEQUENCES: &[&str] = &[
    "\u{1b}]0;pwned-title\u{7}", // OSC 0: set the window title
    "\u{1b}]52;c;cHduZWQ=\u{7}", // OSC 52: write the clipboard
    "\u{1b}[6n",                 // CSI 6 n: cursor position report
    "\u{9b}6n",                  // the same with the one-byte CSI
    "\u{9d}0;c1-title\u{9c}",    // OSC and ST as C1 bytes
    "\u{1b}P+q544e\u{1b}\\",     // DCS: a terminfo query
    "\r\u{8}\u{7f}\u{0}",        // CR, backspace, DEL, NUL
];

fn all_sequences() -> String {
    SEQUENCES.iter().map(|s| format!("<{s}>")).collect()
}

fn cdtriage(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cdtriage"));
    cmd.env_remove("CDTRIAGE_CONFIG_DIR")
        .env("HOME", home.join("home"))
        .env("XDG_CONFIG_HOME", home.join("xdg"));
    cmd
}

/// (success, stdout, stderr)
fn run(cmd: &mut Command) -> (bool, String, String) {
    let out = cmd.output().unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The control characters in `text` other than line feed and tab.
fn controls(text: &str) -> Vec<String> {
    text.chars()
        .filter(|c| c.is_control() && *c != '\n' && *c != '\t')
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect()
}

/// A session `s` whose notes and action item carry every sequence.
fn hostile_session(config: &Path) {
    let graph = load::embedded().unwrap();
    let store = Store::new(config);
    let mut open = store.open_or_create("s", &graph).unwrap();
    let evil = all_sequences();
    open.session.findings.toggle_mark("merge-freeze");
    open.session
        .add_note(NoteTarget::General, format!("general {evil} end"), 1);
    open.session.add_note(
        NoteTarget::Symptom("merge-freeze".into()),
        format!("on the symptom {evil}\nsecond line {evil}"),
        1,
    );
    open.session.actions.push(ActionItem {
        text: format!("act {evil}"),
        owner: Some(format!("owner{evil}")),
        due: Some(format!("due{evil}")),
        cause: None,
        done: false,
        created: 1,
    });
    store.save(&mut open).unwrap();
}

#[test]
fn markdown_minutes_carry_no_control_characters() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    hostile_session(&config);
    let (ok, out, err) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(&config)
        .args(["export", "s"]));
    assert!(ok, "{err}");
    assert_eq!(controls(&out), Vec::<String>::new(), "{out:?}");
    // The visible rest of the text is kept, as the TUI shows it.
    assert!(
        out.contains("- general <]0;pwned-title><]52;c;cHduZWQ=><[6n><6n>"),
        "{out}"
    );
    assert!(out.contains("second line <"), "{out}");
    assert!(out.contains("owner: owner<"), "{out}");

    // Written to a file, the minutes are the same safe text.
    let file = tmp.path().join("m.md");
    let (ok, _, err) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(&config)
        .args(["export", "s", "-o"])
        .arg(&file));
    assert!(ok, "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), out);
}

#[test]
fn json_escapes_every_control_character_and_keeps_the_text_exact() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    hostile_session(&config);
    let (ok, out, err) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(&config)
        .args(["export", "s", "--format", "json"]));
    assert!(ok, "{err}");
    assert_eq!(controls(&out), Vec::<String>::new(), "{out:?}");
    assert!(out.contains("\\u009b6n"), "U+009B as an escape: {out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["notes"][0]["text"],
        format!("general {} end", all_sequences())
    );
}

#[test]
fn a_session_name_with_control_characters_is_refused_with_its_place() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    hostile_session(&config);
    let path = config.join("sessions/s.ron");
    let text = fs::read_to_string(&path).unwrap();
    let hostile = text.replacen("name: \"s\"", "name: \"s\\u{1b}]0;x\\u{7}\"", 1);
    assert_ne!(hostile, text);
    fs::write(&path, &hostile).unwrap();
    let (ok, out, err) = run(cdtriage(tmp.path())
        .arg("--config-dir")
        .arg(&config)
        .args(["export", "s"]));
    assert!(!ok, "{out}");
    assert!(err.contains(&format!("{}:3:", path.display())), "{err}");
    assert!(err.contains("control character"), "{err}");
    assert_eq!(controls(&err), Vec::<String>::new(), "{err:?}");
    assert_eq!(fs::read_to_string(&path).unwrap(), hostile, "left as it is");
}

/// A graph file whose first symptom's title, summary and first cause carry
/// every sequence.
fn hostile_graph(dir: &Path) -> std::path::PathBuf {
    let mut graph = load::embedded().unwrap();
    let evil = all_sequences();
    let s = &mut graph.symptoms[0];
    s.title = format!("Zebrafish {evil} deploys");
    s.summary = format!("zebrafish summary {evil}");
    s.causes[0].heading = format!("cause {evil}");
    let path = dir.join("g.ron");
    fs::write(&path, load::to_ron(&graph)).unwrap();
    path
}

#[test]
fn search_and_graph_output_from_a_hostile_graph_carry_no_control_characters() {
    let tmp = tempfile::tempdir().unwrap();
    let data = hostile_graph(tmp.path());
    for args in [
        &["search", "zebrafish"][..],
        &["search", "zebrafish", "--json"][..],
        &["graph", "--json"][..],
        &["graph", "--ron"][..],
    ] {
        let (ok, out, err) = run(cdtriage(tmp.path()).arg("--data").arg(&data).args(args));
        assert!(ok, "{args:?}: {err}");
        assert!(out.contains("ebrafish"), "{args:?}: {out}");
        assert_eq!(controls(&out), Vec::<String>::new(), "{args:?}: {out:?}");
    }
}

#[test]
fn a_graph_id_with_control_characters_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let mut graph = load::embedded().unwrap();
    graph.anti_patterns[0].id = format!("evil{}", SEQUENCES[0]);
    let path = tmp.path().join("g.ron");
    fs::write(&path, load::to_ron(&graph)).unwrap();
    let (ok, _, err) = run(cdtriage(tmp.path()).arg("--data").arg(&path).arg("graph"));
    assert!(!ok);
    assert!(
        err.contains("contains a control character (U+001B)"),
        "{err}"
    );
    assert_eq!(controls(&err), Vec::<String>::new(), "{err:?}");
}

#[test]
fn the_command_line_drops_exactly_what_the_tui_drops() {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::text::Line;
    use ratatui::widgets::Widget;
    // Every C0 control, printable ASCII character, DEL and C1 control.
    let sample = (0u32..0xa0)
        .filter_map(char::from_u32)
        .filter(|c| !matches!(c, '\n' | '\t'));
    for c in sample {
        let text = format!("a{c}b");
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        Line::from(text.as_str()).render(buf.area, &mut buf);
        let drawn: String = (0..6).map(|x| buf[(x, 0)].symbol().to_string()).collect();
        let drawn = drawn.trim_end().to_string();
        let printed = cdtriage::domain::printable(&text).into_owned();
        assert_eq!(
            drawn.replace(' ', ""),
            printed.replace(' ', ""),
            "U+{:04X}",
            u32::from(c)
        );
    }
}
