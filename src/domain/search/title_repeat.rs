//! A passage's snippet shows the passage, not the page's own name again:
//! when the best match is a cause heading that only repeats the page's
//! title (already on the page's line), the snippet moves to the passage's
//! other text, or the passage is left out when it has none.

use super::index::{Field, Index};
use super::passages::{Matches, Scored, visit};

/// Text folded for comparing names: lower case, single spaces.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// When `s`'s snippet would only repeat `title` (a cause heading that is
/// the page's own name, already shown on the page's line), moves it to the
/// best match in the passage's other fields, or else to the start of the
/// first of them: the passage itself rather than its name again. Returns
/// `false` for a passage that is nothing but the title (leave it out).
pub fn off_title(index: &Index, m: &Matches, idfs: &[f32], s: &mut Scored, title: &str) -> bool {
    let title = folded(title);
    let repeats = |text_id: u32| {
        index
            .texts
            .get(text_id as usize)
            .is_some_and(|t| folded(&t.text) == title)
    };
    if !repeats(s.text) {
        return true;
    }
    let Some(p) = index.passages.get(s.passage as usize) else {
        return true;
    };
    let others: Vec<(Field, u32)> = p
        .fields
        .iter()
        .copied()
        .filter(|&(f, t)| f != Field::Title && !repeats(t))
        .collect();
    let mut best = vec![0.0f32; idfs.len()];
    let mut anchor = None;
    for &(field, text_id) in &others {
        let _ = visit(index, m, idfs, field, text_id, &mut best, &mut anchor);
    }
    match (anchor, others.first()) {
        (Some((_, text, token)), _) => (s.text, s.token) = (text, token),
        (None, Some(&(_, text))) => (s.text, s.token) = (text, 0),
        (None, None) => return false,
    }
    true
}
