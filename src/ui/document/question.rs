//! The question screen's text: the guide's question and its detail verbatim,
//! the cause it points at, and, apart, this app's own prompt.

use crate::domain::{Graph, QuestionRef, Target};

use super::{Builder, Doc, Role};

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
        b.labelled("On the site (o opens it): ", Role::Link, url, indent);
    }
}

/// This app's question about the guide's question: whether it points at its
/// cause for the team. Never presented as the guide's words.
pub fn prompt_text(graph: &Graph, q: &QuestionRef) -> String {
    let target = graph.question(q).map(|q| &q.target);
    let name = target
        .and_then(|t| graph.target_name(t))
        .unwrap_or("its cause");
    format!("Does this point at {name} for your team?")
}

/// The prompt wrapped to `width`, labelled as this app's.
pub fn prompt(graph: &Graph, q: &QuestionRef, width: u16) -> Doc {
    let mut b = Builder::new(width);
    b.labelled("cdtriage asks: ", Role::Key, &prompt_text(graph, q), 0);
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;
    use crate::ui::document::DocLine;

    fn q(s: &str, index: usize) -> QuestionRef {
        QuestionRef {
            symptom: s.into(),
            index,
        }
    }

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
        assert_eq!(
            prompt_text(&g, &q("merge-freeze", 0)),
            "Does this point at Manual Deployments for your team?"
        );
        let p = prompt(&g, &q("merge-freeze", 0), 200);
        assert_eq!(p.lines[0].spans[0], (Role::Label, "cdtriage asks: ".into()));
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
