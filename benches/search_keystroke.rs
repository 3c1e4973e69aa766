//! The whole keystroke path of the search screen: one typed character
//! through the key table, `App::update` (which runs the query) and a draw
//! into a TestBackend, typing "merge freeze" a character at a time.
//!
//! Run: `cargo bench --bench search_keystroke`

use std::hint::black_box;

use cdtriage::domain::load;
use cdtriage::ui::app::App;
use cdtriage::ui::core::theme::Theme;
use cdtriage::ui::terminal::apply;
use cdtriage::ui::view;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const TYPED: &str = "merge freeze";

fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(action) = app.action_for(&event) {
        apply(app, action);
    }
}

fn keystroke(c: &mut Criterion) {
    let graph = load::embedded().expect("embedded graph loads");
    let (w, h) = (120, 40);
    let mut app = App::new(graph, Theme::dark(), w, h);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    press(&mut app, KeyCode::Char('/'));
    c.bench_function(
        "search: type \"merge freeze\", per keystroke (update + draw 120x40)",
        |b| {
            b.iter_custom(|iters| {
                let mut total = std::time::Duration::ZERO;
                for _ in 0..iters {
                    // Clearing the query is not timed; each typed char is.
                    app.search.input = Default::default();
                    app.search.refresh(&app.graph, &app.session);
                    let start = std::time::Instant::now();
                    for ch in TYPED.chars() {
                        press(&mut app, KeyCode::Char(ch));
                        terminal
                            .draw(|f| view::draw(f, black_box(&app)))
                            .expect("draw");
                    }
                    total += start.elapsed() / TYPED.chars().count() as u32;
                }
                total
            });
        },
    );
}

criterion_group!(benches, keystroke);
criterion_main!(benches);
