//! Command-line arguments and the non-interactive subcommands.

mod actions;
mod compare;
mod export;
mod graph_json;
mod guide;
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
use crate::storage::guide::Guides;
use crate::storage::settings::ThemeName;
use crate::storage::{self, Store, paths};

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

    /// Keep the installed guide under DIR instead of the user's data
    /// directory (also: environment variable CDTRIAGE_DATA_DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

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
    /// Import a section's printable view, or a checkout of the site's
    /// source (--site DIR), into a graph (RON).
    Import(import::ImportArgs),
    /// Install the full guide from a checkout of the site's source, say which
    /// guide is in use, remove it, or update it with git.
    #[command(subcommand)]
    Guide(guide::GuideCommand),
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

/// Which graph to load: `--data FILE`, else the installed guide (in the
/// data directory), else the embedded one.
#[derive(Debug, Clone, Copy)]
pub struct GraphChoice<'a> {
    pub data: Option<&'a PathBuf>,
    pub data_dir: Option<&'a PathBuf>,
}

impl Cli {
    pub fn graph_choice(&self) -> GraphChoice<'_> {
        GraphChoice {
            data: self.data.as_ref(),
            data_dir: self.data_dir.as_ref(),
        }
    }
}

/// The installed guides' place: `--data-dir`, `CDTRIAGE_DATA_DIR` or the
/// platform's data directory, and the cache directory for `guide update`.
pub fn guides(data_dir: Option<&PathBuf>) -> Option<Guides> {
    let data = storage::guide::resolve(
        data_dir.map(PathBuf::as_path),
        std::env::var_os(storage::guide::DATA_DIR_ENV),
        storage::guide::platform_data_dir,
    )?;
    let cache = storage::guide::resolve(
        None,
        std::env::var_os(storage::guide::CACHE_DIR_ENV),
        storage::guide::platform_cache_dir,
    );
    Some(Guides::new(data, cache))
}

/// Loads the graph `choice` names. An installed guide that does not load is
/// not used: the embedded graph is, with a warning saying why.
pub fn load_graph_with_notice(choice: GraphChoice<'_>) -> Result<(Graph, Option<String>)> {
    if let Some(path) = choice.data {
        return Ok((domain::load::from_file(path)?, None));
    }
    if let Some(guides) = guides(choice.data_dir) {
        match guides.installed() {
            Ok(Some(graph)) => return Ok((graph, None)),
            Ok(None) => {}
            Err(e) => {
                let notice = format!(
                    "the installed guide is not used: {e} (cdtriage guide remove removes it)"
                );
                return Ok((domain::load::embedded()?, Some(notice)));
            }
        }
    }
    Ok((domain::load::embedded()?, None))
}

/// [`load_graph_with_notice`], printing its warning on standard error.
pub fn load_graph(choice: GraphChoice<'_>) -> Result<Graph> {
    let (graph, notice) = load_graph_with_notice(choice)?;
    if let Some(notice) = notice {
        eprintln!("cdtriage: warning: {}", domain::printable(&notice));
    }
    Ok(graph)
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
        Some(Command::Guide(ref command)) => {
            let guides = guides(cli.data_dir.as_ref()).ok_or_else(|| {
                anyhow::anyhow!(
                    "cannot find a data directory for the guide; pass --data-dir DIR or set {}",
                    storage::guide::DATA_DIR_ENV
                )
            })?;
            guide::run(command, &guides)
        }
        Some(Command::Graph(ref args)) => graph_json::run(args, cli.graph_choice()),
        Some(Command::Sessions) => sessions::run(&store(&cli)?),
        Some(Command::Export(ref args)) => export::run(args, &store(&cli)?, cli.graph_choice()),
        Some(Command::Actions(ref args)) => {
            actions::run(args, &store(&cli)?, &load_graph(cli.graph_choice())?)
        }
        Some(Command::Compare(ref args)) => {
            compare::run(args, &store(&cli)?, &load_graph(cli.graph_choice())?)
        }
        Some(Command::Keys) => keys::run(),
        Some(Command::Search(ref args)) => search::run(args, cli.graph_choice()),
        None => {
            let (graph, guide_notice) = load_graph_with_notice(cli.graph_choice())?;
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
            let mut options = start::ui_options(&cli);
            if let Some(notice) = guide_notice {
                options.notice = Some(match options.notice.take() {
                    Some(other) => format!("{notice}; {other}"),
                    None => notice,
                });
            }
            crate::ui::run_with(graph, store, cli.session.as_deref(), &options)?;
            if let Some(warning) = &options.notice {
                eprintln!("cdtriage: warning: {}", domain::printable(warning));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
