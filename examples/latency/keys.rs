//! Key scripts: the text a user passes on the command line, turned into the
//! bytes a terminal would send, one key at a time.
//!
//! Plain characters are typed as themselves (UTF-8). Named keys go in angle
//! brackets: `<Enter>`, `<Esc>`, `<Tab>`, `<BS>`, `<Space>`, `<Up>`,
//! `<Down>`, `<Left>`, `<Right>`, `<Home>`, `<End>`, `<PageUp>`,
//! `<PageDown>`, `<C-x>` (Ctrl plus a letter) and `<lt>` for a literal `<`.
//! So `/merge freeze<Enter>` is 14 keys.

use anyhow::{Context, Result, bail};

/// One key press: what to call it in reports and the bytes to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub label: String,
    pub bytes: Vec<u8>,
}

/// Splits a script into keys, failing on an unknown or unclosed `<name>`.
pub fn parse(script: &str) -> Result<Vec<Key>> {
    let mut keys = Vec::new();
    let mut rest = script;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest
                .find('>')
                .with_context(|| format!("unclosed '<' in key script {script:?} (use <lt>)"))?;
            let name = &rest[1..end];
            keys.push(named(name).with_context(|| format!("in key script {script:?}"))?);
            rest = &rest[end + 1..];
        } else {
            keys.push(Key {
                label: c.to_string(),
                bytes: c.to_string().into_bytes(),
            });
            rest = &rest[c.len_utf8()..];
        }
    }
    Ok(keys)
}

fn named(name: &str) -> Result<Key> {
    let bytes: Vec<u8> = match name.to_ascii_lowercase().as_str() {
        "enter" | "cr" => b"\r".to_vec(),
        "esc" => b"\x1b".to_vec(),
        "tab" => b"\t".to_vec(),
        "bs" | "backspace" => b"\x7f".to_vec(),
        "space" => b" ".to_vec(),
        "lt" => b"<".to_vec(),
        "up" => b"\x1b[A".to_vec(),
        "down" => b"\x1b[B".to_vec(),
        "right" => b"\x1b[C".to_vec(),
        "left" => b"\x1b[D".to_vec(),
        "home" => b"\x1b[H".to_vec(),
        "end" => b"\x1b[F".to_vec(),
        "pageup" => b"\x1b[5~".to_vec(),
        "pagedown" => b"\x1b[6~".to_vec(),
        other => match ctrl(other) {
            Some(byte) => vec![byte],
            None => bail!("unknown key <{name}>"),
        },
    };
    Ok(Key {
        label: format!("<{name}>"),
        bytes,
    })
}

/// `c-x` -> the control byte for x (Ctrl-A is 1, ..., Ctrl-Z is 26).
fn ctrl(name: &str) -> Option<u8> {
    let letter = name.strip_prefix("c-")?;
    let mut chars = letter.chars();
    match (chars.next(), chars.next()) {
        (Some(l @ 'a'..='z'), None) => Some(l as u8 - b'a' + 1),
        _ => None,
    }
}
