//! The settings file: `<config dir>/settings.ron`.
//!
//! On first use the file is written with comments explaining each field. A
//! broken file is never overwritten and never stops the app: the defaults are
//! used and a [`SettingsWarning`] says what is wrong and where.

use std::fmt;
use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The file name inside the config directory.
pub const FILE_NAME: &str = "settings.ron";

/// The settings a user can change without recompiling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Settings {
    /// The colour theme.
    pub theme: ThemeName,
    /// Whether the app captures the mouse (clicks and the scroll wheel).
    pub mouse: bool,
}

impl Settings {
    /// The defaults: the dark theme, mouse on.
    pub const DEFAULT: Settings = Settings {
        theme: ThemeName::Dark,
        mouse: true,
    };
}

impl Default for Settings {
    fn default() -> Self {
        Settings::DEFAULT
    }
}

/// The names of the colour themes. The colours themselves live in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum ThemeName {
    /// Light text on a dark background (the default).
    #[default]
    Dark,
    /// Dark text on a light background.
    Light,
    /// Maximum contrast, for projectors and low vision.
    HighContrast,
}

impl ThemeName {
    /// Every theme, in the order shown to users.
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast];

    /// The name used on the command line (`--theme NAME`).
    pub fn cli_name(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
        }
    }
}

impl fmt::Display for ThemeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.cli_name())
    }
}

/// A theme name given on the command line that names no theme.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown theme `{given}`; valid themes: dark, light, high-contrast")]
pub struct UnknownTheme {
    /// What the user typed.
    pub given: String,
}

impl FromStr for ThemeName {
    type Err = UnknownTheme;

    /// Parses `dark`, `light` or `high-contrast`, ignoring case and
    /// accepting `_` for `-` (so `HighContrast` and `high_contrast` work too).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let folded: String = s
            .trim()
            .chars()
            .filter(|c| *c != '-' && *c != '_')
            .flat_map(char::to_lowercase)
            .collect();
        ThemeName::ALL
            .into_iter()
            .find(|t| t.cli_name().replace('-', "") == folded)
            .ok_or_else(|| UnknownTheme {
                given: s.to_string(),
            })
    }
}

/// Why the settings file could not be used as written. The app carries on
/// with the defaults (or, for unknown fields, with the fields it knows).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SettingsWarning {
    /// The file is not valid settings RON; it was left unchanged.
    #[error(
        "{path}:{line}:{column}: {message}; using the default settings (the file was left unchanged)"
    )]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// The file exists but could not be read.
    #[error("cannot read {path}: {message}; using the default settings")]
    Unreadable { path: PathBuf, message: String },
    /// The file was missing and the default file could not be written.
    #[error("cannot write the default settings file {path}: {message}; using the default settings")]
    NotWritten { path: PathBuf, message: String },
    /// The file has fields this version does not know; they were ignored.
    #[error("{path}: ignored unknown setting(s) {}; known settings: theme, mouse", fields_list(.fields))]
    UnknownFields { path: PathBuf, fields: Vec<String> },
}

