//! The About screen: where the content comes from, who wrote it, its license,
//! and what this app changed. Facts come from the graph, not from this file.

use crate::domain::Graph;

use crate::ui::document::{Builder, Doc, Role};

/// What this app does to the guide's content, in this app's own words.
pub const CHANGES: [&str; 6] = [
    "Imported from the site's printable view into a linked graph.",
    "Text is kept verbatim, but re-wrapped to fit the terminal.",
    "Figures are shown only as their text descriptions.",
    "Links between pages are resolved to this app's pages.",
    "The \"How to Fix It\" steps are not included: see the site.",
    "The \"How to narrow it down\" questions are turned into an interactive checklist.",
];

/// Builds the About document at a width.
pub fn about(graph: &Graph, width: u16) -> Doc {
    let section = &graph.section;
    let source = &section.source;
    let mut b = Builder::new(width);
    b.para(Role::Title, "About cdtriage", 0);
    b.para(
        Role::Summary,
        "A terminal explorer for one section of a guide to continuous delivery.",
        0,
    );

    b.blank();
    b.para(Role::Heading, "Source", 0);
    b.labelled("Section: ", Role::Text, &section.title, 0);
    b.labelled("Page: ", Role::Link, &section.url, 0);
    b.labelled("Site: ", Role::Link, &source.site, 0);
    b.labelled("Content version: ", Role::Text, &graph.version, 0);
    if graph.origin.is_some() {
        b.labelled(
            "Guide: ",
            Role::Text,
            &crate::domain::guide::guide_name(graph),
            0,
        );
    }

    b.blank();
    b.para(Role::Heading, "Authors", 0);
    b.para(Role::Text, &source.copyright, 0);
    b.labelled("Repository: ", Role::Link, &source.repository, 0);
    for origin in &source.adapted_from {
        b.labelled("Adapted from: ", Role::Text, origin, 0);
    }

    b.blank();
    b.para(Role::Heading, "License", 0);
    b.para(Role::Text, &source.license, 0);
    b.para(Role::Link, &source.license_url, 0);

    b.blank();
    b.para(
        Role::Heading,
        "What this app changed (this app's own words)",
        0,
    );
    let changes: &[&str] = match graph.origin {
        Some(_) => &crate::domain::guide::SOURCE_CHANGES,
        None => &CHANGES,
    };
    for change in changes {
        b.prefixed("• ", Role::Text, Role::Text, change, 2);
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;
    use crate::ui::document::DocLine;

    #[test]
    fn about_names_source_authors_and_license_from_the_graph() {
        let graph = load::embedded().expect("embedded graph loads");
        let text: Vec<String> = about(&graph, 200).lines.iter().map(DocLine::text).collect();
        for expected in [
            "Section: Deployment and Release Problems",
            "Page: https://beyond.minimumcd.org/docs/symptoms/deployment/",
            "Site: https://beyond.minimumcd.org",
            "Copyright (c) 2025 CD Migration Authors",
            "Repository: https://github.com/bdfinst/cd-migration",
            "Adapted from: https://minimumcd.org (CC BY 4.0)",
            "Adapted from: https://dojoconsortium.org (CC BY 4.0)",
            "CC BY 4.0",
            "https://creativecommons.org/licenses/by/4.0/",
            "• Figures are shown only as their text descriptions.",
        ] {
            assert!(text.iter().any(|l| l == expected), "missing: {expected}");
        }
    }

    #[test]
    fn an_imported_guide_is_named_with_its_own_changes() {
        let mut graph = load::embedded().expect("embedded graph loads");
        graph.origin = Some(crate::domain::Origin {
            folder: "/src/cd-migration".into(),
            sections: vec!["deployment".into()],
            commit: None,
            commit_date: None,
            remote: None,
            installed: None,
        });
        let text: Vec<String> = about(&graph, 200).lines.iter().map(DocLine::text).collect();
        assert!(
            text.iter()
                .any(|l| l.starts_with("Guide: Deployment and Release Problems (imported"))
        );
        assert!(
            text.iter()
                .any(|l| l == "• Imported from the site's Markdown source into a linked graph.")
        );
    }
}
