//! The few git commands a guide needs: which commit a checkout is at, a
//! fast-forward pull, a clone. Run with `git` from `PATH`, never prompting
//! (no terminal, `GIT_TERMINAL_PROMPT=0`); the only network use of cdtriage,
//! and only on `guide update`.

use std::path::Path;
use std::process::{Command, Stdio};

use thiserror::Error;

/// A git command that failed, with what git said.
#[derive(Debug, Error)]
#[error("git {what} failed: {message}")]
pub struct GitError {
    pub what: String,
    pub message: String,
}

/// Where a checkout is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkout {
    pub commit: String,
    /// The commit's date, ISO 8601.
    pub date: String,
    /// The `origin` remote's URL, when it has one.
    pub remote: Option<String>,
}

fn git(dir: Option<&Path>, args: &[&str]) -> Result<String, GitError> {
    let mut cmd = Command::new("git");
    if let Some(dir) = dir {
        cmd.arg("-C").arg(dir);
    }
    let out = cmd
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| GitError {
            what: args.first().copied().unwrap_or("").to_string(),
            message: format!("cannot run git: {e}"),
        })?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        Err(GitError {
            what: args.first().copied().unwrap_or("").to_string(),
            message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}

/// The commit `dir` is at, when `dir` is the top of a git checkout (not a
/// folder inside one, and not when git is missing).
pub fn describe(dir: &Path) -> Option<Checkout> {
    let prefix = git(Some(dir), &["rev-parse", "--show-prefix"]).ok()?;
    if !prefix.is_empty() {
        return None;
    }
    let commit = git(Some(dir), &["rev-parse", "HEAD"]).ok()?;
    let date = git(Some(dir), &["log", "-1", "--format=%cI"]).unwrap_or_default();
    let remote = git(Some(dir), &["remote", "get-url", "origin"])
        .ok()
        .filter(|r| !r.is_empty());
    Some(Checkout {
        commit,
        date,
        remote,
    })
}

/// `git pull --ff-only` in `dir`.
pub fn pull(dir: &Path) -> Result<(), GitError> {
    git(Some(dir), &["pull", "--ff-only", "--quiet"]).map(|_| ())
}

/// `git clone --depth 1 URL INTO`.
pub fn clone(url: &str, into: &Path) -> Result<(), GitError> {
    let into = into.to_string_lossy();
    git(None, &["clone", "--quiet", "--depth", "1", url, &into]).map(|_| ())
}
