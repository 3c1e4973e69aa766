//! The source importer: a checkout of the site's source (Hugo: Markdown
//! pages with YAML front matter, `data/triage.yaml`) into a [`Graph`].
//!
//! The symptom pages of a section (`content/en/docs/symptoms/<section>/`)
//! become the symptoms, numbered in Hugo's order (weight, then link title);
//! every anti-pattern page they cite (under "Common causes", "Start with" and
//! "The most common cause is") is imported with its sections. Text is kept
//! as the site prints it (its typographer's quotes and dashes) and only
//! re-wrapped. Links to pages of the graph become links inside the app, the
//! rest lead to the site. Whatever the import does not understand (a
//! shortcode, raw HTML, an unknown section) is reported as a [`Warning`] with
//! file and line; what a page must have and lacks is a [`SiteError`].

mod anti_pattern;
mod convert;
mod files;
mod front;
mod links;
mod markdown;
mod pages;
mod section;
mod shortcodes;
mod symptom;
mod triage;

#[cfg(test)]
mod error_tests;
#[cfg(test)]
mod tests;

use std::path::PathBuf;

use thiserror::Error;

use crate::domain::graph::{Graph, Section, Target};
use crate::domain::guide::Origin;
use crate::domain::load::{self, validate};

pub use anti_pattern::quality_impact;
pub use files::{CONTENT, Site};

use convert::Ctx;
use links::link_pages;
use pages::Index;

/// The site the guide is published on, for URLs.
pub const SITE_URL: &str = "https://beyond.minimumcd.org";
/// The guide's source repository.
pub const REPOSITORY: &str = "https://github.com/bdfinst/cd-migration";
/// The section the app embeds.
pub const DEFAULT_SECTION: &str = "deployment";
/// Where the symptom pages live.
const SYMPTOMS: &str = "docs/symptoms";

/// What to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// One symptom section (`deployment`), or `None` for all of them.
    pub section: Option<String>,
    pub site_url: String,
    pub repository: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            section: Some(DEFAULT_SECTION.to_string()),
            site_url: SITE_URL.to_string(),
            repository: REPOSITORY.to_string(),
        }
    }
}

/// Something the import did not understand and how it dealt with it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{file}:{line}: {message}")]
pub struct Warning {
    /// The file, relative to the checkout.
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl Warning {
    fn from_error(e: &SiteError) -> Warning {
        match e {
            SiteError::At {
                file,
                line,
                message,
            } => Warning {
                file: file.clone(),
                line: *line,
                message: format!("{message} (the page is linked by its path)"),
            },
            other => Warning {
                file: String::new(),
                line: 0,
                message: other.to_string(),
            },
        }
    }
}

/// Why an import failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SiteError {
    #[error("{folder}: not a checkout of the site's source (there is no content/en/ folder)")]
    NotASite { folder: String },
    #[error("cannot read {}: {error}", path.display())]
    Read { path: PathBuf, error: String },
    /// `file` is relative to the checkout.
    #[error("{file}:{line}: {message}")]
    At {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{0}")]
    Other(String),
    #[error("the imported graph is not valid:\n{}", .0.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<String>),
}

impl SiteError {
    pub fn at(file: &str, line: usize, message: &str) -> SiteError {
        SiteError::At {
            file: file.to_string(),
            line,
            message: message.to_string(),
        }
    }
}

/// A graph and what the import reported on the way.
#[derive(Debug, Clone)]
pub struct Imported {
    pub graph: Graph,
    pub warnings: Vec<Warning>,
}

/// A front-matter string (a description) as the site prints it.
fn inline_text(ctx: &Ctx<'_>, markdown_text: &str) -> String {
    let nodes = markdown::parse(markdown_text, &mut Vec::new());
    let texts: Vec<String> = nodes
        .iter()
        .filter_map(|n| match &n.node {
            markdown::Node::Para(p) => Some(ctx.clean(&p.text)),
            _ => None,
        })
        .collect();
    texts.join(" ")
}

/// Imports `site` as `options` say.
pub fn import(site: &Site, options: &Options) -> Result<Imported, SiteError> {
    let mut warnings = Vec::new();
    let index = Index::new(site, &options.site_url, &mut warnings);
    let prefix = match &options.section {
        Some(name) => format!("{SYMPTOMS}/{}", name.trim_matches('/')),
        None => SYMPTOMS.to_string(),
    };
    let order = symptom_order(&index, &prefix);
    if order.is_empty() {
        return Err(SiteError::Other(format!(
            "{}: no symptom pages under {CONTENT}{prefix}/",
            site.root
        )));
    }
    let mut symptoms = Vec::new();
    let mut cites: Vec<(usize, String, usize)> = Vec::new();
    for (number, &i) in order.iter().enumerate() {
        let info = &index.pages[i];
        let text = site.file(&info.file).unwrap_or("");
        let page = front::split(&info.file, text)?;
        let (mut ctx, nodes) = Ctx::new(&page, &index);
        let mut read = symptom::read(&mut ctx, &nodes, info)?;
        warnings.append(&mut ctx.warnings);
        read.symptom.number = number as u32 + 1;
        cites.extend(read.cites.into_iter().map(|c| (c, info.file.clone(), 0)));
        symptoms.push(read.symptom);
    }
    let imported: Vec<usize> = order.clone();
    let mut anti_patterns = Vec::new();
    let mut done = Vec::new();
    for (page_index, citing, _) in &cites {
        let info = &index.pages[*page_index];
        match symptom::target_of(info) {
            Some(Target::AntiPattern(_)) if !done.contains(page_index) => {
                done.push(*page_index);
                let text = site.file(&info.file).unwrap_or("");
                let page = front::split(&info.file, text)?;
                let (mut ctx, nodes) = Ctx::new(&page, &index);
                anti_patterns.push(anti_pattern::read(&mut ctx, &nodes, info)?);
                warnings.append(&mut ctx.warnings);
            }
            Some(Target::Symptom(_)) if !imported.contains(page_index) => {
                return Err(SiteError::Other(format!(
                    "{citing} cites the symptom page {}, which is not in the section imported; \
                     import it too with --all or --section",
                    info.file
                )));
            }
            _ => {}
        }
    }
    let source = match site.file(files::LICENSE) {
        Some(text) => section::source(text, &options.site_url, &options.repository),
        None => {
            warnings.push(Warning {
                file: files::LICENSE.to_string(),
                line: 0,
                message: "not found: the attribution is the embedded guide's".to_string(),
            });
            embedded_section()?.source
        }
    };
    let section = section_page(site, &index, &prefix, options, source, &mut warnings)?;
    let id = super::slugify(&section.title);
    let version = format!("{:016x}", fingerprint(site, &index, &order, &done));
    let mut graph = Graph::new(id, version, section, symptoms, anti_patterns);
    if let Some(yaml) = site.file(files::TRIAGE) {
        match triage::read(yaml, &index) {
            Ok(t) => graph.triage = Some(t),
            Err(w) => warnings.push(w),
        }
    }
    graph.origin = Some(Origin {
        folder: site.root.clone(),
        sections: vec![options.section.clone().unwrap_or_else(|| "all".to_string())],
        commit: None,
        commit_date: None,
        remote: None,
        installed: None,
    });
    link_pages(&mut graph);
    super::link_back(&mut graph);
    let problems = validate(&graph);
    if problems.is_empty() {
        Ok(Imported { graph, warnings })
    } else {
        Err(SiteError::Invalid(problems))
    }
}

fn embedded_section() -> Result<Section, SiteError> {
    load::embedded()
        .map(|g| g.section)
        .map_err(|e| SiteError::Other(e.to_string()))
}

/// The symptom pages under `prefix` in Hugo's order: section by section
/// (by the section's weight, then path), then by weight (unweighted last),
/// link title and path.
fn symptom_order(index: &Index, prefix: &str) -> Vec<usize> {
    let weight_of_dir = |dir: &str| {
        index
            .pages
            .iter()
            .find(|p| p.key == dir && p.file.ends_with("_index.md"))
            .map_or(0, |p| p.front.weight())
    };
    let mut found: Vec<(i64, String, bool, i64, String, String, usize)> = index
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            !p.file.ends_with("/_index.md") && (p.key.starts_with(&format!("{prefix}/")))
        })
        .map(|(i, p)| {
            let dir = p.key.rsplit_once('/').map_or("", |(d, _)| d).to_string();
            let dir_weight = weight_of_dir(&dir);
            let w = p.front.weight();
            (
                if dir_weight == 0 {
                    i64::MAX
                } else {
                    dir_weight
                },
                dir,
                w == 0,
                w,
                p.front.link_title().to_lowercase(),
                p.file.clone(),
                i,
            )
        })
        .collect();
    found.sort();
    found.into_iter().map(|f| f.6).collect()
}

