//! The domain thesaurus (`assets/thesaurus.ron`): groups of words and short
//! phrases a software team uses for the same thing ("prod", "production",
//! "live"). Entries are analysed like any text, so a group names base forms
//! and the stemmer covers the rest.

use rustc_hash::FxHashMap as HashMap;

use serde::Deserialize;

use super::analyze::{Stems, words};

/// The thesaurus shipped with the app.
pub const EMBEDDED: &str = include_str!("../../../assets/thesaurus.ron");

/// Most words in one entry.
pub const MAX_ENTRY_WORDS: usize = 3;
/// Most entries in one group.
pub const MAX_GROUP_ENTRIES: usize = 10;

#[derive(Debug, Deserialize)]
struct File {
    groups: Vec<Vec<String>>,
}

/// Why a thesaurus file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ThesaurusError {
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("group {group} ({first:?}): {problem}")]
    Group {
        /// From 1, in file order.
        group: usize,
        first: String,
        problem: String,
    },
}

/// One entry: its text as written and its words' stems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub text: String,
    pub stems: Vec<String>,
    /// Another group has a different word with the same stem ("deployable"
    /// and "deploy"): the entry then stands only for words that start with
    /// it (its inflections), not for everything with its stem.
    pub ambiguous: bool,
    /// See [`Entry::key`].
    key: String,
}

impl Entry {
    /// The key a phrase entry is indexed under: its stems joined by spaces
    /// (words never contain a space, so keys never collide with words).
    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn is_phrase(&self) -> bool {
        self.stems.len() > 1
    }
}

/// The loaded thesaurus.
#[derive(Debug, Clone, Default)]
pub struct Thesaurus {
    entries: Vec<Entry>,
    groups: Vec<Vec<usize>>,
    /// For each entry, the groups it is in.
    entry_groups: Vec<Vec<usize>>,
    /// Entries by key (a single word's stem, or a phrase's stems).
    by_key: HashMap<String, Vec<usize>>,
    /// Phrase entries by the stem of their first word.
    phrases_by_first: HashMap<String, Vec<usize>>,
}

impl Thesaurus {
    /// Parses and checks a thesaurus file.
    pub fn parse(text: &str, stems: &mut Stems) -> Result<Self, ThesaurusError> {
        let file: File = ron::from_str(text).map_err(|e| ThesaurusError::Syntax {
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })?;
        for (g, group) in file.groups.iter().enumerate() {
            let fail = |problem: String| ThesaurusError::Group {
                group: g + 1,
                first: group.first().cloned().unwrap_or_default(),
                problem,
            };
            if group.len() < 2 || group.len() > MAX_GROUP_ENTRIES {
                return Err(fail(format!(
                    "has {} entries; a group has 2 to {MAX_GROUP_ENTRIES}",
                    group.len()
                )));
            }
            for (i, text) in group.iter().enumerate() {
                check_entry(text).map_err(|p| fail(format!("entry {text:?} {p}")))?;
                if group[..i].contains(text) {
                    return Err(fail(format!("lists {text:?} twice")));
                }
            }
        }
        let groups = file.groups.iter().map(|group| {
            group
                .iter()
                .map(|text| {
                    let entry_stems = words(text).iter().map(|w| stems.stem(&w.folded)).collect();
                    (text.clone(), entry_stems)
                })
                .collect::<Vec<_>>()
        });
        Ok(Self::from_groups(groups))
    }

    /// A thesaurus from checked groups of (entry text, its words' stems).
    pub fn from_groups(groups: impl IntoIterator<Item = Vec<(String, Vec<String>)>>) -> Self {
        let mut t = Thesaurus::default();
        for group in groups {
            let ids: Vec<usize> = group
                .into_iter()
                .map(|(text, stems)| {
                    t.add_entry(Entry {
                        text,
                        key: stems.join(" "),
                        stems,
                        ambiguous: false,
                    })
                })
                .collect();
            for &id in &ids {
                t.entry_groups[id].push(t.groups.len());
            }
            t.groups.push(ids);
        }
        t.mark_ambiguous();
        t
    }

