//! An anti-pattern's page: its facts, every symptom that cites it with that
//! symptom's own explanation, and the questions that point at it.

use crate::domain::{AntiPattern, Graph, Location, Target};

use crate::ui::document::{Builder, Role};

const INDENT: usize = 4;

/// Writes an anti-pattern page.
pub fn anti_pattern(b: &mut Builder, graph: &Graph, a: &AntiPattern) {
    b.para(Role::Title, &a.name, 0);
    if let Some(page) = a.page.as_deref() {
        b.para(Role::Summary, &page.summary, 0);
    }
    if a.page_title != a.name {
        b.labelled("Site page title: ", Role::Text, &a.page_title, 0);
    }
    b.labelled("Category: ", Role::Text, &a.category, 0);
    b.labelled("Risk level: ", Role::Text, a.risk_level.as_str(), 0);
    b.linking(&a.url, |b| b.labelled("URL: ", Role::Link, &a.url, 0));
    b.anchor(Location::Header, 0);

    b.blank();
    let heading = format!("Symptoms it causes ({})", a.cited_by.len());
    b.para(Role::Heading, &heading, 0);
    let target = Target::AntiPattern(a.id.clone());
    for id in &a.cited_by {
        let (Some(symptom), Some(s)) = (graph.symptom_index(id), graph.symptom(id)) else {
            continue;
        };
        b.blank();
        b.para(Role::Subheading, &s.numbered_title(), 0);
        for (cause, c) in s
            .causes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.target == target)
        {
            let start = b.line();
            b.labelled("Listed as: ", Role::Question, &c.heading, INDENT);
            let heading = Location::Cited {
                symptom,
                cause,
                paragraph: None,
            };
            b.anchor(heading, start);
            for (j, p) in c.text.iter().enumerate() {
                b.blank();
                let start = b.line();
                b.paragraph(p, INDENT);
                let at = Location::Cited {
                    symptom,
                    cause,
                    paragraph: Some(j),
                };
                b.anchor(at, start);
            }
        }
    }

    if let Some(page) = a.page.as_deref() {
        crate::ui::document::sections::chapters(b, page);
    }

    b.blank();
    let heading = format!("Questions that point here ({})", a.questions.len());
    b.para(Role::Heading, &heading, 0);
    for (i, r) in a.questions.iter().enumerate() {
        let (Some(s), Some(q)) = (graph.symptom(&r.symptom), graph.question(r)) else {
            continue;
        };
        b.blank();
        let from = format!("{}. {}, question {}", s.number, s.title, r.index + 1);
        b.para(Role::Subheading, &from, 0);
        let start = b.line();
        b.para(Role::Question, &q.question, INDENT);
        b.para(Role::Text, &q.detail, INDENT);
        b.anchor(Location::Pointing { question: i }, start);
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::load;
    use crate::ui::core::history::Page;
    use crate::ui::document::{DocLine, page};

    #[test]
    fn manual_deployments_lists_its_facts_symptoms_and_questions() {
        let graph = load::embedded().expect("embedded graph loads");
        let i = graph
            .anti_pattern_index("manual-deployments")
            .expect("manual-deployments exists");
        let doc = page(&graph, Page::AntiPattern(i), 200);
        let text: Vec<String> = doc.lines.iter().map(DocLine::text).collect();
        assert_eq!(text[0], "Manual Deployments");
        assert!(text.contains(&"Category: Pipeline & Infrastructure".to_string()));
        assert!(text.contains(&"Risk level: high".to_string()));
        assert!(text.contains(&"Symptoms it causes (10)".to_string()));
        assert!(text.contains(&"11. Merge Freezes Before Deployments".to_string()));
        assert!(text.contains(&"    Listed as: Manual Deployments".to_string()));
        assert!(text.contains(&"11. Merge Freezes Before Deployments, question 1".to_string()));
        assert!(text.contains(&"    Is the deployment process automated end-to-end?".to_string()));
    }

    #[test]
    fn every_passage_search_can_find_is_anchored_on_its_page() {
        use crate::domain::{SearchIndex, Target};
        let graph = load::embedded().expect("embedded graph loads");
        let index = SearchIndex::new(&graph);
        let pages = (0..graph.symptoms.len())
            .map(|i| {
                (
                    Page::Symptom(i),
                    Target::Symptom(graph.symptoms[i].id.clone()),
                )
            })
            .chain((0..graph.anti_patterns.len()).map(|i| {
                let id = graph.anti_patterns[i].id.clone();
                (Page::AntiPattern(i), Target::AntiPattern(id))
            }));
        let mut checked = 0;
        for (page_id, target) in pages {
            let doc = page(&graph, page_id, 80);
            for location in index.locations(&target) {
                assert!(doc.lines_of(location).is_some(), "{target:?} {location:?}");
                checked += 1;
            }
        }
        assert!(checked > 500, "{checked}");
    }

    #[test]
    fn a_different_site_title_is_shown() {
        let graph = load::embedded().expect("embedded graph loads");
        let i = graph
            .anti_pattern_index("cab-gates")
            .expect("cab-gates exists");
        let doc = page(&graph, Page::AntiPattern(i), 200);
        assert_eq!(
            doc.lines[1].text(),
            "Site page title: Change Advisory Board Gates"
        );
    }
}
