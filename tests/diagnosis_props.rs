//! Properties of the ranking over random findings, including ids the graph
//! does not have (as a stale session might hold).

use std::cmp::Ordering;
use std::sync::LazyLock;

use cdtriage::domain::diagnosis::{
    Reason, Walk, also_seeing, compare, diagnose, rank, suggested_symptoms, symptom_summary,
};
use cdtriage::domain::{Answer, Evidence, Findings, Graph, QuestionRef, load};
use proptest::prelude::*;

/// Loaded once: parsing the RON for each of the hundreds of cases is slow.
static GRAPH: LazyLock<Graph> =
    LazyLock::new(|| load::embedded().expect("the embedded graph loads"));

fn graph() -> &'static Graph {
    &GRAPH
}

/// Symptom ids of the graph plus two it does not have.
fn ids(g: &Graph) -> Vec<String> {
    let mut ids: Vec<String> = g.symptoms.iter().map(|s| s.id.clone()).collect();
    ids.push("gone-symptom".into());
    ids.push(String::new());
    ids
}

fn answer() -> impl Strategy<Value = Answer> {
    prop::sample::select(Answer::ALL.to_vec())
}

/// Marks (indices into `ids`, repeats allowed) and answers (symptom index,
/// question index up to 6 so some are out of range, answer).
fn raw_findings() -> impl Strategy<Value = (Vec<usize>, Vec<(usize, usize, Answer)>)> {
    (
        prop::collection::vec(0usize..23, 0..8),
        prop::collection::vec((0usize..23, 0usize..7, answer()), 0..30),
    )
}

fn build(ids: &[String], marks: &[usize], answers: &[(usize, usize, Answer)]) -> Findings {
    let mut f = Findings::default();
    for &m in marks {
        f.marked.push(ids[m % ids.len()].clone());
    }
    for &(s, index, a) in answers {
        let q = QuestionRef {
            symptom: ids[s % ids.len()].clone(),
            index,
        };
        f.set_answer(q, Some(a));
    }
    f
}

proptest! {
    #[test]
    fn ranking_is_consistent_on_any_findings((marks, answers) in raw_findings()) {
        let g = graph();
        let ids = ids(g);
        let f = build(&ids, &marks, &answers);
        let ranked = rank(g, &f);
        for c in &ranked {
            prop_assert!(g.anti_pattern(c.target.id()).is_some(), "{:?}", c.target);
            let sum: f64 = c.reasons.iter().map(Reason::contribution).sum();
            prop_assert!((sum - c.score).abs() < 1e-9);
            let pointed = c.points_count() > 0 || c.evidence_count(Evidence::Maybe) > 0;
            prop_assert!(c.score > 0.0 || pointed);
        }
        let d = diagnose(g, &f);
        prop_assert_eq!(&d.ranked, &ranked);
        for r in &d.ruled_out {
            prop_assert!(r.net < 0.0);
            prop_assert!(ranked.iter().all(|c| c.target != r.target), "{:?}", r.target);
            let sum: f64 = r.answers.iter().map(Reason::contribution).sum();
            prop_assert!((sum - r.net).abs() < 1e-9);
        }
        for pair in ranked.windows(2) {
            prop_assert_ne!(compare(g, &pair[0], &pair[1]), Ordering::Greater);
        }
        for entry in also_seeing(g, &f, &ranked, 5) {
            prop_assert!(entry.symptoms.iter().all(|s| !f.is_marked(s)));
        }
        for s in suggested_symptoms(g, &f) {
            prop_assert!(!f.is_marked(&s.symptom));
            prop_assert!(g.symptom(&s.symptom).is_some());
        }
        for id in &ids {
            prop_assert_eq!(symptom_summary(g, &f, id).is_some(), g.symptom(id).is_some());
        }
        let mut walk = Walk::for_triage(g, &f);
        let mut f2 = f.clone();
        while walk.answer(&mut f2, Answer::Skip) {}
        prop_assert!(walk.is_done());
        prop_assert!(walk.questions().iter().all(|q| g.question(q).is_some()));
    }

    #[test]
    fn marking_order_does_not_change_the_ranking(
        (marks, answers) in raw_findings(),
        seed in any::<u64>(),
    ) {
        let g = graph();
        let ids = ids(g);
        let f = build(&ids, &marks, &answers);
        let mut shuffled = marks.clone();
        // A cheap deterministic permutation from the seed.
        let n = shuffled.len();
        if n > 1 {
            shuffled.rotate_left((seed as usize) % n);
            if seed % 2 == 0 {
                shuffled.reverse();
            }
        }
        let g2 = build(&ids, &shuffled, &answers);
        let key = |f: &Findings| -> Vec<(String, f64)> {
            rank(g, f).into_iter().map(|c| (c.target.id().to_string(), c.score)).collect()
        };
        prop_assert_eq!(key(&f), key(&g2));
    }
}
