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
    // Free text written before due dates were checked loads and shows as
    // it is, and is no date.
    let mut words = ActionItem::parse_line("Ask ops", None, 0).unwrap();
    words.due = Some("next sprint".into());
    assert_eq!(words.due_date(), None);
    assert_eq!(words.to_line(), "Ask ops due:next sprint");
}

#[test]
fn due_words_become_dates_counted_from_today() {
    let wednesday = date("2026-12-02");
    let line = |l: &str| ActionItem::parse_on(l, None, 0, wednesday).map(|a| a.due);
    assert_eq!(line("Ask ops due:today"), Ok(Some("2026-12-02".into())));
    assert_eq!(line("Ask ops due:Tomorrow"), Ok(Some("2026-12-03".into())));
    assert_eq!(line("Ask ops due:fri"), Ok(Some("2026-12-04".into())));
    assert_eq!(line("Ask ops due:wed"), Ok(Some("2026-12-09".into())));
    assert_eq!(
        line("Ask ops due:2026-12-01"),
        Ok(Some("2026-12-01".into()))
    );
    // parse_line counts from the UTC date of `now`: 1970-01-01, a Thursday.
    let a = ActionItem::parse_line("Ask ops due:fri", None, 0).unwrap();
    assert_eq!(a.due.as_deref(), Some("1970-01-02"));
}

#[test]
fn bad_lines_are_refused_with_what_to_write() {
    assert_eq!(
        ActionItem::parse_line("@amy due:friday", None, 0),
        Err(ActionError::NoText)
    );
    let e = ActionItem::parse_line("Fix it due:2026-02-30", None, 0).unwrap_err();
    assert_eq!(e, ActionError::BadDue("2026-02-30".into()));
    assert_eq!(
        e.to_string(),
        format!(
            "\"2026-02-30\" is not a due date: {}",
            crate::domain::due::ACCEPTED
        )
    );
    assert!(ActionItem::parse_line("Fix it due:2026-13-01", None, 0).is_err());
    assert_eq!(
        ActionItem::parse_line("Ask ops due:next-sprint", None, 0),
        Err(ActionError::BadDue("next-sprint".into()))
    );
}

#[test]
fn items_sort_open_first_then_by_due_date_then_as_added() {
    let mut s = session_with(&[
        "no date",                   // 0
        "late due:2026-12-20",       // 1
        "early due:2026-12-01",      // 2
        "words",                     // 3
        "done early due:2026-11-01", // 4
        "also early due:2026-12-01", // 5
    ]);
    s.actions[3].due = Some("next-sprint".into()); // words, from an old file
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
    s.edit_action(
        0,
        "Map every deploy step @ana due:2027-01-05",
        date("2026-12-02"),
    )
    .unwrap();
    let a = &s.actions[0];
    assert_eq!(a.to_line(), "Map every deploy step @ana due:2027-01-05");
    assert!(a.done);
    assert_eq!(a.cause, Some(Target::Symptom("merge-freeze".into())));
    assert_eq!(a.created, 0);
    assert_eq!(
        s.edit_action(0, "@ana", date("2026-12-02")),
        Err(ActionError::NoText)
    );
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

#[test]
fn an_old_free_text_due_date_survives_an_edit_and_a_new_one_is_checked() {
    let today = date("2026-12-02");
    let mut s = session_with(&["Ask ops"]);
    s.actions[0].due = Some("next-sprint".into());
    s.edit_action(0, "Ask ops twice due:next-sprint", today)
        .unwrap();
    assert_eq!(s.actions[0].to_line(), "Ask ops twice due:next-sprint");
    assert_eq!(
        s.edit_action(0, "Ask ops due:later", today),
        Err(ActionError::BadDue("later".into()))
    );
    s.edit_action(0, "Ask ops due:mon", today).unwrap();
    assert_eq!(s.actions[0].due.as_deref(), Some("2026-12-07"));
}