/// The section's page from its `_index.md`; without one, the embedded
/// guide's page for the embedded section, or a page named after the folder.
fn section_page(
    site: &Site,
    index: &Index,
    prefix: &str,
    options: &Options,
    source: crate::domain::graph::Source,
    warnings: &mut Vec<Warning>,
) -> Result<Section, SiteError> {
    let file = format!("{CONTENT}{prefix}/_index.md");
    if let (Some(text), Some(i)) = (site.file(&file), index.by_file(&file)) {
        let page = front::split(&file, text)?;
        let (mut ctx, nodes) = Ctx::new(&page, index);
        let section = section::read(&mut ctx, &nodes, &index.pages[i], &options.site_url, source);
        warnings.append(&mut ctx.warnings);
        return Ok(section);
    }
    if options.section.as_deref() == Some(DEFAULT_SECTION) {
        warnings.push(Warning {
            file,
            line: 0,
            message: "not found: the section's title and introduction are the embedded guide's"
                .to_string(),
        });
        let mut section = embedded_section()?;
        section.source = source;
        return Ok(section);
    }
    warnings.push(Warning {
        file,
        line: 0,
        message: "not found: the section is named after its folder".to_string(),
    });
    let name = prefix.rsplit('/').next().unwrap_or("symptoms");
    let base = options.site_url.trim_end_matches('/');
    Ok(Section {
        title: capitalised(name),
        description: String::new(),
        intro: Vec::new(),
        how_to_use: Vec::new(),
        related_categories: Vec::new(),
        related_guides: Vec::new(),
        url: format!("{base}/{prefix}/"),
        print_url: format!("{base}/_print/{prefix}/"),
        source,
    })
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A hash of every file the graph was made from.
fn fingerprint(site: &Site, index: &Index, symptoms: &[usize], anti_patterns: &[usize]) -> u64 {
    let mut text = String::new();
    for &i in symptoms.iter().chain(anti_patterns) {
        text.push_str(&index.pages[i].file);
        text.push_str(site.file(&index.pages[i].file).unwrap_or(""));
    }
    for extra in [files::TRIAGE, files::LICENSE] {
        text.push_str(site.file(extra).unwrap_or(""));
    }
    super::fnv1a(text.as_bytes())
}
