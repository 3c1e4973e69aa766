//! Command-line arguments and the non-interactive subcommands.

mod actions;
mod compare;
mod export;
mod graph_json;
mod import;
mod keys;
mod output;
mod search;
mod sessions;
pub mod start;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Parser, Subcommand};

use crate::domain::{self, Graph};
use crate::storage::settings::ThemeName;
use crate::storage::{Store, paths};

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

    /// Keep sessions under DIR instead of the user's config directory
    /// (also: environment variable CDTRIAGE_CONFIG_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Colour theme: dark, light or high-contrast (beats settings.ron's
    /// `theme`; NO_COLOR beats both).
    #[arg(long, global = true, value_name = "NAME")]
    pub theme: Option<ThemeName>,

    /// Start in the presenter view (`p` toggles it).
    #[arg(long)]
    pub present: bool,

    /// Open (or create) the team session NAME.
    #[arg(long, global = true, value_name = "NAME")]
    pub session: Option<String>,

    /// With --session NEW: create NEW continuing session OLD (its marks,
    /// answers to confirm, open action items; OLD is not changed).
    #[arg(long, value_name = "OLD", requires = "session")]
    pub from: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import a section's printable view into a graph (RON).
    Import(import::ImportArgs),
    /// Print the graph.
    Graph(graph_json::GraphArgs),
    /// List the saved team sessions.
    Sessions,
    /// Print a session as meeting minutes (Markdown) or JSON.
    Export(export::ExportArgs),
    /// Print a session's action items, open first and by due date.
    Actions(actions::ActionsArgs),
    /// Print what changed between two sessions of the same guide.
    Compare(compare::CompareArgs),
    /// Print the key reference (Markdown), as the in-app help shows it.
    Keys,
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

/// The config directory: `--config-dir`, else `CDTRIAGE_CONFIG_DIR`, else the
/// platform's config directory.
pub fn config_dir(flag: Option<&PathBuf>) -> Result<PathBuf> {
    paths::resolve_config_dir(
        flag.map(PathBuf::as_path),
        std::env::var_os(paths::CONFIG_DIR_ENV),
        paths::platform_config_dir,
    )
    .ok_or_else(|| {
        anyhow::anyhow!(
            "cannot find a config directory for sessions; pass --config-dir DIR or set {}",
            paths::CONFIG_DIR_ENV
        )
    })
}

/// The session store under the configured directory.
pub fn store(cli: &Cli) -> Result<Store> {
    Ok(Store::new(config_dir(cli.config_dir.as_ref())?))
}

/// Today's date in the system's time zone (for overdue action items).
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Runs the command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Import(args)) => import::run(&args),
        Some(Command::Graph(args)) => graph_json::run(&args, cli.data.as_ref()),
        Some(Command::Sessions) => sessions::run(&store(&cli)?),
        Some(Command::Export(ref args)) => export::run(args, &store(&cli)?, cli.data.as_ref()),
        Some(Command::Actions(ref args)) => {
            actions::run(args, &store(&cli)?, &load_graph(cli.data.as_ref())?)
        }
        Some(Command::Compare(ref args)) => {
            compare::run(args, &store(&cli)?, &load_graph(cli.data.as_ref())?)
        }
        Some(Command::Keys) => keys::run(),
        Some(Command::Search(args)) => search::run(&args, cli.data.as_ref()),
        None => {
            let graph = load_graph(cli.data.as_ref())?;
            // Without --session a missing config directory only means the
            // session picker has nowhere to look.
            let store = match &cli.session {
                Some(_) => Some(store(&cli)?),
                None => store(&cli).ok(),
            };
            if let (Some(new), Some(old), Some(store)) = (&cli.session, &cli.from, &store) {
                // Created and let go: the explorer opens it like any session.
                drop(
                    store.create_following(new, old, &graph).map_err(|e| {
                        anyhow::anyhow!("cannot start \"{new}\" from \"{old}\": {e}")
                    })?,
                );
            }
            let options = start::ui_options(&cli);
            crate::ui::run_with(graph, store, cli.session.as_deref(), &options)?;
            if let Some(warning) = &options.notice {
                eprintln!("cdtriage: warning: {}", domain::printable(warning));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
