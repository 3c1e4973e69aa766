//! Render snapshots of the session screens at 80x24 and 120x40: the picker,
//! a note being edited, a symptom page showing a note, the damaged-file
//! dialog. Temporary paths are replaced by `<tmp>` so snapshots are stable.

mod common;

use std::fs;
use std::path::Path;

use cdtriage::domain::{Answer, NoteTarget, QuestionRef, Session};
use cdtriage::storage::Store;
use cdtriage::storage::codec::to_ron;
use cdtriage::ui::app::App;
use cdtriage::ui::core::action::Action;
use cdtriage::ui::terminal::apply;
use cdtriage::ui::view;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
/// 2026-11-26T09:30:00Z: 20_783 days after 1970-01-01, plus 9 h 30 min.
const T: u64 = 20_783 * 86_400 + 9 * 3600 + 30 * 60;

fn screen(a: &App, dir: &Path) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t.backend()
        .to_string()
        .replace(&dir.display().to_string(), "<tmp>")
}

/// Session files with fixed times: "team" (2 notes, 1 answer, the latest),
/// "retro" (empty, a day older) and a damaged "broken".
fn fixtures(dir: &Path, graph: &cdtriage::domain::Graph) {
    fs::create_dir_all(dir.join("sessions")).expect("mkdir");
    let mut team = Session::new("team", graph, T - 3600);
    team.updated = T;
    let q = QuestionRef {
        symptom: graph.symptoms[0].id.clone(),
        index: 0,
    };
    team.findings.set_answer(q, Some(Answer::Yes));
    team.add_note(
        NoteTarget::Symptom(graph.symptoms[0].id.clone()),
        "Freeze every Friday ✓\nAsk ops about 日本 rollout".into(),
        T,
    );
    team.add_note(
        NoteTarget::General,
        "Met on Thursday; Zoë facilitates.".into(),
        T,
    );
    let retro = Session::new("retro", graph, T - 86_400);
    for (name, s) in [("team", &team), ("retro", &retro)] {
        let path = dir.join("sessions").join(format!("{name}.ron"));
        fs::write(path, to_ron(s).expect("ron")).expect("write");
    }
    fs::write(dir.join("sessions/broken.ron"), "Session(\n  name: 3,\n)\n").expect("write");
}

fn opened(dir: &Path, w: u16, h: u16, name: &str) -> App {
    let mut a = app(w, h);
    fixtures(dir, &a.graph);
    a.start_session(Some(Store::new(dir)), Some(name))
        .expect("opens");
    a
}

#[test]
fn session_picker() {
    for (w, h) in SIZES {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut a = opened(dir.path(), w, h, "team");
        press(&mut a, &[key(KeyCode::Char('S'))]);
        let s = screen(&a, dir.path());
        assert!(
            s.contains("team · 2026-11-26 09:30 UTC")
                && s.contains("0 marks · 1 answer · 0 actions open"),
            "{s}"
        );
        insta::assert_snapshot!(format!("session_picker_{w}x{h}"), s);
    }
}

#[test]
fn note_being_edited() {
    for (w, h) in SIZES {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut a = opened(dir.path(), w, h, "team");
        press(&mut a, &[key(KeyCode::Char('E')), key(KeyCode::Enter)]);
        type_str(&mut a, "Also: rollback took 2 h ✓");
        let s = screen(&a, dir.path());
        assert!(s.contains("Also: rollback took 2 h ✓"), "{s}");
        insta::assert_snapshot!(format!("note_editor_{w}x{h}"), s);
    }
}

#[test]
fn symptom_page_showing_a_note() {
    for (w, h) in SIZES {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut a = opened(dir.path(), w, h, "team");
        apply(&mut a, Action::FocusNext);
        apply(&mut a, Action::Bottom);
        let s = screen(&a, dir.path());
        assert!(
            s.contains("Team notes") && s.contains("Freeze every Friday ✓"),
            "{s}"
        );
        insta::assert_snapshot!(format!("symptom_note_{w}x{h}"), s);
    }
}

#[test]
fn damaged_file_dialog() {
    for (w, h) in SIZES {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = opened(dir.path(), w, h, "broken");
        let s = screen(&a, dir.path());
        assert!(s.contains("line 2, column 9"), "{s}");
        insta::assert_snapshot!(format!("damaged_dialog_{w}x{h}"), s);
    }
}
