//! Session names and the file names they map to.
//!
//! A name is kept as the user typed it (trimmed) and used as the file name
//! directly, so `cdtriage export NAME` takes the same name `cdtriage sessions`
//! lists. Anything that is not safe as a file name on Linux, macOS or Windows
//! is rejected with a message saying why; nothing is silently rewritten, so
//! two different names never share a file.

use std::fmt;

use thiserror::Error;
use unicode_normalization::UnicodeNormalization;

/// The longest name, in bytes, leaving room for `.ron.bak` and temp suffixes
/// within the usual 255-byte file name limit.
pub const MAX_NAME_BYTES: usize = 200;

/// Characters that are path separators or invalid in Windows file names.
const FORBIDDEN: &[char] = &['/', '\\', '<', '>', ':', '"', '|', '?', '*'];

/// Characters that are invisible or change the direction of the text
/// around them, so two names that look the same could be different files
/// (or `team\u{202e}txt.exe` could show as `teamexe.txt`): bidirectional
/// marks, embeddings, overrides and isolates; zero-width spaces and joiners;
/// the soft hyphen, the byte-order mark and other invisible format marks.
const INVISIBLE: &[(char, char)] = &[
    ('\u{00ad}', '\u{00ad}'),
    ('\u{034f}', '\u{034f}'),
    ('\u{061c}', '\u{061c}'),
    ('\u{115f}', '\u{1160}'),
    ('\u{17b4}', '\u{17b5}'),
    ('\u{180b}', '\u{180f}'),
    ('\u{200b}', '\u{200f}'),
    ('\u{202a}', '\u{202e}'),
    ('\u{2060}', '\u{206f}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{feff}', '\u{feff}'),
    ('\u{ffa0}', '\u{ffa0}'),
    ('\u{fff9}', '\u{fffb}'),
    ('\u{e0000}', '\u{e007f}'),
];

fn is_invisible(c: char) -> bool {
    INVISIBLE.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c))
}

/// Device names Windows reserves, with or without an extension.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Why a session name cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NameError {
    #[error("a session needs a name")]
    Empty,
    #[error("a session name cannot contain `{0}`")]
    Forbidden(char),
    #[error("a session name cannot contain control characters (U+{0:04X})")]
    Control(u32),
    #[error("a session name cannot contain invisible or direction-changing characters (U+{0:04X})")]
    Invisible(u32),
    #[error("a session name cannot start with a dot")]
    LeadingDot,
    #[error("a session name cannot end with a dot")]
    TrailingDot,
    #[error("`{0}` is a reserved device name on Windows")]
    Reserved(String),
    #[error("a session name can be at most {MAX_NAME_BYTES} bytes (this one is {0})")]
    TooLong(usize),
}

/// A validated session name, safe to use as a file name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionName(String);

