//! Text analysis, the same for pages and queries: splitting into words,
//! folding case and apostrophes (so `dont`, `don't` and `don’t` are one
//! word), the Snowball English stemmer, and the words of speech that never
//! decide a result (stop words and filler).

use rustc_hash::FxHashMap as HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// Longest query word considered, in chars; longer words are cut.
pub const MAX_WORD_CHARS: usize = 64;
/// Most query words considered; the rest are ignored.
pub const MAX_QUERY_WORDS: usize = 16;

/// A word of a text: where it is (in chars of the original text) and its
/// folded form (lower case, apostrophes removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Char index of the word's first char in the original text.
    pub start: usize,
    /// Length in chars of the original text, apostrophes included.
    pub len: usize,
    pub folded: String,
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// Splits `text` into words: runs of letters and digits, joined across an
/// apostrophe between two of them ("can’t", "team's"). The folded form is
/// lower case without the apostrophe ("cant", "teams").
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for_each_word(text, |start, len, folded| {
        out.push(Word {
            start,
            len,
            folded: folded.to_string(),
        });
    });
    out
}

/// Calls `f(start, len, folded)` for each word of `text` (as [`words`]
/// splits it), reusing one buffer for the folded form.
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    let mut folded = String::new();
    let mut start: Option<usize> = None;
    let mut len = 0;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric() && !is_apostrophe(c))
        {
            let s = *start.get_or_insert(i);
            if c.is_ascii() {
                folded.push(c.to_ascii_lowercase());
            } else {
                folded.extend(c.to_lowercase());
            }
            len = i + 1 - s;
            continue;
        }
        let joins = is_apostrophe(c)
            && start.is_some()
            && chars
                .peek()
                .is_some_and(|&(_, n)| n.is_alphanumeric() && !is_apostrophe(n));
        if !joins && let Some(s) = start.take() {
            f(s, len, &folded);
            folded.clear();
        }
    }
    if let Some(s) = start {
        f(s, len, &folded);
    }
}

/// The indices `i` of words (given as `(start, len)` in chars) that a
/// single hyphen joins to word `i + 1` ("sign-off", "roll-back"): such a
/// compound is also written as one word ("signoff", "rollback").
pub fn hyphen_joins(text: &str, spans: &[(usize, usize)]) -> Vec<usize> {
    if !text.contains('-') {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    spans
        .windows(2)
        .enumerate()
        .filter(|(_, w)| {
            let (a, b) = (w[0], w[1]);
            a.0 + a.1 + 1 == b.0 && chars.get(a.0 + a.1) == Some(&'-')
        })
        .map(|(i, _)| i)
        .collect()
}

/// Function words and contractions (folded, without apostrophes). In a query
/// that has other words they carry no weight; a query of nothing else is
/// searched for them.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "always", "am", "an", "and", "any", "anyone", "anything",
    "are", "arent", "as", "at", "be", "because", "been", "before", "being", "but", "by", "can",
    "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing", "dont", "each",
    "even", "ever", "every", "everyone", "everything", "for", "from", "had", "hadnt", "has",
    "hasnt", "have", "havent", "having", "he", "her", "here", "him", "his", "how", "i", "id", "if",
    "ill", "im", "in", "into", "is", "isnt", "it", "itd", "itll", "its", "ive", "lets", "me",
    "might", "more", "most", "much", "must", "my", "neither", "never", "no", "nobody", "none",
    "nor", "not", "nothing", "now", "of", "off", "on", "once", "only", "or", "other", "our",
    "ours", "out", "over", "she", "should", "shouldnt", "some", "someone", "something", "such",
    "than", "that", "thats", "the", "their", "theirs", "them", "then", "there", "theres", "these",
    "they", "theyd", "theyll", "theyre", "theyve", "this", "those", "though", "through", "to",
    "too", "up", "upon", "us", "very", "was", "wasnt", "we", "wed", "well", "were", "werent",
    "weve", "what", "whats", "when", "whenever", "where", "whether", "which", "while", "who",
    "whoever", "whom", "whos", "why", "will", "with", "without", "wont", "would", "wouldnt", "yet",
    "you", "youd", "youll", "your", "youre", "yours", "youve",
];

/// Words of speech that say nothing about the problem ("honestly, it's
/// like, basically broken again"). They never decide a result.
#[rustfmt::skip]
const FILLER_WORDS: &[&str] = &[
    "actually", "again", "ah", "anyway", "anyways", "basically", "definitely", "er", "erm",
    "gonna", "gotta", "guess", "guys", "hmm", "honestly", "just", "kind", "kinda", "like",
    "literally", "maybe", "oh", "pretty", "probably", "quite", "really", "seriously", "so", "sort",
    "sorta", "still", "stuff", "super", "totally", "uh", "uhh", "um", "umm", "wanna", "whatever",
    "yeah", "yep", "yes",
];

