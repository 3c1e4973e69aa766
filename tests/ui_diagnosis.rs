//! The diagnosis screens driven by real key events through the key tables:
//! guided questions, the summary, the triage checklist, the ranked causes,
//! symptoms offered for the triage, and opening URLs.

mod common;

use std::path::PathBuf;

use cdtriage::domain::diagnosis::{diagnose, rank};
use cdtriage::domain::{Answer, Target};
use cdtriage::ui::app::App;
use cdtriage::ui::core::history::Page;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::core::opener::Opener;
use cdtriage::ui::view;
use cdtriage::ui::widgets::diagnosis_rows::Entry;
use common::{ID, MD, MDP, anti_pattern, app, key, press, q, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn screen(a: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t.backend().to_string()
}

/// Symptom 11 shown, its questions started with `a`.
fn walking_11() -> App {
    let mut a = app(80, 24);
    type_str(&mut a, "11a");
    a
}

fn summary_entries(a: &App) -> Vec<Entry> {
    a.guided
        .entries
        .iter()
        .filter(|e| **e != Entry::Text)
        .cloned()
        .collect()
}

#[test]
fn a_starts_the_questions_of_the_symptom_shown() {
    let a = walking_11();
    assert_eq!(a.mode, Mode::Question);
    assert_eq!(a.guided.symptom.as_deref(), Some("merge-freeze"));
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 0)));
    assert_eq!(a.guided.walk.len(), 3);
    let s = screen(&a);
    assert!(s.contains("Guided questions: 1 of 3"), "{s}");
    assert!(s.contains("Is the deployment process automated end-to-end?"));
    assert!(
        s.contains("cdtriage: No → points at Manual Deployments; Yes → speaks against it."),
        "{s}"
    );
    assert!(!s.contains("for your team?"), "no second question: {s}");
}

#[test]
fn a_with_the_list_focused_on_an_anti_pattern_page_uses_the_selected_symptom() {
    let mut a = app(80, 24);
    type_str(&mut a, "11");
    press(
        &mut a,
        &[key(KeyCode::Tab), key(KeyCode::Tab), key(KeyCode::Enter)],
    );
    assert!(matches!(a.browse.page, Page::AntiPattern(_)));
    type_str(&mut a, "a");
    assert_eq!(a.mode, Mode::Browse, "no symptom shown or selected");
    assert!(a.message().is_some_and(|m| m.contains("Open a symptom")));
    press(&mut a, &[key(KeyCode::Tab)]);
    type_str(&mut a, "a");
    assert_eq!(a.mode, Mode::Question);
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 0)));
}

#[test]
fn letters_record_the_right_answer_for_the_right_question_and_mark_the_symptom() {
    let mut a = walking_11();
    assert!(!a.session.findings.is_marked("merge-freeze"));
    type_str(&mut a, "y");
    assert!(a.session.findings.is_marked("merge-freeze"));
    assert_eq!(
        a.message(),
        Some(
            "Recorded Yes: speaks against Manual Deployments · filled in on 16 (same question) \
             · marked 11 as seen"
        )
    );
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 1)));
    type_str(&mut a, "n");
    assert_eq!(
        a.message(),
        Some("Recorded No: points at Integration Deferred"),
        "marked said once"
    );
    type_str(&mut a, "u");
    let f = &a.session.findings;
    assert_eq!(f.answer(&q("merge-freeze", 0)), Some(Answer::Yes));
    assert_eq!(f.answer(&q("merge-freeze", 1)), Some(Answer::No));
    assert_eq!(f.answer(&q("merge-freeze", 2)), Some(Answer::Unsure));
    assert_eq!(f.given_count(), 3);
    // Question 1 ("automated end-to-end?") is also symptom 16's question 2:
    // filled in there, given here.
    assert_eq!(
        f.answer(&q("release-manager-bottleneck", 1)),
        Some(Answer::Yes)
    );
    assert_eq!(f.answers.len(), 4);
    assert_eq!(f.marked, ["merge-freeze"]);
    assert_eq!(
        a.mode,
        Mode::Summary,
        "the last answer leads to the summary"
    );
}

#[test]
fn digits_and_s_answer_too() {
    let mut a = app(80, 24);
    type_str(&mut a, "13a1234");
    let f = &a.session.findings;
    let sym = "no-rollback-capability";
    assert_eq!(f.answer(&q(sym, 0)), Some(Answer::Yes));
    assert_eq!(f.answer(&q(sym, 1)), Some(Answer::No));
    assert_eq!(f.answer(&q(sym, 2)), Some(Answer::Unsure));
    assert_eq!(f.answer(&q(sym, 3)), Some(Answer::Skip));
    let mut a = app(80, 24);
    type_str(&mut a, "13as");
    assert_eq!(a.session.findings.answer(&q(sym, 0)), Some(Answer::Skip));
}

