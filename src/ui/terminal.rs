//! The run loop, generic over the ratatui backend so tests can drive it with
//! a `TestBackend` and real key events, and the real terminal set-up around it.

use std::io::{self, Write, stdout};
use std::time::{Duration, Instant};

use anyhow::Result;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::terminal::LeaveAlternateScreen;
use ratatui::crossterm::{execute, queue};
use ratatui::layout::Size;

use crate::ui::app::App;
use crate::ui::core::action::Action;

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
/// nothing came. After an event, every event already pending (asked for
/// with a zero timeout) is handled before the next frame is drawn, so a
/// burst of input (a paste, keys typed ahead) costs one frame, not one each.
/// The session is saved by [`App::save_tick`] after every event and
/// timeout, and once more when the loop ends.
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
        // Save and look at the lock before drawing, so what they change
        // ("free again", a failed save) is on screen before the wait.
        let timeout = app.save_tick(Instant::now());
        terminal.draw(|frame| crate::ui::view::draw(frame, app))?;
        // The first frame is up: build the search index beside the loop.
        app.search.start_index(&app.graph);
        let mut input = next_input(timeout)?;
        let mut ended = false;
        loop {
            let stop = match input {
                Input::End => {
                    ended = true;
                    true
                }
                Input::Idle => true,
                Input::Event(event) => {
                    handle(app, event);
                    false
                }
            };
            app.save_tick(Instant::now());
            if stop || app.quit {
                break;
            }
            input = next_input(Some(Duration::ZERO))?;
        }
        if ended {
            break;
        }
    }
    app.flush_session()
        .map_err(|e| anyhow::anyhow!("the session's last changes could not be saved: {e}"))
}

/// One terminal event: a paste goes in as text, anything else through the
/// key tables.
fn handle(app: &mut App, event: Event) {
    match event {
        Event::Paste(text) => app.paste(&text),
        other => {
            if let Some(action) = app.action_for(&other) {
                apply(app, action);
            }
        }
    }
}

/// Turns off what [`run_in_terminal_with`] turned on besides raw mode:
/// bracketed paste, (if `mouse`) mouse capture, and the alternate screen.
/// Used on exit and by the panic hook, before ratatui restores the rest.
/// The alternate screen is left here, while raw mode is still on: ratatui
/// turns raw mode off first, and a Ctrl-C typed in that moment (a SIGINT
/// once raw mode is off) would leave the terminal on the alternate screen.
pub fn leave_modes(out: &mut impl Write, mouse: bool) -> io::Result<()> {
    queue!(out, DisableBracketedPaste)?;
    if mouse {
        queue!(out, DisableMouseCapture)?;
    }
    queue!(out, LeaveAlternateScreen)?;
    out.flush()
}

/// Waits up to `timeout` (or for ever) for a terminal event. A zero timeout
/// asks whether input is pending (see [`pending`]).
fn read_input(timeout: Option<Duration>) -> io::Result<Input> {
    match timeout {
        Some(t) if t.is_zero() && !pending()? => return Ok(Input::Idle),
        Some(t) if !t.is_zero() && !event::poll(t)? => return Ok(Input::Idle),
        _ => {}
    }
    event::read().map(Input::Event)
}

/// Whether the terminal has input waiting. crossterm's poll source never
/// looks when given a zero timeout, so ask poll(2) about standard input (the
/// terminal crossterm reads when it is one). Events crossterm has already
/// parsed but not returned are not seen: they cost at most one more frame.
#[cfg(unix)]
fn pending() -> io::Result<bool> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let stdin = io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
    let zero = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    loop {
        match poll(&mut fds, Some(&zero)) {
            Ok(n) => return Ok(n > 0),
            // A signal (a resize: SIGWINCH) interrupted the look; look again.
            Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e.into()),
        }
    }
}

#[cfg(not(unix))]
fn pending() -> io::Result<bool> {
    event::poll(Duration::ZERO)
}

/// Applies an action and every follow-up action it returns.
pub fn apply(app: &mut App, action: Action) {
    let mut next = Some(action);
    while let Some(action) = next {
        next = app.update(action);
    }
}

/// Runs the explorer in the real terminal: alternate screen, raw mode,
/// bracketed paste and mouse capture, all undone on exit, on error and on
/// panic.
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
    // ratatui's hook restores the terminal; ours runs first and turns off
    // bracketed paste and the mouse.
    let restore_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = leave_modes(&mut stdout(), mouse);
        restore_hook(info);
    }));
    let modes = execute!(stdout(), EnableBracketedPaste).and_then(|()| {
        if mouse {
            execute!(stdout(), EnableMouseCapture)
        } else {
            Ok(())
        }
    });
    let result = modes
        .map_err(anyhow::Error::from)
        .and_then(|()| run_loop_timed(&mut terminal, &mut app, read_input));
    let left = leave_modes(&mut stdout(), mouse);
    ratatui::restore();
    result?;
    left?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaving_turns_off_bracketed_paste_and_the_mouse() {
        let mut out = Vec::new();
        leave_modes(&mut out, true).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("\x1b[?2004l"), "{text:?}");
        assert!(text.contains("\x1b[?1000l"), "{text:?}");
        assert!(text.ends_with("\x1b[?1049l"), "{text:?}");
        let mut out = Vec::new();
        leave_modes(&mut out, false).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\x1b[?2004l\x1b[?1049l");
    }
}
