//! Search speed: one query per keystroke while typing "worried about pushing
//! to production" (top 10 pages with their passages and snippets, the last
//! word matched as still being typed, as the search screen does), over the
//! embedded graph and over it replicated 10x and 100x with synthetic ids;
//! and the time to build the index.
//!
//! Run: `cargo bench --bench search`

use std::hint::black_box;

use cdtriage::domain::{Graph, SearchIndex, Target, load};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const TYPED: &str = "worried about pushing to production";

fn rename(target: &Target, n: usize) -> Target {
    match target {
        Target::AntiPattern(id) => Target::AntiPattern(format!("{id}-r{n}")),
        Target::Symptom(id) => Target::Symptom(format!("{id}-r{n}")),
    }
}

/// The embedded graph's pages `times` over, each copy with ids `{id}-r{n}`.
fn replicate(base: &Graph, times: usize) -> Graph {
    let mut symptoms = Vec::new();
    let mut anti_patterns = Vec::new();
    for n in 0..times {
        for s in &base.symptoms {
            let mut s = s.clone();
            s.id = format!("{}-r{n}", s.id);
            for c in &mut s.causes {
                c.target = rename(&c.target, n);
            }
            for q in &mut s.questions {
                q.target = rename(&q.target, n);
            }
            s.most_common_cause = rename(&s.most_common_cause, n);
            symptoms.push(s);
        }
        for a in &base.anti_patterns {
            let mut a = a.clone();
            a.id = format!("{}-r{n}", a.id);
            anti_patterns.push(a);
        }
    }
    Graph::new(
        base.id.clone(),
        base.version.clone(),
        base.section.clone(),
        symptoms,
        anti_patterns,
    )
}

/// Every prefix of the typed query: "w", "wo", ..., the whole phrase.
fn keystrokes() -> Vec<&'static str> {
    TYPED
        .char_indices()
        .map(|(i, c)| &TYPED[..i + c.len_utf8()])
        .collect()
}

fn bench(c: &mut Criterion) {
    let Ok(base) = load::embedded() else {
        eprintln!("the embedded graph does not load");
        return;
    };
    let prefixes = keystrokes();
    let mut group = c.benchmark_group("keystroke");
    for times in [1usize, 10, 100] {
        let graph = replicate(&base, times);
        let index = SearchIndex::new(&graph);
        // One iteration types the whole query; criterion reports the time per
        // keystroke because throughput is counted in elements.
        group.throughput(criterion::Throughput::Elements(prefixes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("typing", format!("{times}x")),
            &index,
            |b, index| {
                b.iter(|| {
                    for q in &prefixes {
                        black_box(index.search_as_typed(black_box(q), 10));
                    }
                });
            },
        );
    }
    group.finish();

    let mut group = c.benchmark_group("per_prefix_1x");
    let index = SearchIndex::new(&base);
    for q in &prefixes {
        let name = format!("{q:?}");
        group.bench_with_input(BenchmarkId::from_parameter(name), q, |b, q| {
            b.iter(|| black_box(index.search_as_typed(black_box(q), 10)));
        });
    }
    group.finish();

    let mut group = c.benchmark_group("build");
    group.sample_size(20);
    for times in [1usize, 100] {
        let graph = replicate(&base, times);
        group.bench_with_input(
            BenchmarkId::new("index", format!("{times}x")),
            &graph,
            |b, g| {
                b.iter(|| black_box(SearchIndex::new(g)));
            },
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