    /// The groups as (entry text, stems), in file order.
    pub fn to_groups(&self) -> Vec<Vec<(String, Vec<String>)>> {
        self.groups()
            .map(|g| g.map(|e| (e.text.clone(), e.stems.clone())).collect())
            .collect()
    }

    /// Marks the entries that share a stem with a different word of a group
    /// they are not in.
    fn mark_ambiguous(&mut self) {
        let mut marks = vec![false; self.entries.len()];
        for ids in self.by_key.values() {
            for &a in ids {
                for &b in ids {
                    let (Some(ea), Some(eb)) = (self.entries.get(a), self.entries.get(b)) else {
                        continue;
                    };
                    let shared = self.entry_groups[a]
                        .iter()
                        .any(|g| self.entry_groups[b].contains(g));
                    if ea.text != eb.text && !shared && !ea.is_phrase() {
                        marks[a] = true;
                    }
                }
            }
        }
        for (e, m) in self.entries.iter_mut().zip(marks) {
            e.ambiguous = m;
        }
    }

    /// Whether a query word (folded) stands for `entry`: by its stem, or for
    /// an ambiguous entry, by being one of its inflections.
    pub fn word_matches(entry: &Entry, word: &str) -> bool {
        !entry.ambiguous || word.starts_with(entry.text.as_str())
    }

    fn add_entry(&mut self, entry: Entry) -> usize {
        let id = self.entries.len();
        self.by_key.entry(entry.key.clone()).or_default().push(id);
        if entry.is_phrase()
            && let Some(first) = entry.stems.first()
        {
            self.phrases_by_first
                .entry(first.clone())
                .or_default()
                .push(id);
        }
        self.entries.push(entry);
        self.entry_groups.push(Vec::new());
        id
    }

    pub fn group_count(&self) -> usize {
        self.groups.len()
    }

    pub fn groups(&self) -> impl Iterator<Item = impl Iterator<Item = &Entry>> {
        self.groups
            .iter()
            .map(|g| g.iter().filter_map(|&i| self.entries.get(i)))
    }

    /// The entries that mean the same as `word` (folded) whose key is `key`
    /// (its stem, or a phrase's stems joined by spaces), without `key`
    /// itself; each once.
    pub fn synonyms(&self, key: &str, word: &str) -> Vec<&Entry> {
        let mut out: Vec<&Entry> = Vec::new();
        let own = self.by_key.get(key).into_iter().flatten().filter(|&&id| {
            self.entries
                .get(id)
                .is_some_and(|e| e.is_phrase() || Self::word_matches(e, word))
        });
        for &id in own {
            for &g in self.entry_groups.get(id).into_iter().flatten() {
                for &other in self.groups.get(g).into_iter().flatten() {
                    let Some(e) = self.entries.get(other) else {
                        continue;
                    };
                    if e.key() != key && !out.iter().any(|o| o.stems == e.stems) {
                        out.push(e);
                    }
                }
            }
        }
        out
    }

