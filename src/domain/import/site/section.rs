//! The section's own page (`_index.md`: title, description, intro, "How to
//! use this section", "Related anti-pattern categories: ...", "Related
//! guides: ...") and the attribution (the checkout's `LICENSE`).

use super::convert::{Ctx, split_at_headings};
use super::markdown::{Located, Node};
use super::pages::PageInfo;
use crate::domain::graph::{Section, Source};

const CATEGORIES: &str = "Related anti-pattern categories:";
const GUIDES: &str = "Related guides:";

/// The section page read from its `_index.md`.
pub fn read(
    ctx: &mut Ctx<'_>,
    nodes: &[Located],
    page: &PageInfo,
    site: &str,
    source: Source,
) -> Section {
    let front = &page.front;
    let (intro_nodes, sections) = split_at_headings(nodes, 2);
    let mut section = Section {
        title: ctx.clean(&front.title()),
        description: super::inline_text(ctx, &front.text("description").unwrap_or_default()),
        intro: Vec::new(),
        how_to_use: Vec::new(),
        related_categories: Vec::new(),
        related_guides: Vec::new(),
        url: page.url.clone(),
        print_url: format!("{}/_print/{}/", site.trim_end_matches('/'), page.key),
        source,
    };
    let take = |ctx: &mut Ctx<'_>, nodes: &[Located], into_how: bool, s: &mut Section| {
        for n in nodes {
            let Node::Para(p) = &n.node else {
                ctx.warn(
                    n.at,
                    "only paragraphs of a section page are imported".to_string(),
                );
                continue;
            };
            let text = ctx.clean(&p.text);
            if let Some(rest) = text.strip_prefix(CATEGORIES) {
                s.related_categories = list(rest);
            } else if let Some(rest) = text.strip_prefix(GUIDES) {
                s.related_guides = list(rest);
            } else if into_how {
                s.how_to_use.push(text);
            } else {
                s.intro.push(text);
            }
        }
    };
    take(ctx, intro_nodes, false, &mut section);
    for h in sections {
        if h.text.text.eq_ignore_ascii_case("how to use this section") {
            take(ctx, h.body, true, &mut section);
        } else {
            ctx.warn(
                h.at,
                format!(
                    "section \"{}\" of the section page is not imported",
                    h.text.text
                ),
            );
        }
    }
    section
}

fn list(text: &str) -> Vec<String> {
    text.split(", ")
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// The attribution from `LICENSE`: the license, the copyright line and the
/// works it was adapted from (`- Name (URL) - License` becomes `URL (License)`).
pub fn source(license: &str, site: &str, repository: &str) -> Source {
    let copyright = license
        .lines()
        .find(|l| l.trim_start().starts_with("Copyright"))
        .unwrap_or("")
        .trim()
        .to_string();
    let mut adapted_from = Vec::new();
    let mut in_list = false;
    for line in license.lines() {
        let line = line.trim();
        if line.to_lowercase().starts_with("content adapted from") {
            in_list = true;
        } else if in_list {
            match line.strip_prefix("- ") {
                Some(item) => adapted_from.push(adapted(item)),
                None if line.is_empty() => {}
                None => in_list = false,
            }
        }
    }
    let cc_by = license.contains("Creative Commons Attribution 4.0");
    Source {
        site: site.trim_end_matches('/').to_string(),
        repository: repository.to_string(),
        license: if cc_by { "CC BY 4.0" } else { "see LICENSE" }.to_string(),
        license_url: if cc_by {
            "https://creativecommons.org/licenses/by/4.0/"
        } else {
            ""
        }
        .to_string(),
        copyright,
        adapted_from,
    }
}

/// "MinimumCD.org (https://minimumcd.org) - CC BY 4.0" -> "https://minimumcd.org (CC BY 4.0)".
fn adapted(item: &str) -> String {
    let parts = item.split_once(" (").and_then(|(_, rest)| {
        let (url, rest) = rest.split_once(')')?;
        let license = rest.trim().strip_prefix("- ")?.trim();
        Some(format!("{url} ({license})"))
    });
    parts.unwrap_or_else(|| item.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_license_gives_the_attribution_in_the_embedded_guides_words() {
        let text = "Creative Commons Attribution 4.0 International License\n\nCopyright (c) 2025 Some Authors\n\nContent adapted from:\n- A.org (https://a.org) - CC BY 4.0\n- Plain words\n";
        let s = source(text, "https://site.example/", "https://repo.example");
        assert_eq!(s.copyright, "Copyright (c) 2025 Some Authors");
        assert_eq!(s.adapted_from, ["https://a.org (CC BY 4.0)", "Plain words"]);
        assert_eq!(s.license, "CC BY 4.0");
        assert_eq!(s.site, "https://site.example");
    }
}
