//! Converting session files written by older versions. Schema 1 stored, for
//! each question, whether it **points at its cause** (Yes, No, Unsure,
//! Skip); schema 2 stores the team's answer to the guide's own question. A
//! schema-1 "Yes, it points" becomes the answer that points at the cause by
//! the question's fact, "No" the other answer; Unsure and Skip stay. So the
//! evidence, and the ranking, are the same before and after.

use super::answers::Answer;
use super::graph::{Points, QuestionRef};
use super::session::Session;

/// What a conversion did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Upgraded {
    /// The schema the session was written with.
    pub from: u32,
    /// Answers turned into answers to the guide's question.
    pub converted: usize,
    /// Answers to questions without a fact (ids the guide no longer has):
    /// kept as written, which counts nothing either way.
    pub unconverted: Vec<QuestionRef>,
}

/// Converts a schema-1 session to the current schema in place; `points`
/// says which answer points at each question's cause. A session of another
/// schema is left alone (`None`).
pub fn upgrade(
    session: &mut Session,
    points: impl Fn(&QuestionRef) -> Option<Points>,
) -> Option<Upgraded> {
    if session.schema_version != 1 {
        return None;
    }
    let mut done = Upgraded {
        from: 1,
        ..Upgraded::default()
    };
    for (q, answer) in session.findings.answers.iter_mut() {
        let pointed = match *answer {
            Answer::Yes => true,
            Answer::No => false,
            Answer::Unsure | Answer::Skip => continue,
        };
        match points(q) {
            Some(p) => {
                *answer = if pointed { p.answer() } else { p.other() };
                done.converted += 1;
            }
            None => done.unconverted.push(q.clone()),
        }
    }
    session.schema_version = super::session::CURRENT_SCHEMA;
    Some(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::tests::sample;

    #[test]
    fn pointing_answers_become_the_answer_the_fact_names() {
        let mut s = sample();
        s.schema_version = 1;
        let q = |i| QuestionRef {
            symptom: "api-changes-break-consumers".into(),
            index: i,
        };
        // sample(): question 1 No, question 2 Yes; 3 of the other symptom
        // Unsure and Skip.
        let done = upgrade(&mut s, |r| match r.index {
            0 => Some(Points::No),
            1 => Some(Points::No),
            _ => None,
        })
        .expect("converted");
        // "Does not point" where No points: Yes. "Points" where No points: No.
        assert_eq!(s.findings.answer(&q(0)), Some(Answer::Yes));
        assert_eq!(s.findings.answer(&q(1)), Some(Answer::No));
        assert_eq!(done.converted, 2);
        assert_eq!(done.unconverted, Vec::<QuestionRef>::new());
        assert_eq!(s.schema_version, 2);
        assert_eq!(upgrade(&mut s, |_| None), None, "converted once");
    }

    #[test]
    fn answers_without_a_fact_are_kept_and_listed() {
        let mut s = sample();
        s.schema_version = 1;
        let before = s.findings.answers.clone();
        let done = upgrade(&mut s, |_| None).expect("converted");
        assert_eq!(s.findings.answers, before);
        assert_eq!(done.unconverted.len(), 2, "{done:?}");
    }
}
