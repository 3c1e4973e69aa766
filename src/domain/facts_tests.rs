use super::*;
use crate::domain::load;

fn q(s: &str, number: usize) -> QuestionRef {
    QuestionRef {
        symptom: s.into(),
        index: number - 1,
    }
}

fn graph() -> Graph {
    load::embedded().expect("the embedded graph loads with its facts")
}

/// The embedded facts with `edit` applied, checked against the graph.
fn problems_after(edit: impl FnOnce(&mut FactsFile)) -> Vec<String> {
    let mut facts = embedded().expect("embedded facts").clone();
    edit(&mut facts);
    check(&graph(), &facts)
}

#[test]
fn every_one_of_the_73_questions_has_a_fact() {
    let g = graph();
    let facts = embedded().expect("embedded facts");
    assert_eq!(facts.questions.len(), 73);
    assert_eq!(check(&g, facts), Vec::<String>::new());
    let mut count = 0;
    for s in &g.symptoms {
        for index in 0..s.questions.len() {
            let r = QuestionRef {
                symptom: s.id.clone(),
                index,
            };
            assert!(g.fact(&r).is_some(), "{r:?}");
            count += 1;
        }
    }
    assert_eq!(count, 73);
    let not_yes_no = facts
        .questions
        .iter()
        .filter(|e| e.yes_means.is_some())
        .count();
    // The seven "How ..." questions and two either/or questions.
    assert_eq!(not_yes_no, 9);
}

/// Read by hand in assets/source/deployment-and-release-problems.print.txt
/// (line numbers of that file): the question, then its explanation.
#[test]
fn a_sample_read_by_hand_in_the_printable_view() {
    let g = graph();
    let table: [(&str, usize, Points, Option<&str>); 17] = [
        // 772 "Can any engineer ... without help? If not, ... Knowledge silos."
        ("release-manager-bottleneck", 1, Points::No, None),
        // 60 "Must consuming services be deployed at the same time ...? If
        // coordinated deployment is required, ..."
        ("api-changes-break-consumers", 2, Points::Yes, None),
        // 143 "Does a committee approve ...? Manual approval boards add
        // calendar-driven delays ..." (no "If": the committee is the delay)
        ("change-management-overhead", 1, Points::Yes, None),
        // 278 "Do migrations behave differently in staging versus
        // production? Environment differences ... are the likely cause."
        ("database-migrations-block-deploys", 2, Points::Yes, None),
        // 98 "Are the build environments for each stage identical? If ...
        // different machines with different configurations, ..."
        ("artifacts-rebuilt-per-environment", 2, Points::No, None),
        // 901 "... provisioned from the same infrastructure code? If not, or
        // if you are not sure, start with Snowflake Environments."
        ("staging-passes-production-fails", 1, Points::No, None),
        // 902 "How did you discover the production failure? If a customer
        // or support team reported it rather than an automated alert, ..."
        (
            "staging-passes-production-fails",
            2,
            Points::Yes,
            Some("a customer or support team reported it rather than an automated alert"),
        ),
        // 325 "How large are typical deployments? Large deployments have
        // more surface area for problems."
        (
            "deploy-release-coupled",
            2,
            Points::Yes,
            Some("Large deployments"),
        ),
        // 628 "How quickly does the team detect deployment problems? If
        // detection takes more than 30 minutes, ..."
        (
            "no-rollback-capability",
            3,
            Points::Yes,
            Some("detection takes more than 30 minutes"),
        ),
        // 717 "Do tests run on every commit or only before a release? If the
        // team discovers regressions at release time, ..."
        (
            "regressions-on-release",
            2,
            Points::Yes,
            Some("only before a release"),
        ),
        // 982 "Can the team deploy without QA sign-off? If QA approval is a
        // required step before any production release, ..."
        ("waiting-on-qa-team", 2, Points::No, None),
        // 859 "Are there services in production with no associated alerts?
        // If yes, ..."
        ("services-without-health-checks", 3, Points::Yes, None),
        // 574 "Could the environment have been modified since the last
        // deployment? If production servers can be changed outside ..."
        ("no-deployment-audit-trail", 3, Points::Yes, None),
        // 488 "Does a manual test pass gate every release? If QA takes days
        // per release, ..."
        ("infrequent-releases", 5, Points::Yes, None),
        // 376, 484, 626: "Is the deployment process automated? If a human
        // runs the deployment" / "If deploying requires human steps" / "If not"
        ("fear-of-deploying", 1, Points::No, None),
        ("infrequent-releases", 1, Points::No, None),
        ("no-rollback-capability", 1, Points::No, None),
    ];
    for (symptom, number, points, yes_means) in table {
        let fact = g
            .fact(&q(symptom, number))
            .unwrap_or_else(|| panic!("{symptom} {number}"));
        assert_eq!(fact.points, points, "{symptom} question {number}");
        assert_eq!(
            fact.yes_means.as_deref(),
            yes_means,
            "{symptom} question {number}"
        );
    }
}

#[test]
fn a_missing_fact_names_the_question() {
    let p = problems_after(|f| {
        f.questions
            .retain(|e| e.symptom != "merge-freeze" || e.number != 2);
    });
    assert_eq!(
        p,
        ["symptom `merge-freeze`, question 2: no fact says which answer points at its cause"]
    );
}