#[test]
fn back_revisits_a_question_shows_its_answer_and_changes_it() {
    let mut a = walking_11();
    type_str(&mut a, "yy");
    press(&mut a, &[key(KeyCode::Left)]);
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 1)));
    assert!(screen(&a).contains("cdtriage: Recorded Yes: speaks against Integration Deferred"));
    type_str(&mut a, "h");
    press(&mut a, &[key(KeyCode::Backspace)]);
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 0)));
    assert_eq!(a.message(), Some("This is the first question"));
    type_str(&mut a, "n");
    assert_eq!(
        a.session.findings.answer(&q("merge-freeze", 0)),
        Some(Answer::No)
    );
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 1)));
    assert_eq!(
        a.message(),
        Some("Recorded No: points at Manual Deployments · filled in on 16 (same question)")
    );
    // The message is too long for the bar at 80 columns: it is shown whole
    // in a box above it, over the question's last lines, until the next key.
    let s = screen(&a);
    assert!(s.contains("(same") && s.contains("question)"), "{s}");
    press(&mut a, &[key(KeyCode::Down)]);
    let s = screen(&a);
    assert!(s.contains("cdtriage: Recorded Yes"), "q2's own answer: {s}");
}

#[test]
fn esc_leaves_and_keeps_the_answers_and_a_resumes() {
    let mut a = walking_11();
    type_str(&mut a, "y");
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.session.findings.given_count(), 1);
    assert!(a.message().is_some_and(|m| m.contains("1 of 3 answered")));
    type_str(&mut a, "a");
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 1)));
}

#[test]
fn the_summary_lists_yes_then_unsure_then_the_most_common_cause() {
    let mut a = walking_11();
    // q1 Manual Deployments: Unsure; q2 "trust that main is always
    // deployable?" and q3 "deploy a specific artifact ...?" No, which points
    // at Integration Deferred and Missing Deployment Pipeline.
    type_str(&mut a, "unn");
    assert_eq!(a.mode, Mode::Summary);
    let ap = |id: &str| Entry::Cause(Target::AntiPattern(id.into()));
    assert_eq!(
        summary_entries(&a),
        [ap(ID), ap(MDP), ap(MD), ap(MD), Entry::ContinueToTriage]
    );
    let s = screen(&a);
    let yes = s.find("Your answers point at").expect("yes heading");
    let unsure = s.find("Maybe (Unsure)").expect("unsure heading");
    assert!(yes < unsure);
}

#[test]
fn enter_on_a_summary_cause_opens_its_page_and_back_returns_to_the_summary() {
    let mut a = walking_11();
    type_str(&mut a, "unn");
    assert_eq!(
        a.guided.selected_entry(),
        Some(&Entry::Cause(Target::AntiPattern(ID.into())))
    );
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.browse.page, Page::AntiPattern(anti_pattern(&a, ID)));
    type_str(&mut a, "b");
    assert_eq!(a.mode, Mode::Summary);
    assert_eq!(a.browse.page, Page::Symptom(10), "the explorer is back too");
    // Back again on the main screen is the explorer's own Back.
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Browse);
    type_str(&mut a, "b");
    assert_eq!(a.mode, Mode::Browse);
}

#[test]
fn the_summary_continues_to_the_triage() {
    let mut a = walking_11();
    type_str(&mut a, "nnnG");
    assert_eq!(a.guided.selected_entry(), Some(&Entry::ContinueToTriage));
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Checklist);
    assert!(screen(&a).contains("[x] 11 Merge Freezes Before Deployments"));
}

#[test]
fn the_checklist_marks_and_the_triage_walks_marked_symptoms_in_order() {
    let mut a = app(80, 24);
    type_str(&mut a, "t");
    assert_eq!(a.mode, Mode::Checklist);
    type_str(&mut a, "13 11 ");
    assert_eq!(
        a.session.findings.marked,
        ["no-rollback-capability", "merge-freeze"]
    );
    type_str(&mut a, "11 ");
    assert_eq!(a.session.findings.marked, ["no-rollback-capability"]);
    type_str(&mut a, "11 ");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Question);
    let expected: Vec<_> = (0..4)
        .map(|i| q("no-rollback-capability", i))
        .chain((0..3).map(|i| q("merge-freeze", i)))
        .collect();
    assert_eq!(a.guided.walk.questions(), expected.as_slice());
    assert!(screen(&a).contains("Marked symptom 1 of 2"));
    type_str(&mut a, "yyyy");
    assert!(screen(&a).contains("Marked symptom 2 of 2"));
    type_str(&mut a, "nnn");
    assert_eq!(a.mode, Mode::Ranked, "the last answer shows the ranking");
    assert_eq!(a.session.findings.given_count(), 7);
    assert_eq!(
        a.session.findings.answer(&q("merge-freeze", 2)),
        Some(Answer::No)
    );
}

