//! Every page of the checkout by its path, its old paths (`aliases`: a page
//! that moved) and its URL on the site, so a `relref` resolves the way Hugo
//! resolves it: an absolute path, a path relative to the page, or a unique
//! page name.

use std::collections::HashMap;

use super::files::{CONTENT, Site};
use super::front::{self, Front};

/// One page of the checkout.
#[derive(Debug, Clone)]
pub struct PageInfo {
    /// The file, relative to the checkout.
    pub file: String,
    /// Its path on the site without slashes at the ends
    /// (`docs/anti-patterns/pipeline/manual-deployments`).
    pub key: String,
    /// Its URL on the site.
    pub url: String,
    pub front: Front,
}

impl PageInfo {
    /// The last part of the key: the page's id in the graph.
    pub fn name(&self) -> &str {
        self.key.rsplit('/').next().unwrap_or(&self.key)
    }
}

/// Where a `relref` leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The page's index, when the checkout has it.
    pub page: Option<usize>,
    /// The URL on the site, with the fragment.
    pub url: String,
}

pub struct Index {
    pub pages: Vec<PageInfo>,
    by_key: HashMap<String, usize>,
    by_alias: HashMap<String, usize>,
    by_name: HashMap<String, Vec<usize>>,
    base: String,
}

/// `content/en/docs/a/b.md` -> `docs/a/b`; `.../a/_index.md` -> `docs/a`.
pub fn key_of(file: &str) -> String {
    let rel = file.strip_prefix(CONTENT).unwrap_or(file);
    let rel = rel.strip_suffix(".md").unwrap_or(rel);
    let rel = rel
        .strip_suffix("/_index")
        .or_else(|| rel.strip_suffix("/index"))
        .unwrap_or(if rel == "_index" { "" } else { rel });
    rel.to_string()
}

/// A path as written in a link or alias, without `#`, ends or `.md`.
fn normalise(path: &str) -> String {
    let path = path.trim().trim_matches('/');
    let path = path.strip_suffix(".md").unwrap_or(path);
    let path = path
        .strip_suffix("/_index")
        .or_else(|| path.strip_suffix("/index"))
        .unwrap_or(path);
    path.trim_matches('/').to_string()
}

impl Index {
    /// Indexes the pages of `site`; `warnings` gets pages whose front matter
    /// cannot be read (their links still resolve by path).
    pub fn new(site: &Site, base: &str, warnings: &mut Vec<super::Warning>) -> Self {
        let mut index = Index {
            pages: Vec::new(),
            by_key: HashMap::new(),
            by_alias: HashMap::new(),
            by_name: HashMap::new(),
            base: base.trim_end_matches('/').to_string(),
        };
        for (file, text) in site.pages() {
            let front = match front::split(file, text) {
                Ok(page) => page.front,
                Err(e) => {
                    warnings.push(super::Warning::from_error(&e));
                    Front::default()
                }
            };
            let key = key_of(file);
            let url = index.url_of(&key, &front);
            let i = index.pages.len();
            index.by_key.insert(key.clone(), i);
            for alias in front.list("aliases") {
                index.by_alias.insert(normalise(&alias), i);
            }
            let name = key.rsplit('/').next().unwrap_or("").to_string();
            index.by_name.entry(name).or_default().push(i);
            index.pages.push(PageInfo {
                file: file.to_string(),
                key,
                url,
                front,
            });
        }
        index
    }

    /// The page's URL: `url` from its front matter, else its path (with
    /// `slug` replacing the last part), Hugo's pretty URLs.
    fn url_of(&self, key: &str, front: &Front) -> String {
        if let Some(url) = front.text("url") {
            return format!("{}/{}", self.base, url.trim_start_matches('/'));
        }
        let key = match front.text("slug") {
            Some(slug) => match key.rsplit_once('/') {
                Some((dir, _)) => format!("{dir}/{slug}"),
                None => slug,
            },
            None => key.to_string(),
        };
        if key.is_empty() {
            format!("{}/", self.base)
        } else {
            format!("{}/{key}/", self.base)
        }
    }

    pub fn by_file(&self, file: &str) -> Option<usize> {
        self.by_key.get(&key_of(file)).copied()
    }

