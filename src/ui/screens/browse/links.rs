//! The links pane's model: where the current page leads.

use crate::domain::{Graph, Target};

use crate::ui::core::history::Page;

/// One followable link: where it goes and two lines to describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub to: Page,
    /// The target's name (anti-pattern name or "N. symptom title").
    pub title: String,
    /// A second line: category and risk, or how the source names it.
    pub detail: String,
}

/// Added (in this app's words) to the most common cause's title.
pub const MOST_COMMON: &str = " (most common)";

/// Rows a link usually takes in the links pane (title and detail).
pub const ROWS_PER_LINK: usize = 2;

/// One display line of a link: its title (or a continuation of it) or its detail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkLine {
    pub is_title: bool,
    pub text: String,
}

/// A link's lines at `width` columns: "› title", then "  detail", both
/// wrapped (never cut), continuation lines indented by two columns.
pub fn wrap(link: &Link, width: u16) -> Vec<LinkLine> {
    let width = usize::from(width).max(1);
    let lines = |text: &str, first: &str, is_title: bool| {
        let options = textwrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent("  ")
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::wrap(text, options)
            .into_iter()
            .map(|l| LinkLine {
                is_title,
                text: l.into_owned(),
            })
            .collect::<Vec<_>>()
    };
    let mut out = lines(&link.title, "› ", true);
    out.extend(lines(&link.detail, "  ", false));
    out
}

/// The links of a page: a symptom's causes (marking the most common one), or
/// the symptoms citing an anti-pattern.
pub fn links(graph: &Graph, page: Page) -> Vec<Link> {
    match page {
        Page::Symptom(i) => graph.symptoms.get(i).map_or_else(Vec::new, |s| {
            s.causes
                .iter()
                .filter_map(|c| {
                    let mut link = target_link(graph, &c.target)?;
                    if c.target == s.most_common_cause {
                        link.title.push_str(MOST_COMMON);
                    }
                    Some(link)
                })
                .collect()
        }),
        Page::AntiPattern(i) => graph.anti_patterns.get(i).map_or_else(Vec::new, |a| {
            a.cited_by
                .iter()
                .filter_map(|id| {
                    let index = graph.symptom_index(id)?;
                    let s = graph.symptoms.get(index)?;
                    let target = Target::AntiPattern(a.id.clone());
                    let cause = s.causes.iter().find(|c| c.target == target)?;
                    Some(Link {
                        to: Page::Symptom(index),
                        title: s.numbered_title(),
                        detail: format!("symptom · listed as: {}", cause.heading),
                    })
                })
                .collect()
        }),
    }
}

fn target_link(graph: &Graph, target: &Target) -> Option<Link> {
    match target {
        Target::AntiPattern(id) => {
            let index = graph.anti_pattern_index(id)?;
            let a = graph.anti_patterns.get(index)?;
            Some(Link {
                to: Page::AntiPattern(index),
                title: a.name.clone(),
                detail: format!("{} · {} risk", a.category, a.risk_level.as_str()),
            })
        }
        Target::Symptom(id) => {
            let index = graph.symptom_index(id)?;
            let s = graph.symptoms.get(index)?;
            Some(Link {
                to: Page::Symptom(index),
                title: s.numbered_title(),
                detail: "symptom".to_string(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;

    #[test]
    fn symptom_11_links_to_its_three_causes() {
        let graph = load::embedded().expect("embedded graph loads");
        let l = links(&graph, Page::Symptom(10));
        let titles: Vec<&str> = l.iter().map(|l| l.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Manual Deployments (most common)",
                "Integration Deferred",
                "Missing Deployment Pipeline"
            ]
        );
        assert_eq!(l[0].detail, "Pipeline & Infrastructure · high risk");
        assert_eq!(l[1].detail, "Branching & Integration · critical risk");
    }

    #[test]
    fn long_links_wrap_instead_of_being_cut() {
        let link = Link {
            to: Page::Symptom(0),
            title: "Release Branches with Extensive Backporting".into(),
            detail: "Branching & Integration · high risk".into(),
        };
        let text: Vec<String> = wrap(&link, 24).into_iter().map(|l| l.text).collect();
        assert_eq!(
            text,
            [
                "› Release Branches with",
                "  Extensive Backporting",
                "  Branching &",
                "  Integration · high",
                "  risk"
            ]
        );
    }

    #[test]
    fn a_symptom_target_is_labelled_symptom() {
        let graph = load::embedded().expect("embedded graph loads");
        let l = links(&graph, Page::Symptom(14));
        assert_eq!(l[0].title, "10. Releases Are Infrequent and Painful");
        assert_eq!(l[0].detail, "symptom");
        assert_eq!(l[0].to, Page::Symptom(9));
    }

    #[test]
    fn an_anti_pattern_links_to_the_symptoms_citing_it() {
        let graph = load::embedded().expect("embedded graph loads");
        let i = graph
            .anti_pattern_index("integration-deferred")
            .expect("exists");
        let l = links(&graph, Page::AntiPattern(i));
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].title, "11. Merge Freezes Before Deployments");
        assert_eq!(l[0].detail, "symptom · listed as: Integration Deferred");
        assert_eq!(l[0].to, Page::Symptom(10));
        // Symptom 4 lists Tightly Coupled Monolith under another heading.
        let i = graph
            .anti_pattern_index("tightly-coupled-monolith")
            .expect("exists");
        let l = links(&graph, Page::AntiPattern(i));
        assert!(
            l.iter()
                .any(|l| l.detail == "symptom · listed as: Tightly Coupled Architecture")
        );
    }
}
