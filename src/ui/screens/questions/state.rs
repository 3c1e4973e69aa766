//! The guided questions' UI state: the walk on screen, the screen it was
//! started from, the question text wrapped for the screen, and the summary at
//! the end of one symptom's questions. The answers themselves live in the
//! session's `Findings` (the domain); this is only where the team is.

use crate::domain::diagnosis::{Walk, symptom_summary};
use crate::domain::{Findings, Graph, Target};

use crate::ui::core::diagnosis_layout::{ListRects, QuestionRects};
use crate::ui::core::mode::Mode;
use crate::ui::core::scroll::Scroll;
use crate::ui::document::{Doc, Role};
use crate::ui::widgets::diagnosis_rows::{Entry, cause_label, heading, item};
use crate::ui::widgets::item_list::{Item, ItemList};

/// The guided questions and the per-symptom summary.
#[derive(Debug, Clone, Default)]
pub struct Guided {
    pub walk: Walk,
    /// The symptom of a one-symptom walk; `None` for a triage walk.
    pub symptom: Option<String>,
    /// Where Esc goes back to.
    pub origin: Option<Mode>,
    /// The guide's text of the question on screen, wrapped.
    pub doc: Doc,
    /// This app's prompt, wrapped.
    pub prompt: Doc,
    pub scroll: Scroll,
    pub rects: QuestionRects,
    /// The summary's rows and what each stands for.
    pub summary: ItemList,
    pub entries: Vec<Entry>,
    /// The highlighted summary row's detail.
    pub detail: Doc,
    pub detail_scroll: Scroll,
    pub summary_rects: ListRects,
}

impl Guided {
    /// Where Esc returns to.
    pub fn origin(&self) -> Mode {
        self.origin.unwrap_or(Mode::Browse)
    }

    /// The entry of the highlighted summary row, if it is selectable.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.summary.selected().and_then(|i| self.entries.get(i))
    }
}

/// The rows of one symptom's summary: causes the answers point at, then
/// Unsure, the causes they ruled out, the guide's most common cause, symptoms to add, and the way on to the triage.
pub fn summary_rows(
    graph: &Graph,
    findings: &Findings,
    symptom: &str,
    width: u16,
) -> (Vec<Item>, Vec<Entry>) {
    let mut items = Vec::new();
    let mut entries = Vec::new();
    let Some(summary) = symptom_summary(graph, findings, symptom) else {
        return (items, entries);
    };
    let mut push = |i: Item, e: Entry| {
        items.push(i);
        entries.push(e);
    };
    if let Some(s) = graph.symptom(symptom) {
        let title = s.numbered_title();
        push(item("", Role::Title, &title, width, false), Entry::Text);
    }
    let mut offers: Vec<&Target> = Vec::new();
    let groups = [
        ("Your answers point at", &summary.yes),
        ("Maybe (Unsure)", &summary.unsure),
    ];
    for (title, targets) in groups {
        push(heading(title, false), Entry::Text);
        let causes: Vec<&Target> = targets
            .iter()
            .filter(|t| matches!(t, Target::AntiPattern(_)))
            .collect();
        offers.extend(targets.iter().filter(|t| matches!(t, Target::Symptom(_))));
        if causes.is_empty() {
            push(item("  ", Role::Label, "None", width, false), Entry::Text);
        }
        for t in causes {
            let label = cause_label(graph, t);
            push(
                item("  ", Role::Text, &label, width, true),
                Entry::Cause(t.clone()),
            );
        }
    }
    crate::ui::widgets::ruled_out::push_rows(&mut push, graph, &summary.ruled_out, width);
    push(heading("The guide's most common cause", false), Entry::Text);
    let common = &summary.most_common;
    let label = cause_label(graph, common);
    push(
        item("  ", Role::Text, &label, width, true),
        Entry::Cause(common.clone()),
    );
    let offers: Vec<&Target> = offers
        .into_iter()
        .filter(|t| !findings.is_marked(t.id()) && graph.symptom(t.id()).is_some())
        .collect();
    if !offers.is_empty() {
        push(
            heading("Symptoms your answers point at", false),
            Entry::Text,
        );
    }
    for t in offers {
        let Some(s) = graph.symptom(t.id()) else {
            continue;
        };
        let text = format!("Add {} {} to the triage? (+)", s.number, s.title);
        let why =
            "your answer to a question of this symptom points (or may point) at it.".to_string();
        push(
            item("  ", Role::Text, &text, width, true),
            Entry::Offer {
                symptom: t.id().to_string(),
                why,
            },
        );
    }
    push(heading("Next", false), Entry::Text);
    push(
        item("  ", Role::Key, "Continue to the triage →", width, true),
        Entry::ContinueToTriage,
    );
    (items, entries)
}
