//! The per-symptom summary's rows: the causes its answers point at, then the
//! causes they rule out.

use crate::domain::diagnosis::symptom_summary;
use crate::domain::{Findings, Graph, Target};
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::document::Role;
use crate::ui::keys::keymap;
use crate::ui::widgets::diagnosis_rows::{Entry, cause_label, heading, item};
use crate::ui::widgets::item_list::Item;

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
    let add = keymap::key(Mode::Summary, Action::AddToTriage);
    for t in offers {
        let Some(s) = graph.symptom(t.id()) else {
            continue;
        };
        let text = format!("Add {} {} to the triage? ({add})", s.number, s.title,);
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
