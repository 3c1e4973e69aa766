//! A passage's snippet shows the passage, not the page's own name again:
//! when the best match is a cause heading that only repeats the page's
//! title (already on the page's line), the snippet moves to the passage's
//! other text, or the passage is left out when it has none.

use super::index::{Field, Index};
use super::passages::{Matches, Scored, visit};

/// Whether `a` and `b` are the same name: the same words, ignoring case
/// and how they are spaced. Compares word by word without allocating and
/// stops at the first difference (this runs for every scored passage on
/// every keystroke, and passages are mostly long paragraphs).
fn same_name(a: &str, b: &str) -> bool {
    let (mut x, mut y) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            (Some(p), Some(q)) => {
                let same = p
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(q.chars().flat_map(char::to_lowercase));
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// When `s`'s snippet would only repeat `title` (a cause heading that is
/// the page's own name, already shown on the page's line), moves it to the
/// best match in the passage's other fields, or else to the start of the
/// first of them: the passage itself rather than its name again. Returns
/// `false` for a passage that is nothing but the title (leave it out).
pub fn off_title(index: &Index, m: &Matches, idfs: &[f32], s: &mut Scored, title: &str) -> bool {
    let repeats = |text_id: u32| {
        index
            .texts
            .get(text_id as usize)
            .is_some_and(|t| same_name(&t.text, title))
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

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn names_match_ignoring_case_and_spacing_only() {
        assert!(same_name("Manual Deployments", "manual  deployments"));
        assert!(same_name(" Manual\tDeployments ", "MANUAL DEPLOYMENTS"));
        assert!(!same_name("Manual Deployments", "Manual Deployment"));
        assert!(!same_name(
            "Manual Deployments are slow",
            "Manual Deployments"
        ));
        assert!(!same_name("Manual", "Manual Deployments"));
        assert!(same_name("", "  "));
    }
}
