//! Reasons as one line of plain text each, with the arithmetic, for the
//! ranked screen and for exports. Guide text (titles, questions) is quoted
//! whole; ids the graph does not know are shown as ids.

use super::rank::{RankedCause, Reason};
use crate::domain::answers::Evidence;
use crate::domain::graph::{Graph, QuestionRef};

impl Reason {
    /// E.g. `cited by 13 of 21 symptoms: each citation ×1/13 = 0.077`, or
    /// `"Is the deployment process automated?" Yes: speaks against it (The Team Is Afraid to Deploy, question 1): -2.00`;
    /// a shared answer adds where it was given.
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
                evidence,
                given_on,
                contribution,
            } => format!(
                "\"{}\" {}: {} ({}, question {}{}): {contribution:+.2}",
                question_text(graph, question),
                answer.label(),
                evidence_phrase(*evidence),
                symptom_title(graph, &question.symptom),
                question.index + 1,
                shared_note(graph, given_on.as_ref()),
            ),
        }
    }
}

/// How an answer's evidence reads after the answer, about "it" (the cause).
pub fn evidence_phrase(evidence: Evidence) -> &'static str {
    match evidence {
        Evidence::PointsAt => "points here",
        Evidence::SpeaksAgainst => "speaks against it",
        Evidence::Maybe => "may point here",
        Evidence::Nothing => "counts nothing",
    }
}

/// "; the same question answered on \"The Team Is Afraid to Deploy\", question 1, ..." for a
/// shared answer, else nothing.
fn shared_note(graph: &Graph, given_on: Option<&QuestionRef>) -> String {
    given_on.map_or_else(String::new, |q| {
        format!(
            "; the same question answered on \"{}\", question {}, counted for this symptom too",
            symptom_title(graph, &q.symptom),
            q.index + 1
        )
    })
}

impl RankedCause {
    /// Why it ranks, in one line without the arithmetic, e.g. `cited by 2
    /// marked symptoms; most common cause of 1; 1 answer points here, 1
    /// speaks against it (1 shared between symptoms)`.
    pub fn one_line(&self) -> String {
        let count = |pick: fn(&Reason) -> bool| self.reasons.iter().filter(|r| pick(r)).count();
        let cited = count(|r| matches!(r, Reason::CitedBy { .. }));
        let common = count(|r| matches!(r, Reason::MostCommonCause { .. }));
        let mut parts = Vec::new();
        if cited > 0 {
            parts.push(format!("cited by {}", plural(cited, "marked symptom")));
        }
        if common > 0 {
            parts.push(format!("most common cause of {common}"));
        }
        let answers = answers_line(&self.reasons);
        if !answers.is_empty() {
            parts.push(answers);
        }
        if parts.is_empty() {
            "no reasons".to_string()
        } else {
            parts.join("; ")
        }
    }
}

impl RankedCause {
    /// The sum behind the score, e.g. `0.25 + 3.00 - 2.00 = 1.25` (the
    /// normalisation is a multiplier already in the citations).
    pub fn arithmetic(&self) -> String {
        let mut out = String::new();
        let terms = self
            .reasons
            .iter()
            .filter(|r| !matches!(r, Reason::Normalisation { .. }));
        for (i, r) in terms.enumerate() {
            let v = r.contribution();
            match (i, v < 0.0) {
                (0, _) => out.push_str(&format!("{v:.2}")),
                (_, false) => out.push_str(&format!(" + {v:.2}")),
                (_, true) => out.push_str(&format!(" - {:.2}", -v)),
            }
        }
        if out.is_empty() {
            out.push('0');
        }
        format!("{out} = {:.2}", self.score)
    }
}

