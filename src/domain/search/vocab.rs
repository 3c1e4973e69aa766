//! The vocabulary: every distinct folded word of the indexed text (and every
//! thesaurus phrase found in it), each with its stem, and the ways to find
//! terms near a query word (same stem, prefix, typo, inner word).

use rustc_hash::FxHashMap as HashMap;

/// One distinct word (or phrase key) of the indexed text.
#[derive(Debug, Clone)]
pub struct Term {
    /// Folded word, or a phrase's stems joined by spaces.
    pub text: String,
    /// Length in chars.
    pub len: usize,
    /// A 64-bit set of the chars, to reject most terms cheaply.
    pub mask: u64,
    pub stem: u32,
    pub phrase: bool,
}

pub fn char_mask(chars: impl IntoIterator<Item = char>) -> u64 {
    chars
        .into_iter()
        .fold(0, |m, c| m | 1u64 << (u32::from(c) % 64))
}

/// Distinct terms and stems, each with a stable id (its position).
#[derive(Debug, Clone, Default)]
pub struct Vocab {
    ids: HashMap<String, u32>,
    terms: Vec<Term>,
    stem_ids: HashMap<String, u32>,
    /// For each stem id, the word terms with that stem.
    by_stem: Vec<Vec<u32>>,
    stems: Vec<String>,
    /// Word terms (not phrases) sorted by text, for prefix lookups; kept in
    /// order by [`Vocab::sort`].
    sorted: Vec<u32>,
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Vocab {
    /// The id of a word with the given stem, adding it if new.
    pub fn intern(&mut self, folded: &str, stem: &str) -> u32 {
        self.add(folded, stem, false)
    }

    /// The id of a phrase key (the phrase's stems joined by spaces).
    pub fn intern_phrase(&mut self, key: &str) -> u32 {
        self.add(key, key, true)
    }

    fn add(&mut self, text: &str, stem: &str, phrase: bool) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let stem_id = match self.stem_ids.get(stem) {
            Some(&s) => s,
            None => {
                let s = to_u32(self.by_stem.len());
                self.stem_ids.insert(stem.to_string(), s);
                self.by_stem.push(Vec::new());
                self.stems.push(stem.to_string());
                s
            }
        };
        let id = to_u32(self.terms.len());
        self.terms.push(Term {
            text: text.to_string(),
            len: text.chars().count(),
            mask: char_mask(text.chars()),
            stem: stem_id,
            phrase,
        });
        self.ids.insert(text.to_string(), id);
        if !phrase {
            if let Some(list) = self.by_stem.get_mut(stem_id as usize) {
                list.push(id);
            }
            self.sorted.push(id);
        }
        id
    }

    /// Puts the word terms in order for prefix lookups; call after adding.
    pub fn sort(&mut self) {
        let terms = &self.terms;
        self.sorted
            .sort_unstable_by(|&a, &b| terms[a as usize].text.cmp(&terms[b as usize].text));
    }

    /// The text of a stem id.
    pub fn stem_text(&self, stem: u32) -> &str {
        self.stems.get(stem as usize).map_or("", String::as_str)
    }

    pub fn len(&self) -> usize {
        self.terms.len()
    }

    pub fn term(&self, id: u32) -> Option<&Term> {
        self.terms.get(id as usize)
    }

    pub fn id(&self, text: &str) -> Option<u32> {
        self.ids.get(text).copied()
    }

    /// The word terms whose stem is `stem`.
    pub fn with_stem(&self, stem: &str) -> &[u32] {
        self.stem_ids
            .get(stem)
            .and_then(|&s| self.by_stem.get(s as usize))
            .map_or(&[], Vec::as_slice)
    }

    /// The word terms that start with `prefix` and are longer than it.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = u32> + 'a {
        let from = self
            .sorted
            .partition_point(|&t| self.terms[t as usize].text.as_str() < prefix);
        self.sorted[from..]
            .iter()
            .copied()
            .take_while(move |&t| self.terms[t as usize].text.starts_with(prefix))
            .filter(move |&t| self.terms[t as usize].text.len() > prefix.len())
    }

    /// Every word term, with its id.
    pub fn words(&self) -> impl Iterator<Item = (u32, &Term)> {
        self.terms
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.phrase)
            .map(|(i, t)| (to_u32(i), t))
    }
}

/// The edit distance allowed for a word of `len` chars: none below 4, 1 for
/// 4 to 7, 2 from 8.
pub fn allowed_typos(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// Restricted Damerau-Levenshtein (optimal string alignment) distance from
/// `a` to `b` (whole word), and from `a` to the closest prefix of `b` whose
/// length is within `max` of `a`'s. Both are `None` above `max`.
pub fn typo_distance(a: &[char], b: &[char], max: usize) -> (Option<usize>, Option<usize>) {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 || n > 64 || m > 64 {
        return (None, None);
    }
    let width = m + 1;
    let mut d = vec![0usize; (n + 1) * width];
    for (j, cell) in d.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        d[i * width] = i;
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    let last = &d[n * width..];
    let full = Some(last[m]).filter(|&x| x <= max);
    let lo = n.saturating_sub(max).max(1);
    let hi = (n + max).min(m);
    let prefix = (lo..=hi).map(|j| last[j]).min().filter(|&x| x <= max);
    (full, prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn terms_are_interned_once_and_found_by_stem_and_prefix() {
        let mut v = Vocab::default();
        let a = v.intern("merges", "merg");
        let b = v.intern("merge", "merg");
        assert_eq!(v.intern("merges", "merg"), a);
        v.intern("mergers", "merger");
        v.intern("freeze", "freez");
        let p = v.intern_phrase("roll back");
        v.sort();
        assert_eq!(v.term(a).map(|t| v.stem_text(t.stem)), Some("merg"));
        assert_eq!(v.with_stem("merg"), &[a, b]);
        let prefixed: Vec<&str> = v
            .with_prefix("merge")
            .filter_map(|t| v.term(t).map(|t| t.text.as_str()))
            .collect();
        assert_eq!(prefixed, vec!["mergers", "merges"]);
        assert!(v.term(p).is_some_and(|t| t.phrase));
        assert_eq!(v.words().count(), 4, "phrases are not words");
    }

    #[test]
    fn typo_distance_counts_transpositions_as_one() {
        assert_eq!(
            typo_distance(&chars("snowfalke"), &chars("snowflake"), 2),
            (Some(1), Some(1))
        );
        assert_eq!(
            typo_distance(&chars("rolback"), &chars("rollback"), 1).0,
            Some(1)
        );
        assert_eq!(
            typo_distance(&chars("abcd"), &chars("wxyz"), 1),
            (None, None)
        );
        // "snowfalk" is a transposed prefix of "snowflakes".
        let (full, prefix) = typo_distance(&chars("snowfalk"), &chars("snowflakes"), 2);
        assert_eq!((full, prefix), (None, Some(1)));
    }

    #[test]
    fn allowed_typos_follow_word_length() {
        assert_eq!(allowed_typos(3), 0);
        assert_eq!(allowed_typos(4), 1);
        assert_eq!(allowed_typos(7), 1);
        assert_eq!(allowed_typos(8), 2);
    }
}