    /// Resolves `path` (a relref's argument) written on the page `from`.
    pub fn resolve(&self, path: &str, from: Option<usize>) -> Resolved {
        let (path, fragment) = match path.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (path, None),
        };
        let with_fragment = |url: &str| match fragment {
            Some(f) if !f.is_empty() => format!("{url}#{f}"),
            _ => url.to_string(),
        };
        let from_dir = from
            .map(|i| self.pages[i].key.as_str())
            .map(|k| k.rsplit_once('/').map_or("", |(dir, _)| dir))
            .unwrap_or("");
        let norm = normalise(path);
        if norm.is_empty() && path.trim().is_empty() {
            // `relref "#section"`: the page itself.
            if let Some(i) = from {
                return Resolved {
                    page: Some(i),
                    url: with_fragment(&self.pages[i].url),
                };
            }
        }
        let absolute = path.trim_start().starts_with('/');
        let relative = if from_dir.is_empty() {
            norm.clone()
        } else {
            format!("{from_dir}/{norm}")
        };
        let found = if absolute {
            self.by_key.get(&norm).or_else(|| self.by_alias.get(&norm))
        } else {
            self.by_key
                .get(&relative)
                .or_else(|| self.by_key.get(&norm))
                .or_else(|| self.by_alias.get(&norm))
                .or_else(|| match self.by_name.get(&norm) {
                    Some(list) if list.len() == 1 => list.first(),
                    _ => None,
                })
        };
        match found {
            Some(&i) => Resolved {
                page: Some(i),
                url: with_fragment(&self.pages[i].url),
            },
            None => {
                let key = if absolute { norm } else { relative };
                Resolved {
                    page: None,
                    url: with_fragment(&format!("{}/{key}/", self.base)),
                }
            }
        }
    }

    /// A link destination that is not a `relref`: a site path becomes its
    /// URL (and page, if the checkout has it); anything else stays as written.
    pub fn plain(&self, dest: &str, from: Option<usize>) -> Resolved {
        if dest.starts_with('/') {
            return self.resolve(dest, from);
        }
        Resolved {
            page: None,
            url: dest.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        let site = Site::from_files(
            "x",
            [
                (
                    "content/en/docs/symptoms/deployment/merge-freeze.md",
                    "---\ntitle: M\naliases:\n  - /docs/symptoms/merge-freeze/\n---\n",
                ),
                (
                    "content/en/docs/anti-patterns/pipeline/_index.md",
                    "---\ntitle: P\n---\n",
                ),
                (
                    "content/en/docs/anti-patterns/pipeline/manual-deployments.md",
                    "---\ntitle: MD\n---\n",
                ),
                (
                    "content/en/docs/other/page.md",
                    "---\ntitle: O\nslug: renamed\n---\n",
                ),
            ],
        );
        Index::new(&site, "https://example.org/", &mut Vec::new())
    }

    #[test]
    fn paths_aliases_relative_names_and_misses_resolve_like_hugo() {
        let idx = index();
        let md = idx.resolve(
            "/docs/anti-patterns/pipeline/manual-deployments#how-to-fix-it",
            None,
        );
        assert_eq!(idx.pages[md.page.unwrap()].name(), "manual-deployments");
        assert_eq!(
            md.url,
            "https://example.org/docs/anti-patterns/pipeline/manual-deployments/#how-to-fix-it"
        );
        let moved = idx.resolve("/docs/symptoms/merge-freeze/", None);
        assert_eq!(
            idx.pages[moved.page.unwrap()].key,
            "docs/symptoms/deployment/merge-freeze"
        );
        let section = idx.resolve("/docs/anti-patterns/pipeline", None);
        assert_eq!(
            section.url,
            "https://example.org/docs/anti-patterns/pipeline/"
        );
        let from = idx.by_file("content/en/docs/anti-patterns/pipeline/_index.md");
        let by_name = idx.resolve("manual-deployments", from);
        assert!(by_name.page.is_some());
        let missing = idx.resolve("/docs/reference/glossary#artifact", None);
        assert_eq!(missing.page, None);
        assert_eq!(
            missing.url,
            "https://example.org/docs/reference/glossary/#artifact"
        );
        let slugged = idx.resolve("/docs/other/page", None);
        assert_eq!(slugged.url, "https://example.org/docs/other/renamed/");
    }
}
