//! What start-up costs before the first frame reaches the terminal:
//! parsing and validating the embedded graph, building the app (wrapping
//! the first page and its links) and drawing the first frame into a
//! `TestBackend`. `cargo bench --bench startup`.

use std::hint::black_box;

use cdtriage::domain::load;
use cdtriage::ui::app::App;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::view;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn startup(c: &mut Criterion) {
    c.bench_function("parse and validate the embedded graph", |b| {
        b.iter(|| black_box(load::embedded().expect("graph")));
    });
    let graph = load::embedded().expect("graph");
    c.bench_function("validate the embedded graph", |b| {
        b.iter(|| black_box(load::validate(&graph)));
    });
    c.bench_function("clone the graph", |b| {
        b.iter(|| black_box(graph.clone()));
    });
    c.bench_function("build the app at 100x30", |b| {
        b.iter(|| black_box(App::new(graph.clone(), Theme::dark(), 100, 30)));
    });
    let app = App::new(graph.clone(), Theme::dark(), 100, 30);
    c.bench_function("first draw at 100x30", |b| {
        b.iter(|| {
            let mut t = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
            t.draw(|f| view::draw(f, &app)).expect("draw");
            black_box(t);
        });
    });
    c.bench_function("all of it", |b| {
        b.iter(|| {
            let app = App::new(load::embedded().expect("graph"), Theme::dark(), 100, 30);
            let mut t = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
            t.draw(|f| view::draw(f, &app)).expect("draw");
            black_box(t);
        });
    });
}

criterion_group!(benches, startup);
criterion_main!(benches);
