//! `cdtriage import`: a section's printable view + facts, or a checkout of
//! the site's source (`--site DIR`), -> graph RON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Args;

use crate::domain::import::site::{self, Site, SiteError};
use crate::domain::{Graph, import, load, printable};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The section's printable view, saved as plain text.
    #[arg(value_name = "SOURCE.txt", required_unless_present = "site")]
    pub source: Option<PathBuf>,
    /// The facts file (ids, URLs, tags, categories) for the same pages.
    #[arg(long, value_name = "FACTS.json", required_unless_present = "site")]
    pub facts: Option<PathBuf>,
    /// Import a checkout of the site's source instead (Markdown pages,
    /// data/triage.yaml): the symptom pages of a section and every
    /// anti-pattern page they cite, with its fix steps.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["source", "facts"])]
    pub site: Option<PathBuf>,
    #[command(flatten)]
    pub which: SectionArgs,
    /// Where to write the graph; standard output if not given.
    #[arg(short, long, value_name = "OUT.ron")]
    pub output: Option<PathBuf>,
}

/// Which symptom sections of the site's source to import.
#[derive(Debug, Clone, Args)]
pub struct SectionArgs {
    /// The symptom section (a folder under content/en/docs/symptoms/).
    #[arg(long, value_name = "NAME", default_value = site::DEFAULT_SECTION, conflicts_with = "all")]
    pub section: String,
    /// Every symptom section.
    #[arg(long)]
    pub all: bool,
}

impl SectionArgs {
    pub fn options(&self) -> site::Options {
        site::Options {
            section: (!self.all).then(|| self.section.clone()),
            ..site::Options::default()
        }
    }
}

pub fn run(args: &ImportArgs) -> Result<ExitCode> {
    let graph = match &args.site {
        Some(dir) => import_site(dir, &args.which.options())?,
        None => import_printable(args)?,
    };
    let ron = load::to_ron(&graph);
    let (facts, derived) = crate::domain::facts::derive(&graph);
    // The built-in facts serve a graph whose questions they all cover.
    let own_facts = derived.inferred > 0 || graph.id != crate::domain::facts::built_in_graph_id();
    match &args.output {
        Some(path) => {
            std::fs::write(path, &ron)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "wrote {} ({})",
                printable(&path.display().to_string()),
                counts(&graph)
            );
            if own_facts {
                let facts_path = load::facts_path(path);
                std::fs::write(&facts_path, crate::domain::facts::to_ron(&facts))
                    .with_context(|| format!("cannot write {}", facts_path.display()))?;
                eprintln!(
                    "wrote {}: which answer points at each question's cause ({} as in the built-in guide, {} read from the explanations: check those)",
                    printable(&facts_path.display().to_string()),
                    derived.reused,
                    derived.inferred
                );
            }
        }
        None => {
            super::output::print(&ron)?;
            if own_facts {
                eprintln!(
                    "cdtriage: this graph needs its answer facts beside it: give -o FILE to write them to FILE's .facts.ron"
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// "21 symptoms, 26 anti-patterns, 130 fix steps, a triage questionnaire".
pub fn counts(graph: &Graph) -> String {
    let mut text = format!(
        "{} symptoms, {} anti-patterns",
        graph.symptoms.len(),
        graph.anti_patterns.len()
    );
    let steps: usize = graph
        .anti_patterns
        .iter()
        .map(|a| a.fix_steps().len())
        .sum();
    if steps > 0 {
        text.push_str(&format!(", {steps} fix steps"));
    }
    if let Some(t) = &graph.triage {
        text.push_str(&format!(
            ", a triage questionnaire of {} questions and {} results",
            t.questions.len(),
            t.results.len()
        ));
    }
    text
}

fn import_printable(args: &ImportArgs) -> Result<Graph> {
    let (Some(source), Some(facts_path)) = (&args.source, &args.facts) else {
        bail!("give SOURCE.txt and --facts FACTS.json, or --site DIR");
    };
    let text = std::fs::read_to_string(source)
        .with_context(|| format!("cannot read {}", source.display()))?;
    let facts = std::fs::read_to_string(facts_path)
        .with_context(|| format!("cannot read {}", facts_path.display()))?;
    import::import(&text, &facts).map_err(|e| match e {
        import::ImportError::Facts(_) => anyhow::anyhow!("{}: {e}", facts_path.display()),
        _ => anyhow::anyhow!("{}: {e}", source.display()),
    })
}

/// Imports a checkout, printing each warning (with the checkout's path) on
/// standard error.
pub fn import_site(dir: &Path, options: &site::Options) -> Result<Graph> {
    let files = Site::read(dir).map_err(|e| anyhow::anyhow!("{}", located(dir, &e)))?;
    let imported =
        site::import(&files, options).map_err(|e| anyhow::anyhow!("{}", located(dir, &e)))?;
    for w in &imported.warnings {
        let file = if w.file.is_empty() {
            dir.display().to_string()
        } else {
            dir.join(&w.file).display().to_string()
        };
        let place = if w.line == 0 {
            file
        } else {
            format!("{file}:{}", w.line)
        };
        eprintln!(
            "cdtriage: warning: {}",
            printable(&format!("{place}: {}", w.message))
        );
    }
    Ok(imported.graph)
}

/// An import error with its file under `dir`.
fn located(dir: &Path, e: &SiteError) -> String {
    match e {
        SiteError::At {
            file,
            line,
            message,
        } => {
            format!("{}:{line}: {message}", dir.join(file).display())
        }
        other => other.to_string(),
    }
}