#[test]
fn enter_with_nothing_marked_says_what_to_do() {
    let mut a = app(80, 24);
    type_str(&mut a, "t");
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.mode, Mode::Checklist);
    assert_eq!(a.message(), Some("Mark the symptoms you see first (Space)"));
}

#[test]
fn the_ranked_list_is_in_the_order_of_the_ranking() {
    let mut a = app(120, 40);
    type_str(&mut a, "t8 11 13 ");
    press(&mut a, &[key(KeyCode::Enter)]);
    // 8: 5 questions, 11: 3, 13: 4; mixed answers.
    type_str(&mut a, "ynuysnyuynus");
    assert_eq!(a.mode, Mode::Ranked);
    let expected: Vec<Target> = rank(&a.graph, &a.session.findings)
        .into_iter()
        .map(|c| c.target)
        .collect();
    let shown: Vec<Target> = a
        .triage
        .entries
        .iter()
        .filter_map(|e| match e {
            Entry::Cause(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert!(expected.len() >= 3);
    // The ranked causes first, then those ruled out (their own section).
    let ruled_out: Vec<Target> = diagnose(&a.graph, &a.session.findings)
        .ruled_out
        .into_iter()
        .map(|r| r.target)
        .collect();
    assert_eq!(shown, [expected.clone(), ruled_out].concat());
    assert_eq!(
        a.triage.selected_entry(),
        expected.first().cloned().map(Entry::Cause).as_ref()
    );
    let s = screen(&a);
    assert!(s.contains("cited by"), "reasons are shown: {s}");
    assert!(s.contains("= "), "with the arithmetic");
}

#[test]
fn r_shows_the_ranking_from_the_explorer_and_enter_opens_a_cause() {
    let mut a = app(80, 24);
    type_str(&mut a, "r");
    assert_eq!(a.mode, Mode::Ranked);
    assert!(screen(&a).contains("No symptoms are marked yet"));
    press(&mut a, &[key(KeyCode::Esc)]);
    type_str(&mut a, "t11 r");
    assert_eq!(a.mode, Mode::Ranked);
    // Unanswered, symptom 11's most common cause leads: 1/10 + 1.
    assert_eq!(
        a.triage.selected_entry(),
        Some(&Entry::Cause(Target::AntiPattern(MD.into())))
    );
    press(&mut a, &[key(KeyCode::Enter)]);
    assert_eq!(a.browse.page, Page::AntiPattern(anti_pattern(&a, MD)));
    press(&mut a, &[key(KeyCode::Backspace)]);
    assert_eq!(a.mode, Mode::Ranked);
}

#[test]
fn o_without_an_opener_shows_the_url_and_with_one_opens_it() {
    let mut a = walking_11();
    type_str(&mut a, "o");
    let url = "https://beyond.minimumcd.org/docs/anti-patterns/pipeline/manual-deployments/";
    assert_eq!(
        a.message(),
        Some(format!("No browser opener (xdg-open or open) here. URL: {url}").as_str())
    );
    a.opener = Opener::recording(Some(PathBuf::from("/usr/bin/xdg-open")));
    type_str(&mut a, "o");
    assert_eq!(a.opener.recorded(), [url.to_string()]);
    assert_eq!(
        a.message(),
        Some(format!("Opening in the browser: {url}").as_str())
    );
    // On an anti-pattern page in the explorer, `o` opens that page's URL.
    press(&mut a, &[key(KeyCode::Esc)]);
    type_str(&mut a, "o");
    let symptom_url = a.graph.symptoms[10].url.clone();
    assert_eq!(a.opener.recorded().last(), Some(&symptom_url));
}

#[test]
fn help_opens_over_a_diagnosis_screen_and_closes_back_to_it() {
    let mut a = walking_11();
    type_str(&mut a, "?");
    assert_eq!(a.mode, Mode::Help);
    assert!(screen(&a).contains("Help: keys"));
    press(&mut a, &[key(KeyCode::Esc)]);
    assert_eq!(a.mode, Mode::Question);
    assert_eq!(a.guided.walk.current(), Some(&q("merge-freeze", 0)));
}

#[test]
fn tiny_terminals_never_panic_on_diagnosis_screens() {
    for (w, h) in [(1, 1), (2, 3), (59, 24), (60, 15), (80, 14)] {
        let mut a = app(80, 24);
        type_str(&mut a, "t11 ");
        for keys in ["", "\r", "yy", "u", "r", "jj+"] {
            a.update(cdtriage::ui::core::action::Action::Resize {
                width: w,
                height: h,
            });
            type_str(&mut a, keys);
            let _ = screen(&a);
        }
    }
}
