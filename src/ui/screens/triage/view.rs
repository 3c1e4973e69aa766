//! The per-symptom summary, the triage checklist and the ranked causes: each
//! a list with a detail pane (see `widgets/diagnosis_list.rs`).

use ratatui::Frame;

use crate::ui::app::App;

use crate::ui::core::action::Action;
use crate::ui::core::diagnosis_layout::ListRects;
use crate::ui::core::mode::Mode;
use crate::ui::core::scroll::Scroll;
use crate::ui::document::Doc;
use crate::ui::keys::keymap;
use crate::ui::widgets::diagnosis_list::{detail, list};
use crate::ui::widgets::item_list::ItemList;

/// The end of one symptom's questions.
pub fn summary(frame: &mut Frame, app: &App) {
    let g = &app.guided;
    let number = g
        .symptom
        .as_deref()
        .and_then(|id| app.graph.symptom(id))
        .map_or(0, |s| s.number);
    let title = format!(" What the answers on symptom {number} point at ");
    let details_title = scroll_title("Details", Mode::Summary);
    let details = (&g.detail, g.detail_scroll, details_title.as_str());
    list_and_detail(frame, app, g.summary_rects, (&g.summary, title), details);
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
    let details = (
        &tr.checklist_detail,
        Scroll::default(),
        " Highlighted symptom ",
    );
    list_and_detail(frame, app, tr.rects, (&tr.checklist, title), details);
}

/// The ranked causes and the symptoms offered for the triage.
pub fn ranked(frame: &mut Frame, app: &App) {
    let tr = &app.triage;
    let marked = app.session.findings.marked.len();
    let title = format!(
        " Ranked causes of {} ",
        crate::ui::core::words::plural(marked, "marked symptom")
    );
    let why_title = scroll_title("Why", Mode::Ranked);
    let details = (&tr.detail, tr.detail_scroll, why_title.as_str());
    list_and_detail(frame, app, tr.rects, (&tr.list, title), details);
}

/// `items` titled `title` in the list box of `rects`, and beside it the
/// detail `doc` from `scroll`, titled `doc_title`.
fn list_and_detail(
    frame: &mut Frame,
    app: &App,
    rects: ListRects,
    (items, title): (&ItemList, String),
    (doc, scroll, doc_title): (&Doc, Scroll, &str),
) {
    list(frame, rects.list, items, title, &app.theme);
    detail(frame, rects.detail, doc, scroll, doc_title, &app.theme);
}
