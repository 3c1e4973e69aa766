//! After the import: links whose URL is a page of the graph become links
//! to that page.

use std::collections::HashMap;

use crate::domain::graph::{Graph, Target};
use crate::domain::page::{Link, LinkTo};

/// Links whose URL is a page of the graph lead to that page.
pub(super) fn link_pages(graph: &mut Graph) {
    let mut pages: HashMap<String, Target> = HashMap::new();
    for s in &graph.symptoms {
        pages.insert(s.url.clone(), Target::Symptom(s.id.clone()));
    }
    for a in &graph.anti_patterns {
        pages.insert(a.url.clone(), Target::AntiPattern(a.id.clone()));
    }
    let fix = |link: &mut Link| {
        if let LinkTo::Url(url) = &link.to {
            let bare = url.split('#').next().unwrap_or(url);
            if let Some(target) = pages.get(bare) {
                link.to = LinkTo::Page(target.clone());
            }
        }
    };
    let mut all: Vec<&mut Link> = Vec::new();
    for s in &mut graph.symptoms {
        all.extend(s.links.iter_mut());
        all.extend(s.related.iter_mut().map(|r| &mut r.link));
    }
    for a in &mut graph.anti_patterns {
        if let Some(page) = a.page.as_deref_mut() {
            for c in [
                &mut page.looks_like,
                &mut page.why,
                &mut page.fix,
                &mut page.measuring,
                &mut page.discussion,
            ]
            .into_iter()
            .flatten()
            .chain(page.more.iter_mut())
            {
                all.extend(c.links.iter_mut());
                for p in &mut c.parts {
                    all.extend(p.links.iter_mut());
                }
            }
            all.extend(page.related.iter_mut().map(|r| &mut r.link));
        }
    }
    if let Some(t) = &mut graph.triage {
        for r in &mut t.results {
            all.push(&mut r.symptom);
            all.extend(r.anti_patterns.iter_mut());
            all.extend(r.solutions.iter_mut());
            all.extend(r.also_see.iter_mut());
        }
    }
    all.into_iter().for_each(fix);
}
