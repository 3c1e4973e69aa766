//! The team's answer beside each question of a symptom page: "Team: No →
//! points at Knowledge Silos", with where a shared answer was given and
//! whether a carried-over one is confirmed.

use crate::domain::shared::shared_answer;
use crate::domain::{Answer, Evidence, Findings, Graph, QuestionRef};

/// The label before the team's answer.
pub const LABEL: &str = "Team: ";

/// What the page says for the team's answer to `q`, after [`LABEL`];
/// `None` when it is not answered.
pub fn line(graph: &Graph, findings: &Findings, q: &QuestionRef) -> Option<String> {
    let answer = findings.answer(q)?;
    let question = graph.question(q)?;
    let target = graph
        .target_name(&question.target)
        .unwrap_or(question.target.id());
    let mut out = match (answer, Evidence::of(answer, graph.fact(q))) {
        (Answer::Skip, _) => "Skipped".to_string(),
        (a, Evidence::Nothing) => a.label().to_string(),
        (a, e) => format!("{} → {} {target}", a.label(), e.label()),
    };
    if let Some(shared) = shared_answer(graph, findings, q) {
        out.push_str(&match shared.symptom_number {
            Some(n) => format!(
                " (answered on symptom {n}, {}, the same question)",
                shared.symptom_title
            ),
            None => format!(
                " (answered on `{}`, the same question)",
                shared.symptom_title
            ),
        });
    }
    if findings.is_carried(q) {
        out.push_str(" (carried over, not yet confirmed)");
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{load, shared};
    use crate::ui::document::question_ref as q;

    #[test]
    fn an_answer_says_what_it_points_at_and_where_it_was_given() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut f = Findings::default();
        assert_eq!(line(&graph, &f, &q("merge-freeze", 0)), None);
        // "Is the deployment process automated?" is shared by 8, 10 and 13.
        shared::set_answer(&graph, &mut f, q("fear-of-deploying", 0), Some(Answer::Yes));
        assert_eq!(
            line(&graph, &f, &q("fear-of-deploying", 0)).as_deref(),
            Some("Yes → speaks against Manual Deployments")
        );
        assert_eq!(
            line(&graph, &f, &q("no-rollback-capability", 0)).as_deref(),
            Some(
                "Yes → speaks against Manual Deployments (answered on symptom 8, \
                 The Team Is Afraid to Deploy, the same question)"
            )
        );
        f.set_answer(q("merge-freeze", 1), Some(Answer::Skip));
        assert_eq!(
            line(&graph, &f, &q("merge-freeze", 1)).as_deref(),
            Some("Skipped")
        );
        f.set_answer(q("merge-freeze", 2), Some(Answer::Unsure));
        f.carried.insert(q("merge-freeze", 2));
        let unsure = line(&graph, &f, &q("merge-freeze", 2)).unwrap_or_default();
        assert!(unsure.starts_with("Unsure → may point at "), "{unsure}");
        assert!(
            unsure.ends_with(" (carried over, not yet confirmed)"),
            "{unsure}"
        );
    }
}
