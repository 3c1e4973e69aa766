//! Ranking, summaries and suggestions on the embedded graph, with every
//! expected score computed by hand from the guide's links.
//!
//! Citation counts used below (symptoms listing the cause, of 21):
//! missing-deployment-pipeline 13, manual-deployments 10, snowflake-environments 7,
//! blind-operations 4, monolithic-work-items 4, manual-testing-only 2,
//! integration-deferred 1, testing-only-at-the-end 1, long-lived-feature-branches 1,
//! release-branches-backporting 1.

use std::cmp::Ordering;

use cdtriage::domain::diagnosis::{
    AlsoSeeing, RankedCause, Reason, Suggestion, Summary, Walk, also_seeing, compare, rank,
    suggested_symptoms, symptom_summary,
};
use cdtriage::domain::{Answer, Findings, Graph, QuestionRef, Target, load};

const MDP: &str = "missing-deployment-pipeline";
const MD: &str = "manual-deployments";
const ID: &str = "integration-deferred";

fn graph() -> Graph {
    load::embedded().expect("the embedded graph loads")
}

fn q(symptom: &str, index: usize) -> QuestionRef {
    QuestionRef {
        symptom: symptom.into(),
        index,
    }
}

fn ap(id: &str) -> Target {
    Target::AntiPattern(id.into())
}

fn findings(marked: &[&str], answers: &[(&str, usize, Answer)]) -> Findings {
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
fn ids_and_scores(ranked: &[RankedCause]) -> Vec<(String, f64)> {
    ranked
        .iter()
        .map(|c| (c.target.id().to_string(), c.score))
        .collect()
}

fn assert_ranking(ranked: &[RankedCause], expected: &[(&str, f64)]) {
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

fn find<'a>(ranked: &'a [RankedCause], id: &str) -> &'a RankedCause {
    ranked
        .iter()
        .find(|c| c.target.id() == id)
        .unwrap_or_else(|| panic!("{id} is not ranked"))
}

#[test]
fn one_marked_symptom_without_answers_ranks_its_most_common_cause_first() {
    let g = graph();
    let ranked = rank(&g, &findings(&["merge-freeze"], &[]));
    // merge-freeze cites manual-deployments (most common), integration-deferred, MDP.
    assert_ranking(
        &ranked,
        &[
            (MD, 1.0 / 10.0 + 1.0), // citation 1/10 + most common 1 = 1.10
            (ID, 1.0),              // citation 1/1 = 1.00
            (MDP, 1.0 / 13.0),      // citation 1/13 = 0.077
        ],
    );
}

#[test]
fn every_symptom_alone_ranks_its_most_common_cause_first() {
    let g = graph();
    for s in &g.symptoms {
        let ranked = rank(&g, &findings(&[&s.id], &[]));
        let top = ranked.first().map(|c| &c.target);
        assert_eq!(top, Some(&s.most_common_cause), "symptom {}", s.id);
    }
}

#[test]
fn a_yes_beats_the_priors() {
    let g = graph();
    // merge-freeze question 3 points at MDP.
    let ranked = rank(
        &g,
        &findings(&["merge-freeze"], &[("merge-freeze", 2, Answer::Yes)]),
    );
    assert_ranking(
        &ranked,
        &[
            (MDP, 1.0 / 13.0 + 3.0), // 0.077 + Yes 3 = 3.077
            (MD, 1.0 / 10.0 + 1.0),  // 1.10
            (ID, 1.0),               // 1.00
        ],
    );
}

#[test]
fn unsure_is_weaker_than_yes() {
    let g = graph();
    let f = findings(
        &["merge-freeze"],
        &[
            ("merge-freeze", 1, Answer::Unsure),
            ("merge-freeze", 2, Answer::Yes),
        ],
    );
    assert_ranking(
        &rank(&g, &f),
        &[
            (MDP, 1.0 / 13.0 + 3.0), // 3.077
            (ID, 1.0 + 1.0),         // citation 1 + Unsure 1 = 2.00
            (MD, 1.0 / 10.0 + 1.0),  // 1.10
        ],
    );
}

