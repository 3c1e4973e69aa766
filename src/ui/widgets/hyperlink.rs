//! URLs as OSC 8 terminal hyperlinks.
//!
//! ratatui has no hyperlink type, so after a page is drawn its URL runs are
//! rewritten in the buffer: the first cell of a run holds the whole
//! hyperlink (`ESC ] 8 ; ; URL ESC \ text ESC ] 8 ; ; ESC \`) with
//! `CellDiffOption::ForcedWidth` set to the run's width, so the backend
//! writes it once and skips the cells it covers (which keep their plain
//! text, for a later diff and for tests). The SVG renderer strips the
//! escapes. Whether to write them at all is [`supported`]'s decision.

use std::ffi::OsString;
use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::text::Span;

use crate::ui::document::{Doc, Role};

/// Whether to write hyperlinks, from the environment (`var` looks a
/// variable up; pass `std::env::var_os`).
///
/// - `FORCE_HYPERLINK=1` turns them on and `FORCE_HYPERLINK=0` off,
///   whatever else is set (the convention other tools use).
/// - `NO_HYPERLINKS` (set, not empty) turns them off.
/// - Off for terminals known not to handle them: `TERM=dumb`, the Linux
///   console, Emacs' terminals, and inside tmux or GNU screen (which pass
///   OSC 8 on only when configured to; force them on there if yours is).
/// - On otherwise: terminals without support ignore OSC 8.
pub fn supported(var: impl Fn(&str) -> Option<OsString>) -> bool {
    let value = |name: &str| var(name).map(|v| v.to_string_lossy().into_owned());
    match value("FORCE_HYPERLINK").as_deref() {
        Some("0") => return false,
        Some(v) if !v.is_empty() => return true,
        _ => {}
    }
    if value("NO_HYPERLINKS").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if value("TMUX").is_some_and(|v| !v.is_empty()) || value("STY").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    let term = value("TERM").unwrap_or_default();
    let unsupported = ["dumb", "linux"].contains(&term.as_str())
        || ["screen", "tmux", "eterm"]
            .iter()
            .any(|prefix| term.starts_with(prefix));
    !unsupported
}

/// The OSC 8 sequence showing `text` as a link to `url`.
pub fn sequence(url: &str, text: &str) -> String {
    format!("\u{1b}]8;;{url}\u{1b}\\{text}\u{1b}]8;;\u{1b}\\")
}

/// Turns the cells of `run` (one row; clipped to the buffer) into a link to
/// `url`. A URL with control characters is left alone: it could not be
/// written safely.
pub fn mark(buf: &mut Buffer, run: Rect, url: &str) {
    let run = run.intersection(buf.area);
    let Some(width) = NonZeroU16::new(run.width) else {
        return;
    };
    if run.height == 0 || url.is_empty() || url.chars().any(char::is_control) {
        return;
    }
    let mut text = String::new();
    let mut x = run.x;
    while x < run.right() {
        let symbol = buf[(x, run.y)].symbol();
        text.push_str(symbol);
        x += u16::try_from(Span::raw(symbol).width()).unwrap_or(1).max(1);
    }
    let first = &mut buf[(run.x, run.y)];
    first.set_symbol(&sequence(url, &text));
    first.set_diff_option(CellDiffOption::ForcedWidth(width));
}

/// Marks the links of `doc` drawn in `area` from line `offset` on: on each
/// line with a URL, the run of [`Role::Link`] text.
pub fn mark_doc(buf: &mut Buffer, area: Rect, doc: &Doc, offset: usize) {
    let rows = usize::from(area.height);
    for (url_line, url) in doc.urls.range(offset..offset.saturating_add(rows)) {
        let Some(line) = doc.lines.get(*url_line) else {
            continue;
        };
        let (mut col, mut start, mut end) = (0usize, None, 0usize);
        for (role, text) in &line.spans {
            let w = Span::raw(text.as_str()).width();
            if *role == Role::Link {
                start.get_or_insert(col);
                end = col + w;
            }
            col += w;
        }
        let Some(start) = start else {
            continue;
        };
        let row = u16::try_from(url_line - offset).unwrap_or(u16::MAX);
        let x = u16::try_from(start).unwrap_or(u16::MAX);
        let w = u16::try_from(end - start)
            .unwrap_or(u16::MAX)
            .min(area.width.saturating_sub(x));
        mark(
            buf,
            Rect::new(area.x.saturating_add(x), area.y.saturating_add(row), w, 1),
            url,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, OsString)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn detection_follows_the_environment() {
        assert!(supported(env(&[("TERM", "xterm-256color")])));
        assert!(supported(env(&[])), "no TERM: nothing known against it");
        assert!(!supported(env(&[("TERM", "dumb")])));
        assert!(!supported(env(&[("TERM", "linux")])));
        assert!(!supported(env(&[("TERM", "screen-256color")])));
        assert!(!supported(env(&[("TERM", "tmux-256color")])));
        assert!(!supported(env(&[
            ("TERM", "xterm"),
            ("TMUX", "/tmp/t,1,0")
        ])));
        assert!(!supported(env(&[("TERM", "xterm"), ("STY", "1.pts")])));
        assert!(!supported(env(&[
            ("TERM", "xterm"),
            ("NO_HYPERLINKS", "1")
        ])));
        assert!(supported(env(&[("TERM", "xterm"), ("NO_HYPERLINKS", "")])));
        assert!(supported(env(&[("TMUX", "x"), ("FORCE_HYPERLINK", "1")])));
        assert!(!supported(env(&[
            ("TERM", "xterm"),
            ("FORCE_HYPERLINK", "0")
        ])));
    }

    #[test]
    fn marking_puts_the_whole_link_in_the_first_cell() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        buf.set_string(0, 0, "go: abc.org!", ratatui::style::Style::new());
        mark(&mut buf, Rect::new(4, 0, 7, 1), "https://abc.org/");
        assert_eq!(
            buf[(4, 0)].symbol(),
            "\u{1b}]8;;https://abc.org/\u{1b}\\abc.org\u{1b}]8;;\u{1b}\\"
        );
        assert_eq!(
            buf[(4, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(7).expect("7"))
        );
        // The covered cells keep their text; the cells around are untouched.
        assert_eq!(buf[(5, 0)].symbol(), "b");
        assert_eq!(buf[(3, 0)].symbol(), " ");
        assert_eq!(buf[(11, 0)].symbol(), "!");
        assert_eq!(buf[(11, 0)].diff_option, CellDiffOption::None);
    }

    #[test]
    fn unsafe_or_empty_links_are_not_written() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 5, 1));
        buf.set_string(0, 0, "abcde", ratatui::style::Style::new());
        mark(&mut buf, Rect::new(0, 0, 5, 1), "https://x\u{7}y");
        mark(&mut buf, Rect::new(0, 0, 0, 1), "https://x");
        mark(&mut buf, Rect::new(9, 0, 3, 1), "https://x");
        assert_eq!(buf[(0, 0)].symbol(), "a");
        assert!(
            buf.content
                .iter()
                .all(|c| c.diff_option == CellDiffOption::None)
        );
    }
}
