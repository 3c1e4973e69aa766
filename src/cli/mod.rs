//! Command-line arguments and the non-interactive subcommands.

mod graph_json;
mod import;
mod search;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::domain::{self, Graph};

/// Diagnose why deploying and releasing hurts.
///
/// With no command, opens the interactive explorer on the embedded
/// "Deployment and Release Problems" section of beyond.minimumcd.org.
#[derive(Debug, Parser)]
#[command(name = "cdtriage", version, about, long_about = None)]
pub struct Cli {
    /// Load this graph (RON) instead of the embedded one.
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import a section's printable view into a graph (RON).
    Import(import::ImportArgs),
    /// Print the graph.
    Graph(graph_json::GraphArgs),
    /// Search the guide for a phrase (symptoms, anti-patterns, causes, questions).
    Search(search::SearchArgs),
}

/// Loads the graph named by `--data`, or the embedded one.
pub fn load_graph(data: Option<&PathBuf>) -> Result<Graph> {
    Ok(match data {
        Some(path) => domain::load::from_file(path)?,
        None => domain::load::embedded()?,
    })
}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Import(args)) => import::run(&args),
        Some(Command::Graph(args)) => graph_json::run(&args, cli.data.as_ref()),
        Some(Command::Search(args)) => search::run(&args, cli.data.as_ref()),
        None => {
            let graph = load_graph(cli.data.as_ref())?;
            crate::ui::run(graph)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
