//! Why a graph or its facts could not be loaded, and what a RON error means
//! for the user. A leaf: the loaders of the graph and of its facts both
//! report through it.

use std::path::PathBuf;

use thiserror::Error;

/// Why a graph could not be loaded.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The reason is part of the message and deliberately not a `source`:
    /// `{:#}` would print it twice.
    #[error("cannot read {path}: {error}")]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("{origin}:{line}:{column}: {message}")]
    Syntax {
        origin: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{origin}: the graph is not valid:\n{}", .problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        origin: String,
        problems: Vec<String>,
    },
}

/// What a RON error means, for the user: ron's own words, except where they
/// are advice to the programmer (its recursion limit names `serde_stacker`).
pub fn ron_message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            "the file is nested too deeply (brackets inside brackets past the parser's limit)"
                .to_string()
        }
        other => other.to_string(),
    }
}
