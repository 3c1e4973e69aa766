//! What is saved, asked before opening: whether a session or its backup
//! exists, and ("Did you mean ...?") the saved session whose name is closest
//! to a name that does not exist yet, when it is close enough to be a typo.

use super::names::SessionName;
use super::sessions::Store;

impl Store {
    /// Whether session `name` has a file (a bad name has none).
    pub fn exists(&self, name: &str) -> bool {
        SessionName::parse(name).is_ok_and(|n| self.path_of(&n).exists())
    }

    /// Whether session `name` has a backup file (`NAME.ron.bak`).
    pub fn has_backup(&self, name: &str) -> bool {
        SessionName::parse(name).is_ok_and(|n| self.dir().join(n.backup_file_name()).exists())
    }

    /// The saved session `name` is most likely a typo of, when `name` itself
    /// is not saved (see [`closest`]).
    pub fn similar_saved(&self, name: &str) -> Option<String> {
        if self.exists(name) {
            return None;
        }
        // Names only: nothing is read (a typo check must not parse every file).
        let mut saved = self.names().ok()?;
        saved.sort();
        closest(name, saved.iter().map(String::as_str)).map(str::to_string)
    }
}

/// Folds a name for comparison: lower case, and spaces, `-` and `_` count as
/// one separator (so "Team-Alpha" and "team alpha" are the same name).
fn fold(name: &str) -> String {
    let mut out = String::new();
    for word in name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// How many edits a name of `len` characters may be away and still count as
/// a typo: one for short names, two from 6 characters, three from 12.
fn allowed_edits(len: usize) -> usize {
    match len {
        0..=2 => 0,
        3..=5 => 1,
        6..=11 => 2,
        _ => 3,
    }
}

/// The name in `existing` closest to `typed` (by edit distance on the folded
/// names, transpositions counting once), if it is within the typo allowance
/// and is not `typed` itself. Ties go to the earlier name in `existing`.
pub fn closest<'a>(typed: &str, existing: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let want = fold(typed);
    let limit = allowed_edits(want.chars().count());
    let mut best: Option<(usize, &str)> = None;
    for name in existing {
        if name == typed {
            return None;
        }
        let distance = strsim::damerau_levenshtein(&want, &fold(name));
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, name));
        }
    }
    best.map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_store_knows_what_is_saved_and_suggests_a_near_name() {
        let graph = crate::domain::load::embedded().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        assert!(!store.exists("team alpha"));
        assert_eq!(store.similar_saved("team alpa"), None, "nothing saved yet");
        let mut open = store.open_or_create("team alpha", &graph).unwrap();
        assert!(store.exists("team alpha"));
        assert!(!store.has_backup("team alpha"), "one write, no backup yet");
        store.save(&mut open).unwrap();
        assert!(
            store.has_backup("team alpha"),
            "the second write keeps a backup"
        );
        assert_eq!(
            store.similar_saved("team alpa").as_deref(),
            Some("team alpha")
        );
        assert_eq!(store.similar_saved("team alpha"), None, "it exists");
        assert_eq!(store.similar_saved("platform"), None);
        assert!(!store.exists("a/b"), "a bad name has no file");
    }

    #[test]
    fn a_typo_finds_the_saved_name() {
        let saved = ["retro 12", "team alpha", "team beta"];
        assert_eq!(closest("team alpa", saved), Some("team alpha"));
        assert_eq!(closest("taem alpha", saved), Some("team alpha"));
        assert_eq!(closest("Team-Alpha", saved), Some("team alpha"));
        assert_eq!(closest("retro 13", saved), Some("retro 12"));
    }

    #[test]
    fn a_different_name_finds_nothing() {
        let saved = ["team alpha", "team beta"];
        assert_eq!(closest("platform guild", saved), None);
        assert_eq!(closest("ab", ["ac"]), None, "two letters: no guessing");
        assert_eq!(closest("team gamma", saved), None);
    }

    #[test]
    fn the_closest_wins_and_the_name_itself_is_no_suggestion() {
        let saved = ["team alphas", "team alpha"];
        assert_eq!(closest("team alpa", saved), Some("team alpha"));
        assert_eq!(closest("team alpha", saved), None);
    }
}