/// Light verbs and vague nouns of speech ("it goes out", "we need to get
/// a thing"): real words, but they say little about which problem it is,
/// so they count like function words.
#[rustfmt::skip]
const LIGHT_WORDS: &[&str] = &[
    "bit", "came", "come", "comes", "coming", "gave", "get", "gets", "getting", "give", "gives",
    "go", "goes", "going", "gone", "got", "gotten", "keep", "keeps", "kept", "lot", "lots", "make",
    "makes", "making", "made", "need", "needed", "needs", "put", "puts", "seem", "seems", "take",
    "takes", "taking", "taken", "thing", "things", "took", "tried", "tries", "try", "trying",
    "want", "wanted", "wants", "way", "ways", "went", "whole",
];

/// What kind of word a query word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordClass {
    /// A word that says what the problem is.
    Content,
    /// A function word or contraction ("the", "dont", "we're"), or a light
    /// verb or vague noun ("goes", "thing").
    Stop,
    /// A word of speech with no meaning here ("like", "honestly").
    Filler,
}

/// The class of a folded word.
pub fn class(folded: &str) -> WordClass {
    if FILLER_WORDS.contains(&folded) {
        WordClass::Filler
    } else if STOP_WORDS.contains(&folded) || LIGHT_WORDS.contains(&folded) {
        WordClass::Stop
    } else {
        WordClass::Content
    }
}

/// A table of (word, stem) sorted by word, worked out ahead of time.
pub type StemTable = &'static [(&'static str, &'static str)];

/// The Snowball English (Porter 2) stemmer, with a table of the stems of
/// the embedded graph's and thesaurus's words (made by `build.rs` with the
/// same stemmer) and a cache for the rest: stemming is the slow part of
/// building the index.
pub struct Stems {
    stemmer: Stemmer,
    cache: HashMap<String, String>,
    table: StemTable,
}

impl Default for Stems {
    fn default() -> Self {
        Self::with_table(&[])
    }
}

impl Clone for Stems {
    fn clone(&self) -> Self {
        Stems {
            stemmer: Stemmer::create(Algorithm::English),
            cache: self.cache.clone(),
            table: self.table,
        }
    }
}

impl std::fmt::Debug for Stems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Stems(snowball english, {} cached)", self.cache.len())
    }
}

/// Irregular forms the stemmer leaves apart from their base ("went",
/// "broke"), mapped to the base before stemming, so "goes live" is "go
/// live" and "broke prod" is "break prod".
#[rustfmt::skip]
const IRREGULAR: &[(&str, &str)] = &[
    ("bought", "buy"), ("broke", "break"), ("broken", "break"), ("brought", "bring"),
    ("built", "build"), ("caught", "catch"), ("children", "child"), ("chose", "choose"),
    ("chosen", "choose"), ("did", "do"), ("done", "do"), ("drove", "drive"), ("fallen", "fall"),
    ("fell", "fall"), ("felt", "feel"), ("forgot", "forget"), ("forgotten", "forget"),
    ("found", "find"), ("froze", "freeze"), ("frozen", "freeze"), ("gave", "give"),
    ("given", "give"), ("goes", "go"), ("gone", "go"), ("held", "hold"), ("hid", "hide"),
    ("hidden", "hide"), ("kept", "keep"), ("knew", "know"), ("known", "know"), ("led", "lead"),
    ("left", "leave"), ("lost", "lose"), ("made", "make"), ("meant", "mean"), ("met", "meet"),
    ("paid", "pay"), ("people", "person"), ("ran", "run"), ("rang", "ring"),
    ("rewritten", "rewrite"), ("rewrote", "rewrite"), ("sent", "send"), ("shook", "shake"),
    ("shot", "shoot"), ("sold", "sell"), ("spent", "spend"), ("stole", "steal"),
    ("stood", "stand"), ("stuck", "stick"), ("taken", "take"), ("taught", "teach"),
    ("thought", "think"), ("threw", "throw"), ("thrown", "throw"), ("told", "tell"),
    ("took", "take"), ("understood", "understand"), ("went", "go"), ("woke", "wake"),
    ("won", "win"), ("wore", "wear"), ("worn", "wear"), ("written", "write"), ("wrote", "write"),
];

/// The base form of an irregular word, or the word itself.
pub fn base_form(folded: &str) -> &str {
    IRREGULAR
        .binary_search_by(|(w, _)| (*w).cmp(folded))
        .ok()
        .and_then(|i| IRREGULAR.get(i))
        .map_or(folded, |(_, base)| base)
}

impl Stems {
    /// A stemmer that looks words up in `table` first.
    pub fn with_table(table: StemTable) -> Self {
        Stems {
            stemmer: Stemmer::create(Algorithm::English),
            cache: HashMap::default(),
            table,
        }
    }

