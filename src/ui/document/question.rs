//! The question screen's text: the guide's question and its detail verbatim,
//! the cause it points at, and, apart, this app's own prompt.

use crate::domain::{Answer, Evidence, Findings, Graph, QuestionRef, Target, shared};

use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::document::{Builder, Doc, Role};
use crate::ui::keys::keymap;

const INDENT: usize = 2;

/// The guide's side of the question screen: the symptom, the question (large:
/// title style with space around it), its detail, and the cause it points at
/// with its category, risk level and site URL. `triage` says which symptom of
/// how many marked the question belongs to, for a triage walk.
pub fn question(graph: &Graph, q: &QuestionRef, triage: Option<(usize, usize)>, width: u16) -> Doc {
    let mut b = Builder::new(width);
    let (Some(symptom), Some(question)) = (graph.symptom(&q.symptom), graph.question(q)) else {
        b.para(
            Role::Label,
            "This question is not in the guide any more.",
            0,
        );
        return b.finish();
    };
    if let Some((n, of)) = triage {
        b.para(Role::Label, &format!("Marked symptom {n} of {of}"), 0);
    }
    let count = symptom.questions.len();
    b.para(
        Role::Subheading,
        &format!("{}. {}", symptom.number, symptom.title),
        0,
    );
    b.para(
        Role::Label,
        &format!("How to narrow it down, question {} of {count}", q.index + 1),
        0,
    );
    b.blank();
    b.para(Role::Title, &question.question, INDENT);
    if let Some(means) = graph.fact(q).and_then(|f| f.yes_means.as_deref()) {
        b.labelled("Yes means: ", Role::Question, means, INDENT);
    }
    b.blank();
    b.para(Role::Text, &question.detail, INDENT);
    b.blank();
    cause(&mut b, graph, &question.target);
    b.finish()
}

/// What the question points at: its name, then its [`facts`].
pub fn cause(b: &mut Builder, graph: &Graph, target: &Target) {
    let name = graph.target_name(target).unwrap_or(target.id());
    match target {
        Target::AntiPattern(_) => b.labelled("Points at: ", Role::Subheading, name, 0),
        Target::Symptom(id) => {
            let number = graph.symptom(id).map(|s| s.number).unwrap_or_default();
            b.labelled(
                "Points at another symptom: ",
                Role::Subheading,
                &format!("{number}. {name}"),
                0,
            );
        }
    }
    facts(b, graph, target, INDENT);
}

/// A target's category and risk level (anti-patterns) and its site URL,
/// where its "How to Fix It" steps are.
pub fn facts(b: &mut Builder, graph: &Graph, target: &Target, indent: usize) {
    if let Target::AntiPattern(id) = target
        && let Some(a) = graph.anti_pattern(id)
    {
        b.labelled("Category: ", Role::Text, &a.category, indent);
        b.labelled("Risk level: ", Role::Text, a.risk_level.as_str(), indent);
    }
    if let Some(url) = graph.target_url(target) {
        let key = keymap::key(Mode::Question, Action::OpenUrl);
        b.labelled(
            &format!("On the site ({key} opens it): "),
            Role::Link,
            url,
            indent,
        );
    }
}

/// The label that marks a line as this app's words, not the guide's.
pub const APP_LABEL: &str = "cdtriage: ";

/// What each answer does for the question's cause, in this app's words,
/// read from the guide's explanation: "No → points at Knowledge Silos; Yes →
/// speaks against it". Shown before the team answers.
pub fn reading(graph: &Graph, q: &QuestionRef) -> String {
    let name = cause_name(graph, q);
    match graph.fact(q) {
        Some(f) => format!(
            "{} → points at {name}; {} → speaks against it.",
            f.points.answer().label(),
            f.points.other().label()
        ),
        None => format!(
            "the guide's explanation does not say which answer points at {name}: \
             Yes and No count nothing, Unsure counts a little."
        ),
    }
}

/// What a recorded answer did: "Recorded No: points at Knowledge Silos".
pub fn recorded(graph: &Graph, q: &QuestionRef, answer: Answer) -> String {
    let evidence = Evidence::of(answer, graph.fact(q));
    format!(
        "Recorded {}: {} {}",
        answer.label(),
        evidence.label(),
        cause_name(graph, q)
    )
}

fn cause_name<'g>(graph: &'g Graph, q: &QuestionRef) -> &'g str {
    graph
        .question(q)
        .and_then(|x| graph.target_name(&x.target))
        .unwrap_or("its cause")
}

/// Where a shared answer came from ("Answered on symptom 8, The Team Is
/// Afraid to Deploy: Yes"), or, for a question asked on other symptoms too,
/// that one answer serves them all. `None` for a question asked once.
pub fn shared_line(graph: &Graph, findings: &Findings, q: &QuestionRef) -> Option<String> {
    let group = shared::group_of(graph, q);
    let others: Vec<String> = group
        .iter()
        .filter(|o| *o != q)
        .filter_map(|o| graph.symptom(&o.symptom).map(|s| s.number.to_string()))
        .collect();
    if others.is_empty() {
        return None;
    }
    let list = crate::ui::core::words::and_list(&others);
    let which = crate::ui::core::words::plural_word(others.len(), "symptom");
    Some(match shared::shared_answer(graph, findings, q) {
        Some(s) => format!(
            "{}. Answering here changes it on {which} {list} too.",
            s.describe()
        ),
        None => format!("The same question is asked on {which} {list}: one answer fills in all."),
    })
}

