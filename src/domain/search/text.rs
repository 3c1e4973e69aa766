//! Text handling for search: case folding one char to one char (so char
//! positions in folded text are char positions in the original), splitting into
//! words, the query's stop words, and a bounded edit distance.

/// Longest query word considered, in chars; longer words are cut.
pub const MAX_WORD_CHARS: usize = 64;
/// Most query words considered; the rest are ignored.
pub const MAX_QUERY_WORDS: usize = 16;

/// Folds one char for matching: lower case (first char of the lower-case
/// form, so the mapping stays one to one) and typographic apostrophes to `'`.
pub fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// A word of a text: where it starts (char index) and its folded chars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub chars: Vec<char>,
}

/// Splits text into words: runs of letters and digits, with an apostrophe
/// kept when it sits between two of them ("can't", "team's").
pub fn words(text: &str) -> Vec<Word> {
    let chars: Vec<char> = text.chars().map(fold).collect();
    let mut out = Vec::new();
    let mut current: Option<Word> = None;
    for (i, &c) in chars.iter().enumerate() {
        let inner_apostrophe =
            c == '\'' && current.is_some() && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            current
                .get_or_insert_with(|| Word {
                    start: i,
                    chars: Vec::new(),
                })
                .chars
                .push(c);
        } else if let Some(word) = current.take() {
            out.push(word);
        }
    }
    out.extend(current);
    out
}

/// Words so common in spoken queries ("we have merge freezes") that a page
/// need not contain them to match. They still add to the score when present.
const STOP_WORDS: &[&str] = &[
    "a", "about", "all", "always", "am", "an", "and", "any", "are", "as", "at", "be", "been",
    "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get", "gets", "got",
    "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "it's", "its", "just", "me",
    "my", "of", "on", "or", "our", "ours", "so", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "to", "too", "us", "very", "was", "we", "we're", "were",
    "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",
];

pub fn is_stop_word(word: &[char]) -> bool {
    let s: String = word.iter().collect();
    STOP_WORDS.contains(&s.as_str())
}

/// A light English stem: drops "ing", "ed", "es" or "s", then a final "e",
/// so "release", "releases", "released" and "releasing" share "releas".
pub fn stem(word: &[char]) -> Vec<char> {
    let ends = |w: &[char], suffix: &str| {
        let suffix: Vec<char> = suffix.chars().collect();
        w.ends_with(&suffix)
    };
    let n = word.len();
    let cut = if n >= 6 && ends(word, "ing") {
        3
    } else if n >= 5 && (ends(word, "ed") || ends(word, "es")) {
        2
    } else if n >= 4 && ends(word, "s") && !ends(word, "ss") {
        1
    } else {
        0
    };
    let mut out = word.get(..n - cut).unwrap_or(word).to_vec();
    if out.len() >= 4 && out.last() == Some(&'e') {
        out.pop();
    }
    out
}

/// The edit distance allowed for a query word of `len` chars: none below 4,
/// 1 for 4 to 7, 2 from 8.
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
    if n == 0 || m == 0 || n > MAX_WORD_CHARS || m > MAX_WORD_CHARS {
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
    fn words_split_on_punctuation_keep_inner_apostrophes_and_positions() {
        let w = words("Can’t roll-back, TEAM's 'x'");
        let got: Vec<(usize, String)> = w
            .iter()
            .map(|w| (w.start, w.chars.iter().collect()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, "can't".to_string()),
                (6, "roll".to_string()),
                (11, "back".to_string()),
                (17, "team's".to_string()),
                (25, "x".to_string()),
            ]
        );
    }

    #[test]
    fn folding_keeps_one_char_per_char() {
        // 'İ' lower-cases to two chars; only the first is kept.
        let text = "İx ÄB";
        let w = words(text);
        assert_eq!(w[1].start, 3);
        assert_eq!(w[1].chars, vec!['ä', 'b']);
    }

    #[test]
    fn stop_words_are_recognised_case_folded() {
        assert!(is_stop_word(&chars("we")));
        assert!(!is_stop_word(&chars("no")));
        assert!(!is_stop_word(&chars("merge")));
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
    }

    #[test]
    fn typo_distance_to_a_prefix_allows_partial_words() {
        // "snowfalk" is a transposed prefix of "snowflakes".
        let (full, prefix) = typo_distance(&chars("snowfalk"), &chars("snowflakes"), 2);
        assert_eq!(full, None);
        assert_eq!(prefix, Some(1));
    }

    #[test]
    fn stems_join_inflections_of_a_word() {
        let s = |w: &str| stem(&chars(w)).into_iter().collect::<String>();
        for w in ["release", "releases", "released", "releasing"] {
            assert_eq!(s(w), "releas", "{w}");
        }
        for w in ["freeze", "freezes", "freezing"] {
            assert_eq!(s(w), "freez", "{w}");
        }
        assert_eq!(s("process"), "process");
        assert_eq!(s("processes"), "process");
        assert_eq!(s("go"), "go");
    }

    #[test]
    fn allowed_typos_follow_word_length() {
        assert_eq!(allowed_typos(3), 0);
        assert_eq!(allowed_typos(4), 1);
        assert_eq!(allowed_typos(7), 1);
        assert_eq!(allowed_typos(8), 2);
    }
}
