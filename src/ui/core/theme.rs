//! Colours and text styles for every part of the screen.
//!
//! Render code never names a colour: it asks the [`Theme`] for the style of a
//! role ("selected list row", "section heading"). A new theme (light,
//! high-contrast) is one more constructor filling the same fields.

use std::ffi::OsStr;

use ratatui::style::{Color, Modifier, Style};

use crate::storage::settings::ThemeName;

/// The styles used by the explorer. Built by [`Theme::dark`],
/// [`Theme::light`], [`Theme::high_contrast`] or [`Theme::monochrome`];
/// pick one with [`Theme::choose`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Short name (the `--theme` name, or "monochrome"); useful in tests.
    pub name: &'static str,
    /// Plain body text.
    pub text: Style,
    /// Borders of panes without focus.
    pub border: Style,
    /// Border of the pane with focus.
    pub border_focused: Style,
    /// Pane titles.
    pub pane_title: Style,
    /// Title of the pane with focus.
    pub pane_title_focused: Style,
    /// The selected row in a list that has focus.
    pub selected: Style,
    /// The selected row in a list without focus.
    pub selected_unfocused: Style,
    /// Dimmed secondary text (numbers, metadata).
    pub dim: Style,
    /// A page's title.
    pub page_title: Style,
    /// A symptom's summary line.
    pub summary: Style,
    /// Section headings ("What you are seeing").
    pub heading: Style,
    /// Sub-headings (a cause's heading, a citing symptom).
    pub subheading: Style,
    /// Labels written by this app, not by the guide ("Figure:", "Category:").
    pub app_label: Style,
    /// The text of a figure description.
    pub figure: Style,
    /// "Read more" link labels and URLs.
    pub link: Style,
    /// A diagnostic question.
    pub question: Style,
    /// The status bar background.
    pub status: Style,
    /// Key names in the status bar and help.
    pub key: Style,
    /// The status message on the right of the status bar.
    pub message: Style,
    /// The scrollbar thumb.
    pub scrollbar: Style,
    /// Characters that match a search (in results and on a page).
    pub search_match: Style,
    /// The bar beside a passage opened from search.
    pub search_passage: Style,
}