/// "2 answers point here, 1 speaks against it (1 shared between symptoms)",
/// or nothing when no answer counts.
pub fn answers_line(reasons: &[Reason]) -> String {
    let of = |which: Evidence| {
        reasons
            .iter()
            .filter(|r| matches!(r, Reason::Answered { evidence, .. } if *evidence == which))
            .count()
    };
    let shared = reasons
        .iter()
        .filter(|r| {
            matches!(
                r,
                Reason::Answered {
                    given_on: Some(_),
                    ..
                }
            )
        })
        .count();
    let mut parts = Vec::new();
    let (points, maybe, against) = (
        of(Evidence::PointsAt),
        of(Evidence::Maybe),
        of(Evidence::SpeaksAgainst),
    );
    if points > 0 {
        let verb = if points == 1 { "points" } else { "point" };
        parts.push(format!("{} {verb} here", plural(points, "answer")));
    }
    if maybe > 0 {
        parts.push(format!("{} may point here", plural(maybe, "Unsure")));
    }
    if against > 0 {
        let verb = if against == 1 { "speaks" } else { "speak" };
        parts.push(format!("{} {verb} against it", plural(against, "answer")));
    }
    let mut line = parts.join(", ");
    if shared > 0 && !line.is_empty() {
        line.push_str(&format!(" ({shared} shared between symptoms)"));
    }
    line
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A symptom's title, as the list and its page say it (never the short
/// title: one name per symptom everywhere).
fn symptom_title<'g>(graph: &'g Graph, id: &'g str) -> &'g str {
    graph.symptom(id).map_or(id, |s| s.title.as_str())
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

    fn answered(question: QuestionRef, answer: Answer, evidence: Evidence) -> Reason {
        Reason::Answered {
            question,
            answer,
            evidence,
            given_on: None,
            contribution: super::super::evidence_weight(evidence),
        }
    }

    #[test]
    fn answers_quote_the_question_whole_with_the_answer_and_what_it_says() {
        let g = load::embedded().expect("embedded graph");
        let r = answered(
            q("fear-of-deploying", 0),
            Answer::Yes,
            Evidence::SpeaksAgainst,
        );
        assert_eq!(
            r.describe(&g),
            "\"Is the deployment process automated?\" Yes: speaks against it (The Team Is Afraid to Deploy, question 1): -2.00"
        );
        let r = answered(q("merge-freeze", 0), Answer::No, Evidence::PointsAt);
        assert!(
            r.describe(&g)
                .ends_with("No: points here (Merge Freezes Before Deployments, question 1): +3.00"),
            "{}",
            r.describe(&g)
        );
    }

    #[test]
    fn a_shared_answer_says_where_it_was_given() {
        let g = load::embedded().expect("embedded graph");
        let r = Reason::Answered {
            question: q("no-rollback-capability", 0),
            answer: Answer::Yes,
            evidence: Evidence::SpeaksAgainst,
            given_on: Some(q("fear-of-deploying", 0)),
            contribution: -2.0,
        };
        assert_eq!(
            r.describe(&g),
            "\"Is the deployment process automated?\" Yes: speaks against it (Deployments Are One-Way Doors, question 1; the same question answered on \"The Team Is Afraid to Deploy\", question 1, counted for this symptom too): -2.00"
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
            "most common cause of \"Merge Freezes Before Deployments\": +1.00"
        );
    }

    #[test]
    fn unknown_ids_are_shown_as_ids() {
        let g = load::embedded().expect("embedded graph");
        let r = answered(q("gone", 4), Answer::Unsure, Evidence::Maybe);
        assert_eq!(
            r.describe(&g),
            "\"?\" Unsure: may point here (gone, question 5): +1.00"
        );
    }

    #[test]
    fn one_line_counts_each_kind_of_reason() {
        let c = RankedCause {
            target: crate::domain::Target::AntiPattern("x".into()),
            score: 0.0,
            reasons: vec![
                Reason::CitedBy {
                    symptom: "a".into(),
                    contribution: 0.1,
                },
                Reason::CitedBy {
                    symptom: "b".into(),
                    contribution: 0.1,
                },
                Reason::MostCommonCause {
                    symptom: "a".into(),
                    contribution: 1.0,
                },
                answered(q("a", 0), Answer::No, Evidence::PointsAt),
                Reason::Answered {
                    question: q("b", 0),
                    answer: Answer::No,
                    evidence: Evidence::PointsAt,
                    given_on: Some(q("a", 0)),
                    contribution: 3.0,
                },
                answered(q("b", 1), Answer::Yes, Evidence::SpeaksAgainst),
            ],
        };
        assert_eq!(
            c.one_line(),
            "cited by 2 marked symptoms; most common cause of 1; 2 answers point here, 1 answer speaks against it (1 shared between symptoms)"
        );
        let empty = RankedCause {
            reasons: Vec::new(),
            ..c
        };
        assert_eq!(empty.one_line(), "no reasons");
    }
}
