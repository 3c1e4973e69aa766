//! Screens that own their folder: state, key table, update and view (the
//! shape issue 11 asks for). Each is reached through an [`crate::ui::core::mode::Mode`]
//! and routed to by `App::update`.

pub mod actions;
pub mod browse;
pub mod find_symptom;
pub mod overlays;
pub mod questions;
pub mod search;
pub mod sessions;
pub mod since;
pub mod triage;

use jiff::civil::Date;
use ratatui::Frame;

use crate::ui::app::App;
use crate::ui::core::mode::Mode;

/// Today's local date, unless a test fixed it.
pub fn today(fixed: Option<Date>) -> Date {
    fixed.unwrap_or_else(|| jiff::Zoned::now().date())
}

/// The screen of this folder drawn under the current mode, if any: its own
/// mode, or a prompt or question that returns to it.
pub fn beneath(app: &App) -> Option<Mode> {
    let own = |m: Mode| matches!(m, Mode::Actions | Mode::Since).then_some(m);
    match app.base_mode() {
        Mode::NameInput => app.sessions.prompt.as_ref().and_then(|p| own(p.back)),
        Mode::Confirm => app.sessions.confirm.as_ref().and_then(|c| own(c.back)),
        m => own(m),
    }
}

/// Draws the screen [`beneath`] named.
pub fn render(frame: &mut Frame, app: &App, screen: Option<Mode>) {
    match screen {
        Some(Mode::Actions) => actions::view::render(frame, app),
        Some(Mode::Since) => since::view::render(frame, app),
        _ => {}
    }
}
