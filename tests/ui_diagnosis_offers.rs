//! Symptoms offered for the triage: by a question that points at another
//! symptom (on the summary and the ranked screen), and "You may also be
//! seeing" for the top causes; `+` marks the highlighted one.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::view;
use cdtriage::ui::widgets::diagnosis_rows::Entry;
use common::{app, key, press, q, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

fn screen(a: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    t.draw(|f| view::draw(f, a)).expect("draw");
    t.backend().to_string()
}

/// Moves the ranked screen's highlight down until `pick` holds.
fn highlight_ranked(a: &mut App, pick: impl Fn(&Entry) -> bool) {
    for _ in 0..40 {
        if a.triage.selected_entry().is_some_and(&pick) {
            return;
        }
        type_str(a, "j");
    }
    panic!("never highlighted the wanted row: {:?}", a.triage.entries);
}

#[test]
fn the_summary_offers_the_symptom_a_question_points_at() {
    let mut a = app(80, 24);
    // Symptom 15's first question points at symptom 10; answer it Yes.
    type_str(&mut a, "15aynnn");
    assert_eq!(a.mode, Mode::Summary);
    let offer =
        |e: &Entry| matches!(e, Entry::Offer { symptom, .. } if symptom == "infrequent-releases");
    let at = a.guided.entries.iter().position(offer).expect("offered");
    a.guided.summary.select(at);
    assert!(screen(&a).contains("Add 10 Releases Are Infrequent and Painful to the triage? (+)"));
    type_str(&mut a, "+");
    assert_eq!(
        a.session.findings.marked,
        ["regressions-on-release", "infrequent-releases"]
    );
    assert!(!a.guided.entries.iter().any(offer), "no longer offered");
}

#[test]
fn a_question_pointing_at_a_symptom_offers_it_and_plus_marks_it() {
    let mut a = app(80, 24);
    // Symptom 15's first question points at 10 (Infrequent, painful releases).
    type_str(&mut a, "t15 ");
    press(&mut a, &[key(KeyCode::Enter)]);
    type_str(&mut a, "ynnn");
    assert_eq!(a.mode, Mode::Ranked);
    let offer =
        |e: &Entry| matches!(e, Entry::Offer { symptom, .. } if symptom == "infrequent-releases");
    assert!(a.triage.entries.iter().any(offer));
    // Why it is offered names the symptom by its title, as the list does.
    let why = a.triage.entries.iter().find_map(|e| match e {
        Entry::Offer { symptom, why } if symptom == "infrequent-releases" => Some(why.clone()),
        _ => None,
    });
    assert!(
        why.as_deref().is_some_and(|w| w
            .ends_with("(New Releases Introduce Regressions in Previously Working Functionality)")),
        "{why:?}"
    );
    // The offer comes under the causes the answers ruled out: highlighting
    // it brings it into view.
    highlight_ranked(&mut a, offer);
    assert!(screen(&a).contains("Add 10 Releases Are Infrequent and Painful to the triage? (+)"));
    type_str(&mut a, "+");
    assert!(a.session.findings.is_marked("infrequent-releases"));
    assert!(!a.triage.entries.iter().any(offer), "no longer offered");
    // Its questions can now be walked: `a` resumes at the first unanswered.
    type_str(&mut a, "a");
    assert_eq!(a.mode, Mode::Question);
    assert_eq!(a.guided.walk.current(), Some(&q("infrequent-releases", 0)));
}

#[test]
fn also_seeing_offers_unmarked_symptoms_of_the_top_causes() {
    let mut a = app(80, 24);
    type_str(&mut a, "t11 r");
    // Manual Deployments is first; symptom 8 (Fear of deploying) lists it.
    let fear =
        |e: &Entry| matches!(e, Entry::Offer { symptom, .. } if symptom == "fear-of-deploying");
    assert!(screen(&a).contains("You may also be seeing"));
    highlight_ranked(&mut a, fear);
    type_str(&mut a, "+");
    assert_eq!(
        a.session.findings.marked,
        ["merge-freeze", "fear-of-deploying"]
    );
    assert!(
        a.message()
            .is_some_and(|m| m.starts_with("Added 8 The Team Is Afraid to Deploy"))
    );
    // On a cause, `+` says what it is for.
    type_str(&mut a, "g+");
    assert!(
        a.message()
            .is_some_and(|m| m.contains("Highlight a symptom"))
    );
    assert_eq!(a.session.findings.marked.len(), 2);
}
