use super::*;
use crate::domain::load;

fn q(s: &str, i: usize) -> QuestionRef {
    QuestionRef {
        symptom: s.into(),
        index: i,
    }
}

#[test]
fn wording_ignores_case_punctuation_and_hyphens() {
    assert_eq!(
        wording_key("Is the deployment process automated end-to-end?"),
        wording_key("is the deployment process automated END TO END")
    );
    assert_eq!(
        wording_key("  Does the team’s  build pass? "),
        "does the team s build pass"
    );
    assert_ne!(
        wording_key("Is the deployment process automated?"),
        wording_key("Is the deployment process automated end to end?")
    );
}

#[test]
fn the_guide_has_two_groups_of_shared_questions() {
    let g = load::embedded().unwrap();
    assert_eq!(
        groups(&g),
        vec![
            // "Is the deployment process automated?" -> Manual Deployments
            vec![
                q("fear-of-deploying", 0),
                q("infrequent-releases", 0),
                q("no-rollback-capability", 0)
            ],
            // "... automated end-to-end?" (11) and "... end to end?" (16)
            vec![q("merge-freeze", 0), q("release-manager-bottleneck", 1)],
        ]
    );
    assert_eq!(
        group_of(&g, &q("merge-freeze", 1)),
        vec![q("merge-freeze", 1)]
    );
    assert_eq!(group_of(&g, &q("gone", 0)), Vec::<QuestionRef>::new());
}

#[test]
fn same_wording_pointing_elsewhere_is_not_shared() {
    let mut g = load::embedded().unwrap();
    // Make symptom 10's first question point at another of its causes.
    let s = g
        .symptoms
        .iter_mut()
        .find(|s| s.id == "infrequent-releases")
        .unwrap();
    s.questions[0].target = s.questions[1].target.clone();
    assert_eq!(
        group_of(&g, &q("fear-of-deploying", 0)),
        vec![q("fear-of-deploying", 0), q("no-rollback-capability", 0)]
    );
}

#[test]
fn answering_on_one_symptom_fills_the_others_and_says_where_it_came_from() {
    let g = load::embedded().unwrap();
    let mut f = Findings::default();
    set_answer(&g, &mut f, q("fear-of-deploying", 0), Some(Answer::Yes));
    for other in [q("infrequent-releases", 0), q("no-rollback-capability", 0)] {
        assert_eq!(f.answer(&other), Some(Answer::Yes));
        let shared = shared_answer(&g, &f, &other).expect("a shared answer");
        assert_eq!(
            shared.describe(),
            "Answered on symptom 8, The Team Is Afraid to Deploy: Yes"
        );
    }
    assert_eq!(shared_answer(&g, &f, &q("fear-of-deploying", 0)), None);
    let given: Vec<_> = f.given().collect();
    assert_eq!(given, [(&q("fear-of-deploying", 0), Answer::Yes)]);
}

#[test]
fn changing_a_shared_answer_anywhere_changes_it_everywhere() {
    let g = load::embedded().unwrap();
    let mut f = Findings::default();
    set_answer(&g, &mut f, q("fear-of-deploying", 0), Some(Answer::Yes));
    // Changed on symptom 13, through the graph-free API: the whole group follows.
    f.set_answer(q("no-rollback-capability", 0), Some(Answer::No));
    for member in group_of(&g, &q("fear-of-deploying", 0)) {
        assert_eq!(f.answer(&member), Some(Answer::No), "{member:?}");
    }
    let shared = shared_answer(&g, &f, &q("fear-of-deploying", 0)).unwrap();
    assert_eq!(
        shared.describe(),
        "Answered on symptom 13, Deployments Are One-Way Doors: No"
    );
    // Cleared on one: gone from all.
    f.set_answer(q("infrequent-releases", 0), None);
    assert!(f.answers.is_empty() && f.shared_from.is_empty(), "{f:?}");
}

#[test]
fn an_answer_given_separately_before_is_replaced_by_the_shared_one() {
    let g = load::embedded().unwrap();
    let mut f = Findings::default();
    f.set_answer(q("no-rollback-capability", 0), Some(Answer::No));
    f.set_answer(q("merge-freeze", 0), Some(Answer::Unsure));
    set_answer(&g, &mut f, q("fear-of-deploying", 0), Some(Answer::Yes));
    assert_eq!(f.answer(&q("no-rollback-capability", 0)), Some(Answer::Yes));
    assert_eq!(
        f.given_on(&q("no-rollback-capability", 0)),
        &q("fear-of-deploying", 0)
    );
    // Another group is untouched.
    assert_eq!(f.answer(&q("merge-freeze", 0)), Some(Answer::Unsure));
    assert!(!f.is_shared_copy(&q("merge-freeze", 0)));
}
