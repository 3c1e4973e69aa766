//! The detail panes of the diagnosis screens: a ranked cause with its score
//! and every reason with the arithmetic, a cause on the summary with the
//! answers that point at it, and a symptom offered for the triage.

use crate::domain::diagnosis::RankedCause;
use crate::domain::{Answer, Findings, Graph, QuestionRef, Target};

use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::document::question::facts;
use crate::ui::document::{Builder, Doc, Role};
use crate::ui::keys::keymap;

const INDENT: usize = 2;

/// A ranked cause: why it scored what it did, then its facts and URL.
pub fn ranked(graph: &Graph, rank: usize, c: &RankedCause, width: u16) -> Doc {
    let mut b = Builder::new(width);
    let name = graph.target_name(&c.target).unwrap_or(c.target.id());
    b.para(Role::Title, &format!("{rank}. {name}"), 0);
    b.para(Role::Heading, &format!("Why: score {:.2}", c.score), 0);
    for r in &c.reasons {
        b.prefixed("• ", Role::Label, Role::Text, &r.describe(graph), INDENT);
    }
    b.prefixed("= ", Role::Label, Role::Text, &arithmetic(c), INDENT);
    crate::ui::document::fix_steps::titles(&mut b, graph, &c.target);
    b.blank();
    facts(&mut b, graph, &c.target, 0);
    b.finish()
}

/// The sum behind a score, e.g. `0.25 + 3.00 - 2.00 = 1.25`. The
/// normalisation is a multiplier already applied to the citations.
pub fn arithmetic(c: &RankedCause) -> String {
    let mut out = String::new();
    for (i, r) in c
        .reasons
        .iter()
        .filter(|r| !matches!(r, crate::domain::diagnosis::Reason::Normalisation { .. }))
        .enumerate()
    {
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
    format!("{out} = {:.2}", c.score)
}

/// A cause on one symptom's summary: its facts and URL, then this symptom's
/// questions that point at it, each with the answer given.
pub fn summary_cause(
    graph: &Graph,
    findings: &Findings,
    symptom_id: &str,
    target: &Target,
    width: u16,
) -> Doc {
    let mut b = Builder::new(width);
    let name = graph.target_name(target).unwrap_or(target.id());
    b.para(Role::Title, name, 0);
    facts(&mut b, graph, target, 0);
    let Some(symptom) = graph.symptom(symptom_id) else {
        return b.finish();
    };
    if symptom.most_common_cause == *target {
        b.blank();
        b.para(
            Role::Label,
            "The guide names it this symptom's most common cause.",
            0,
        );
    }
    let pointing: Vec<(usize, &str)> = symptom
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| q.target == *target)
        .map(|(i, q)| (i, q.question.as_str()))
        .collect();
    if !pointing.is_empty() {
        b.blank();
        b.para(Role::Heading, "Questions that point here", 0);
    }
    for (index, text) in pointing {
        let qref = QuestionRef {
            symptom: symptom.id.clone(),
            index,
        };
        let answer = findings.answer(&qref).map_or("not answered", Answer::label);
        b.prefixed(
            &format!("{answer}: "),
            Role::Label,
            Role::Question,
            text,
            INDENT,
        );
    }
    b.finish()
}

/// A symptom offered for the triage: its title and summary line, why it is
/// offered, and how to add it.
pub fn offered_symptom(graph: &Graph, id: &str, why: &str, width: u16, mode: Mode) -> Doc {
    let mut b = Builder::new(width);
    let Some(s) = graph.symptom(id) else {
        return b.finish();
    };
    heading(&mut b, s);
    b.blank();
    b.labelled("Offered because: ", Role::Text, why, 0);
    b.blank();
    let key = |m: Mode, a: Action| keymap::key(m, a);
    let how = format!(
        "{} adds it to the triage (marks it as seen); {} then answers its questions. {} opens its page.",
        key(mode, Action::AddToTriage),
        key(Mode::Ranked, Action::AnswerQuestions),
        key(mode, Action::Open),
    );
    b.para(Role::Label, &how, 0);
    let site = format!("On the site ({} opens it): ", key(mode, Action::OpenUrl));
    b.labelled(&site, Role::Link, &s.url, 0);
    b.finish()
}

/// A symptom on the checklist: title, summary line and how far it is answered.
pub fn checklist_symptom(graph: &Graph, findings: &Findings, id: &str, width: u16) -> Doc {
    let mut b = Builder::new(width);
    let Some(s) = graph.symptom(id) else {
        return b.finish();
    };
    heading(&mut b, s);
    b.blank();
    let answered = answered(findings, id, s.questions.len());
    let state = if findings.is_marked(id) {
        "Marked: we see this."
    } else {
        &*format!(
            "Not marked. {} marks it.",
            keymap::key(Mode::Checklist, Action::ToggleMark)
        )
    };
    b.para(
        Role::Label,
        &format!(
            "{state} {answered} of {} questions answered.",
            s.questions.len()
        ),
        0,
    );
    b.finish()
}

/// How many of a symptom's `count` questions have an answer.
pub fn answered(findings: &Findings, symptom: &str, count: usize) -> usize {
    (0..count)
        .filter(|&index| {
            findings
                .answer(&QuestionRef {
                    symptom: symptom.to_string(),
                    index,
                })
                .is_some()
        })
        .count()
}

/// A symptom's numbered title and its summary line, as the guide writes them.
fn heading(b: &mut Builder, s: &crate::domain::Symptom) {
    b.para(Role::Title, &s.numbered_title(), 0);
    b.para(Role::Summary, &s.summary, 0);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diagnosis::Reason;

    fn cause_with(reasons: Vec<Reason>, score: f64) -> RankedCause {
        RankedCause {
            target: Target::AntiPattern("x".into()),
            score,
            reasons,
        }
    }

    #[test]
    fn the_arithmetic_adds_the_terms_and_skips_the_multiplier() {
        let c = cause_with(
            vec![
                Reason::Normalisation {
                    cited_by: 4,
                    symptoms: 21,
                    weight: 0.25,
                },
                Reason::CitedBy {
                    symptom: "a".into(),
                    contribution: 0.25,
                },
                Reason::Answered {
                    question: QuestionRef {
                        symptom: "a".into(),
                        index: 0,
                    },
                    answer: Answer::Yes,
                    evidence: crate::domain::Evidence::PointsAt,
                    given_on: None,
                    contribution: 3.0,
                },
                Reason::Answered {
                    question: QuestionRef {
                        symptom: "a".into(),
                        index: 1,
                    },
                    answer: Answer::No,
                    evidence: crate::domain::Evidence::SpeaksAgainst,
                    given_on: None,
                    contribution: -2.0,
                },
            ],
            1.25,
        );
        assert_eq!(arithmetic(&c), "0.25 + 3.00 - 2.00 = 1.25");
        assert_eq!(arithmetic(&cause_with(Vec::new(), 0.0)), "0 = 0.00");
    }
}
