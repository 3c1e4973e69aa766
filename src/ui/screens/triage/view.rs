//! The per-symptom summary, the triage checklist and the ranked causes: each
//! a list with a detail pane (see `diagnosis_list.rs`).

use ratatui::Frame;

use crate::ui::app::App;

use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;
use crate::ui::widgets::diagnosis_list::{detail, list};

/// The end of one symptom's questions.
pub fn summary(frame: &mut Frame, app: &App) {
    let g = &app.guided;
    let number = g
        .symptom
        .as_deref()
        .and_then(|id| app.graph.symptom(id))
        .map_or(0, |s| s.number);
    let title = format!(" What the answers on symptom {number} point at ");
    list(frame, g.summary_rects.list, &g.summary, title, &app.theme);
    detail(
        frame,
        g.summary_rects.detail,
        &g.detail,
        g.detail_scroll,
        &scroll_title("Details", Mode::Summary),
        &app.theme,
    );
}

/// A detail pane's title, naming the keys that scroll it in `mode`.
fn scroll_title(name: &str, mode: Mode) -> String {
    let (down, up) = (
        keymap::key(mode, Action::PageDown),
        keymap::key(mode, Action::PageUp),
    );
    format!(" {name} ({down}/{up} scroll) ")
}

/// The triage checklist.
pub fn checklist(frame: &mut Frame, app: &App) {
    let tr = &app.triage;
    let marked = app.session.findings.marked.len();
    let title = format!(" Triage: which symptoms do you see? ({marked} marked) ");
    list(frame, tr.rects.list, &tr.checklist, title, &app.theme);
    detail(
        frame,
        tr.rects.detail,
        &tr.checklist_detail,
        Default::default(),
        " Highlighted symptom ",
        &app.theme,
    );
}

/// The ranked causes and the symptoms offered for the triage.
pub fn ranked(frame: &mut Frame, app: &App) {
    let tr = &app.triage;
    let marked = app.session.findings.marked.len();
    let title = format!(
        " Ranked causes of {} ",
        crate::ui::core::words::plural(marked, "marked symptom")
    );
    list(frame, tr.rects.list, &tr.list, title, &app.theme);
    detail(
        frame,
        tr.rects.detail,
        &tr.detail,
        tr.detail_scroll,
        &scroll_title("Why", Mode::Ranked),
        &app.theme,
    );
}
