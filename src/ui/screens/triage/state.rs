//! The triage screens' UI state: the checklist of all symptoms and the ranked
//! causes with their reasons and the symptoms offered for the triage. Marks
//! and answers live in the session's `Findings`; this holds the selection and
//! the rows built from them.

use crate::domain::diagnosis::{RankedCause, RuledOut, also_seeing, suggested_symptoms};
use crate::domain::{Findings, Graph, Target};

use crate::ui::core::action::Action;
use crate::ui::core::diagnosis_layout::ListRects;
use crate::ui::core::mode::Mode;
use crate::ui::core::scroll::Scroll;
use crate::ui::document::Role;
use crate::ui::document::reasons::answered;
use crate::ui::document::{Doc, DocLine};
use crate::ui::keys::keymap;
use crate::ui::widgets::diagnosis_rows::{Entry, heading, item};
use crate::ui::widgets::item_list::{Item, ItemList};

/// How many of the top causes "You may also be seeing" looks at.
pub const ALSO_SEEING_TOP: usize = 3;

/// The checklist and the ranked list.
#[derive(Debug, Clone, Default)]
pub struct Triage {
    pub checklist: ItemList,
    /// The symptom number typed so far on the checklist (0 when none).
    pub digits: usize,
    pub checklist_detail: Doc,
    /// The ranking, as of the last rebuild.
    pub ranked: Vec<RankedCause>,
    /// The causes the answers ruled out, as of the last rebuild.
    pub ruled_out: Vec<RuledOut>,
    pub list: ItemList,
    pub entries: Vec<Entry>,
    pub detail: Doc,
    pub detail_scroll: Scroll,
    /// The detail's visible rows (for paging).
    pub detail_rows: usize,
    /// Where the list and the detail of the screen shown go.
    pub rects: ListRects,
}

impl Triage {
    /// The symptom id of the highlighted checklist row.
    pub fn checklist_symptom<'g>(&self, graph: &'g Graph) -> Option<&'g str> {
        let i = self.checklist.selected()?;
        graph.symptoms.get(i).map(|s| s.id.as_str())
    }

    /// The entry of the highlighted ranked-screen row.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.list.selected().and_then(|i| self.entries.get(i))
    }

    /// A target's entry under "Ruled out", if the answers ruled it out.
    pub fn ruled_out_cause(&self, target: &Target) -> Option<&RuledOut> {
        self.ruled_out.iter().find(|r| r.target == *target)
    }

    /// The rank (from 1) and ranked cause of a target, if ranked.
    pub fn ranked_cause(&self, target: &Target) -> Option<(usize, &RankedCause)> {
        self.ranked
            .iter()
            .enumerate()
            .find(|(_, c)| c.target == *target)
            .map(|(i, c)| (i + 1, c))
    }
}

/// One checklist row per symptom: a box, number, title, answers so far.
pub fn checklist_rows(graph: &Graph, findings: &Findings, width: u16) -> Vec<Item> {
    graph
        .symptoms
        .iter()
        .map(|s| {
            let mark = if findings.is_marked(&s.id) {
                "[x] "
            } else {
                "[ ] "
            };
            let done = answered(findings, &s.id, s.questions.len());
            let progress = if done > 0 {
                format!("  ({done}/{} answered)", s.questions.len())
            } else {
                String::new()
            };
            let text = format!("{:>2} {}{progress}", s.number, s.title);
            item(mark, Role::Text, &text, width, true)
        })
        .collect()
}

/// The ranked screen's rows: the causes, best first, the causes the answers
/// ruled out, then symptoms the answers point at, then "You may also be
/// seeing" for the top causes.
pub fn ranked_rows(
    graph: &Graph,
    findings: &Findings,
    ranked: &[RankedCause],
    ruled_out: &[RuledOut],
    width: u16,
) -> (Vec<Item>, Vec<Entry>) {
    let mut items = Vec::new();
    let mut entries = Vec::new();
    let mut push = |i: Item, e: Entry| {
        items.push(i);
        entries.push(e);
    };
    if findings.marked.is_empty() {
        let key = keymap::key(Mode::Ranked, Action::OpenTriage);
        let note = format!("No symptoms are marked yet: {key} opens the checklist.");
        push(item("", Role::Label, &note, width, false), Entry::Text);
        return (items, entries);
    }
    if ranked.is_empty() {
        let note = "No cause scores above zero with these answers.";
        push(item("", Role::Label, note, width, false), Entry::Text);
    }
    for (i, c) in ranked.iter().enumerate() {
        let name = graph.target_name(&c.target).unwrap_or(c.target.id());
        push(
            score_row(i + 1, name, c.score, width),
            Entry::Cause(c.target.clone()),
        );
    }
    crate::ui::widgets::ruled_out::push_rows(&mut push, graph, ruled_out, width);
    let mut offered = push_suggested(&mut push, graph, findings, width);
    push_also_seeing(&mut push, graph, findings, ranked, &mut offered, width);
    (items, entries)
}

