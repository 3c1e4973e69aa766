//! End to end: with hyperlinks on (the pty says `TERM=xterm-256color`), the
//! real terminal screen is exactly what the app draws without them, while
//! scrolling through the URL lines (which the diff writes as one cell each).
//! (The child inherits the environment: run outside tmux/screen and without
//! NO_HYPERLINKS or FORCE_HYPERLINK=0, or hyperlinks are off and this only
//! checks the plain screen.)

mod common;

use common::pty::Session;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

/// The rows the app draws at 80x24 after `steps`, hyperlinks off, each
/// trimmed at the end (as vt100 gives them).
fn expected(steps: &[&str]) -> Vec<String> {
    let mut a = app(80, 24);
    for step in steps {
        match *step {
            "<Enter>" => press(&mut a, &[key(KeyCode::Enter)]),
            keys => type_str(&mut a, keys),
        }
    }
    let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    t.draw(|f| cdtriage::ui::view::draw(f, &a)).expect("draw");
    let buf = t.backend().buffer();
    (0..24)
        .map(|y| {
            let row: String = (0..80).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect()
}

fn rows(contents: &str) -> Vec<String> {
    let mut rows: Vec<String> = contents.lines().map(|l| l.trim_end().to_string()).collect();
    rows.resize(24, String::new());
    rows
}

#[test]
fn scrolling_over_hyperlinks_leaves_the_screen_as_drawn() {
    let config = tempfile::tempdir().expect("temp dir");
    let mut s = Session::start_with(config.path(), &[]);
    s.wait_for("Symptoms (21)");
    // Symptom 11, page focused, to its end, then up line by line over the
    // "On the site" URL, and down again.
    let mut steps = vec!["11", "<Enter>", "G"];
    let send = |s: &mut Session, step: &'static str, steps: &mut Vec<&'static str>| {
        s.send(if step == "<Enter>" {
            b"\r"
        } else {
            step.as_bytes()
        });
        steps.push(step);
        let want = expected(steps);
        s.wait_until(&format!("the screen after {steps:?}"), |seen| {
            rows(&seen.contents) == want
        });
    };
    s.send(b"11\rG");
    let want = expected(&steps);
    s.wait_until("the end of symptom 11", |seen| rows(&seen.contents) == want);
    for _ in 0..6 {
        send(&mut s, "k", &mut steps);
    }
    for _ in 0..6 {
        send(&mut s, "j", &mut steps);
    }
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success(), "exit status {status:?}");
}