impl Theme {
    /// The default colour theme for dark terminals.
    pub fn dark() -> Self {
        let accent = Color::Cyan;
        Theme {
            name: "dark",
            text: Style::new(),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(accent),
            pane_title: Style::new().fg(Color::Gray),
            pane_title_focused: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            selected: Style::new()
                .fg(Color::Black)
                .bg(accent)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().fg(Color::Black).bg(Color::Gray),
            dim: Style::new().fg(Color::DarkGray),
            page_title: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            summary: Style::new().add_modifier(Modifier::ITALIC),
            heading: Style::new()
                .fg(accent)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            subheading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            app_label: Style::new().fg(Color::Magenta),
            figure: Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC),
            // Plain blue is hard to read on black; the bright one is not.
            link: Style::new()
                .fg(Color::LightBlue)
                .add_modifier(Modifier::UNDERLINED),
            question: Style::new().add_modifier(Modifier::BOLD),
            // Black, not dark grey: the cyan session name, yellow keys and
            // green message need the contrast on a projector.
            status: Style::new().fg(Color::White).bg(Color::Black),
            key: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            message: Style::new().fg(Color::LightGreen),
            scrollbar: Style::new().fg(accent),
            search_match: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            search_passage: Style::new().fg(Color::Yellow),
        }
    }

    /// For light terminals: dark text, blue accents, no yellow or cyan
    /// (both wash out on white).
    pub fn light() -> Self {
        let accent = Color::Blue;
        Theme {
            name: "light",
            text: Style::new(),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            pane_title: Style::new().fg(Color::Black),
            pane_title_focused: Style::new().fg(accent).add_modifier(Modifier::BOLD),
            selected: Style::new()
                .fg(Color::White)
                .bg(accent)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().fg(Color::Black).bg(Color::Gray),
            dim: Style::new().fg(Color::DarkGray),
            page_title: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            summary: Style::new().add_modifier(Modifier::ITALIC),
            heading: Style::new()
                .fg(accent)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            subheading: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            app_label: Style::new().fg(Color::Red),
            figure: Style::new()
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC),
            link: Style::new().fg(accent).add_modifier(Modifier::UNDERLINED),
            question: Style::new().add_modifier(Modifier::BOLD),
            status: Style::new().fg(Color::Black).bg(Color::Gray),
            key: Style::new()
                .fg(Color::White)
                .bg(accent)
                .add_modifier(Modifier::BOLD),
            message: Style::new().fg(Color::Red).bg(Color::Gray),
            scrollbar: Style::new().fg(accent),
            search_match: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            search_passage: Style::new().fg(Color::Magenta),
        }
    }

    /// For projectors and low vision: white and bright yellow on black,
    /// bold where it matters, nothing dimmed. Paints its own background.
    pub fn high_contrast() -> Self {
        let (white, yellow, black) = (Color::White, Color::LightYellow, Color::Black);
        let text = Style::new().fg(white).bg(black);
        let bold = text.add_modifier(Modifier::BOLD);
        Theme {
            name: "high-contrast",
            text,
            border: text,
            border_focused: bold.fg(yellow),
            pane_title: bold,
            pane_title_focused: bold.fg(yellow),
            selected: Style::new()
                .fg(black)
                .bg(yellow)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new()
                .fg(black)
                .bg(white)
                .add_modifier(Modifier::BOLD),
            dim: text,
            page_title: bold.fg(yellow),
            summary: bold,
            heading: bold.fg(yellow).add_modifier(Modifier::UNDERLINED),
            subheading: bold,
            app_label: bold.fg(yellow),
            figure: text.add_modifier(Modifier::ITALIC),
            link: bold.fg(yellow).add_modifier(Modifier::UNDERLINED),
            question: bold,
            status: Style::new().fg(black).bg(white),
            key: Style::new()
                .fg(black)
                .bg(yellow)
                .add_modifier(Modifier::BOLD),
            message: Style::new()
                .fg(black)
                .bg(white)
                .add_modifier(Modifier::BOLD),
            scrollbar: bold.fg(yellow),
            search_match: Style::new()
                .fg(black)
                .bg(yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            search_passage: bold.fg(yellow),
        }
    }

    /// The colour theme with this name.
    pub fn named(name: ThemeName) -> Self {
        match name {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
            ThemeName::HighContrast => Theme::high_contrast(),
        }
    }

    /// The theme to use: the command line's choice, else the settings
    /// file's, and monochrome whatever was chosen when `NO_COLOR` asks for
    /// it (pass `std::env::var_os("NO_COLOR").as_deref()`).
    pub fn choose(flag: Option<ThemeName>, settings: ThemeName, no_color: Option<&OsStr>) -> Self {
        if no_color_requested(no_color) {
            Theme::monochrome()
        } else {
            Theme::named(flag.unwrap_or(settings))
        }
    }

    /// A theme with no colour at all, only bold, reverse, italic and underline.
    /// Used when `NO_COLOR` is set (see <https://no-color.org>). Reverse video
    /// marks the selection and nothing else, so it stands out: labels, key
    /// names, the focused pane's title and messages are bold.
    pub fn monochrome() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reverse = Style::new().add_modifier(Modifier::REVERSED);
        Theme {
            name: "monochrome",
            text: Style::new(),
            border: Style::new(),
            border_focused: bold,
            pane_title: Style::new(),
            pane_title_focused: bold.add_modifier(Modifier::UNDERLINED),
            selected: reverse.add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().add_modifier(Modifier::UNDERLINED),
            dim: Style::new(),
            page_title: bold,
            summary: Style::new().add_modifier(Modifier::ITALIC),
            heading: bold.add_modifier(Modifier::UNDERLINED),
            subheading: bold,
            app_label: bold,
            figure: Style::new().add_modifier(Modifier::ITALIC),
            link: Style::new().add_modifier(Modifier::UNDERLINED),
            question: bold,
            status: Style::new(),
            key: bold,
            message: bold,
            scrollbar: Style::new(),
            search_match: bold.add_modifier(Modifier::UNDERLINED),
            search_passage: bold,
        }
    }

    /// The theme for a given value of the `NO_COLOR` environment variable:
    /// monochrome when it is set and not empty, colour otherwise.
    /// Pass `std::env::var_os("NO_COLOR").as_deref()`; tests pass their own.
    pub fn for_no_color(no_color: Option<&OsStr>) -> Self {
        if no_color_requested(no_color) {
            Theme::monochrome()
        } else {
            Theme::dark()
        }
    }
}

/// Whether a `NO_COLOR` value asks for no colour: set and not empty.
pub fn no_color_requested(value: Option<&OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

/// How an overdue item is highlighted: bold and underlined (so it shows
/// without colour), red where there is colour.
pub fn overdue_style(t: &Theme) -> Style {
    let s = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    match t.name {
        "monochrome" => s,
        "dark" => s.fg(Color::LightRed),
        _ => s.fg(Color::Red),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_needs_a_non_empty_value() {
        assert!(!no_color_requested(None));
        assert!(!no_color_requested(Some(OsStr::new(""))));
        assert!(no_color_requested(Some(OsStr::new("1"))));
        assert_eq!(
            Theme::for_no_color(Some(OsStr::new("yes"))).name,
            "monochrome"
        );
        assert_eq!(Theme::for_no_color(None).name, "dark");
    }

    #[test]
    fn monochrome_uses_no_colour() {
        let t = Theme::monochrome();
        let all = [
            t.text,
            t.border,
            t.border_focused,
            t.pane_title,
            t.pane_title_focused,
            t.selected,
            t.selected_unfocused,
            t.dim,
            t.page_title,
            t.summary,
            t.heading,
            t.subheading,
            t.app_label,
            t.figure,
            t.link,
            t.question,
            t.status,
            t.key,
            t.message,
            t.scrollbar,
            t.search_match,
            t.search_passage,
        ];
        for style in all {
            assert_eq!(style.fg, None);
            assert_eq!(style.bg, None);
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
    }
}
