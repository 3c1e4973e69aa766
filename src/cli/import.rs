//! `cdtriage import`: printable view + facts -> graph RON.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;

use crate::domain::{import, load};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The section's printable view, saved as plain text.
    #[arg(value_name = "SOURCE.txt")]
    pub source: PathBuf,
    /// The facts file (ids, URLs, tags, categories) for the same pages.
    #[arg(long, value_name = "FACTS.json")]
    pub facts: PathBuf,
    /// Where to write the graph; standard output if not given.
    #[arg(short, long, value_name = "OUT.ron")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &ImportArgs) -> Result<ExitCode> {
    let text = std::fs::read_to_string(&args.source)
        .with_context(|| format!("cannot read {}", args.source.display()))?;
    let facts = std::fs::read_to_string(&args.facts)
        .with_context(|| format!("cannot read {}", args.facts.display()))?;
    let graph = import::import(&text, &facts).map_err(|e| match e {
        import::ImportError::Facts(_) => anyhow::anyhow!("{}: {e}", args.facts.display()),
        _ => anyhow::anyhow!("{}: {e}", args.source.display()),
    })?;
    let ron = load::to_ron(&graph);
    match &args.output {
        Some(path) => {
            std::fs::write(path, &ron)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "wrote {} ({} symptoms, {} anti-patterns)",
                path.display(),
                graph.symptoms.len(),
                graph.anti_patterns.len()
            );
        }
        None => super::output::print(&ron)?,
    }
    Ok(ExitCode::SUCCESS)
}
