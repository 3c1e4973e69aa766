//! The source importer's errors and warnings on broken copies of
//! `tests/fixtures/site`: each names the file and line; and fix steps
//! becoming action items.

use super::tests::{HAND, SLOW, imported, with_file};
use super::*;

#[test]
fn a_cause_without_read_more_is_an_error_naming_file_and_line() {
    let site = with_file(SLOW, |t| {
        t.replace("**Read more:** [Batches are big]", "[Batches are big]")
    });
    let e = import(&site, &Options::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{SLOW}:31: cause \"Changes Pile Up\" has no \"Read more:\" link")
    );
}

#[test]
fn a_start_with_that_leads_out_of_the_checkout_is_an_error_naming_file_and_line() {
    let site = with_file(SLOW, |t| {
        t.replacen(
            "start with\n   [Hand Deploys]({{< relref \"/docs/anti-patterns/pipeline/hand-deploys\" >}})",
            "start with\n   [Hand Deploys]({{< relref \"/docs/anti-patterns/pipeline/gone\" >}})",
            1,
        )
    });
    let e = import(&site, &Options::default()).unwrap_err().to_string();
    assert!(
        e.starts_with(&format!("{SLOW}:39: \"Start with\" links to ")),
        "{e}"
    );
    assert!(
        e.contains("/docs/anti-patterns/pipeline/gone/, which is not in this checkout"),
        "{e}"
    );
}

#[test]
fn broken_front_matter_is_an_error_naming_file_and_line() {
    let site = with_file(HAND, |t| t.replacen("weight: 5", "weight: [5", 1));
    let e = import(&site, &Options::default()).unwrap_err().to_string();
    assert!(e.starts_with(&format!("{HAND}:")), "{e}");
    assert!(e.contains("YAML"), "{e}");
}

#[test]
fn a_triage_file_with_an_unknown_key_is_reported_and_left_out() {
    let site = with_file(files::TRIAGE, |t| {
        t.replacen(
            "    reframe: \"The",
            "    mood: calm\n    reframe: \"The",
            1,
        )
    });
    let imported = import(&site, &Options::default()).unwrap();
    assert!(imported.graph.triage.is_none());
    let w = imported
        .warnings
        .iter()
        .find(|w| w.file == files::TRIAGE)
        .unwrap();
    assert_eq!(w.line, 35);
    assert!(w.message.contains("unknown field `mood`"), "{}", w.message);
    assert!(w.message.contains("not imported"), "{}", w.message);
}

#[test]
fn a_fix_step_becomes_an_action_item_and_a_cause_lists_its_step_titles() {
    use crate::domain::ActionItem;
    let g = imported().graph;
    let hand = Target::AntiPattern("hand-deploys".into());
    let titles: Vec<&str> = g
        .fix_steps(&hand)
        .iter()
        .map(|p| p.title.as_str())
        .collect();
    assert_eq!(titles[1], "Step 2: Run the script from the pipeline");
    assert!(
        g.fix_steps(&Target::Symptom("big-batches".into()))
            .is_empty()
    );
    let a = g.anti_pattern("hand-deploys").unwrap();
    let item = ActionItem::for_fix_step(a, 0, 7).unwrap();
    assert_eq!(
        item.text,
        "Step 1: Write the steps down as a script (week 1)"
    );
    assert_eq!(item.cause, Some(hand));
    assert_eq!(
        (item.owner, item.due, item.done, item.created),
        (None, None, false, 7)
    );
    assert!(ActionItem::for_fix_step(a, 9, 7).is_none());
    // The embedded guide has no pages, so no steps.
    let embedded = load::embedded().unwrap();
    assert!(
        embedded
            .fix_steps(&Target::AntiPattern("manual-deployments".into()))
            .is_empty()
    );
}
