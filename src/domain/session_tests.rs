use super::*;
use crate::domain::Answer;
use crate::domain::load;

fn q(s: &str, i: usize) -> QuestionRef {
    QuestionRef {
        symptom: s.into(),
        index: i,
    }
}

/// A session with every field set to a non-default value, using ids from the
/// embedded graph. Shared with the storage tests.
pub(crate) fn sample() -> Session {
    let mut findings = Findings::default();
    findings.toggle_mark("api-changes-break-consumers");
    findings.toggle_mark("change-management-overhead");
    findings.set_answer(q("api-changes-break-consumers", 0), Some(Answer::No));
    findings.set_answer(q("api-changes-break-consumers", 1), Some(Answer::Yes));
    findings.set_answer(q("change-management-overhead", 0), Some(Answer::Unsure));
    findings.set_answer(q("change-management-overhead", 2), Some(Answer::Skip));
    Session {
        schema_version: CURRENT_SCHEMA,
        name: "Équipe paiements / retro".into(),
        created: 1_795_660_000,
        updated: 1_795_667_400,
        graph_id: "deployment-and-release-problems".into(),
        graph_version: "v-test".into(),
        findings,
        notes: vec![
            Note {
                about: NoteTarget::General,
                text: "Whole team present.\nNext meeting: Thursday.".into(),
                created: 1_795_660_100,
                updated: 1_795_660_200,
            },
            Note {
                about: NoteTarget::Symptom("api-changes-break-consumers".into()),
                text: "Billing broke twice last month.".into(),
                created: 1_795_660_300,
                updated: 1_795_660_300,
            },
            Note {
                about: NoteTarget::AntiPattern("distributed-monolith".into()),
                text: "Orders and billing deploy together.".into(),
                created: 1_795_660_400,
                updated: 1_795_660_400,
            },
            Note {
                about: NoteTarget::Cause {
                    symptom: "change-management-overhead".into(),
                    index: 0,
                },
                text: "CAB meets on Tuesdays only.".into(),
                created: 1_795_660_500,
                updated: 1_795_660_500,
            },
            Note {
                about: NoteTarget::Question(q("api-changes-break-consumers", 1)),
                text: "Always, for the ledger.".into(),
                created: 1_795_660_600,
                updated: 1_795_660_600,
            },
        ],
        actions: vec![
            ActionItem {
                text: "List every consumer of the orders API".into(),
                owner: Some("Ana".into()),
                due: Some("2026-12-04".into()),
                cause: Some(Target::AntiPattern("knowledge-silos".into())),
                done: false,
                created: 1_795_660_700,
            },
            ActionItem {
                text: "Ask the CAB about standard changes".into(),
                owner: None,
                due: None,
                cause: None,
                done: true,
                created: 1_795_660_800,
            },
        ],
        attendees: vec!["Ana".into(), "Bo".into(), "Priya".into()],
        follows: Some("sprint 41".into()),
        place: None,
    }
}

#[test]
fn every_field_round_trips_through_ron() {
    let s = sample();
    let text = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default()).unwrap();
    let back: Session = ron::from_str(&text).unwrap();
    assert_eq!(back, s);
    // Each variant of NoteTarget and both Option states were exercised.
    assert_eq!(back.notes.len(), 5);
    assert_eq!(back.actions[1].owner, None);
}

#[test]
fn new_session_records_graph_and_times() {
    let g = load::embedded().unwrap();
    let s = Session::new("weekly", &g, 42);
    assert_eq!(s.schema_version, 2);
    assert!(s.attendees.is_empty() && s.follows.is_none());
    assert_eq!((s.created, s.updated), (42, 42));
    assert_eq!(s.graph_id, g.id);
    assert_eq!(s.graph_version, g.version);
    assert!(s.notes.is_empty() && s.actions.is_empty());
}

#[test]
fn notes_about_filters_by_target() {
    let mut s = sample();
    let t = NoteTarget::Symptom("api-changes-break-consumers".into());
    s.add_note(t.clone(), "second".into(), 9);
    let texts: Vec<_> = s.notes_about(&t).map(|n| n.text.as_str()).collect();
    assert_eq!(texts, ["Billing broke twice last month.", "second"]);
}

#[test]
fn the_sample_names_only_known_ids() {
    let g = load::embedded().unwrap();
    assert_eq!(sample().unknown_refs(&g), Vec::<String>::new());
}

#[test]
fn unknown_ids_are_listed_and_left_in_place() {
    let g = load::embedded().unwrap();
    let mut s = sample();
    s.findings.toggle_mark("gone-symptom");
    s.findings
        .set_answer(q("api-changes-break-consumers", 99), Some(Answer::Yes));
    s.add_note(NoteTarget::AntiPattern("gone-ap".into()), "x".into(), 1);
    s.add_note(
        NoteTarget::Cause {
            symptom: "change-management-overhead".into(),
            index: 7,
        },
        "y".into(),
        1,
    );
    s.actions.push(ActionItem {
        text: "Fix it".into(),
        owner: None,
        due: None,
        cause: Some(Target::Symptom("gone-symptom".into())),
        done: false,
        created: 1,
    });
    let before = s.clone();
    assert_eq!(
        s.unknown_refs(&g),
        [
            "marked symptom `gone-symptom`",
            "answer \"Yes\" to question 100 of symptom `api-changes-break-consumers`",
            "note about anti-pattern `gone-ap`",
            "note about cause 8 of symptom `change-management-overhead`",
            "action \"Fix it\" linked to symptom `gone-symptom`",
        ]
    );
    assert_eq!(s, before, "listing must not change the session");
}

#[test]
fn formats_timestamps_as_iso_utc() {
    assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
    assert_eq!(format_utc(86_399), "1970-01-01T23:59:59Z");
    // 2000 is a leap year: 10957 days to 2000-01-01, plus 31 + 28.
    assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
    // 20454 days to 2026-01-01, plus 329 days, plus 4h30m.
    assert_eq!(format_utc(1_795_667_400), "2026-11-26T04:30:00Z");
    // 2100 is not a leap year: the day after Feb 28 is Mar 1.
    assert_eq!(format_utc(4_107_542_399), "2100-02-28T23:59:59Z");
    assert_eq!(format_utc(4_107_542_400), "2100-03-01T00:00:00Z");
    assert_eq!(format_utc(1_735_689_599), "2024-12-31T23:59:59Z");
    // Past what jiff represents: said in seconds, no panic.
    assert_eq!(
        format_utc(u64::MAX),
        format!("{} seconds after 1970-01-01T00:00:00Z", u64::MAX)
    );
}
