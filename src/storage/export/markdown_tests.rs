use super::*;
use crate::domain::compare::compare;
use crate::domain::session::tests::sample;
use crate::domain::{Answer, QuestionRef, load, shared};

fn q(s: &str, i: usize) -> QuestionRef {
    QuestionRef {
        symptom: s.into(),
        index: i,
    }
}

fn cet() -> TimeZone {
    TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap()
}

fn options() -> MinutesOptions {
    MinutesOptions {
        tz: cet(),
        reasons: false,
        today: Some("2026-12-10".parse().unwrap()),
        since: None,
    }
}

/// The sample session, answered as a team would: a shared question (8.1,
/// also 10 and 13), a not-yes/no question (19.2), an answer carried over
/// from the session it follows, and actions open, late and done.
fn team_session(graph: &Graph) -> Session {
    let mut s = sample();
    s.graph_version = graph.version.clone();
    s.findings.toggle_mark("fear-of-deploying");
    // "Is the deployment process automated?" Yes: speaks against Manual
    // Deployments on symptoms 8, 10 and 13.
    shared::set_answer(
        graph,
        &mut s.findings,
        q("fear-of-deploying", 0),
        Some(Answer::Yes),
    );
    // "How did you discover the production failure?" Yes: a customer told us.
    s.findings
        .set_answer(q("staging-passes-production-fails", 1), Some(Answer::Yes));
    s.findings
        .carried
        .insert(q("api-changes-break-consumers", 1));
    s.actions[0].due = Some("2026-12-04".into());
    s.add_action(
        crate::domain::ActionItem::parse_line(
            "Pair on the release @Bo due:2027-01-10",
            None,
            1_795_660_900,
        )
        .unwrap(),
    );
    s
}

#[allow(dead_code)]
fn causes(graph: &Graph) -> Vec<MinutesCause> {
    let ap = |id: &str| graph.anti_pattern(id).unwrap();
    vec![
        MinutesCause {
            target: Target::AntiPattern("distributed-monolith".into()),
            name: ap("distributed-monolith").name.clone(),
            url: ap("distributed-monolith").url.clone(),
            score: 2.5,
            summary: "1 answer points here".into(),
            reasons: vec!["You answered yes to Q2 of a marked symptom".into()],
        },
        MinutesCause {
            target: Target::AntiPattern("cab-gates".into()),
            name: ap("cab-gates").name.clone(),
            url: ap("cab-gates").url.clone(),
            score: 1.0,
            summary: String::new(),
            reasons: vec![],
        },
    ]
}

#[test]
fn minutes_of_a_full_session() {
    let graph = load::embedded().unwrap();
    let mut session = team_session(&graph);
    session.add_note(
        NoteTarget::Question(QuestionRef {
            symptom: "merge-freeze".into(),
            index: 0,
        }),
        "Not answered yet, but worth asking.".into(),
        1_795_660_900,
    );
    let causes = super::super::ranked_causes(&session, &graph);
    insta::assert_snapshot!(to_markdown_with(&session, &graph, &causes, &options()));
}

#[test]
fn each_answer_appears_once_saying_where_it_points() {
    let graph = load::embedded().unwrap();
    let session = team_session(&graph);
    let causes = super::super::ranked_causes(&session, &graph);
    let md = to_markdown_with(&session, &graph, &causes, &options());
    let automated = "- Is the deployment process automated? — Yes → speaks against Manual Deployments (the same question on symptoms 10, 13)\n";
    assert_eq!(md.matches(automated).count(), 1, "{md}");
    assert_eq!(
        md.matches("Is the deployment process automated?").count(),
        2,
        "once answered, once ruled out:\n{md}"
    );
    assert!(
        md.contains(
            "- Does the team know every consumer of their APIs? — No → points at Knowledge Silos\n"
        ),
        "{md}"
    );
    assert!(md.contains("- How did you discover the production failure? (Yes means: a customer or support team reported it rather than an automated alert) — Yes → points at Blind Operations\n"), "{md}");
    assert!(
        md.contains("— Yes → points at Distributed Monolith (from sprint 41, not yet confirmed)"),
        "{md}"
    );
    assert!(
        md.contains("- Started: 2026-11-26 03:26 CET (UTC+01:00)\n"),
        "{md}"
    );
    assert!(md.contains("- Attendees: Ana, Bo, Priya\n"), "{md}");
    assert!(
        md.contains("\n## Ruled out\n\n- [Manual Deployments]("),
        "{md}"
    );
    // Open first, the late one flagged; done last.
    let open = md.find("- [ ] List every consumer").unwrap();
    let second = md.find("- [ ] Pair on the release").unwrap();
    let done = md.find("- [x] Ask the CAB").unwrap();
    assert!(open < second && second < done, "{md}");
    assert!(md.contains("due: 2026-12-04, overdue;"), "{md}");
    // One-line reasons by default; the arithmetic with --reasons.
    assert!(!md.contains("cited by 1 of 21 symptoms"), "{md}");
    let full = to_markdown_with(
        &session,
        &graph,
        &causes,
        &MinutesOptions {
            reasons: true,
            ..options()
        },
    );
    assert!(full.contains("   - = "), "{full}");
}

