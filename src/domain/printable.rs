//! Text made safe for a terminal. A control character in a note, a title or
//! a name could retitle the terminal (`ESC ] 0 ;` ... `BEL`), write the
//! clipboard (OSC 52), ask for a reply that the shell then reads as typed
//! input (`ESC [ 6 n`, or the one-byte CSI U+009B), or move the cursor over
//! what was written.
//!
//! The TUI is safe because its drawing library drops every grapheme that contains a
//! character for which [`char::is_control`] holds (C0, DEL and C1), so `ESC`
//! never reaches the terminal and `]0;title` shows as plain text. Everything
//! else that prints text (the command line's Markdown and text output, the
//! minutes file, error messages, text pasted into the app) goes through
//! [`printable`], which applies that same rule, keeping only line feeds and
//! tabs, which print as layout.

use std::borrow::Cow;

/// Whether `c` is dropped before printing: every control character
/// ([`char::is_control`], the rule the TUI's drawing applies) except `\n` and `\t`.
pub fn is_dropped(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` without the characters [`is_dropped`] names; borrowed when there
/// were none.
pub fn printable(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_dropped) {
        Cow::Owned(text.chars().filter(|c| !is_dropped(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// The first control character in `text` (any, line feeds and tabs
/// included), for checks that refuse them in ids and names.
pub fn first_control(text: &str) -> Option<char> {
    text.chars().find(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_control_characters_and_keep_their_text() {
        assert_eq!(printable("a\u{1b}]0;title\u{7}b"), "a]0;titleb");
        assert_eq!(printable("\u{1b}]52;c;eA==\u{7}"), "]52;c;eA==");
        assert_eq!(printable("\u{1b}[6n\u{9b}6n"), "[6n6n");
        assert_eq!(printable("x\r\u{8}\u{7f}\u{0}\u{85}\u{9f}y"), "xy");
    }

    #[test]
    fn line_feeds_tabs_and_ordinary_text_are_kept_and_borrowed() {
        let text = "Équipe\tpaiements\n発表 ✓ \u{200b}";
        assert!(matches!(printable(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn ids_and_names_are_checked_for_every_control_character() {
        assert_eq!(first_control("ab\ncd"), Some('\n'));
        assert_eq!(first_control("a\u{9b}"), Some('\u{9b}'));
        assert_eq!(first_control("abc"), None);
    }
}