#[test]
fn a_no_removes_a_cause_that_only_that_symptom_supports() {
    let g = graph();
    // merge-freeze question 1 points at manual-deployments.
    let ranked = rank(
        &g,
        &findings(&["merge-freeze"], &[("merge-freeze", 0, Answer::No)]),
    );
    // manual-deployments: 0.1 + 1 - 2 = -0.9, not listed; the unanswered MDP stays.
    assert_ranking(&ranked, &[(ID, 1.0), (MDP, 1.0 / 13.0)]);
}

#[test]
fn a_no_counts_against_the_cause_for_that_symptom_only() {
    let g = graph();
    let f = findings(
        &["merge-freeze", "fear-of-deploying"],
        &[("merge-freeze", 0, Answer::No)],
    );
    assert_ranking(
        &rank(&g, &f),
        &[
            (ID, 1.0),                       // 1/1
            ("manual-testing-only", 0.5),    // 1/2
            ("blind-operations", 0.25),      // 1/4; ties with the next, id decides
            ("monolithic-work-items", 0.25), // 1/4
            (MD, 2.0 / 10.0 + 2.0 - 2.0),    // two citations 0.2 + two most-common 2 - No 2 = 0.20
            (MDP, 2.0 / 13.0),               // 0.154
        ],
    );
}

#[test]
fn shared_missing_deployment_pipeline_does_not_beat_a_rarer_cause_with_a_yes() {
    let g = graph();
    // Both symptoms cite MDP; raw link counts would give it 2 against 1 for snowflake.
    // no-rollback-capability question 4 points at snowflake-environments.
    let f = findings(
        &["merge-freeze", "no-rollback-capability"],
        &[("no-rollback-capability", 3, Answer::Yes)],
    );
    let ranked = rank(&g, &f);
    assert_ranking(
        &ranked,
        &[
            ("snowflake-environments", 1.0 / 7.0 + 3.0), // 3.143
            (MD, 2.0 / 10.0 + 2.0),                      // 2.20
            (ID, 1.0),                                   // 1.00
            ("blind-operations", 0.25),                  // 1/4
            (MDP, 2.0 / 13.0),                           // 0.154
        ],
    );
}

#[test]
fn being_cited_by_four_marked_symptoms_is_not_enough_to_beat_a_rare_cause() {
    let g = graph();
    let marked = [
        "merge-freeze",
        "fear-of-deploying",
        "no-deployment-audit-trail",
        "no-rollback-capability",
    ];
    let ranked = rank(&g, &findings(&marked, &[]));
    let mdp = find(&ranked, MDP).score;
    let id = find(&ranked, ID).score;
    assert!(
        (mdp - 4.0 / 13.0).abs() < 1e-9,
        "MDP: 4 citations x 1/13 = 0.308, got {mdp}"
    );
    assert!(
        (id - 1.0).abs() < 1e-9,
        "integration-deferred: 1/1, got {id}"
    );
    let pos = |x: &str| ranked.iter().position(|c| c.target.id() == x);
    assert!(pos(ID) < pos(MDP));
}

#[test]
fn the_normalisation_is_shown_in_the_reasons() {
    let g = graph();
    let f = findings(&["merge-freeze", "no-rollback-capability"], &[]);
    let ranked = rank(&g, &f);
    let mdp = find(&ranked, MDP);
    let w = 1.0 / 13.0;
    assert_eq!(
        mdp.reasons,
        vec![
            Reason::Normalisation {
                cited_by: 13,
                symptoms: 21,
                weight: w,
            },
            Reason::CitedBy {
                symptom: "merge-freeze".into(),
                contribution: w,
            },
            Reason::CitedBy {
                symptom: "no-rollback-capability".into(),
                contribution: w,
            },
        ]
    );
    assert_eq!(
        mdp.reasons[0].describe(&g),
        "cited by 13 of 21 symptoms: each citation ×1/13 = 0.077"
    );
    assert_eq!(
        mdp.reasons[1].describe(&g),
        "cited by marked symptom \"Merge freezes before deploys\": +0.08"
    );
}

