//! Session files as text: writing RON and reading it back with typed errors.
//! Reading never panics, whatever the bytes.

use std::path::Path;

use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::error::SessionError;
use crate::domain::{CURRENT_SCHEMA, Session};

/// A session read from disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub session: Session,
    /// `Some(version)` when the file comes from a newer schema: show it, never
    /// write it.
    pub newer_schema: Option<u32>,
}

/// Just enough of a session file to learn its schema version.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct Probe {
    schema_version: u32,
}

/// The file's text: pretty RON with struct names and a trailing newline.
pub fn to_ron(session: &Session) -> Result<String, ron::Error> {
    let config = PrettyConfig::default().struct_names(true);
    let mut text = ron::ser::to_string_pretty(session, config)?;
    text.push('\n');
    Ok(text)
}

/// Parses a session file's bytes; `path` names it in errors. A leading
/// UTF-8 byte-order mark is skipped.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Loaded, SessionError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = position_of(bytes, e.valid_up_to());
        corrupt(
            path,
            line,
            column,
            "the file is not valid UTF-8 text".into(),
        )
    })?;
    let version = ron::from_str::<Probe>(text).ok().map(|p| p.schema_version);
    let full = ron::from_str::<Session>(text);
    match (version, full) {
        (Some(found), Ok(session)) if found > CURRENT_SCHEMA => Ok(Loaded {
            session,
            newer_schema: Some(found),
        }),
        (Some(found), Err(_)) if found > CURRENT_SCHEMA => Err(SessionError::NewerSchema {
            path: path.to_path_buf(),
            found,
            supported: CURRENT_SCHEMA,
        }),
        (_, Ok(session)) => Ok(Loaded {
            session,
            newer_schema: None,
        }),
        (_, Err(e)) => {
            let (line, column) = skip_whitespace(text, e.span.start.line, e.span.start.col);
            Err(corrupt(
                path,
                line,
                column,
                crate::domain::load::ron_message(&e.code),
            ))
        }
    }
}

fn corrupt(path: &Path, line: usize, column: usize, message: String) -> SessionError {
    SessionError::Corrupt {
        path: path.to_path_buf(),
        line,
        column,
        message,
    }
}

/// ron points at the whitespace before an offending token; move a 1-based
/// (line, column) forward to the first visible character from there. An
/// out-of-range position, or one followed only by whitespace, is returned as is.
fn skip_whitespace(text: &str, line: usize, column: usize) -> (usize, usize) {
    let Some(start) = line.checked_sub(1) else {
        return (line, column);
    };
    let mut skip = column.saturating_sub(1);
    for (l, content) in text.split('\n').enumerate().skip(start) {
        for (c, ch) in content.chars().enumerate().skip(skip) {
            if !ch.is_whitespace() {
                return (l + 1, c + 1);
            }
        }
        skip = 0;
    }
    (line, column)
}

/// 1-based line and column (in characters) of byte `offset` in `bytes`,
/// which are valid UTF-8 up to `offset`.
fn position_of(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = bytes.get(..offset).unwrap_or(bytes);
    let text = String::from_utf8_lossy(before);
    let line = text.matches('\n').count() + 1;
    let column = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
#[path = "codec_tests.rs"]
mod tests;
