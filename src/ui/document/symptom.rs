//! A symptom's page: everything the guide says on it, in the guide's order.

use crate::domain::{Findings, Graph, Location, Paragraph, QuestionRef, Symptom};

use crate::ui::document::{Builder, Role, team_answers};

/// Writes a symptom page: title, summary, "What you are seeing", "Common
/// causes", "How to narrow it down" (each question with the team's answer
/// in `findings`, if any) and the "Ready to fix this?" line.
pub fn symptom(b: &mut Builder, graph: &Graph, findings: &Findings, s: &Symptom) {
    let start = b.line();
    b.para(Role::Title, &s.numbered_title(), 0);
    b.para(Role::Summary, &s.summary, 0);
    b.anchor(Location::Header, start);
    if !s.tags.is_empty() {
        let start = b.line();
        let tags: Vec<String> = s.tags.iter().map(|t| format!("#{t}")).collect();
        b.labelled(TAGS_LABEL, Role::Text, &tags.join(" "), 0);
        b.anchor(Location::Tags, start);
    }

    b.blank();
    b.para(Role::Heading, "What you are seeing", 0);
    anchored(b, &s.seeing, |paragraph| Location::Seeing { paragraph });

    b.blank();
    b.para(Role::Heading, "Common causes", 0);
    for (i, cause) in s.causes.iter().enumerate() {
        b.blank();
        let start = b.line();
        b.para(Role::Subheading, &cause.heading, 0);
        b.anchor(
            Location::Cause {
                cause: i,
                paragraph: None,
            },
            start,
        );
        anchored(b, &cause.text, |j| Location::Cause {
            cause: i,
            paragraph: Some(j),
        });
        b.blank();
        let read_more = |b: &mut Builder| {
            b.prefixed("Read more: ", Role::Text, Role::Link, &cause.read_more, 0);
        };
        match graph.target_url(&cause.target) {
            Some(url) => b.linking(url, read_more),
            None => read_more(b),
        }
    }

    b.blank();
    b.para(Role::Heading, "How to narrow it down", 0);
    for (n, q) in s.questions.iter().enumerate() {
        b.blank();
        let number = format!("{}. ", n + 1);
        let start = b.line();
        b.prefixed(
            &number,
            Role::Question,
            Role::Question,
            &q.question,
            number.len(),
        );
        b.para(Role::Text, &q.detail, number.len());
        let qref = QuestionRef {
            symptom: s.id.clone(),
            index: n,
        };
        if let Some(answer) = team_answers::line(graph, findings, &qref) {
            b.labelled(team_answers::LABEL, Role::Note, &answer, number.len());
        }
        b.anchor(Location::Question { question: n }, start);
    }

    b.blank();
    b.para(Role::Subheading, &s.ready_to_fix, 0);

    b.blank();
    b.linking(&s.url, |b| {
        b.labelled("On the site: ", Role::Link, &s.url, 0)
    });
}

/// The label before a symptom's tags (`#tag` in search finds them).
pub const TAGS_LABEL: &str = "Tags: ";

/// Paragraphs separated by blank lines, each anchored at `location(i)`.
fn anchored(b: &mut Builder, ps: &[Paragraph], location: impl Fn(usize) -> Location) {
    for (i, p) in ps.iter().enumerate() {
        b.blank();
        let start = b.line();
        b.paragraph(p, 0);
        b.anchor(location(i), start);
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::load;
    use crate::ui::core::history::Page;
    use crate::ui::document::{DocLine, page};

    fn text_of(number: usize, width: u16) -> String {
        let graph = load::embedded().expect("embedded graph loads");
        let doc = page(&graph, Page::Symptom(number - 1), width);
        doc.lines
            .iter()
            .map(DocLine::text)
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn symptom_11_has_every_part_in_order() {
        let text = text_of(11, 200);
        let order = [
            "11. Merge Freezes Before Deployments",
            "Tags: #process-gates",
            "What you are seeing",
            "Common causes",
            "Manual Deployments",
            "Read more: Manual Deployments",
            "Integration Deferred",
            "Missing Deployment Pipeline",
            "How to narrow it down",
            "1. Is the deployment process automated end-to-end?",
            "   If a human executes deployment steps, the freeze protects against variance in the manual process. Start with Manual Deployments.",
            "3. Does the pipeline deploy a specific artifact from a specific commit?",
            "Ready to fix this? The most common cause is Manual Deployments. Start with its How to Fix It section for week-by-week steps.",
        ];
        let mut from = 0;
        for part in order {
            let at = text[from..].find(part).map(|i| i + from);
            assert!(at.is_some(), "missing or out of order: {part}");
            from = at.unwrap_or(from) + part.len();
        }
    }

    #[test]
    fn narrow_wrapping_keeps_every_word() {
        let graph = load::embedded().expect("embedded graph loads");
        let s = &graph.symptoms[14];
        // Wrapping may break lines at spaces and after hyphens; with all
        // whitespace removed, every paragraph must still appear unchanged.
        let squash = |t: &str| t.split_whitespace().collect::<String>();
        let wrapped = squash(&text_of(15, 30));
        for p in s.causes.iter().flat_map(|c| &c.text).chain(&s.seeing) {
            assert!(
                wrapped.contains(&squash(p.text())),
                "paragraph not found verbatim: {}",
                p.text()
            );
        }
    }
}