#[test]
fn the_minutes_of_a_session_that_follows_another_say_what_changed_since() {
    let graph = load::embedded().unwrap();
    let mut old = Session::new("sprint1", &graph, 1_795_660_000);
    old.findings.toggle_mark("merge-freeze");
    old.add_action(
        crate::domain::ActionItem::parse_line(
            "Script the deploy runbook @sam due:2026-12-15",
            None,
            1,
        )
        .unwrap(),
    );
    let mut new = Session::following(&old, "sprint2", &graph, 1_796_870_000);
    new.findings.toggle_mark("no-rollback-capability");
    new.set_action_done(0, true).unwrap();
    let today = "2026-12-20".parse().unwrap();
    let since = compare(&graph, &old, &new, today);
    let causes = super::super::ranked_causes(&new, &graph);
    let md = to_markdown_with(
        &new,
        &graph,
        &causes,
        &MinutesOptions {
            since: Some(since),
            ..options()
        },
    );
    for expected in [
        "- Follows: sprint1\n",
        "## Since sprint1\n\n- Newly marked: 13. Deployments Are One-Way Doors\n",
        "- Manual Deployments: #1 (1.10) → #1 (2.20) (same rank)\n",
        "- Missing Deployment Pipeline: #3 (0.08) → #4 (0.15) (down)\n",
        "- Blind Operations: not ranked → #3 (0.25) (new)\n",
        "- Done: Script the deploy runbook @sam due:2026-12-15\n",
    ] {
        assert!(md.contains(expected), "missing {expected:?}:\n{md}");
    }
}

#[test]
fn every_note_appears_exactly_once() {
    let graph = load::embedded().unwrap();
    let mut session = sample();
    // Notes on an unmarked symptom and an unknown id go to "Other notes".
    session.add_note(
        NoteTarget::Symptom("merge-freeze".into()),
        "n-unmarked".into(),
        1,
    );
    session.add_note(NoteTarget::AntiPattern("gone".into()), "n-gone".into(), 1);
    for (i, note) in session.notes.iter_mut().enumerate() {
        note.text = format!("note-{i}-text");
    }
    let md = to_markdown(&session, &graph, &[]);
    for i in 0..session.notes.len() {
        assert_eq!(
            md.matches(&format!("note-{i}-text")).count(),
            1,
            "note {i}:\n{md}"
        );
    }
    assert!(
        md.contains("- On anti-pattern `gone` (no longer in the guide): note-6-text"),
        "{md}"
    );
}

#[test]
fn an_empty_session_says_so_in_each_section() {
    let graph = load::embedded().unwrap();
    let session = Session::new("empty", &graph, 0);
    let md = to_markdown_with(&session, &graph, &[], &options());
    for expected in [
        "# Session minutes: empty\n",
        "- Started: 1970-01-01 01:00 CET (UTC+01:00)\n",
        "None marked.",
        "No questions answered.",
        "No causes ranked: no symptom is marked.",
        "## Action items\n\nNone.",
        "## Notes\n\nNone.",
        "adapted by cdtriage.",
    ] {
        assert!(md.contains(expected), "missing {expected:?} in:\n{md}");
    }
    assert!(!md.contains("Recorded on guide data"));
}

#[test]
fn multi_line_text_stays_inside_its_list_item() {
    let mut out = String::new();
    bullet(&mut out, "   ", "Note: ", "one\ntwo\n\nthree");
    assert_eq!(out, "   - Note: one  \n     two\n\n     three\n");
    let mut out = String::new();
    bullet(&mut out, "", "[ ] ", "");
    assert_eq!(out, "- [ ]\n");
}

#[test]
fn an_action_item_says_whether_it_links_a_symptom_or_a_cause() {
    let graph = load::embedded().unwrap();
    let mut session = Session::new("links", &graph, 0);
    for (text, to) in [
        (
            "Pair with the release manager",
            Target::Symptom("release-manager-bottleneck".into()),
        ),
        (
            "Write down the deploy steps",
            Target::AntiPattern("knowledge-silos".into()),
        ),
    ] {
        session.add_action(crate::domain::ActionItem::parse_line(text, Some(to), 1).unwrap());
    }
    let md = to_markdown_with(&session, &graph, &[], &options());
    assert!(
        md.contains("- [ ] Pair with the release manager (symptom: [Releases Depend on One Person](https://beyond.minimumcd.org/docs/symptoms/"),
        "{md}"
    );
    assert!(
        md.contains("- [ ] Write down the deploy steps (cause: [Knowledge Silos](https://beyond.minimumcd.org/docs/anti-patterns/"),
        "{md}"
    );
    assert!(!md.contains("page: ["), "{md}");
}