#[test]
fn reasons_list_most_common_cause_and_answers_and_add_up_to_the_score() {
    let g = graph();
    let f = findings(
        &[
            "fear-of-deploying",
            "merge-freeze",
            "services-without-health-checks",
        ],
        &[
            ("fear-of-deploying", 0, Answer::Yes),
            ("fear-of-deploying", 2, Answer::Unsure),
            ("merge-freeze", 0, Answer::No),
            ("merge-freeze", 1, Answer::Skip),
            ("services-without-health-checks", 1, Answer::No),
            ("services-without-health-checks", 2, Answer::Yes),
        ],
    );
    let ranked = rank(&g, &f);
    for c in &ranked {
        let sum: f64 = c.reasons.iter().map(Reason::contribution).sum();
        assert!(
            (sum - c.score).abs() < 1e-9,
            "{:?}: {sum} vs {}",
            c.target,
            c.score
        );
    }
    let md = find(&ranked, MD);
    assert_eq!(
        md.reasons[1..],
        [
            Reason::CitedBy {
                symptom: "fear-of-deploying".into(),
                contribution: 0.1,
            },
            Reason::MostCommonCause {
                symptom: "fear-of-deploying".into(),
                contribution: 1.0,
            },
            Reason::Answered {
                question: q("fear-of-deploying", 0),
                answer: Answer::Yes,
                contribution: 3.0,
            },
            Reason::CitedBy {
                symptom: "merge-freeze".into(),
                contribution: 0.1,
            },
            Reason::MostCommonCause {
                symptom: "merge-freeze".into(),
                contribution: 1.0,
            },
            Reason::Answered {
                question: q("merge-freeze", 0),
                answer: Answer::No,
                contribution: -2.0,
            },
        ]
    );
    // manual-deployments: 0.1 + 1 + 3 + 0.1 + 1 - 2 = 3.2
    assert!((md.score - 3.2).abs() < 1e-9);
    // blind-operations: cited twice 2/4 + most common of services 1 + Unsure 1
    // (fear q3) - No 2 (services q2) + Yes 3 (services q3) = 3.5
    let bo = find(&ranked, "blind-operations");
    assert!((bo.score - 3.5).abs() < 1e-9, "got {}", bo.score);
    // The skipped question adds no reason: integration-deferred has only its citation.
    assert_eq!(find(&ranked, ID).reasons.len(), 2);
    // 3.5 > 3.2: blind-operations first.
    assert_eq!(ranked[0].target, ap("blind-operations"));
}

#[test]
fn ties_break_the_same_way_whatever_the_marking_order() {
    let g = graph();
    let a = findings(
        &[
            "merge-freeze",
            "fear-of-deploying",
            "regressions-on-release",
        ],
        &[("fear-of-deploying", 4, Answer::Unsure)],
    );
    let b = findings(
        &[
            "regressions-on-release",
            "fear-of-deploying",
            "merge-freeze",
        ],
        &[("fear-of-deploying", 4, Answer::Unsure)],
    );
    let ra = ids_and_scores(&rank(&g, &a));
    assert_eq!(ra, ids_and_scores(&rank(&g, &b)));
    assert_eq!(ra, ids_and_scores(&rank(&g, &a)), "same input, same output");
    // Equal scores 1.0 (one citation of a cause only one symptom cites), no Yes,
    // equal weight 1: ordered by id.
    let ones: Vec<&str> = ra
        .iter()
        .filter(|(_, s)| (s - 1.0).abs() < 1e-9)
        .map(|(id, _)| id.as_str())
        .collect();
    assert_eq!(
        ones,
        vec![
            ID,
            "long-lived-feature-branches",
            "release-branches-backporting"
        ]
    );
}

#[test]
fn more_yes_answers_win_a_tie_on_score() {
    // An exact float tie between a cause with a Yes and one without is hard to
    // reach on the real graph, so the ordering rule is checked directly.
    let g = graph();
    let f = findings(&["merge-freeze"], &[("merge-freeze", 1, Answer::Yes)]);
    let ranked = rank(&g, &f);
    let mut with_yes = find(&ranked, ID).clone();
    let mut without = find(&ranked, MD).clone();
    with_yes.score = 2.0;
    without.score = 2.0;
    assert_eq!(
        compare(&g, &with_yes, &without),
        Ordering::Less,
        "the cause with a Yes sorts first"
    );
    assert_eq!(compare(&g, &without, &with_yes), Ordering::Greater);
    // Without Yes on either side the rarer cause (integration-deferred, weight 1,
    // against manual-deployments, weight 1/10) sorts first.
    with_yes
        .reasons
        .retain(|r| !matches!(r, Reason::Answered { .. }));
    assert_eq!(compare(&g, &with_yes, &without), Ordering::Less);
}

