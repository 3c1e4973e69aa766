//! "Ruled out": the causes the team's answers speak against more than for,
//! each with those answers. A section of its own, under the ranked causes
//! and in a symptom's summary, and its detail pane.

use crate::domain::Graph;
use crate::domain::diagnosis::{Reason, RuledOut};

use crate::ui::document::question::facts;
use crate::ui::document::{Builder, Doc, DocLine, Role};
use crate::ui::widgets::diagnosis_rows::{Entry, heading};
use crate::ui::widgets::item_list::Item;

/// The section's heading.
pub const HEADING: &str = "Ruled out by your answers";

/// The section's rows, pushed with `push`: a heading, then each cause (Enter
/// opens its page) with the answers that ruled it out under its name, as
/// `question — No → speaks against it`. Nothing when no cause is ruled out.
pub fn push_rows(
    push: &mut impl FnMut(Item, Entry),
    graph: &Graph,
    ruled_out: &[RuledOut],
    width: u16,
) {
    if ruled_out.is_empty() {
        return;
    }
    push(heading(HEADING, false), Entry::Text);
    for r in ruled_out {
        let name = graph.target_name(&r.target).unwrap_or(r.target.id());
        let mut b = Builder::new(width);
        b.prefixed("  ", Role::Label, Role::Subheading, name, 2);
        for line in answer_lines(graph, r) {
            b.prefixed("    ", Role::Label, Role::Label, &line, 6);
        }
        let lines: Vec<DocLine> = b.finish().lines;
        push(
            Item {
                lines,
                selectable: true,
            },
            Entry::Cause(r.target.clone()),
        );
    }
}

/// One line per answer that ruled the cause out: `question — No → speaks
/// against it (symptom 13)`; a shared answer counts (and shows) once per
/// marked symptom asking it.
pub fn answer_lines(graph: &Graph, r: &RuledOut) -> Vec<String> {
    r.answers
        .iter()
        .filter_map(|reason| match reason {
            Reason::Answered {
                question,
                answer,
                evidence,
                ..
            } => {
                let text = graph
                    .question(question)
                    .map_or("(a question the guide no longer has)", |q| {
                        q.question.as_str()
                    });
                let on = graph
                    .symptom(&question.symptom)
                    .map_or_else(String::new, |s| format!(" (symptom {})", s.number));
                Some(format!(
                    "{text} — {} → {} it{on}",
                    answer.label(),
                    evidence.label()
                ))
            }
            _ => None,
        })
        .collect()
}

/// The detail of a ruled-out cause: why (every answer, with what it
/// counted), then its category, risk level and URL.
pub fn detail(graph: &Graph, r: &RuledOut, width: u16) -> Doc {
    let mut b = Builder::new(width);
    let name = graph.target_name(&r.target).unwrap_or(r.target.id());
    b.para(Role::Title, name, 0);
    b.para(
        Role::Heading,
        &format!("Ruled out: the answers add up to {:.2}", r.net),
        0,
    );
    for reason in &r.answers {
        b.prefixed("• ", Role::Label, Role::Text, &reason.describe(graph), 2);
    }
    b.para(
        Role::Label,
        "The ranking leaves it out while its answers speak against it more than for it; \
         changing an answer brings it back.",
        0,
    );
    b.blank();
    facts(&mut b, graph, &r.target, 0);
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diagnosis::diagnose;
    use crate::domain::{Answer, Findings, QuestionRef, load, shared};

    #[test]
    fn a_cause_answered_against_is_listed_with_the_answer() {
        let g = load::embedded().expect("embedded graph");
        let mut f = Findings::default();
        f.toggle_mark("release-manager-bottleneck");
        let q = QuestionRef {
            symptom: "release-manager-bottleneck".into(),
            index: 0,
        };
        shared::set_answer(&g, &mut f, q, Some(Answer::Yes));
        let d = diagnose(&g, &f);
        let silos = d
            .ruled_out
            .iter()
            .find(|r| r.target.id() == "knowledge-silos")
            .expect("Knowledge Silos ruled out");
        assert_eq!(
            answer_lines(&g, silos),
            vec![
                "Can any engineer on the team deploy to production without help? — Yes → \
                 speaks against it (symptom 16)"
                    .to_string()
            ]
        );
        let mut items = Vec::new();
        push_rows(&mut |i, e| items.push((i, e)), &g, &d.ruled_out, 80);
        assert_eq!(
            items[0].0.lines.last().map(DocLine::text).as_deref(),
            Some(HEADING)
        );
        assert!(items[1].0.selectable);
        assert_eq!(items[1].0.lines[0].text(), "  Knowledge Silos");
        let doc = detail(&g, silos, 80);
        assert!(
            doc.lines[1]
                .text()
                .starts_with("Ruled out: the answers add up to -2.00")
        );
    }
}
