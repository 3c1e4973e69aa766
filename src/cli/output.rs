//! Writing a command's output to standard output. A reader that stops early
//! (`cdtriage graph --json | head`) is not an error: the rest of the output
//! is not wanted, so the command ends quietly and successfully instead of
//! panicking the way `print!` does on a closed pipe.

use std::io::{self, ErrorKind, Write};

/// Writes `text` to standard output (see [`write_to`]).
pub fn print(text: &str) -> io::Result<()> {
    write_to(&mut io::stdout().lock(), text)
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
    fn everything_is_written_when_there_is_room() {
        let mut out = Vec::new();
        write_to(&mut out, "graph\n").unwrap();
        assert_eq!(out, b"graph\n");
    }
}
