//! Starting the explorer: its [`Options`] from the command line, the
//! settings file and the environment. `--theme` beats `settings.ron`'s
//! `theme`, which beats the default; `NO_COLOR` turns colour off whatever
//! was chosen. A broken settings file never stops the app: the defaults are
//! used and the warning is shown in the status bar.

use std::ffi::OsStr;

use crate::storage::settings::{self, Settings, ThemeName};
use crate::ui::Options;
use crate::ui::core::theme::Theme;
use crate::ui::widgets::hyperlink;

use super::{Cli, config_dir};

/// The explorer's options for this command line, reading (or creating)
/// `settings.ron` in the config directory and looking at the environment.
pub fn ui_options(cli: &Cli) -> Options {
    let (settings, warning) = match config_dir(cli.config_dir.as_ref()) {
        Ok(dir) => {
            let (settings, warning) = settings::load_or_create(&dir);
            (settings, warning.map(|w| w.to_string()))
        }
        Err(e) => (
            Settings::DEFAULT,
            Some(format!("{e}; using the default settings")),
        ),
    };
    resolve(
        Flags {
            theme: cli.theme,
            present: cli.present,
        },
        settings,
        warning,
        std::env::var_os("NO_COLOR").as_deref(),
        hyperlink::supported(|name| std::env::var_os(name)),
    )
}

/// The command-line flags that shape the explorer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// `--theme NAME`.
    pub theme: Option<ThemeName>,
    /// `--present`.
    pub present: bool,
}

/// Combines the flags, the settings (and their warning), `NO_COLOR` and
/// whether the terminal takes hyperlinks. Pure, for tests.
pub fn resolve(
    flags: Flags,
    settings: Settings,
    warning: Option<String>,
    no_color: Option<&OsStr>,
    hyperlinks: bool,
) -> Options {
    Options {
        theme: Theme::choose(flags.theme, settings.theme, no_color),
        mouse: capture_mouse(&settings),
        present: flags.present,
        hyperlinks,
        notice: warning,
    }
}

/// Whether to capture the mouse: as the settings say (on by default).
pub fn capture_mouse(settings: &Settings) -> bool {
    settings.mouse
}
