use super::*;
use crate::domain::load;

fn date(s: &str) -> Date {
    s.parse().unwrap()
}

fn session_with(lines: &[&str]) -> Session {
    let g = load::embedded().unwrap();
    let mut s = Session::new("s", &g, 0);
    for (i, line) in lines.iter().enumerate() {
        let item = ActionItem::parse_line(line, None, i as u64).unwrap();
        s.add_action(item);
    }
    s
}

#[test]
fn a_line_gives_text_owner_and_due_and_reads_back() {
    let page = Some(Target::AntiPattern("manual-deployments".into()));
    let a = ActionItem::parse_line(
        "Script the deploy runbook @sam due:2026-12-15",
        page.clone(),
        7,
    )
    .unwrap();
    assert_eq!(a.text, "Script the deploy runbook");
    assert_eq!(a.owner.as_deref(), Some("sam"));
    assert_eq!(a.due_date(), Some(date("2026-12-15")));
    assert_eq!((&a.cause, a.created, a.status()), (&page, 7, Status::Open));
    assert_eq!(a.to_line(), "Script the deploy runbook @sam due:2026-12-15");
    let words = ActionItem::parse_line("Ask ops due:next-sprint", None, 0).unwrap();
    assert_eq!(words.due.as_deref(), Some("next-sprint"));
    assert_eq!(words.due_date(), None);
}

#[test]
fn bad_lines_are_refused_with_what_to_write() {
    assert_eq!(
        ActionItem::parse_line("@amy due:friday", None, 0),
        Err(ActionError::NoText)
    );
    let e = ActionItem::parse_line("Fix it due:2026-02-30", None, 0).unwrap_err();
    assert_eq!(e, ActionError::BadDate("2026-02-30".into()));
    assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
    assert!(ActionItem::parse_line("Fix it due:2026-13-01", None, 0).is_err());
}

#[test]
fn items_sort_open_first_then_by_due_date_then_as_added() {
    let mut s = session_with(&[
        "no date",                   // 0
        "late due:2026-12-20",       // 1
        "early due:2026-12-01",      // 2
        "words due:next-sprint",     // 3
        "done early due:2026-11-01", // 4
        "also early due:2026-12-01", // 5
    ]);
    s.set_action_done(4, true).unwrap();
    assert_eq!(s.actions_in_order(), [2, 5, 1, 0, 3, 4]);
    assert_eq!(s.overdue_actions(date("2026-12-10")), [2, 5]);
    assert_eq!(
        s.overdue_actions(date("2026-12-01")),
        Vec::<usize>::new(),
        "due today is not late"
    );
    // Done is never overdue; open again, it is.
    s.set_action_done(4, false).unwrap();
    assert_eq!(s.overdue_actions(date("2026-12-10")), [4, 2, 5]);
}

#[test]
fn edit_keeps_status_link_and_creation_and_delete_removes() {
    let mut s = session_with(&["Map the deploy @kai"]);
    s.link_action(0, Some(Target::Symptom("merge-freeze".into())))
        .unwrap();
    s.set_action_done(0, true).unwrap();
    s.edit_action(0, "Map every deploy step @ana due:2027-01-05")
        .unwrap();
    let a = &s.actions[0];
    assert_eq!(a.to_line(), "Map every deploy step @ana due:2027-01-05");
    assert!(a.done);
    assert_eq!(a.cause, Some(Target::Symptom("merge-freeze".into())));
    assert_eq!(a.created, 0);
    assert_eq!(s.edit_action(0, "@ana"), Err(ActionError::NoText));
    assert_eq!(
        s.actions[0].text, "Map every deploy step",
        "a refused edit changes nothing"
    );
    assert_eq!(
        s.delete_action(3),
        Err(ActionError::NoSuchItem {
            number: 4,
            count: 1
        })
    );
    assert_eq!(s.delete_action(0).unwrap().text, "Map every deploy step");
    assert!(s.actions.is_empty());
    assert!(s.set_action_done(0, true).is_err());
}
