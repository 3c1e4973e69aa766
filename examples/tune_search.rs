//! Tunes the search ranking's numbers ([`Params`]) on the query set with
//! two-fold cross-validation, so that what is chosen is judged on queries
//! it was not chosen on.
//!
//! The set (`tests/data/search_queries.ron`) is split in two halves,
//! alternating within each kind. On each half a coordinate search (one
//! number at a time, over a few values, two rounds) picks the numbers with
//! the best top-1 accuracy (top-3 breaks ties); they are then scored on the
//! other half. The figures to believe are the other-half ones.
//!
//! Run: `cargo run --release --example tune_search`

use cdtriage::domain::search::{Field, Params};
use cdtriage::domain::{Graph, SearchIndex, load};
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
enum Kind {
    Verbatim,
    Paraphrase,
    Spoken,
    Typo,
    AntiPattern,
}

#[derive(Debug, Clone, Deserialize)]
struct Case {
    kind: Kind,
    query: String,
    expect: Vec<String>,
}

/// (top-1, top-3) accuracy of `params` on `cases`.
fn score(graph: &Graph, params: &Params, cases: &[&Case]) -> (f64, f64) {
    let index = SearchIndex::with_params(graph, params.clone());
    let (mut one, mut three) = (0usize, 0usize);
    for c in cases {
        let r = index.search(&c.query, 3);
        let ids: Vec<&str> = r.pages.iter().map(|h| h.page.id()).collect();
        one += usize::from(ids.first().is_some_and(|p| c.expect.iter().any(|e| e == p)));
        three += usize::from(ids.iter().any(|p| c.expect.iter().any(|e| e == p)));
    }
    let n = cases.len().max(1) as f64;
    (100.0 * one as f64 / n, 100.0 * three as f64 / n)
}

/// One tunable number: how to set it, the values tried.
struct Knob {
    set: fn(&mut Params, f32),
    values: &'static [f32],
}

fn field(p: &mut Params, f: Field, v: f32) {
    if let Some(w) = p.weights.get_mut(f.index()) {
        *w = v;
    }
}

fn knobs() -> Vec<Knob> {
    vec![
        Knob {
            set: |p, v| p.k1 = v,
            values: &[0.8, 1.2, 1.6, 2.0],
        },
        Knob {
            set: |p, v| p.title_bonus = v,
            values: &[0.0, 0.25, 0.5, 1.0],
        },
        Knob {
            set: |p, v| p.proximity = v,
            values: &[0.0, 0.1, 0.25, 0.5],
        },
        Knob {
            set: |p, v| p.stop_weight = v,
            values: &[0.1, 0.2, 0.3, 0.5],
        },
        Knob {
            set: |p, v| p.phrase_words = v,
            values: &[0.3, 0.5, 0.75, 1.0],
        },
        Knob {
            set: |p, v| p.second_synonym = v,
            values: &[0.0, 0.2, 0.3, 0.4],
        },
        Knob {
            set: |p, v| p.synonym = v,
            values: &[0.4, 0.5, 0.6, 0.75],
        },
        Knob {
            set: |p, v| field(p, Field::Title, v),
            values: &[2.0, 3.0, 4.0, 5.0],
        },
        Knob {
            set: |p, v| field(p, Field::Summary, v),
            values: &[1.0, 1.5, 2.0, 3.0],
        },
        Knob {
            set: |p, v| field(p, Field::Seeing, v),
            values: &[0.6, 1.0, 1.5],
        },
        Knob {
            set: |p, v| field(p, Field::CauseText, v),
            values: &[0.3, 0.6, 1.0],
        },
        Knob {
            set: |p, v| field(p, Field::Cited, v),
            values: &[0.6, 1.0, 1.5],
        },
        Knob {
            set: |p, v| field(p, Field::Question, v),
            values: &[1.0, 1.5, 2.0],
        },
        Knob {
            set: |p, v| field(p, Field::Detail, v),
            values: &[0.3, 0.6, 1.0],
        },
    ]
}

/// Coordinate search from the defaults on `cases`.
fn tune(graph: &Graph, cases: &[&Case]) -> Params {
    let mut best = Params::default();
    let mut best_score = score(graph, &best, cases);
    for _round in 0..2 {
        for knob in knobs() {
            for &v in knob.values {
                let mut p = best.clone();
                (knob.set)(&mut p, v);
                let s = score(graph, &p, cases);
                if s > best_score {
                    best_score = s;
                    best = p;
                }
            }
        }
    }
    best
}

/// The tuned numbers that differ from the defaults.
fn describe(p: &Params) -> String {
    let d = Params::default();
    let mut changed = Vec::new();
    let mut note = |name: &str, a: f32, b: f32| {
        if (a - b).abs() > f32::EPSILON {
            changed.push(format!("{name} {b} -> {a}"));
        }
    };
    note("k1", p.k1, d.k1);
    note("title_bonus", p.title_bonus, d.title_bonus);
    note("proximity", p.proximity, d.proximity);
    note("stop_weight", p.stop_weight, d.stop_weight);
    note("synonym", p.synonym, d.synonym);
    note("second_synonym", p.second_synonym, d.second_synonym);
    note("phrase_words", p.phrase_words, d.phrase_words);
    for f in Field::ALL {
        note(f.as_str(), p.weight(f), d.weight(f));
    }
    if changed.is_empty() {
        "the defaults".into()
    } else {
        changed.join(", ")
    }
}

fn main() {
    let graph = load::embedded().expect("the embedded graph loads");
    let text =
        std::fs::read_to_string("tests/data/search_queries.ron").expect("run from the repository");
    let cases: Vec<Case> = ron::from_str(&text).expect("the query set parses");
    let mut halves: [Vec<&Case>; 2] = [Vec::new(), Vec::new()];
    for kind in [
        Kind::Verbatim,
        Kind::Paraphrase,
        Kind::Spoken,
        Kind::Typo,
        Kind::AntiPattern,
    ] {
        for (i, c) in cases.iter().filter(|c| c.kind == kind).enumerate() {
            halves[i % 2].push(c);
        }
    }
    let defaults = Params::default();
    println!(
        "| tuned on | params | top-1 / top-3 on the tuning half | on the other half | defaults on the other half |"
    );
    println!("|---|---|---|---|---|");
    for (a, b) in [(0, 1), (1, 0)] {
        let tuned = tune(&graph, &halves[a]);
        let on_a = score(&graph, &tuned, &halves[a]);
        let on_b = score(&graph, &tuned, &halves[b]);
        let base = score(&graph, &defaults, &halves[b]);
        println!(
            "| half {} | {} | {:.1}% / {:.1}% | {:.1}% / {:.1}% | {:.1}% / {:.1}% |",
            a + 1,
            describe(&tuned),
            on_a.0,
            on_a.1,
            on_b.0,
            on_b.1,
            base.0,
            base.1
        );
    }
}
