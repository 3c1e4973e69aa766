//! Helpers shared by the diagnosis tests. Each test crate uses a subset.

use cdtriage::domain::diagnosis::RankedCause;
use cdtriage::domain::{Answer, Findings, Graph, QuestionRef, Target, load};

pub const MDP: &str = "missing-deployment-pipeline";
pub const MD: &str = "manual-deployments";
pub const ID: &str = "integration-deferred";

pub fn graph() -> Graph {
    load::embedded().expect("the embedded graph loads")
}

pub fn q(symptom: &str, index: usize) -> QuestionRef {
    QuestionRef {
        symptom: symptom.into(),
        index,
    }
}

pub fn ap(id: &str) -> Target {
    Target::AntiPattern(id.into())
}

pub fn findings(marked: &[&str], answers: &[(&str, usize, Answer)]) -> Findings {
    let mut f = Findings::default();
    for m in marked {
        f.toggle_mark(m);
    }
    for (s, i, a) in answers {
        f.set_answer(q(s, *i), Some(*a));
    }
    f
}

/// (id, score) pairs of a ranking, for compact assertions.
pub fn ids_and_scores(ranked: &[RankedCause]) -> Vec<(String, f64)> {
    ranked
        .iter()
        .map(|c| (c.target.id().to_string(), c.score))
        .collect()
}

pub fn assert_ranking(ranked: &[RankedCause], expected: &[(&str, f64)]) {
    let got = ids_and_scores(ranked);
    assert_eq!(
        got.len(),
        expected.len(),
        "got {got:?}, expected {expected:?}"
    );
    for ((gid, gscore), (eid, escore)) in got.iter().zip(expected) {
        assert_eq!(gid, eid, "got {got:?}, expected {expected:?}");
        assert!(
            (gscore - escore).abs() < 1e-9,
            "{gid}: score {gscore}, expected {escore}"
        );
    }
}

pub fn find<'a>(ranked: &'a [RankedCause], id: &str) -> &'a RankedCause {
    ranked
        .iter()
        .find(|c| c.target.id() == id)
        .unwrap_or_else(|| panic!("{id} is not ranked"))
}
