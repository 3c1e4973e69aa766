//! Session files as text: writing RON and reading it back with typed errors.
//! Reading never panics, whatever the bytes.

use std::path::Path;

use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::error::SessionError;
use crate::domain::upgrade::{self, Upgraded};
use crate::domain::{CURRENT_SCHEMA, Graph, Points, QuestionRef, Session, facts};

/// A session read from disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub session: Session,
    /// `Some(version)` when the file comes from a newer schema: show it, never
    /// write it.
    pub newer_schema: Option<u32>,
    /// `Some` when the file was written with an older schema and was
    /// converted in memory (the file is unchanged until it is saved).
    pub upgraded: Option<Upgraded>,
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
/// UTF-8 byte-order mark is skipped. A file of an older schema is converted
/// with the built-in guide's answer facts (see [`parse_for`]).
pub fn parse(bytes: &[u8], path: &Path) -> Result<Loaded, SessionError> {
    parse_for(bytes, path, None)
}

/// [`parse`], converting a file of an older schema with the answer facts
/// of `graph` when the session was made on it, else with the built-in
/// guide's. A file of an older schema made on another guide cannot be
/// converted without that guide: [`SessionError::OlderSchema`].
pub fn parse_for(bytes: &[u8], path: &Path, graph: Option<&Graph>) -> Result<Loaded, SessionError> {
    let mut loaded = parse_raw(bytes, path)?;
    if loaded.session.schema_version < CURRENT_SCHEMA {
        loaded.upgraded = convert(&mut loaded.session, path, graph)?;
    }
    Ok(loaded)
}

/// Converts an older session with the facts of the guide it was made on.
fn convert(
    session: &mut Session,
    path: &Path,
    graph: Option<&Graph>,
) -> Result<Option<Upgraded>, SessionError> {
    let needs_facts = session
        .findings
        .answers
        .values()
        .any(|a| matches!(a, crate::domain::Answer::Yes | crate::domain::Answer::No));
    if !needs_facts {
        return Ok(upgrade::upgrade(session, |_| None));
    }
    if let Some(g) = graph.filter(|g| g.id == session.graph_id && g.has_facts()) {
        return Ok(upgrade::upgrade(session, |q| g.fact(q).map(|f| f.points)));
    }
    let embedded = facts::embedded()
        .ok()
        .filter(|f| f.graph == session.graph_id);
    let Some(embedded) = embedded else {
        return Err(SessionError::OlderSchema {
            path: path.to_path_buf(),
            found: session.schema_version,
            graph_id: session.graph_id.clone(),
        });
    };
    let points: std::collections::HashMap<QuestionRef, Points> = embedded
        .questions
        .iter()
        .map(|e| {
            (
                QuestionRef {
                    symptom: e.symptom.clone(),
                    index: e.number.saturating_sub(1),
                },
                e.points,
            )
        })
        .collect();
    Ok(upgrade::upgrade(session, |q| points.get(q).copied()))
}

/// Parses without converting.
fn parse_raw(bytes: &[u8], path: &Path) -> Result<Loaded, SessionError> {
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
            upgraded: None,
        }),
        (Some(found), Err(_)) if found > CURRENT_SCHEMA => Err(SessionError::NewerSchema {
            path: path.to_path_buf(),
            found,
            supported: CURRENT_SCHEMA,
        }),
        (_, Ok(session)) => Ok(Loaded {
            session,
            newer_schema: None,
            upgraded: None,
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