fn fields_list(fields: &[String]) -> String {
    fields
        .iter()
        .map(|f| format!("`{f}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text written on first use. It parses to [`Settings::DEFAULT`].
pub const DEFAULT_FILE_TEXT: &str = "\
// cdtriage settings (RON). Lines starting with // are comments.
// Delete this file to get the defaults back: cdtriage writes it again.
(
    // Colour theme: Dark (the default), Light or HighContrast.
    // `--theme dark|light|high-contrast` overrides it for one run, and the
    // NO_COLOR environment variable turns colour off whatever is set here.
    theme: Dark,

    // Mouse: true (click and scroll in the app) or false (leave the mouse to
    // the terminal, for example to select and copy text).
    mouse: true,
)
";

/// Reads `<config_dir>/settings.ron`, creating it with commented defaults if
/// it is missing. Never fails: problems come back as a warning to show the
/// user, beside the settings to use.
pub fn load_or_create(config_dir: &Path) -> (Settings, Option<SettingsWarning>) {
    let path = config_dir.join(FILE_NAME);
    match fs::read_to_string(&path) {
        Ok(text) => match parse(&text, &path) {
            Ok((settings, unknown)) if unknown.is_empty() => (settings, None),
            Ok((settings, fields)) => (
                settings,
                Some(SettingsWarning::UnknownFields { path, fields }),
            ),
            Err(warning) => (Settings::DEFAULT, Some(warning)),
        },
        // NotADirectory: part of the config path is a file; writing will
        // fail too, with a warning about the directory.
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
            let warning =
                write_default(config_dir, &path)
                    .err()
                    .map(|e| SettingsWarning::NotWritten {
                        path: path.clone(),
                        message: e.to_string(),
                    });
            (Settings::DEFAULT, warning)
        }
        Err(e) => (
            Settings::DEFAULT,
            Some(SettingsWarning::Unreadable {
                path,
                message: e.to_string(),
            }),
        ),
    }
}

/// Creates the config directory if needed and writes the default file.
/// `create_new` means an existing file, even one that appeared meanwhile, is
/// never overwritten.
fn write_default(config_dir: &Path, path: &Path) -> std::io::Result<()> {
    fs::create_dir_all(config_dir)?;
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(DEFAULT_FILE_TEXT.as_bytes())?;
    file.sync_all()
}

/// Parses settings RON. Returns the settings and the names of any unknown
/// fields (which were skipped); `path` names the file in the warning.
/// Missing fields take their default values.
pub fn parse(text: &str, path: &Path) -> Result<(Settings, Vec<String>), SettingsWarning> {
    let file: SettingsFile = ron::from_str(text).map_err(|e| {
        let (line, column) = next_visible(text, e.span.start.line, e.span.start.col);
        SettingsWarning::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: e.code.to_string(),
        }
    })?;
    Ok((file.settings, file.unknown))
}

/// ron sometimes reports a position on the blank just before the offending
/// value (`mouse: "yes"` points at the space). Moves a 1-based (line,
/// column) forward past blanks on the same line so the warning points at the
/// value itself; other positions come back unchanged.
fn next_visible(text: &str, line: usize, column: usize) -> (usize, usize) {
    let Some(row) = text.lines().nth(line.saturating_sub(1)) else {
        return (line, column);
    };
    let skipped = row
        .chars()
        .skip(column.saturating_sub(1))
        .take_while(|c| c.is_whitespace())
        .count();
    if row.chars().count() > column.saturating_sub(1) + skipped {
        (line, column + skipped)
    } else {
        (line, column)
    }
}

/// The file as read: the settings plus the unknown field names, collected by
/// a hand-written visitor so that unknown fields are reported, not fatal.
struct SettingsFile {
    settings: Settings,
    unknown: Vec<String>,
}

const FIELDS: &[&str] = &["theme", "mouse"];

impl<'de> Deserialize<'de> for SettingsFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct("Settings", FIELDS, FileVisitor)
    }
}

struct FileVisitor;

impl<'de> Visitor<'de> for FileVisitor {
    type Value = SettingsFile;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("settings like (theme: Dark, mouse: true)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut settings = Settings::DEFAULT;
        let (mut theme_seen, mut mouse_seen) = (false, false);
        let mut unknown = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "theme" => {
                    if std::mem::replace(&mut theme_seen, true) {
                        return Err(de::Error::duplicate_field("theme"));
                    }
                    settings.theme = map.next_value()?;
                }
                "mouse" => {
                    if std::mem::replace(&mut mouse_seen, true) {
                        return Err(de::Error::duplicate_field("mouse"));
                    }
                    settings.mouse = map.next_value()?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    unknown.push(key);
                }
            }
        }
        Ok(SettingsFile { settings, unknown })
    }
}
