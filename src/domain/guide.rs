//! Which guide a graph is: the section embedded in the app (imported from the
//! site's printable view), or one imported from the site's source, with where
//! and when. The About screen and `cdtriage guide status` say it in these words.

use super::graph::Graph;

pub use super::origin::Origin;

/// What this app does to imported content, in its own words (the About
/// screen's "What this app changed" for a guide imported from the source).
pub const SOURCE_CHANGES: [&str; 6] = [
    "Imported from the site's Markdown source into a linked graph.",
    "Text is kept verbatim, but re-wrapped to fit the terminal.",
    "Figures are shown only as their text descriptions.",
    "Links between pages are resolved to this app's pages; others lead to the site.",
    "Hugo shortcodes are replaced by what they show (links, category, quality impact).",
    "The \"How to narrow it down\" questions are turned into an interactive checklist.",
];

/// The guide a graph is, in one line: "embedded: ..." or "imported from ...".
pub fn guide_name(graph: &Graph) -> String {
    match &graph.origin {
        None => format!(
            "{} (embedded: the site's printable view)",
            graph.section.title
        ),
        Some(origin) => {
            let mut line = format!(
                "{} (imported from the site's source in {}",
                graph.section.title, origin.folder
            );
            if let Some(commit) = origin.commit_line() {
                line.push_str(", ");
                line.push_str(&commit);
            }
            line.push(')');
            line
        }
    }
}

/// Whether a graph carries the anti-pattern pages (and so the fix steps).
pub fn has_pages(graph: &Graph) -> bool {
    graph.anti_patterns.iter().any(|a| a.page.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;

    #[test]
    fn the_embedded_guide_says_so_and_an_imported_one_names_folder_and_commit() {
        let mut g = load::embedded().unwrap();
        assert_eq!(
            guide_name(&g),
            "Deployment and Release Problems (embedded: the site's printable view)"
        );
        assert!(!has_pages(&g));
        g.origin = Some(Origin {
            folder: "/src/cd-migration".into(),
            sections: vec!["deployment".into()],
            commit: Some("0123456789abcdef0123".into()),
            commit_date: Some("2025-06-01T10:00:00+02:00".into()),
            remote: None,
            installed: None,
        });
        assert_eq!(
            guide_name(&g),
            "Deployment and Release Problems (imported from the site's source in \
             /src/cd-migration, commit 0123456789ab (2025-06-01T10:00:00+02:00))"
        );
    }
}
