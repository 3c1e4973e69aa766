//! The files of a checkout of the site's source that the import reads: every
//! Markdown page under `content/en/`, `data/triage.yaml` and `LICENSE`, held
//! in memory by their paths relative to the checkout (with `/`), so the
//! import itself is a pure function that tests feed small fixtures.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::SiteError;

/// Where the pages live in a checkout.
pub const CONTENT: &str = "content/en/";
/// The triage questionnaire.
pub const TRIAGE: &str = "data/triage.yaml";
/// The license (copyright line, "Content adapted from:" list).
pub const LICENSE: &str = "LICENSE";

/// Files over this size are refused: no page of a guide comes near it.
const MAX_FILE: u64 = 4 * 1024 * 1024;

/// The checkout's files that matter, by relative path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Site {
    /// The checkout's folder as given, for messages and the origin.
    pub root: String,
    pub files: BTreeMap<String, String>,
}

impl Site {
    /// A site made of the given files (relative path, text), for tests.
    pub fn from_files<'a>(root: &str, files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Site {
            root: root.to_string(),
            files: files
                .into_iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect(),
        }
    }

    /// Reads a checkout: `content/en/**/*.md`, `data/triage.yaml`, `LICENSE`.
    /// Symbolic links are not followed; a file that is not UTF-8 is an error
    /// that names it.
    pub fn read(root: &Path) -> Result<Site, SiteError> {
        let content = root.join(CONTENT);
        if !content.is_dir() {
            return Err(SiteError::NotASite {
                folder: root.display().to_string(),
            });
        }
        let mut site = Site {
            root: root.display().to_string(),
            files: BTreeMap::new(),
        };
        let mut pending = vec![content];
        while let Some(dir) = pending.pop() {
            let entries = std::fs::read_dir(&dir).map_err(|e| io(&dir, e))?;
            for entry in entries {
                let entry = entry.map_err(|e| io(&dir, e))?;
                let path = entry.path();
                let kind = entry.file_type().map_err(|e| io(&path, e))?;
                if kind.is_dir() {
                    pending.push(path);
                } else if kind.is_file() && path.extension().is_some_and(|e| e == "md") {
                    site.add(root, &path)?;
                }
            }
        }
        for extra in [TRIAGE, LICENSE] {
            let path = root.join(extra);
            if path.is_file() {
                site.add(root, &path)?;
            }
        }
        Ok(site)
    }

    fn add(&mut self, root: &Path, path: &Path) -> Result<(), SiteError> {
        let meta = std::fs::metadata(path).map_err(|e| io(path, e))?;
        if meta.len() > MAX_FILE {
            return Err(io(
                path,
                std::io::Error::other("the file is over 4 MiB, too large for a page"),
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| io(path, e))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| io(path, std::io::Error::other("the file is not UTF-8 text")))?;
        let rel = path.strip_prefix(root).unwrap_or(path);
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        self.files.insert(rel.join("/"), text);
        Ok(())
    }

    /// The Markdown pages under `content/en/`, by path.
    pub fn pages(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files
            .iter()
            .filter(|(p, _)| p.starts_with(CONTENT) && p.ends_with(".md"))
            .map(|(p, t)| (p.as_str(), t.as_str()))
    }

    pub fn file(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }
}

fn io(path: &Path, error: std::io::Error) -> SiteError {
    SiteError::Read {
        path: PathBuf::from(path),
        error: error.to_string(),
    }
}