    fn look_up(&self, folded: &str) -> Option<&'static str> {
        let at = self
            .table
            .binary_search_by(|(w, _)| (*w).cmp(folded))
            .ok()?;
        self.table.get(at).map(|(_, s)| *s)
    }

    /// The stem of a folded word.
    pub fn stem(&mut self, folded: &str) -> String {
        if let Some(s) = self.look_up(folded) {
            return s.to_string();
        }
        if let Some(s) = self.cache.get(folded) {
            return s.clone();
        }
        let s = self.stem_uncached(folded);
        self.cache.insert(folded.to_string(), s.clone());
        s
    }

    fn snowball(&self, folded: &str) -> String {
        self.stemmer.stem(base_form(folded)).into_owned()
    }

    /// The stem without touching the cache (for `&self` callers).
    pub fn stem_uncached(&self, folded: &str) -> String {
        if let Some(s) = self.look_up(folded) {
            return s.to_string();
        }
        self.cache
            .get(folded)
            .cloned()
            .unwrap_or_else(|| self.snowball(folded))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn apostrophes_of_every_kind_fold_to_one_word() {
        for text in ["dont", "don't", "don’t", "DON‘T", "donʼt"] {
            assert_eq!(folded(text), vec!["dont"], "{text}");
        }
        assert_eq!(
            folded("I’m we're can't isn't"),
            vec!["im", "were", "cant", "isnt"]
        );
        assert_eq!(
            folded("the team's 'quoted'"),
            vec!["the", "teams", "quoted"]
        );
    }

    #[test]
    fn words_keep_their_place_in_the_original_text() {
        let w = words("Can’t roll-back, TEAM's");
        let spans: Vec<(usize, usize, &str)> = w
            .iter()
            .map(|w| (w.start, w.len, w.folded.as_str()))
            .collect();
        assert_eq!(
            spans,
            vec![
                (0, 5, "cant"),
                (6, 4, "roll"),
                (11, 4, "back"),
                (17, 6, "teams")
            ]
        );
    }

    #[test]
    fn characters_that_lower_case_to_two_keep_the_span_of_one() {
        let w = words("İx ÄB");
        assert_eq!(w[0].len, 2);
        assert_eq!((w[1].start, w[1].folded.as_str()), (3, "äb"));
    }

    #[test]
    fn hyphenated_compounds_are_found() {
        let text = "a sign-off, roll - back, go-live-now";
        let spans: Vec<(usize, usize)> = words(text).iter().map(|w| (w.start, w.len)).collect();
        // sign-off (1), go-live (5) and live-now (6); not "roll - back".
        assert_eq!(hyphen_joins(text, &spans), vec![1, 5, 6]);
        assert!(hyphen_joins("no hyphen", &[(0, 2), (3, 6)]).is_empty());
    }

    #[test]
    fn speech_words_are_told_apart_from_content() {
        assert_eq!(class("honestly"), WordClass::Filler);
        assert_eq!(class("like"), WordClass::Filler);
        assert_eq!(class("dont"), WordClass::Stop);
        assert_eq!(class("were"), WordClass::Stop);
        assert_eq!(class("deploy"), WordClass::Content);
        assert_eq!(class("friday"), WordClass::Content);
    }

    #[test]
    fn the_snowball_stemmer_joins_inflections() {
        let mut s = Stems::default();
        for w in ["deploy", "deploys", "deployed", "deploying"] {
            assert_eq!(s.stem(w), "deploy", "{w}");
        }
        for w in ["release", "releases", "released", "releasing"] {
            assert_eq!(s.stem(w), "releas", "{w}");
        }
        assert_eq!(s.stem("deployment"), "deploy");
        assert_eq!(s.stem("migrations"), s.stem("migration"));
        // The cache answers the same as the stemmer.
        assert_eq!(s.stem("deploying"), s.stem_uncached("deploying"));
    }

    #[test]
    fn irregular_forms_share_their_base_forms_stem() {
        let mut s = Stems::default();
        for (form, base) in [
            ("went", "go"),
            ("goes", "go"),
            ("broke", "break"),
            ("frozen", "freeze"),
        ] {
            assert_eq!(s.stem(form), s.stem(base), "{form}");
        }
        assert!(
            IRREGULAR.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for binary search"
        );
        assert_eq!(base_form("deploying"), "deploying");
    }

    #[test]
    fn the_table_is_consulted_first() {
        static TABLE: &[(&str, &str)] = &[("alpha", "a"), ("beta", "b")];
        let mut s = Stems::with_table(TABLE);
        assert_eq!(s.stem("beta"), "b");
        assert_eq!(s.stem_uncached("alpha"), "a");
        assert_eq!(s.stem("deploying"), "deploy", "others are stemmed");
    }
}
