//! Draws the whole screen from the app state. Reads only.

use ratatui::Frame;

use super::app::{App, Mode};
use super::layout::Screen;
use super::panes;

/// Draws `app` into the frame.
pub fn draw(frame: &mut Frame, app: &App) {
    // The run loop resizes the app before drawing; if a size change slipped
    // in between, draw nothing rather than into rectangles that do not fit.
    if frame.area() != app.area {
        return;
    }
    match app.screen {
        Screen::TooSmall { area } => panes::too_small::render(frame, area, app),
        Screen::Main(p) => {
            panes::symptom_list::render(frame, p.list, app);
            panes::page::render(frame, p.page, app);
            panes::links::render(frame, p.links, app);
            panes::status_bar::render(frame, p.status, app);
            match app.mode {
                Mode::Browse => {}
                Mode::Help => panes::help::render(frame, p.help, app),
                Mode::About => panes::about::render(frame, p.about, app),
            }
        }
    }
}