/// The app's side of the question screen, labelled as the app's: which
/// answer points where, where a shared answer came from, and what the
/// recorded answer did.
pub fn prompt(graph: &Graph, findings: &Findings, q: &QuestionRef, width: u16) -> Doc {
    let mut b = Builder::new(width);
    b.labelled(APP_LABEL, Role::Text, &reading(graph, q), 0);
    if let Some(line) = shared_line(graph, findings, q) {
        b.labelled(APP_LABEL, Role::Text, &line, 0);
    }
    if let Some(a) = findings.answer(q) {
        b.labelled(APP_LABEL, Role::Text, &recorded(graph, q, a), 0);
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;
    use crate::ui::document::DocLine;
    use crate::ui::document::question_ref as q;

    #[test]
    fn the_guide_text_is_verbatim_and_the_prompt_is_the_apps() {
        let g = load::embedded().expect("embedded graph");
        let doc = question(&g, &q("merge-freeze", 0), None, 200);
        let text: Vec<String> = doc.lines.iter().map(DocLine::text).collect();
        assert!(text.contains(&"  Is the deployment process automated end-to-end?".to_string()));
        assert!(text.contains(
            &"  If a human executes deployment steps, the freeze protects against variance in the manual process. Start with Manual Deployments.".to_string()
        ));
        assert!(text.contains(&"Points at: Manual Deployments".to_string()));
        assert!(text.contains(&"  Risk level: high".to_string()));
        assert!(
            !text.iter().any(|l| l.contains("cdtriage")),
            "the guide's side holds none of the app's prompt: {text:?}"
        );
    }

    #[test]
    fn the_app_says_which_answer_points_where_and_what_an_answer_did() {
        let g = load::embedded().expect("embedded graph");
        let silos = q("release-manager-bottleneck", 0);
        let f = Findings::default();
        let p = prompt(&g, &f, &silos, 200);
        assert_eq!(p.lines[0].spans[0], (Role::Label, APP_LABEL.into()));
        assert_eq!(
            p.lines[0].text(),
            "cdtriage: No → points at Knowledge Silos; Yes → speaks against it."
        );
        assert_eq!(p.len(), 1, "asked once, not answered: one line");
        let mut f = Findings::default();
        f.set_answer(silos.clone(), Some(Answer::No));
        let p = prompt(&g, &f, &silos, 200);
        assert_eq!(
            p.lines.last().map(DocLine::text).as_deref(),
            Some("cdtriage: Recorded No: points at Knowledge Silos")
        );
        assert_eq!(
            recorded(&g, &silos, Answer::Yes),
            "Recorded Yes: speaks against Knowledge Silos"
        );
        assert_eq!(
            recorded(&g, &silos, Answer::Unsure),
            "Recorded Unsure: may point at Knowledge Silos"
        );
    }

    #[test]
    fn a_shared_question_says_where_its_answer_came_from() {
        let g = load::embedded().expect("embedded graph");
        let (on8, on13) = (q("fear-of-deploying", 0), q("no-rollback-capability", 0));
        let mut f = Findings::default();
        assert_eq!(
            shared_line(&g, &f, &on8).as_deref(),
            Some("The same question is asked on symptoms 10 and 13: one answer fills in all.")
        );
        shared::set_answer(&g, &mut f, on8, Some(Answer::Yes));
        assert_eq!(
            shared_line(&g, &f, &on13).as_deref(),
            Some(
                "Answered on symptom 8, The Team Is Afraid to Deploy: Yes. \
                 Answering here changes it on symptoms 8 and 10 too."
            )
        );
        assert_eq!(
            shared_line(&g, &f, &q("release-manager-bottleneck", 0)),
            None
        );
    }

    #[test]
    fn a_question_that_is_not_yes_no_says_what_yes_means_in_the_guides_words() {
        let g = load::embedded().expect("embedded graph");
        let doc = question(&g, &q("staging-passes-production-fails", 1), None, 200);
        let line = doc
            .lines
            .iter()
            .find(|l| l.text().contains("Yes means: "))
            .expect("a Yes means line");
        assert_eq!(
            line.text(),
            "  Yes means: a customer or support team reported it rather than an automated alert"
        );
        assert!(line.spans.contains(&(Role::Label, "Yes means: ".into())));
    }

    #[test]
    fn a_question_pointing_at_a_symptom_names_it_with_its_number() {
        let g = load::embedded().expect("embedded graph");
        let doc = question(&g, &q("regressions-on-release", 0), Some((1, 2)), 200);
        let text: Vec<String> = doc.lines.iter().map(DocLine::text).collect();
        assert_eq!(text[0], "Marked symptom 1 of 2");
        assert!(text.contains(
            &"Points at another symptom: 10. Releases Are Infrequent and Painful".to_string()
        ));
    }
}
