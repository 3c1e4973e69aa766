//! The guide installed with `cdtriage guide add`: one graph file,
//! `guide.ron`, in the user's data directory (`directories`' data dir, or
//! `CDTRIAGE_DATA_DIR`), written atomically so a failed import or update
//! leaves the installed guide as it was. `guide update` without a folder
//! keeps its clone of the source in the cache directory (`CDTRIAGE_CACHE_DIR`).

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

use crate::domain::{Graph, LoadError, load};

/// Overrides the data directory (where the installed guide lives).
pub const DATA_DIR_ENV: &str = "CDTRIAGE_DATA_DIR";
/// Overrides the cache directory (where `guide update` clones the source).
pub const CACHE_DIR_ENV: &str = "CDTRIAGE_CACHE_DIR";
/// The installed guide's file in the data directory.
pub const GUIDE_FILE: &str = "guide.ron";
/// `guide update`'s clone of the source in the cache directory.
pub const CLONE_DIR: &str = "site-source";

/// The platform's data directory for cdtriage (`$XDG_DATA_HOME/cdtriage`).
pub fn platform_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "cdtriage").map(|d| d.data_dir().to_path_buf())
}

/// The platform's cache directory for cdtriage (`$XDG_CACHE_HOME/cdtriage`).
pub fn platform_cache_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "cdtriage").map(|d| d.cache_dir().to_path_buf())
}

/// A directory: the flag, else a non-empty environment value, else the platform's.
pub fn resolve(
    flag: Option<&Path>,
    env: Option<OsString>,
    platform: impl FnOnce() -> Option<PathBuf>,
) -> Option<PathBuf> {
    super::paths::resolve_config_dir(flag, env, platform)
}

/// The installed guide, if any, in a data directory.
#[derive(Debug, Clone)]
pub struct Guides {
    data_dir: PathBuf,
    cache_dir: Option<PathBuf>,
}

/// What `guide status` reports.
#[derive(Debug)]
pub enum Status {
    /// No guide is installed: the embedded section is in use.
    Embedded,
    /// A guide is installed and loads.
    Installed(Box<Graph>),
    /// A guide file is there but does not load (the embedded section is used).
    Broken(LoadError),
}

impl Guides {
    pub fn new(data_dir: PathBuf, cache_dir: Option<PathBuf>) -> Self {
        Guides {
            data_dir,
            cache_dir,
        }
    }

    /// The installed guide's file.
    pub fn path(&self) -> PathBuf {
        self.data_dir.join(GUIDE_FILE)
    }

    /// Where `guide update` keeps its clone (`None` without a cache directory).
    pub fn clone_dir(&self) -> Option<PathBuf> {
        self.cache_dir.as_ref().map(|d| d.join(CLONE_DIR))
    }

    pub fn cache_dir(&self) -> Option<&Path> {
        self.cache_dir.as_deref()
    }

    /// The installed guide: `Ok(None)` when there is none.
    pub fn installed(&self) -> Result<Option<Graph>, LoadError> {
        let path = self.path();
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            _ => load::from_file(&path).map(Some),
        }
    }

    pub fn status(&self) -> Status {
        match self.installed() {
            Ok(None) => Status::Embedded,
            Ok(Some(g)) => Status::Installed(Box::new(g)),
            Err(e) => Status::Broken(e),
        }
    }

    /// Installs `graph` (replacing any installed guide, atomically; the
    /// previous one is kept as `guide.ron.bak`).
    pub fn install(&self, graph: &Graph) -> io::Result<PathBuf> {
        std::fs::create_dir_all(&self.data_dir)?;
        let path = self.path();
        // Its answer facts first (the graph is what `installed` looks for):
        // the built-in ones where its questions are the embedded guide's,
        // else read from the explanations.
        let (facts, _) = crate::domain::facts::derive(graph);
        let facts_path = load::facts_path(&path);
        super::atomic::write_with_backup(
            &facts_path,
            crate::domain::facts::to_ron(&facts).as_bytes(),
        )?;
        super::atomic::write_with_backup(&path, load::to_ron(graph).as_bytes())?;
        Ok(path)
    }

    /// Removes the installed guide and its backup; false when there was none.
    pub fn remove(&self) -> io::Result<bool> {
        let path = self.path();
        let removed = match std::fs::remove_file(&path) {
            Ok(()) => true,
            Err(e) if e.kind() == io::ErrorKind::NotFound => false,
            Err(e) => return Err(e),
        };
        let facts = load::facts_path(&path);
        for file in [
            super::atomic::backup_path(&path),
            super::atomic::backup_path(&facts),
            facts.clone(),
        ] {
            match std::fs::remove_file(file) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph() -> Graph {
        load::embedded().unwrap()
    }

    #[test]
    fn install_status_and_remove() {
        let dir = tempfile::tempdir().unwrap();
        let guides = Guides::new(dir.path().join("data"), None);
        assert!(matches!(guides.status(), Status::Embedded));
        let path = guides.install(&graph()).unwrap();
        assert_eq!(path, dir.path().join("data/guide.ron"));
        assert!(matches!(guides.status(), Status::Installed(g) if *g == graph()));
        guides.install(&graph()).unwrap();
        assert!(guides.remove().unwrap());
        assert!(!guides.remove().unwrap());
        assert!(!path.exists());
        assert!(!atomic_backup(&path).exists());
    }

    fn atomic_backup(path: &Path) -> PathBuf {
        super::super::atomic::backup_path(path)
    }

    #[test]
    fn a_damaged_guide_is_reported_not_used() {
        let dir = tempfile::tempdir().unwrap();
        let guides = Guides::new(dir.path().to_path_buf(), None);
        std::fs::write(guides.path(), "(id: ").unwrap();
        assert!(matches!(
            guides.status(),
            Status::Broken(LoadError::Syntax { .. })
        ));
    }
}
