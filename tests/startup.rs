//! Starting the explorer: `--theme` beats `settings.ron` beats the default,
//! NO_COLOR beats them all, a broken settings file gives the defaults and a
//! warning in the status bar (and stays as it was), `mouse: false` turns
//! mouse capture off.

use std::fs;

use cdtriage::cli::start::{Flags, capture_mouse, resolve};
use cdtriage::domain::load;
use cdtriage::storage::settings::{self, Settings, ThemeName};
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn theme_of(flag: Option<ThemeName>, file: ThemeName) -> &'static str {
    let settings = Settings {
        theme: file,
        ..Settings::DEFAULT
    };
    let flags = Flags {
        theme: flag,
        present: false,
    };
    resolve(flags, settings, None, None, false).theme.name
}

#[test]
fn the_flag_beats_the_settings_which_beat_the_default() {
    assert_eq!(theme_of(None, ThemeName::Dark), "dark", "the default");
    assert_eq!(theme_of(None, ThemeName::Light), "light");
    assert_eq!(
        theme_of(Some(ThemeName::HighContrast), ThemeName::Light),
        "high-contrast"
    );
    assert_eq!(
        theme_of(Some(ThemeName::Dark), ThemeName::HighContrast),
        "dark"
    );
}

#[test]
fn no_color_beats_the_flag_and_the_settings() {
    let flags = Flags {
        theme: Some(ThemeName::Light),
        present: true,
    };
    let o = resolve(flags, Settings::DEFAULT, None, Some("1".as_ref()), true);
    assert_eq!(o.theme, Theme::monochrome());
    assert!(o.present && o.hyperlinks && o.mouse);
    // An empty NO_COLOR does not count.
    let o = resolve(flags, Settings::DEFAULT, None, Some("".as_ref()), false);
    assert_eq!(o.theme.name, "light");
}

#[test]
fn the_theme_flag_parses_like_the_settings_names() {
    use clap::Parser;
    let cli =
        cdtriage::cli::Cli::try_parse_from(["cdtriage", "--theme", "high-contrast", "--present"])
            .expect("parses");
    assert_eq!(cli.theme, Some(ThemeName::HighContrast));
    assert!(cli.present);
    let err = cdtriage::cli::Cli::try_parse_from(["cdtriage", "--theme", "blue"])
        .expect_err("blue is no theme");
    assert!(
        err.to_string()
            .contains("valid themes: dark, light, high-contrast"),
        "{err}"
    );
}

#[test]
fn mouse_false_turns_capture_off() {
    assert!(capture_mouse(&Settings::DEFAULT));
    let off = Settings {
        mouse: false,
        ..Settings::DEFAULT
    };
    assert!(!capture_mouse(&off));
    assert!(!resolve(Flags::default(), off, None, None, false).mouse);
}

#[test]
fn a_broken_settings_file_gives_defaults_and_a_warning_in_the_status_bar() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(settings::FILE_NAME);
    let broken = "(theme: Light, mouse: maybe)\n";
    fs::write(&path, broken).expect("write");
    let (loaded, warning) = settings::load_or_create(dir.path());
    assert_eq!(loaded, Settings::DEFAULT);
    let warning = warning.expect("a warning").to_string();
    let options = resolve(Flags::default(), loaded, Some(warning.clone()), None, false);
    assert_eq!(
        options.theme.name, "dark",
        "the default, not the file's Light"
    );
    assert_eq!(
        fs::read_to_string(&path).expect("read"),
        broken,
        "file unchanged"
    );

    let status = |w: u16, h: u16| {
        let graph = load::embedded().expect("graph");
        let app = cdtriage::ui::start(graph, &options, w, h);
        let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        t.draw(|f| view::draw(f, &app)).expect("draw");
        let buf = t.backend().buffer();
        (0..w).map(|x| buf[(x, h - 1)].symbol()).collect::<String>()
    };
    // "(theme: Light, mouse: " is 22 characters: `maybe` is at column 23.
    assert!(warning.contains("settings.ron:1:23: "), "{warning}");
    assert_eq!(
        status(160, 40).trim(),
        warning,
        "the whole warning, no key hints"
    );
    let narrow = status(80, 24);
    assert!(
        narrow.starts_with(&format!(" {}", &warning[..40])),
        "{narrow}"
    );
    assert!(
        narrow.ends_with('…'),
        "cut to fit, with an ellipsis: {narrow}"
    );
}

#[test]
fn the_warning_goes_at_the_first_key() {
    let graph = load::embedded().expect("graph");
    let options = cdtriage::ui::Options {
        notice: Some("something to know".into()),
        ..Default::default()
    };
    let mut app = cdtriage::ui::start(graph, &options, 80, 24);
    assert_eq!(app.notice.as_deref(), Some("something to know"));
    app.update(cdtriage::ui::core::action::Action::Down);
    assert_eq!(app.notice, None);
}
