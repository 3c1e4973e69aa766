//! The settings file: good, missing, broken, unreadable and odd cases.
//! Every test works in its own temp dir, never the real config directory.

use std::fs;
use std::path::Path;

use cdtriage::storage::settings::{
    DEFAULT_FILE_TEXT, FILE_NAME, Settings, SettingsWarning, ThemeName, load_or_create,
};
use tempfile::TempDir;

fn dir_with(text: &str) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join(FILE_NAME), text).expect("write settings");
    dir
}

fn bytes(dir: &Path) -> Vec<u8> {
    fs::read(dir.join(FILE_NAME)).expect("read settings")
}

/// Loads `text` and returns the settings, the warning, and whether the file
/// was left byte-for-byte unchanged.
fn load_text(text: &str) -> (Settings, Option<SettingsWarning>, bool) {
    let dir = dir_with(text);
    let (settings, warning) = load_or_create(dir.path());
    let unchanged = bytes(dir.path()) == text.as_bytes();
    (settings, warning, unchanged)
}

fn syntax(warning: Option<SettingsWarning>) -> (usize, usize, String) {
    match warning {
        Some(SettingsWarning::Syntax {
            line,
            column,
            message,
            ..
        }) => (line, column, message),
        other => panic!("expected a syntax warning, got {other:?}"),
    }
}

#[test]
fn a_good_file_is_read() {
    let (settings, warning, _) = load_text("(theme: Light, mouse: false)");
    assert_eq!(
        settings,
        Settings {
            theme: ThemeName::Light,
            mouse: false
        }
    );
    assert_eq!(warning, None);
}

#[test]
fn missing_fields_take_their_defaults_and_a_struct_name_is_allowed() {
    let (settings, warning, _) = load_text("Settings(theme: HighContrast)");
    assert_eq!(settings.theme, ThemeName::HighContrast);
    assert!(settings.mouse, "mouse defaults to on");
    assert_eq!(warning, None);
}

#[test]
fn defaults_are_dark_with_the_mouse_on() {
    assert_eq!(
        Settings::default(),
        Settings {
            theme: ThemeName::Dark,
            mouse: true
        }
    );
}

#[test]
fn a_missing_file_is_created_with_comments_and_reloads_to_the_defaults() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (settings, warning) = load_or_create(dir.path());
    assert_eq!((settings, warning), (Settings::default(), None));

    let written = fs::read_to_string(dir.path().join(FILE_NAME)).expect("file was created");
    assert_eq!(written, DEFAULT_FILE_TEXT);
    let comments: Vec<&str> = written
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("//"))
        .collect();
    let commented = |word: &str| comments.iter().any(|c| c.contains(word));
    for word in [
        "Colour theme",
        "Dark",
        "Light",
        "HighContrast",
        "Mouse",
        "true",
        "false",
    ] {
        assert!(commented(word), "no comment mentions {word}");
    }

    let again = load_or_create(dir.path());
    assert_eq!(again, (Settings::default(), None));
    assert_eq!(
        bytes(dir.path()),
        DEFAULT_FILE_TEXT.as_bytes(),
        "not rewritten"
    );
}

#[test]
fn a_missing_config_dir_is_created() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("a").join("cdtriage");
    let (settings, warning) = load_or_create(&config);
    assert_eq!((settings, warning), (Settings::default(), None));
    assert_eq!(bytes(&config), DEFAULT_FILE_TEXT.as_bytes());
}

#[test]
fn an_unwritable_config_dir_gives_defaults_and_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A regular file where the directory should be: creating it must fail.
    let blocker = dir.path().join("not-a-dir");
    fs::write(&blocker, "x").expect("write blocker");
    let config = blocker.join("cdtriage");
    let (settings, warning) = load_or_create(&config);
    assert_eq!(settings, Settings::default());
    match warning {
        Some(SettingsWarning::NotWritten { path, .. }) => {
            assert_eq!(path, config.join(FILE_NAME));
        }
        other => panic!("expected NotWritten, got {other:?}"),
    }
}

#[test]
fn a_syntax_error_gives_defaults_line_and_column_and_leaves_the_file() {
    // The comma after `Light` is missing; the parser meets `mouse` instead,
    // on line 3 at column 5.
    let text = "(\n    theme: Light\n    mouse: false,\n)\n";
    let (settings, warning, unchanged) = load_text(text);
    assert_eq!(settings, Settings::default());
    assert!(unchanged, "a broken file is never overwritten");
    let (line, column, _) = syntax(warning);
    assert_eq!((line, column), (3, 5));
}

#[test]
fn the_warning_names_the_file_line_and_column() {
    let dir = dir_with("(\n  mouse: maybe,\n)");
    let (_, warning) = load_or_create(dir.path());
    let shown = warning.expect("a warning").to_string();
    // `maybe` starts on line 2 at column 10 ("  mouse: " is 9 chars).
    let at = format!("{}:2:10:", dir.path().join(FILE_NAME).display());
    assert!(shown.starts_with(&at), "{shown}");
    assert!(shown.contains("default settings"), "{shown}");
}

