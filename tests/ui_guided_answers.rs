//! Issue 12 in the app: a shared question answered once and shown where it
//! came from, the triage walk passing over it unless asked to revisit,
//! ruled-out causes on the summary, attendees edited in the session picker,
//! and reopening a session on the page it was on.

mod common;

use cdtriage::domain::{Answer, Target};
use cdtriage::ui::core::history::Page;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::view;
use cdtriage::ui::widgets::diagnosis_rows::Entry;
use common::{app, key, on_disk, open, press, q, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn screen(a: &cdtriage::ui::app::App) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t.backend().to_string()
}

#[test]
fn a_shared_answer_fills_in_the_others_says_where_it_came_from_and_changes_everywhere() {
    let mut a = app(120, 40);
    // Symptom 8's first question: "Is the deployment process automated?"
    type_str(&mut a, "8ay");
    let f = &a.session.findings;
    for s in [
        "fear-of-deploying",
        "infrequent-releases",
        "no-rollback-capability",
    ] {
        assert_eq!(f.answer(&q(s, 0)), Some(Answer::Yes), "{s}");
    }
    assert!(
        a.message()
            .is_some_and(|m| m.contains("filled in on 10 and 13 (same question)")),
        "{:?}",
        a.message()
    );
    press(&mut a, &[key(KeyCode::Esc)]);
    // On 13 the walk resumes at question 2; going back shows question 1
    // with where its answer came from.
    type_str(&mut a, "13a");
    assert_eq!(
        a.guided.walk.current(),
        Some(&q("no-rollback-capability", 1))
    );
    press(&mut a, &[key(KeyCode::Left)]);
    assert_eq!(
        a.guided.walk.current(),
        Some(&q("no-rollback-capability", 0))
    );
    let s = screen(&a);
    assert!(
        s.contains("Answered on symptom 8, The Team Is Afraid to Deploy: Yes."),
        "{s}"
    );
    // Changing it here changes it everywhere, and 13 is now where it was given.
    type_str(&mut a, "n");
    let f = &a.session.findings;
    for s in [
        "fear-of-deploying",
        "infrequent-releases",
        "no-rollback-capability",
    ] {
        assert_eq!(f.answer(&q(s, 0)), Some(Answer::No), "{s}");
    }
    assert!(!f.is_shared_copy(&q("no-rollback-capability", 0)));
    assert!(f.is_shared_copy(&q("fear-of-deploying", 0)));
    assert_eq!(
        f.given_count(),
        1,
        "one answer given, shown on three questions"
    );
}

#[test]
fn the_triage_walk_passes_over_shared_answers_unless_asked_to_revisit() {
    let mut a = app(120, 40);
    type_str(&mut a, "t8 13 ");
    press(&mut a, &[key(KeyCode::Enter)]);
    // Symptom 8 has 5 questions: answer them all.
    type_str(&mut a, "yssss");
    // 13's first question was filled in from 8's: the walk is on 13's second.
    assert_eq!(
        a.guided.walk.current(),
        Some(&q("no-rollback-capability", 1))
    );
    assert_eq!(a.guided.walk.passed_over(), 1);
    // Back passes over it too, to 8's last question.
    press(&mut a, &[key(KeyCode::Left)]);
    assert_eq!(a.guided.walk.current(), Some(&q("fear-of-deploying", 4)));
    type_str(&mut a, "s");
    assert_eq!(
        a.guided.walk.current(),
        Some(&q("no-rollback-capability", 1))
    );
    // v: every question is shown; back now stops at the shared one.
    type_str(&mut a, "v");
    assert!(
        a.message()
            .is_some_and(|m| m.starts_with("Showing every question now"))
    );
    press(&mut a, &[key(KeyCode::Left)]);
    assert_eq!(
        a.guided.walk.current(),
        Some(&q("no-rollback-capability", 0))
    );
    assert!(screen(&a).contains("Answered on symptom 8"));
}

#[test]
fn a_triage_walk_says_what_it_passed_over_and_which_key_shows_it() {
    let mut a = app(120, 40);
    // Answered on 10 (which marks it); then 10 unmarked, 13 and 8 marked.
    type_str(&mut a, "10ay");
    press(&mut a, &[key(KeyCode::Esc)]);
    type_str(&mut a, "t10 13 8 ");
    assert_eq!(
        a.session.findings.marked,
        ["no-rollback-capability", "fear-of-deploying"]
    );
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(
        a.guided.walk.current(),
        Some(&q("no-rollback-capability", 1))
    );
    assert_eq!(
        a.message(),
        Some(
            "Resuming at question 2 of 9, the first unanswered; 1 question already answered \
             on another symptom passed over (v shows them)"
        )
    );
}

#[test]
fn the_summary_lists_what_the_answers_ruled_out_with_the_answers() {
    let mut a = app(120, 40);
    // Symptom 16: "Can any engineer ... without help?" Yes speaks against
    // Knowledge Silos; skip the rest.
    type_str(&mut a, "16aysss");
    assert_eq!(a.mode, Mode::Summary);
    let silos = Entry::Cause(Target::AntiPattern("knowledge-silos".into()));
    assert!(a.guided.entries.contains(&silos));
    let s = screen(&a);
    let out = s
        .find("Ruled out by your answers")
        .expect("a Ruled out section");
    let common = s
        .find("The guide's most common cause")
        .expect("most common");
    assert!(out < common, "{s}");
    assert!(s.contains("  Knowledge Silos  "), "{s}");
    assert!(s.contains("help? — Yes → speaks against it"), "{s}");
    assert!(
        s.contains("Ruled out: the answers add up to -2.00"),
        "the detail: {s}"
    );
}

#[test]
fn attendees_are_edited_in_the_picker_and_saved_in_the_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    type_str(&mut a, "Sa");
    assert_eq!(a.mode, Mode::NameInput);
    type_str(&mut a, "Priya, Sam Lee,, Priya");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Sessions);
    assert_eq!(a.session.attendees, ["Priya", "Sam Lee"]);
    assert!(screen(&a).contains("Attendees of the open session: Priya, Sam Lee (a edits)"));
    // Editing starts from the names recorded; Esc changes nothing.
    type_str(&mut a, "a");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.session.attendees, ["Priya", "Sam Lee"]);
    a.flush_session().expect("saved");
    assert_eq!(on_disk(dir.path(), "team").attendees, ["Priya", "Sam Lee"]);
}

#[test]
fn a_reopened_session_returns_to_the_page_it_was_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = open(dir.path(), "team");
    type_str(&mut a, "16");
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    let Page::AntiPattern(i) = a.browse.page else {
        panic!("an anti-pattern page: {:?}", a.browse.page);
    };
    a.flush_session().expect("saved on quit");
    drop(a);
    let a = open(dir.path(), "team");
    assert_eq!(a.browse.page, Page::AntiPattern(i));
    // A file without a place (older files) opens on the first symptom.
    let fresh = tempfile::tempdir().expect("temp dir");
    let b = open(fresh.path(), "other");
    assert_eq!(b.browse.page, Page::Symptom(0));
    assert_eq!(on_disk(fresh.path(), "other").place, None);
}
