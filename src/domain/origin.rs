//! Where an imported guide was read: folder, sections, commit. A leaf, held
//! by the graph and described by [`super::guide`].

use serde::{Deserialize, Serialize};

/// Where an import from the site's source read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The folder given to the import (the checkout's root).
    pub folder: String,
    /// The symptom sections imported (`deployment`, ...), in order.
    pub sections: Vec<String>,
    /// The checkout's commit, when the folder is a git checkout.
    #[serde(default)]
    pub commit: Option<String>,
    /// That commit's date (ISO 8601, as git gives it).
    #[serde(default)]
    pub commit_date: Option<String>,
    /// The checkout's `origin` remote, when it has one.
    #[serde(default)]
    pub remote: Option<String>,
    /// When the guide was installed (`guide add` / `guide update`), in
    /// seconds since the Unix epoch; absent for a plain `import`.
    #[serde(default)]
    pub installed: Option<u64>,
}

impl Origin {
    /// "commit 1a2b3c4d5e6f (2025-06-01T10:00:00+02:00)", or `None` outside git.
    pub fn commit_line(&self) -> Option<String> {
        let commit = self.commit.as_deref()?;
        let short: String = commit.chars().take(12).collect();
        Some(match &self.commit_date {
            Some(date) => format!("commit {short} ({date})"),
            None => format!("commit {short}"),
        })
    }
}