#[test]
fn a_yes_to_symptom_15_question_1_suggests_infrequent_releases() {
    let g = graph();
    let why = q("regressions-on-release", 0);
    for answer in [Answer::Yes, Answer::Unsure] {
        let f = findings(
            &["regressions-on-release"],
            &[("regressions-on-release", 0, answer)],
        );
        assert_eq!(
            suggested_symptoms(&g, &f),
            vec![Suggestion {
                symptom: "infrequent-releases".into(),
                because: why.clone(),
            }],
            "{answer:?}"
        );
        // The symptom target is offered, never ranked as a root cause.
        let ranked = rank(&g, &f);
        assert!(
            ranked
                .iter()
                .all(|c| matches!(c.target, Target::AntiPattern(_)))
        );
    }
    for answer in [Answer::No, Answer::Skip] {
        let f = findings(
            &["regressions-on-release"],
            &[("regressions-on-release", 0, answer)],
        );
        assert!(suggested_symptoms(&g, &f).is_empty(), "{answer:?}");
    }
}

#[test]
fn no_suggestion_for_a_symptom_already_marked_or_from_an_unmarked_one() {
    let g = graph();
    let yes = [("regressions-on-release", 0, Answer::Yes)];
    let both = findings(&["regressions-on-release", "infrequent-releases"], &yes);
    assert!(suggested_symptoms(&g, &both).is_empty());
    // Answers of a symptom that is not marked do not drive the triage.
    let unmarked = findings(&["merge-freeze"], &yes);
    assert!(suggested_symptoms(&g, &unmarked).is_empty());
}

#[test]
fn symptom_15_alone_ranks_its_anti_patterns_only() {
    let g = graph();
    let ranked = rank(&g, &findings(&["regressions-on-release"], &[]));
    // Its causes: infrequent-releases (a symptom: not ranked), testing-only-at-the-end
    // (most common), long-lived-feature-branches, release-branches-backporting.
    assert_ranking(
        &ranked,
        &[
            ("testing-only-at-the-end", 1.0 + 1.0), // 2.00
            ("long-lived-feature-branches", 1.0),   // 1.00, tie broken by id
            ("release-branches-backporting", 1.0),  // 1.00
        ],
    );
}

#[test]
fn also_seeing_lists_unmarked_symptoms_of_the_top_causes() {
    let g = graph();
    let f = findings(&["merge-freeze", "fear-of-deploying"], &[]);
    let ranked = rank(&g, &f);
    // Top two: manual-deployments (0.2 + 2 = 2.2), integration-deferred (1.0).
    assert_eq!(ranked[0].target, ap(MD));
    assert_eq!(ranked[1].target, ap(ID));
    let also = also_seeing(&g, &f, &ranked, 2);
    // manual-deployments is cited by 10 symptoms; two are marked. integration-deferred
    // is cited only by merge-freeze, which is marked, so it is left out.
    assert_eq!(
        also,
        vec![AlsoSeeing {
            cause: ap(MD),
            symptoms: [
                "change-management-overhead",
                "database-migrations-block-deploys",
                "infrequent-releases",
                "no-deployment-audit-trail",
                "no-rollback-capability",
                "release-manager-bottleneck",
                "staging-passes-production-fails",
                "stateful-service-deployment-outages",
            ]
            .map(String::from)
            .to_vec(),
        }]
    );
    for entry in also_seeing(&g, &f, &ranked, ranked.len()) {
        assert!(entry.symptoms.iter().all(|s| !f.is_marked(s)), "{entry:?}");
    }
    assert!(also_seeing(&g, &f, &ranked, 0).is_empty());
}