#[test]
fn a_fact_must_name_its_question_as_the_guide_writes_it() {
    let p = problems_after(|f| {
        let e = f
            .questions
            .iter_mut()
            .find(|e| e.symptom == "merge-freeze" && e.number == 1)
            .unwrap();
        e.question = "Is deployment automated?".into();
    });
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("(symptom `merge-freeze`, question 1): the question reads \"Is the deployment process automated end-to-end?\" in the graph"),
        "{p:?}"
    );
}

#[test]
fn yes_means_must_be_the_guides_words_and_point_yes() {
    let p = problems_after(|f| {
        let e = f
            .questions
            .iter_mut()
            .find(|e| e.symptom == "deploy-release-coupled" && e.number == 2)
            .unwrap();
        e.yes_means = Some("Big deployments".into());
        e.points = Points::No;
    });
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].contains("is not the guide's words"), "{p:?}");
    assert!(p[1].contains("`points` must be Yes"), "{p:?}");
}

#[test]
fn repeats_unknown_questions_and_another_graph_are_refused() {
    let p = problems_after(|f| {
        let mut copy = f.questions[0].clone();
        f.questions.push(copy.clone());
        copy.number = 9;
        f.questions.push(copy.clone());
        copy.number = 0;
        f.questions.push(copy);
    });
    assert_eq!(p.len(), 3, "{p:?}");
    assert!(p[0].ends_with("repeats fact 1"), "{p:?}");
    assert!(p[1].ends_with("the graph has no such question"), "{p:?}");
    assert!(p[2].ends_with("questions are numbered from 1"), "{p:?}");
    let p = problems_after(|f| f.graph = "testing-problems".into());
    assert_eq!(
        p,
        ["the facts are about graph `testing-problems`, not `deployment-and-release-problems`"]
    );
}

#[test]
fn questions_sharing_an_answer_must_share_their_fact() {
    let p = problems_after(|f| {
        let e = f
            .questions
            .iter_mut()
            .find(|e| e.symptom == "no-rollback-capability" && e.number == 1)
            .unwrap();
        e.points = Points::Yes;
    });
    assert_eq!(
        p,
        [
            "symptom `no-rollback-capability`, question 1 shares its wording and cause with symptom `fear-of-deploying`, question 1, but not its fact"
        ]
    );
}

#[test]
fn a_syntax_error_names_the_file_line_and_column() {
    let e = parse(
        "(\n  graph: \"x\",\n  questions: [ (symptom: 3) ],\n)",
        "f.ron",
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("f.ron:3:"), "{e}");
    let e = parse("(graph: \"x\", questions: [], extra: 1)", "f.ron").unwrap_err();
    assert!(e.to_string().contains("extra"), "{e}");
}

#[test]
fn another_guides_graph_without_facts_says_where_they_go() {
    let mut g = graph();
    g.id = "testing-problems".into();
    let e = attach_embedded(g, "t.ron").unwrap_err();
    let text = e.to_string();
    assert!(text.starts_with("t.ron: the graph is not valid"), "{text}");
    assert!(
        text.contains("no answer facts for graph `testing-problems`"),
        "{text}"
    );
    assert!(text.contains("`.facts.ron`"), "{text}");
}

#[test]
fn derived_facts_of_the_embedded_graph_are_the_built_in_ones() {
    let g = graph();
    let (facts, derived) = derive(&g);
    assert_eq!(
        derived,
        Derived {
            reused: 73,
            inferred: 0
        }
    );
    let built_in = embedded().expect("the built-in facts parse");
    assert_eq!(&facts, built_in);
    // Written out and read back, they are the same and pass the checks.
    let back = parse(&to_ron(&facts), "derived.facts.ron").expect("parses");
    assert_eq!(back, facts);
    assert!(check(&g, &back).is_empty());
}

#[test]
fn an_imported_guides_new_questions_are_read_from_their_explanations() {
    let mut g = graph();
    g.id = "another-section".into();
    let s = &mut g.symptoms[0];
    s.questions[0].question = "Do you deploy on Fridays?".into();
    s.questions[0].detail = "If not, the fear is of the deploy. Start with X.".into();
    s.questions[1].question = "How long do rollbacks take?".into();
    s.questions[1].detail = "If rollbacks take hours, nobody practises them. Start with Y.".into();
    s.questions[2].question = "Are builds reproducible?".into();
    s.questions[2].detail = "If builds differ, the artifact is not the one tested.".into();
    let (facts, derived) = derive(&g);
    assert_eq!(derived.inferred, 3);
    assert_eq!(derived.reused, 70);
    let first: Vec<(Points, Option<&str>)> = facts.questions[..3]
        .iter()
        .map(|e| (e.points, e.yes_means.as_deref()))
        .collect();
    assert_eq!(
        first,
        vec![
            (Points::No, None),
            (Points::Yes, Some("rollbacks take hours")),
            (Points::Yes, None),
        ]
    );
    assert!(check(&g, &facts).is_empty(), "{:?}", check(&g, &facts));
    assert!(attach(g, &facts, "x").is_ok());
}
