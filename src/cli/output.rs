//! Writing a command's output to standard output. A reader that stops early
//! (`cdtriage graph --json | head`) is not an error: the rest of the output
//! is not wanted, so the command ends quietly and successfully instead of
//! panicking the way `print!` does on a closed pipe.
//!
//! Nothing reaches the terminal raw: [`print`] drops control characters
//! (see [`crate::domain::printable`]), and [`json`] writes the C1 controls
//! and DEL, which JSON allows unescaped, as `\u` escapes, so the data is
//! kept exactly and the text is still safe to print.

use std::io::{self, ErrorKind, Write};

use crate::domain::printable;

/// Writes `text` to standard output without control characters other than
/// line feeds and tabs (see [`write_to`]).
pub fn print(text: &str) -> io::Result<()> {
    write_to(&mut io::stdout().lock(), &printable(text))
}

/// `value` as pretty JSON with a final newline, every control character
/// escaped: serde_json escapes C0; DEL and C1 (U+007F-U+009F) are escaped
/// here. They can only occur inside strings, where `\u00XX` means the same.
pub fn json(value: &impl serde::Serialize) -> serde_json::Result<String> {
    let text = serde_json::to_string_pretty(value)?;
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        if ('\u{7f}'..='\u{9f}').contains(&c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    Ok(out)
}

/// Writes and flushes `text`; a closed pipe counts as done.
pub fn write_to(out: &mut impl Write, text: &str) -> io::Result<()> {
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes `room` bytes, then fails with `kind`.
    struct Failing {
        room: usize,
        kind: ErrorKind,
        written: Vec<u8>,
    }

    impl Write for Failing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.room == 0 {
                return Err(io::Error::from(self.kind));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            self.written.extend_from_slice(&buf[..n]);
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_not_an_error() {
        let mut w = Failing {
            room: 3,
            kind: ErrorKind::BrokenPipe,
            written: Vec::new(),
        };
        assert!(write_to(&mut w, "abcdef").is_ok());
        assert_eq!(w.written, b"abc");
    }

    #[test]
    fn other_write_errors_are_reported() {
        let mut w = Failing {
            room: 0,
            kind: ErrorKind::StorageFull,
            written: Vec::new(),
        };
        let e = write_to(&mut w, "abc").unwrap_err();
        assert_eq!(e.kind(), ErrorKind::StorageFull);
    }

    #[test]
    fn json_escapes_del_and_c1_and_means_the_same() {
        let value = serde_json::json!({"t": "a\u{1b}[6n\u{7f}\u{9b}6n\u{9f}é"});
        let text = json(&value).unwrap();
        assert!(
            text.contains(r#""a\u001b[6n\u007f\u009b6n\u009fé""#),
            "{text}"
        );
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn everything_is_written_when_there_is_room() {
        let mut out = Vec::new();
        write_to(&mut out, "graph\n").unwrap();
        assert_eq!(out, b"graph\n");
    }
}
