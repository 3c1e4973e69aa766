//! Reasons as one line of plain text each, with the arithmetic, for the
//! ranked screen and for exports. Guide text (titles, questions) is quoted
//! whole; ids the graph does not know are shown as ids.

use super::rank::Reason;
use crate::domain::graph::{Graph, QuestionRef};

impl Reason {
    /// E.g. `cited by 13 of 21 symptoms: each citation ×1/13 = 0.077`, or
    /// `Yes to "Is the deployment process automated?" (Fear of deploying, question 1): +3.00`.
    pub fn describe(&self, graph: &Graph) -> String {
        match self {
            Reason::Normalisation {
                cited_by,
                symptoms,
                weight,
            } => format!(
                "cited by {cited_by} of {symptoms} symptoms: each citation ×1/{cited_by} = {weight:.3}"
            ),
            Reason::CitedBy {
                symptom,
                contribution,
            } => format!(
                "cited by marked symptom \"{}\": {contribution:+.2}",
                symptom_title(graph, symptom)
            ),
            Reason::MostCommonCause {
                symptom,
                contribution,
            } => format!(
                "most common cause of \"{}\": {contribution:+.2}",
                symptom_title(graph, symptom)
            ),
            Reason::Answered {
                question,
                answer,
                contribution,
            } => format!(
                "{} to \"{}\" ({}, question {}): {contribution:+.2}",
                answer.label(),
                question_text(graph, question),
                symptom_title(graph, &question.symptom),
                question.index + 1
            ),
        }
    }
}

fn symptom_title<'g>(graph: &'g Graph, id: &'g str) -> &'g str {
    graph.symptom(id).map_or(id, |s| s.short_title.as_str())
}

fn question_text<'g>(graph: &'g Graph, q: &QuestionRef) -> &'g str {
    graph.question(q).map_or("?", |q| q.question.as_str())
}
