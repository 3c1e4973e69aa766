//! Reasons as one line of plain text each, with the arithmetic, for the
//! ranked screen and for exports. Guide text (titles, questions) is quoted
//! whole; ids the graph does not know are shown as ids.

use super::rank::Reason;
use crate::domain::graph::{Graph, QuestionRef};

impl Reason {
    /// E.g. `cited by 13 of 21 symptoms: each citation ×1/13 = 0.077`, or
    /// `points here? Yes: "Is the deployment process automated?" (Fear of deploying, question 1): +3.00`
    /// ("points here?" is the question the app asks: see the module doc).
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
                "points here? {}: \"{}\" ({}, question {}): {contribution:+.2}",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::answers::Answer;
    use crate::domain::load;

    fn q(s: &str, index: usize) -> QuestionRef {
        QuestionRef {
            symptom: s.into(),
            index,
        }
    }

    #[test]
    fn answers_quote_the_question_whole_and_number_it_from_one() {
        let g = load::embedded().expect("embedded graph");
        let r = Reason::Answered {
            question: q("fear-of-deploying", 0),
            answer: Answer::Yes,
            contribution: 3.0,
        };
        assert_eq!(
            r.describe(&g),
            "points here? Yes: \"Is the deployment process automated?\" (Fear of deploying, question 1): +3.00"
        );
        let r = Reason::Answered {
            question: q("merge-freeze", 0),
            answer: Answer::No,
            contribution: -2.0,
        };
        assert!(
            r.describe(&g)
                .ends_with("(Merge freezes before deploys, question 1): -2.00")
        );
    }

    #[test]
    fn most_common_cause_names_the_symptom() {
        let g = load::embedded().expect("embedded graph");
        let r = Reason::MostCommonCause {
            symptom: "merge-freeze".into(),
            contribution: 1.0,
        };
        assert_eq!(
            r.describe(&g),
            "most common cause of \"Merge freezes before deploys\": +1.00"
        );
    }

    #[test]
    fn unknown_ids_are_shown_as_ids() {
        let g = load::embedded().expect("embedded graph");
        let r = Reason::Answered {
            question: q("gone", 4),
            answer: Answer::Unsure,
            contribution: 1.0,
        };
        assert_eq!(
            r.describe(&g),
            "points here? Unsure: \"?\" (gone, question 5): +1.00"
        );
    }
}