    /// Whether `key` is an entry of some group.
    pub fn knows(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    /// Whether some phrase entry's first word has this stem.
    pub fn starts_phrase(&self, stem: &str) -> bool {
        self.phrases_by_first.contains_key(stem)
    }

    /// The phrase entries that occur in `stems` starting at `at`, as (key,
    /// number of words).
    pub fn phrases_at(&self, stems: &[&str], at: usize) -> Vec<(String, usize)> {
        let Some(first) = stems.get(at) else {
            return Vec::new();
        };
        let mut out: Vec<(String, usize)> = Vec::new();
        for &id in self.phrases_by_first.get(*first).into_iter().flatten() {
            let Some(e) = self.entries.get(id) else {
                continue;
            };
            let n = e.stems.len();
            let fits = stems
                .get(at..at + n)
                .is_some_and(|s| s.iter().zip(&e.stems).all(|(a, b)| *a == b.as_str()));
            if fits && !out.iter().any(|(k, _)| k == e.key()) {
                out.push((e.key().to_string(), n));
            }
        }
        out
    }
}

/// Checks one entry as written: lower case letters, digits, spaces and
/// apostrophes, 1 to [`MAX_ENTRY_WORDS`] words.
fn check_entry(text: &str) -> Result<(), String> {
    if let Some(c) = text
        .chars()
        .find(|&c| !(c.is_lowercase() || c.is_ascii_digit() || c == ' ' || c == '\''))
    {
        return Err(format!(
            "has {c:?}: entries are lower case letters, digits, spaces and apostrophes"
        ));
    }
    let n = words(text).len();
    if n == 0 || n > MAX_ENTRY_WORDS {
        return Err(format!(
            "has {n} words; an entry has 1 to {MAX_ENTRY_WORDS}"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Thesaurus, ThesaurusError> {
        Thesaurus::parse(text, &mut Stems::default())
    }

    #[test]
    fn synonyms_come_from_every_group_of_a_word_by_its_stem() {
        let t = parse(
            r#"(groups: [["prod", "production", "live"], ["undo", "roll back", "revert"],
                ["live", "real time"]])"#,
        )
        .expect("loads");
        let texts = |key: &str| -> Vec<String> {
            t.synonyms(key, key)
                .iter()
                .map(|e| e.text.clone())
                .collect()
        };
        assert_eq!(texts("product"), vec!["prod", "live"]);
        assert_eq!(texts("live"), vec!["prod", "production", "real time"]);
        assert_eq!(texts("roll back"), vec!["undo", "revert"]);
        assert!(texts("deploy").is_empty());
        assert!(t.knows("roll back") && !t.knows("roll"));
    }

    #[test]
    fn a_word_sharing_its_stem_with_another_groups_word_stands_only_for_its_own_forms() {
        let mut stems = Stems::default();
        let t = Thesaurus::parse(
            r#"(groups: [["deploy", "ship"], ["deployable", "ready"]])"#,
            &mut stems,
        )
        .expect("loads");
        let texts = |word: &str| -> Vec<String> {
            let key = Stems::default().stem(word);
            t.synonyms(&key, word)
                .iter()
                .map(|e| e.text.clone())
                .collect()
        };
        // "deployable" stems to "deploy", but "deploying" does not mean "ready".
        assert_eq!(stems.stem("deployable"), stems.stem("deploying"));
        assert_eq!(texts("deploying"), vec!["ship"]);
        assert_eq!(texts("deployable"), vec!["ship", "ready"]);
        assert_eq!(texts("ready"), vec!["deployable"]);
    }

    #[test]
    fn phrases_are_found_in_a_run_of_stems() {
        let t =
            parse(r#"(groups: [["undo", "roll back"], ["sign off", "approv"]])"#).expect("loads");
        let stems = ["we", "roll", "back", "and", "sign", "off"];
        assert_eq!(t.phrases_at(&stems, 1), vec![("roll back".to_string(), 2)]);
        assert_eq!(t.phrases_at(&stems, 4), vec![("sign off".to_string(), 2)]);
        assert!(t.phrases_at(&stems, 0).is_empty());
        assert!(
            t.phrases_at(&stems, 5).is_empty(),
            "a phrase cut by the end"
        );
    }

    #[test]
    fn bad_files_name_the_group_and_the_problem() {
        let err = |text: &str| parse(text).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err(r#"(groups: [["a", "b"], ["only"]])"#).starts_with("group 2 (\"only\"): has 1")
        );
        assert!(err(r#"(groups: [["Prod", "live"]])"#).contains("has 'P'"));
        assert!(err(r#"(groups: [["sign-off", "ok"]])"#).contains("has '-'"));
        assert!(err(r#"(groups: [["one two three four", "x"]])"#).contains("has 4 words"));
        assert!(err(r#"(groups: [["deploy", "deploy"]])"#).contains("twice"));
        assert!(err(r#"(groups: [["a", "b"]"#).starts_with("line 1, column"));
    }
}