impl SessionName {
    /// Trims surrounding whitespace, normalises to NFC (so `É` typed as one
    /// character or as `E` plus an accent is one name, one file) and checks
    /// the rest.
    pub fn parse(raw: &str) -> Result<SessionName, NameError> {
        let normalised: String = raw.trim().nfc().collect();
        let name = normalised.as_str();
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        if let Some(c) = name.chars().find(|c| c.is_control()) {
            return Err(NameError::Control(u32::from(c)));
        }
        if let Some(c) = name.chars().find(|c| is_invisible(*c)) {
            return Err(NameError::Invisible(u32::from(c)));
        }
        if let Some(c) = name.chars().find(|c| FORBIDDEN.contains(c)) {
            return Err(NameError::Forbidden(c));
        }
        if name.starts_with('.') {
            return Err(NameError::LeadingDot);
        }
        if name.ends_with('.') {
            return Err(NameError::TrailingDot);
        }
        let stem = name.split('.').next().unwrap_or(name).trim_end();
        if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(stem)) {
            return Err(NameError::Reserved(name.to_string()));
        }
        if name.len() > MAX_NAME_BYTES {
            return Err(NameError::TooLong(name.len()));
        }
        Ok(SessionName(name.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `NAME.ron`
    pub fn file_name(&self) -> String {
        format!("{}.ron", self.0)
    }

    /// `NAME.ron.bak`
    pub fn backup_file_name(&self) -> String {
        format!("{}.ron.bak", self.0)
    }

    /// `NAME.lock`
    pub fn lock_file_name(&self) -> String {
        format!("{}.lock", self.0)
    }
}

impl fmt::Display for SessionName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(raw: &str) -> String {
        SessionName::parse(raw).unwrap().file_name()
    }

    #[test]
    fn plain_and_unicode_names_are_kept() {
        assert_eq!(ok("retro-1"), "retro-1.ron");
        assert_eq!(ok("Équipe paiements"), "Équipe paiements.ron");
        assert_eq!(ok("発表 2026"), "発表 2026.ron");
        assert_eq!(ok("v1.2 review"), "v1.2 review.ron");
        assert_eq!(ok("a..b"), "a..b.ron");
    }

    #[test]
    fn surrounding_whitespace_is_trimmed() {
        assert_eq!(
            SessionName::parse("  weekly \t").unwrap().as_str(),
            "weekly"
        );
    }

    #[test]
    fn empty_and_whitespace_only_names_are_rejected() {
        assert_eq!(SessionName::parse(""), Err(NameError::Empty));
        assert_eq!(SessionName::parse("   \t "), Err(NameError::Empty));
        assert_eq!(NameError::Empty.to_string(), "a session needs a name");
    }

    #[test]
    fn separators_are_rejected() {
        assert_eq!(SessionName::parse("a/b"), Err(NameError::Forbidden('/')));
        assert_eq!(SessionName::parse("a\\b"), Err(NameError::Forbidden('\\')));
        assert_eq!(
            SessionName::parse("../etc/passwd"),
            Err(NameError::Forbidden('/'))
        );
        assert_eq!(SessionName::parse("c:x"), Err(NameError::Forbidden(':')));
    }

    #[test]
    fn dot_names_are_rejected() {
        assert_eq!(SessionName::parse("."), Err(NameError::LeadingDot));
        assert_eq!(SessionName::parse(".."), Err(NameError::LeadingDot));
        assert_eq!(SessionName::parse(".hidden"), Err(NameError::LeadingDot));
        assert_eq!(SessionName::parse("end."), Err(NameError::TrailingDot));
    }

    #[test]
    fn control_characters_are_rejected() {
        assert_eq!(SessionName::parse("a\nb"), Err(NameError::Control(0x0A)));
        assert_eq!(SessionName::parse("a\u{0}b"), Err(NameError::Control(0)));
        assert_eq!(SessionName::parse("a\u{7f}"), Err(NameError::Control(0x7F)));
    }

    #[test]
    fn reserved_device_names_are_rejected_in_any_case() {
        assert_eq!(
            SessionName::parse("con"),
            Err(NameError::Reserved("con".into()))
        );
        assert_eq!(
            SessionName::parse("Lpt1.notes"),
            Err(NameError::Reserved("Lpt1.notes".into()))
        );
        assert_eq!(ok("console"), "console.ron");
    }

    #[test]
    fn over_long_names_are_rejected() {
        assert_eq!(ok(&"a".repeat(MAX_NAME_BYTES)).len(), MAX_NAME_BYTES + 4);
        // 101 two-byte letters are 202 bytes.
        assert_eq!(
            SessionName::parse(&"é".repeat(101)),
            Err(NameError::TooLong(202))
        );
    }

    #[test]
    fn bidirectional_overrides_and_invisible_characters_are_rejected() {
        for c in [
            '\u{202e}', '\u{202a}', '\u{2066}', '\u{2069}', '\u{200f}', '\u{61c}',
        ] {
            assert_eq!(
                SessionName::parse(&format!("team{c}txt.exe")),
                Err(NameError::Invisible(u32::from(c))),
                "U+{:04X}",
                u32::from(c)
            );
        }
        for c in [
            '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
        ] {
            assert_eq!(
                SessionName::parse(&format!("te{c}am")),
                Err(NameError::Invisible(u32::from(c)))
            );
        }
        assert_eq!(
            NameError::Invisible(0x202e).to_string(),
            "a session name cannot contain invisible or direction-changing characters (U+202E)"
        );
    }

    #[test]
    fn names_are_normalised_to_nfc_so_look_alikes_share_one_file() {
        let composed = SessionName::parse("\u{c9}quipe").unwrap(); // É
        let decomposed = SessionName::parse("E\u{301}quipe").unwrap(); // E + ◌́
        assert_eq!(composed, decomposed);
        assert_eq!(decomposed.file_name(), "\u{c9}quipe.ron");
    }

    #[test]
    fn derived_file_names() {
        let n = SessionName::parse("weekly").unwrap();
        assert_eq!(n.backup_file_name(), "weekly.ron.bak");
        assert_eq!(n.lock_file_name(), "weekly.lock");
    }
}