#[test]
fn an_unknown_theme_gives_defaults_and_lists_the_valid_names() {
    let text = "(theme: Blue, mouse: false)";
    let (settings, warning, unchanged) = load_text(text);
    assert_eq!(settings, Settings::default(), "the whole file is ignored");
    assert!(unchanged);
    let (line, column, message) = syntax(warning);
    assert_eq!((line, column), (1, 9), "`Blue` starts at column 9");
    for name in ["Blue", "Dark", "Light", "HighContrast"] {
        assert!(message.contains(name), "{message}");
    }
}

#[test]
fn a_wrong_type_gives_defaults_and_points_at_the_value() {
    let text = "(theme: Dark, mouse: \"yes\")";
    let (settings, warning, unchanged) = load_text(text);
    assert_eq!(settings, Settings::default());
    assert!(unchanged);
    let (line, column, message) = syntax(warning);
    // `(theme: Dark, mouse: ` is 21 chars, so the quote is column 22.
    assert_eq!((line, column), (1, 22));
    assert!(message.contains("boolean"), "{message}");
}

#[test]
fn a_duplicate_field_is_an_error() {
    let (settings, warning, _) = load_text("(theme: Light, theme: Dark)");
    assert_eq!(settings, Settings::default());
    let (_, _, message) = syntax(warning);
    assert!(message.contains("theme"), "{message}");
}

#[test]
fn unknown_fields_are_ignored_with_a_warning_and_known_ones_kept() {
    let text = "(theme: Light, colour: Red, extra: (a: [1, 2]), mouse: false)";
    let (settings, warning, unchanged) = load_text(text);
    assert_eq!(
        settings,
        Settings {
            theme: ThemeName::Light,
            mouse: false
        }
    );
    assert!(unchanged);
    match warning {
        Some(w @ SettingsWarning::UnknownFields { .. }) => {
            let shown = w.to_string();
            assert!(shown.contains("`colour`, `extra`"), "{shown}");
            assert!(shown.contains("known settings: theme, mouse"), "{shown}");
        }
        other => panic!("expected UnknownFields, got {other:?}"),
    }
}

#[test]
fn an_unreadable_file_gives_defaults_and_a_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A directory where the file should be cannot be read as text.
    fs::create_dir(dir.path().join(FILE_NAME)).expect("mkdir");
    let (settings, warning) = load_or_create(dir.path());
    assert_eq!(settings, Settings::default());
    assert!(
        matches!(warning, Some(SettingsWarning::Unreadable { .. })),
        "{warning:?}"
    );
    assert!(dir.path().join(FILE_NAME).is_dir(), "left alone");
}

#[test]
fn theme_names_parse_from_the_command_line() {
    let cases = [
        ("dark", ThemeName::Dark),
        ("light", ThemeName::Light),
        ("high-contrast", ThemeName::HighContrast),
        ("High_Contrast", ThemeName::HighContrast),
        ("HighContrast", ThemeName::HighContrast),
        (" LIGHT ", ThemeName::Light),
    ];
    for (text, want) in cases {
        assert_eq!(text.parse::<ThemeName>(), Ok(want), "{text}");
    }
    for theme in ThemeName::ALL {
        assert_eq!(theme.cli_name().parse::<ThemeName>(), Ok(theme));
        assert_eq!(theme.to_string(), theme.cli_name());
    }
}

#[test]
fn an_unknown_cli_theme_lists_the_valid_names() {
    let err = "blue".parse::<ThemeName>().expect_err("blue is no theme");
    assert_eq!(
        err.to_string(),
        "unknown theme `blue`; valid themes: dark, light, high-contrast"
    );
    assert!("".parse::<ThemeName>().is_err());
    assert!("dark-light".parse::<ThemeName>().is_err());
}

#[test]
fn clap_uses_the_theme_parser() {
    use clap::Parser;
    #[derive(Parser)]
    struct Args {
        #[arg(long)]
        theme: Option<ThemeName>,
    }
    let args = Args::try_parse_from(["x", "--theme", "high-contrast"]).expect("parses");
    assert_eq!(args.theme, Some(ThemeName::HighContrast));
    let err = Args::try_parse_from(["x", "--theme", "neon"])
        .err()
        .expect("neon is rejected");
    assert!(
        err.to_string()
            .contains("valid themes: dark, light, high-contrast"),
        "{err}"
    );
}

mod props {
    use cdtriage::storage::settings::{SettingsWarning, parse};
    use proptest::prelude::*;
    use std::path::Path;

    proptest! {
        /// Any text either parses or gives a syntax warning whose position
        /// is inside the text (or just past its end).
        #[test]
        fn any_text_parses_or_points_inside_itself(
            text in prop_oneof![
                "\\PC{0,40}",
                "[(): ,\"a-zA-Z0-9\n]{0,40}",
                "\\(theme: [A-Za-z]{0,12}, mouse: [a-z0-9\"]{0,6}\\)",
            ]
        ) {
            match parse(&text, Path::new("s.ron")) {
                Ok(_) => {}
                Err(SettingsWarning::Syntax { line, column, .. }) => {
                    let lines = text.split('\n').count();
                    prop_assert!(line >= 1 && line <= lines + 1, "line {line} of {lines}");
                    let row = text.split('\n').nth(line - 1).unwrap_or("");
                    prop_assert!(column >= 1 && column <= row.chars().count() + 1,
                        "column {column} of {:?}", row);
                }
                Err(other) => prop_assert!(false, "unexpected {other:?}"),
            }
        }
    }
}
