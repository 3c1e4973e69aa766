//! Where cdtriage keeps its files.
//!
//! `--config-dir DIR` beats the environment variable `CDTRIAGE_CONFIG_DIR`,
//! which beats the platform's config directory (on Linux
//! `$XDG_CONFIG_HOME/cdtriage`). [`resolve_config_dir`] is a pure function of
//! its inputs so tests never look at the real directory.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The environment variable that overrides the config directory.
pub const CONFIG_DIR_ENV: &str = "CDTRIAGE_CONFIG_DIR";

/// The folder under the config directory that holds session files.
pub const SESSIONS_DIR: &str = "sessions";

/// Picks the config directory: the flag, else a non-empty environment value,
/// else whatever `platform_default` gives (`None` if the platform has none).
pub fn resolve_config_dir(
    flag: Option<&Path>,
    env: Option<OsString>,
    platform_default: impl FnOnce() -> Option<PathBuf>,
) -> Option<PathBuf> {
    if let Some(dir) = flag {
        return Some(dir.to_path_buf());
    }
    if let Some(value) = env.filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(value));
    }
    platform_default()
}

/// The platform's config directory for cdtriage, from `directories`.
pub fn platform_config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "cdtriage").map(|d| d.config_dir().to_path_buf())
}

/// The directory that holds session files under `config_dir`.
pub fn sessions_dir(config_dir: &Path) -> PathBuf {
    config_dir.join(SESSIONS_DIR)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never() -> Option<PathBuf> {
        panic!("the platform default must not be consulted")
    }

    #[test]
    fn the_flag_beats_the_environment() {
        let got = resolve_config_dir(Some(Path::new("/flag")), Some("/env".into()), never);
        assert_eq!(got, Some(PathBuf::from("/flag")));
    }

    #[test]
    fn the_environment_beats_the_platform_default() {
        let got = resolve_config_dir(None, Some("/env".into()), never);
        assert_eq!(got, Some(PathBuf::from("/env")));
    }

    #[test]
    fn an_empty_environment_value_is_ignored() {
        let got = resolve_config_dir(None, Some(OsString::new()), || {
            Some(PathBuf::from("/platform"))
        });
        assert_eq!(got, Some(PathBuf::from("/platform")));
    }

    #[test]
    fn falls_back_to_the_platform_default_or_none() {
        let got = resolve_config_dir(None, None, || Some(PathBuf::from("/platform")));
        assert_eq!(got, Some(PathBuf::from("/platform")));
        assert_eq!(resolve_config_dir(None, None, || None), None);
    }

    #[test]
    fn sessions_live_in_a_subfolder() {
        assert_eq!(sessions_dir(Path::new("/c")), PathBuf::from("/c/sessions"));
    }
}
