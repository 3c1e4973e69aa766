//! The floor: the smallest ratatui app worth measuring.
//!
//! It draws a bordered paragraph with a line of text, a key counter and the
//! last key typed, and quits on `q`. The latency harness
//! (`examples/latency`) runs it beside cdtriage so the README can show how
//! far cdtriage is from what any ratatui program costs on the same machine.
//!
//! Run: `cargo run --release --example floor`. With `--tick-ms N` it also
//! redraws every N ms when no key comes (as apps with a tick loop do), which
//! is how the harness is checked against periodic same-screen redraws.

use std::time::Duration;

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

fn run(terminal: &mut DefaultTerminal, tick: Option<Duration>) -> std::io::Result<()> {
    let mut floor = Floor::default();
    loop {
        terminal.draw(|frame| floor.render(frame))?;
        if let Some(tick) = tick
            && !event::poll(tick)?
        {
            continue;
        }
        if let Some(key) = event::read()?.as_key_press_event() {
            if key.code == KeyCode::Char('q') {
                return Ok(());
            }
            floor.record(key.code);
        }
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let tick = match args.get(1..) {
        Some([flag, ms]) if flag == "--tick-ms" => match ms.parse() {
            Ok(ms) => Some(Duration::from_millis(ms)),
            Err(_) => return Err(std::io::Error::other(format!("--tick-ms {ms:?}"))),
        },
        Some([]) | None => None,
        Some(_) => return Err(std::io::Error::other("usage: floor [--tick-ms N]")),
    };
    ratatui::run(|terminal| run(terminal, tick))
}
