//! `cdtriage export NAME`: a session as meeting minutes (Markdown) or JSON.
//! Reads the session without locking it and never creates one.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use crate::storage::Store;
use crate::storage::export::{self, Existing, MinutesCause};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The session to export (as `cdtriage sessions` lists it).
    pub name: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With -o: replace FILE if it exists (a symbolic link, a session file or
    /// the settings file is refused all the same).
    #[arg(long, requires = "output")]
    pub force: bool,
    /// Markdown: under each ranked cause, every term of its score and the
    /// sum (without it, one line of reasons).
    #[arg(long)]
    pub reasons: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
}

pub fn run(args: &ExportArgs, store: &Store, choice: super::GraphChoice<'_>) -> Result<ExitCode> {
    let graph = super::load_graph(choice)?;
    let loaded = store.load_for(&args.name, Some(&graph))?;
    if let Some(found) = loaded.newer_schema {
        eprintln!(
            "cdtriage: note: session \"{}\" was written by a newer cdtriage (format {found}); fields this version does not know are left out",
            args.name
        );
    }
    let causes: Vec<MinutesCause> = export::ranked_causes(&loaded.session, &graph);
    let text = match args.format {
        Format::Markdown => {
            let mut options = export::MinutesOptions::system();
            options.reasons = args.reasons;
            // A session that follows another says what changed since, when
            // that one can still be read.
            options.since = loaded
                .session
                .follows
                .as_deref()
                .and_then(|old| store.load_for(old, Some(&graph)).ok())
                .map(|old| {
                    crate::domain::compare::compare(
                        &graph,
                        &old.session,
                        &loaded.session,
                        super::today(),
                    )
                });
            export::to_markdown_with(&loaded.session, &graph, &causes, &options)
        }
        Format::Json => {
            let value = export::to_json(&loaded.session, &graph, &causes);
            super::output::json(&value)?
        }
    };
    match &args.output {
        Some(path) => {
            let existing = if args.force {
                Existing::Replace
            } else {
                Existing::Refuse
            };
            export::write_export(store, path, text.as_bytes(), existing)?;
        }
        None => super::output::print(&text).context("cannot write to standard output")?,
    }
    Ok(ExitCode::SUCCESS)
}
