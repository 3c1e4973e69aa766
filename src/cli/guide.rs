//! `cdtriage guide add|status|remove|update`: installing the full guide from
//! a checkout of the site's source, saying which guide is in use, going back
//! to the embedded section, and updating with git (the only network use).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use clap::{Args, Subcommand};

use crate::domain::guide::{self, Origin};
use crate::domain::import::site::{self, REPOSITORY};
use crate::domain::{Graph, format_utc, load, printable};
use crate::storage::guide::{Guides, Status};
use crate::storage::{git, now};

use super::import::{SectionArgs, counts, import_site};

#[derive(Debug, Subcommand)]
pub enum GuideCommand {
    /// Import a checkout of the site's source and start on it from now on.
    Add(AddArgs),
    /// Say which guide is in use: the embedded section, or the one installed
    /// (from which folder, commit and date).
    Status,
    /// Remove the installed guide: back to the embedded section.
    Remove,
    /// `git pull` in DIR (or clone the repository into the cache directory
    /// when no DIR is given), import again and install. A failure leaves the
    /// installed guide as it was.
    Update(UpdateArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The checkout (a clone of the guide's repository).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub which: SectionArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// A checkout to pull and import; without it, the cache directory's clone.
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// The repository to clone when there is no clone yet (default: the
    /// installed guide's remote, else the guide's repository).
    #[arg(long, value_name = "URL")]
    pub repo: Option<String>,
}

pub fn run(command: &GuideCommand, guides: &Guides) -> Result<ExitCode> {
    match command {
        GuideCommand::Add(args) => {
            let graph = import_checkout(&args.dir, &args.which.options())?;
            install(guides, &graph)
        }
        GuideCommand::Status => status(guides),
        GuideCommand::Remove => {
            let removed = guides
                .remove()
                .with_context(|| format!("cannot remove {}", guides.path().display()))?;
            let text = if removed {
                format!(
                    "Removed the guide installed in {}.\ncdtriage starts on the embedded section again.\n",
                    guides.path().display()
                )
            } else {
                "No guide is installed: the embedded section is in use.\n".to_string()
            };
            super::output::print(&text)?;
            Ok(ExitCode::SUCCESS)
        }
        GuideCommand::Update(args) => update(args, guides),
    }
}

/// Imports `dir` with its git commit, date and remote as the origin.
fn import_checkout(dir: &Path, options: &site::Options) -> Result<Graph> {
    let mut graph = import_site(dir, options)?;
    if let (Some(origin), Some(checkout)) = (graph.origin.as_mut(), git::describe(dir)) {
        origin.commit = Some(checkout.commit);
        origin.commit_date = Some(checkout.date).filter(|d| !d.is_empty());
        origin.remote = checkout.remote;
    }
    if let Some(origin) = graph.origin.as_mut() {
        origin.folder = absolute(dir).display().to_string();
        origin.installed = Some(now());
    }
    Ok(graph)
}

fn absolute(dir: &Path) -> PathBuf {
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())
}

fn install(guides: &Guides, graph: &Graph) -> Result<ExitCode> {
    let path = guides
        .install(graph)
        .with_context(|| format!("cannot write {}", guides.path().display()))?;
    super::output::print(&format!(
        "Installed {}\n  {}\n  in {}\ncdtriage now starts on it (`cdtriage guide remove` goes back to the embedded section).\n",
        guide::guide_name(graph),
        counts(graph),
        path.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

fn status(guides: &Guides) -> Result<ExitCode> {
    let text = match guides.status() {
        Status::Embedded => {
            let graph = load::embedded()?;
            format!(
                "Guide in use: {}\n  {}\nNo guide is installed in {} (`cdtriage guide add DIR` installs one from a checkout of the site's source).\n",
                guide::guide_name(&graph),
                counts(&graph),
                guides.path().display()
            )
        }
        Status::Installed(graph) => describe(&graph, &guides.path()),
        Status::Broken(e) => {
            super::output::print(&format!(
                "Guide in use: the embedded section: the installed guide cannot be loaded:\n  {e}\n`cdtriage guide remove` removes it, `cdtriage guide add DIR` replaces it.\n"
            ))?;
            return Ok(ExitCode::FAILURE);
        }
    };
    super::output::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn describe(graph: &Graph, path: &Path) -> String {
    let mut text = format!(
        "Guide in use: {}\n  {}\nInstalled in: {}\n",
        guide::guide_name(graph),
        counts(graph),
        path.display()
    );
    if let Some(o) = &graph.origin {
        text.push_str(&format!("Imported from: {}\n", o.folder));
        text.push_str(&format!("Sections: {}\n", o.sections.join(", ")));
        match o.commit_line() {
            Some(c) => text.push_str(&format!("Git: {c}\n")),
            None => text.push_str("Git: not a git checkout\n"),
        }
        if let Some(remote) = &o.remote {
            text.push_str(&format!("Remote: {remote}\n"));
        }
        if let Some(t) = o.installed {
            text.push_str(&format!("Installed on: {}\n", format_utc(t)));
        }
    }
    text
}

/// The section choice the installed guide was made with.
fn installed_options(installed: Option<&Origin>) -> site::Options {
    let section = installed
        .and_then(|o| o.sections.first())
        .cloned()
        .unwrap_or_else(|| site::DEFAULT_SECTION.to_string());
    site::Options {
        section: (section != "all").then_some(section),
        ..site::Options::default()
    }
}

fn update(args: &UpdateArgs, guides: &Guides) -> Result<ExitCode> {
    let installed = guides.installed().ok().flatten();
    let origin = installed.as_ref().and_then(|g| g.origin.as_ref());
    let options = installed_options(origin);
    let dir = match &args.dir {
        Some(dir) => {
            if git::describe(dir).is_none() {
                bail!(
                    "{} is not a git checkout (its top folder); `cdtriage guide add {}` imports it as it is",
                    dir.display(),
                    dir.display()
                );
            }
            git::pull(dir)
                .map_err(|e| anyhow!("{}: {e}; the installed guide is unchanged", dir.display()))?;
            dir.clone()
        }
        None => {
            let clone = guides.clone_dir().ok_or_else(|| {
                anyhow!("no cache directory for the clone; set CDTRIAGE_CACHE_DIR or give DIR")
            })?;
            if git::describe(&clone).is_some() {
                git::pull(&clone).map_err(|e| {
                    anyhow!("{}: {e}; the installed guide is unchanged", clone.display())
                })?;
            } else {
                let url = args
                    .repo
                    .clone()
                    .or_else(|| origin.and_then(|o| o.remote.clone()))
                    .unwrap_or_else(|| REPOSITORY.to_string());
                fresh_clone(&url, &clone, guides)?;
            }
            clone
        }
    };
    let graph = import_checkout(&dir, &options)
        .map_err(|e| anyhow!("{e:#}\nthe installed guide is unchanged"))?;
    install(guides, &graph)
}

/// Clones `url` into a new folder beside `clone`, then moves it into place,
/// so a failed clone leaves nothing half-made.
fn fresh_clone(url: &str, clone: &Path, guides: &Guides) -> Result<()> {
    let cache = guides.cache_dir().unwrap_or(Path::new("."));
    std::fs::create_dir_all(cache).with_context(|| format!("cannot create {}", cache.display()))?;
    let temp = tempfile::Builder::new()
        .prefix(".site-source-")
        .tempdir_in(cache)
        .with_context(|| format!("cannot create a folder in {}", cache.display()))?;
    let into = temp.path().join("clone");
    git::clone(url, &into)
        .map_err(|e| anyhow!("{}: {e}; the installed guide is unchanged", printable(url)))?;
    if clone.exists() {
        std::fs::remove_dir_all(clone)
            .with_context(|| format!("cannot replace {}", clone.display()))?;
    }
    std::fs::rename(&into, clone)
        .with_context(|| format!("cannot move the clone to {}", clone.display()))?;
    Ok(())
}
