//! The run loop, generic over the ratatui backend so tests can drive it with
//! a `TestBackend` and real key events, and the real terminal set-up around it.

use std::io::{self, stdout};
use std::time::{Duration, Instant};

use anyhow::Result;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::layout::Size;

use super::action::Action;
use super::app::App;
use super::panes;

/// What waiting for input gave.
#[derive(Debug)]
pub enum Input {
    /// A terminal event.
    Event(Event),
    /// The wait timed out: time to save.
    Idle,
    /// No more input: stop.
    End,
}

/// Draws, reads an event, updates, until the app quits or `next_event`
/// returns `None` (end of input). Before each draw the app learns the
/// terminal's current size, so a missed resize event cannot misdraw.
/// Unsaved session changes are written when the loop ends.
pub fn run_loop<B>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    mut next_event: impl FnMut() -> io::Result<Option<Event>>,
) -> Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
{
    run_loop_timed(terminal, app, |_| {
        next_event().map(|e| e.map_or(Input::End, Input::Event))
    })
}

/// [`run_loop`] with saving on time: `next_input(timeout)` waits at most
/// `timeout` (`None`: until input comes) and returns [`Input::Idle`] when
/// nothing came. The session is saved by [`App::save_tick`] after every
/// event and timeout, and once more when the loop ends.
pub fn run_loop_timed<B>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    mut next_input: impl FnMut(Option<Duration>) -> io::Result<Input>,
) -> Result<()>
where
    B: Backend,
    B::Error: Send + Sync + 'static,
{
    while !app.quit {
        let Size { width, height } = terminal.size()?;
        if (width, height) != (app.area.width, app.area.height) {
            apply(app, Action::Resize { width, height });
        }
        terminal.draw(|frame| panes::draw(frame, app))?;
        // The first frame is up: build the search index beside the loop.
        app.search.start_index(&app.graph);
        let timeout = app.save_tick(Instant::now());
        match next_input(timeout)? {
            Input::End => break,
            Input::Idle => {}
            Input::Event(event) => {
                if let Some(action) = app.action_for(&event) {
                    apply(app, action);
                }
            }
        }
        app.save_tick(Instant::now());
    }
    app.flush_session()
        .map_err(|e| anyhow::anyhow!("the session's last changes could not be saved: {e}"))
}

/// Waits up to `timeout` (or for ever) for a terminal event.
fn read_input(timeout: Option<Duration>) -> io::Result<Input> {
    if let Some(t) = timeout
        && !event::poll(t)?
    {
        return Ok(Input::Idle);
    }
    event::read().map(Input::Event)
}

/// Applies an action and every follow-up action it returns.
pub fn apply(app: &mut App, action: Action) {
    let mut next = Some(action);
    while let Some(action) = next {
        next = app.update(action);
    }
}

/// Runs the explorer in the real terminal: alternate screen, raw mode and
/// mouse capture, all undone on exit, on error and on panic.
pub fn run_in_terminal(app: App) -> Result<()> {
    run_in_terminal_with(app, true)
}

/// [`run_in_terminal`], capturing the mouse only if `mouse` is set
/// (`settings.ron`'s `mouse: false` leaves it to the terminal).
pub fn run_in_terminal_with(mut app: App, mouse: bool) -> Result<()> {
    let mut terminal = match ratatui::try_init() {
        Ok(terminal) => terminal,
        Err(err) => {
            // Raw mode may be on even though the alternate screen failed.
            ratatui::restore();
            return Err(err.into());
        }
    };
    // ratatui's hook restores the terminal; ours runs first and releases the mouse.
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        restore_hook(info);
    }));
    let capture = if mouse {
        execute!(stdout(), EnableMouseCapture)
    } else {
        Ok(())
    };
    let result = capture
        .map_err(anyhow::Error::from)
        .and_then(|()| run_loop_timed(&mut terminal, &mut app, read_input));
    let mouse = if mouse {
        execute!(stdout(), DisableMouseCapture)
    } else {
        Ok(())
    };
    ratatui::restore();
    result?;
    mouse?;
    Ok(())
}
