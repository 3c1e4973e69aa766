//! The stems and thesaurus that `build.rs` works out at compile time from
//! `assets/graph.ron` and `assets/thesaurus.ron` (see `build_tables.rs`), so
//! the index is built without parsing the thesaurus or stemming the guide.

use super::analyze::Stems;
use super::thesaurus::Thesaurus;

include!(concat!(env!("OUT_DIR"), "/search_tables.rs"));

/// A stemmer that knows the embedded words' stems.
pub fn stems() -> Stems {
    Stems::with_table(STEMS)
}

/// The embedded thesaurus.
pub fn thesaurus() -> Thesaurus {
    Thesaurus::from_groups(THESAURUS.iter().map(|group| {
        group
            .iter()
            .map(|(text, stems)| {
                let stems = stems.iter().map(|s| (*s).to_string()).collect();
                ((*text).to_string(), stems)
            })
            .collect()
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::EMBEDDED_THESAURUS;

    #[test]
    fn the_generated_tables_equal_a_parse_of_the_files() {
        let parsed = Thesaurus::parse(EMBEDDED_THESAURUS, &mut Stems::default())
            .expect("assets/thesaurus.ron loads");
        assert_eq!(thesaurus().to_groups(), parsed.to_groups());
        let plain = Stems::default();
        assert!(STEMS.len() > 2000, "{}", STEMS.len());
        assert!(
            STEMS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, no repeats"
        );
        for (word, stem) in STEMS {
            assert_eq!(plain.stem_uncached(word), *stem, "{word}");
        }
    }
}
