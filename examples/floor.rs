//! The floor: the smallest ratatui app worth measuring.
//!
//! It draws a bordered paragraph with a line of text, a key counter and the
//! last key typed, and quits on `q`. The latency harness
//! (`examples/latency`) runs it beside cdtriage so the README can show how
//! far cdtriage is from what any ratatui program costs on the same machine.
//!
//! Run: `cargo run --release --example floor`

use ratatui::crossterm::event::{self, KeyCode};
use ratatui::widgets::{Block, Paragraph};
use ratatui::{DefaultTerminal, Frame};

/// What the floor app remembers between frames.
#[derive(Debug, Default)]
struct Floor {
    /// How many key presses have been seen.
    presses: u64,
    /// The last key pressed, as crossterm names it.
    last: Option<KeyCode>,
}

impl Floor {
    fn record(&mut self, code: KeyCode) {
        self.presses += 1;
        self.last = Some(code);
    }

    fn render(&self, frame: &mut Frame) {
        let last = self
            .last
            .map_or_else(|| "none".to_string(), |c| c.to_string());
        let text = vec![
            "Floor ready: a minimal ratatui app. Press q to quit.".into(),
            format!("Keys pressed: {}  Last key: {last}", self.presses).into(),
        ];
        let paragraph = Paragraph::new(text).block(Block::bordered().title("Floor"));
        frame.render_widget(paragraph, frame.area());
    }
}

fn run(terminal: &mut DefaultTerminal) -> std::io::Result<()> {
    let mut floor = Floor::default();
    loop {
        terminal.draw(|frame| floor.render(frame))?;
        if let Some(key) = event::read()?.as_key_press_event() {
            if key.code == KeyCode::Char('q') {
                return Ok(());
            }
            floor.record(key.code);
        }
    }
}

fn main() -> std::io::Result<()> {
    ratatui::run(run)
}