/// "Your answers point at these symptoms": one row per symptom an answer
/// points at, offered for the triage; returns the symptoms offered.
fn push_suggested(
    push: &mut impl FnMut(Item, Entry),
    graph: &Graph,
    findings: &Findings,
    width: u16,
) -> Vec<String> {
    let mut offered: Vec<String> = Vec::new();
    let suggestions = suggested_symptoms(graph, findings);
    if !suggestions.is_empty() {
        push(
            heading("Your answers point at these symptoms", false),
            Entry::Text,
        );
    }
    for s in suggestions {
        let Some(symptom) = graph.symptom(&s.symptom) else {
            continue;
        };
        let question = graph
            .question(&s.because)
            .map_or("?", |q| q.question.as_str());
        let from = graph
            .symptom(&s.because.symptom)
            .map_or(s.because.symptom.as_str(), |x| x.title.as_str());
        let answer = findings
            .answer(&s.because)
            .map_or("An answer", |a| a.label());
        let why = format!("{answer} to \"{question}\" ({from})");
        let text = format!(
            "Add {} {} to the triage? ({})",
            symptom.number,
            symptom.title,
            keymap::key(Mode::Ranked, Action::AddToTriage)
        );
        push(
            item("  ", Role::Text, &text, width, true),
            Entry::Offer {
                symptom: s.symptom.clone(),
                why,
            },
        );
        offered.push(s.symptom);
    }
    offered
}

/// "You may also be seeing": the other symptoms of the top causes, each
/// offered once (not again when `offered` has it already).
fn push_also_seeing(
    push: &mut impl FnMut(Item, Entry),
    graph: &Graph,
    findings: &Findings,
    ranked: &[RankedCause],
    offered: &mut Vec<String>,
    width: u16,
) {
    let also = also_seeing(graph, findings, ranked, ALSO_SEEING_TOP);
    let mut first = true;
    for group in also {
        let cause = graph.target_name(&group.cause).unwrap_or(group.cause.id());
        for id in group.symptoms {
            if offered.contains(&id) {
                continue;
            }
            let Some(symptom) = graph.symptom(&id) else {
                continue;
            };
            if first {
                push(
                    heading(
                        &format!(
                            "You may also be seeing ({} adds)",
                            keymap::key(Mode::Ranked, Action::AddToTriage)
                        ),
                        false,
                    ),
                    Entry::Text,
                );
                first = false;
            }
            let rank = ranked
                .iter()
                .position(|c| c.target == group.cause)
                .map_or(0, |p| p + 1);
            let why = format!("{cause} (ranked {rank}) is one of its common causes.");
            let text = format!("{:>2} {}  ← {cause}", symptom.number, symptom.title);
            push(
                item("  ", Role::Text, &text, width, true),
                Entry::Offer {
                    symptom: id.clone(),
                    why,
                },
            );
            offered.push(id);
        }
    }
}

/// "` 1. Name ....... 3.25`": rank, name and score, the score at the right
/// edge when the name fits on the line, else on its own line.
fn score_row(rank: usize, name: &str, score: f64, width: u16) -> Item {
    let head = format!("{rank:>2}. ");
    let score = format!("{score:.2}");
    let w = usize::from(width);
    let used = head.chars().count() + name.chars().count() + 1 + score.chars().count();
    if used <= w {
        let pad = " ".repeat(w - used + 1);
        let line = DocLine {
            spans: vec![
                (Role::Label, head),
                (Role::Subheading, name.to_string()),
                (Role::Text, pad),
                (Role::Key, score),
            ],
        };
        return Item {
            lines: vec![line],
            selectable: true,
        };
    }
    let mut it = item(&head, Role::Subheading, name, width, true);
    it.lines.push(DocLine {
        spans: vec![(Role::Key, format!("    score {score}"))],
    });
    it
}