#[test]
fn stale_ids_in_findings_are_ignored_without_panicking() {
    let g = graph();
    let clean = findings(&["merge-freeze"], &[("merge-freeze", 2, Answer::Yes)]);
    let mut stale = clean.clone();
    stale.marked.insert(0, "no-such-symptom".into());
    stale.marked.push("merge-freeze".into()); // a repeated mark counts once
    stale.set_answer(q("no-such-symptom", 0), Some(Answer::Yes));
    stale.set_answer(q("merge-freeze", 99), Some(Answer::Yes));
    assert_eq!(
        ids_and_scores(&rank(&g, &stale)),
        ids_and_scores(&rank(&g, &clean))
    );
    assert!(suggested_symptoms(&g, &stale).is_empty());
    assert_eq!(symptom_summary(&g, &stale, "no-such-symptom"), None);
    assert_eq!(
        Walk::for_triage(&g, &stale).questions(),
        Walk::for_triage(&g, &clean).questions()
    );
    assert!(Walk::for_symptom(&g, "no-such-symptom").is_done());
    // A ranked list from an older graph may name a cause this one lacks.
    let mut ranked = rank(&g, &clean);
    ranked.insert(
        0,
        RankedCause {
            target: ap("no-such-cause"),
            score: 9.0,
            reasons: Vec::new(),
        },
    );
    let also = also_seeing(&g, &clean, &ranked, 2);
    assert_eq!(also.len(), 1);
    assert_eq!(also[0].cause, ap(MDP));
}

#[test]
fn nothing_marked_ranks_nothing() {
    let g = graph();
    let f = findings(&[], &[("merge-freeze", 0, Answer::Yes)]);
    assert!(rank(&g, &f).is_empty());
}

#[test]
fn summary_lists_yes_then_unsure_targets_once_in_question_order() {
    let g = graph();
    let f = findings(
        &[],
        &[
            ("fear-of-deploying", 0, Answer::Unsure), // manual-deployments
            ("fear-of-deploying", 1, Answer::Yes),    // missing-deployment-pipeline
            ("fear-of-deploying", 2, Answer::Yes),    // blind-operations
            ("fear-of-deploying", 3, Answer::No),     // manual-testing-only
            ("fear-of-deploying", 4, Answer::Unsure), // monolithic-work-items
        ],
    );
    assert_eq!(
        symptom_summary(&g, &f, "fear-of-deploying"),
        Some(Summary {
            yes: vec![ap(MDP), ap("blind-operations")],
            unsure: vec![ap(MD), ap("monolithic-work-items")],
            most_common: ap(MD),
        })
    );
}

#[test]
fn summary_deduplicates_a_cause_asked_about_twice() {
    let g = graph();
    // services-without-health-checks questions 2 and 3 both point at blind-operations.
    let f = findings(
        &[],
        &[
            ("services-without-health-checks", 1, Answer::Unsure),
            ("services-without-health-checks", 2, Answer::Yes),
        ],
    );
    let s = symptom_summary(&g, &f, "services-without-health-checks").expect("known symptom");
    assert_eq!(s.yes, vec![ap("blind-operations")]);
    assert!(s.unsure.is_empty(), "already listed under Yes");
    // A symptom target keeps its kind in the summary.
    let f = findings(&[], &[("regressions-on-release", 0, Answer::Yes)]);
    let s = symptom_summary(&g, &f, "regressions-on-release").expect("known symptom");
    assert_eq!(s.yes, vec![Target::Symptom("infrequent-releases".into())]);
    assert_eq!(s.most_common, ap("testing-only-at-the-end"));
}

#[test]
fn a_triage_walk_runs_the_marked_symptoms_questions_in_marking_order() {
    let g = graph();
    let mut f = findings(&["regressions-on-release", "merge-freeze"], &[]);
    let mut walk = Walk::for_triage(&g, &f);
    // 4 questions for symptom 15, then 3 for merge-freeze.
    let expected: Vec<QuestionRef> = (0..4)
        .map(|i| q("regressions-on-release", i))
        .chain((0..3).map(|i| q("merge-freeze", i)))
        .collect();
    assert_eq!(walk.questions(), expected.as_slice());
    for _ in 0..5 {
        walk.answer(&mut f, Answer::Skip);
    }
    assert_eq!(walk.current(), Some(&q("merge-freeze", 1)));
    assert_eq!((walk.progress().number, walk.progress().total), (6, 7));
    assert_eq!(Walk::for_symptom(&g, "merge-freeze").len(), 3);
}
