//! Drawing: [`draw`] lays the screen out from the app state, and one module
//! per pane or screen draws its part. Everything takes the app by shared
//! reference and only draws.

pub mod message_box;
pub mod status_bar;
pub mod too_small;

use ratatui::Frame;

use crate::ui::app::App;
use crate::ui::core::layout::Screen;
use crate::ui::core::mode::Mode;

/// Draws `app` into the frame.
pub fn draw(frame: &mut Frame, app: &App) {
    // The run loop resizes the app before drawing; if a size change slipped
    // in between, draw nothing rather than into rectangles that do not fit.
    if frame.area() != app.area {
        return;
    }
    // Themes that paint their own background (high contrast) paint it here.
    let area = frame.area();
    frame.buffer_mut().set_style(area, app.theme.text);
    match app.screen {
        Screen::TooSmall { area } => too_small::render(frame, area, app),
        Screen::Main(p) => {
            // The presenter view replaces the main screen (also under the
            // session screens). A question draws as usual without the status bar;
            // the summary, checklist and ranked screens draw as usual.
            let diagnosis = matches!(
                app.base_mode(),
                Mode::Question | Mode::Summary | Mode::Checklist | Mode::Ranked
            );
            // The screens in `screens/` draw themselves (also under their prompts).
            let own = beneath(app);
            let own_screen = own.is_some() || app.base_mode() == Mode::FindSymptom;
            let on_stage = app.presenter && !diagnosis && !own_screen;
            match app.base_mode() {
                _ if on_stage => {
                    crate::ui::screens::browse::presenter_view::render(frame, &p.stage, app)
                }
                _ if own.is_some() => render_own(frame, app, own),
                Mode::Question => crate::ui::screens::questions::view::render(frame, app),
                Mode::Summary => crate::ui::screens::triage::view::summary(frame, app),
                Mode::Checklist => crate::ui::screens::triage::view::checklist(frame, app),
                Mode::Ranked => crate::ui::screens::triage::view::ranked(frame, app),
                Mode::FindSymptom => crate::ui::screens::find_symptom::view::render(frame, app),
                // The search screen covers the whole main area.
                Mode::Search => {}
                // The main screen, also under the session screens.
                _ => {
                    crate::ui::screens::browse::list_view::render(frame, p.list, app);
                    crate::ui::screens::browse::page_view::render(frame, p.page, app);
                    crate::ui::screens::browse::links_view::render(frame, p.links, app);
                }
            }
            // A question is already one centred box: in the presenter view
            // it only loses the status bar.
            let presenting_question = app.presenter && app.base_mode() == Mode::Question;
            let bar = !on_stage && !presenting_question;
            let overflows = bar && status_bar::render(frame, p.status, app);
            match app.mode {
                Mode::Help => crate::ui::screens::overlays::view::help(frame, p.help, app),
                Mode::About => crate::ui::screens::overlays::view::about(frame, p.about, app),
                Mode::Search => crate::ui::screens::search::view::render(frame, p.about, app),
                _ => crate::ui::screens::sessions::view::render(frame, p.about, app),
            }
            // Over everything: a message the status bar cannot show whole.
            if overflows {
                message_box::render(frame, p.status, app);
            }
            if let Some(text) = &app.copy {
                crate::ui::widgets::clipboard::mark(
                    frame.buffer_mut(),
                    p.status.x,
                    p.status.y,
                    text,
                );
            }
        }
    }
}

/// The screen of a `screens/` folder that draws itself (actions, since) under the current mode, if any: its own
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
fn render_own(frame: &mut Frame, app: &App, screen: Option<Mode>) {
    match screen {
        Some(Mode::Actions) => crate::ui::screens::actions::view::render(frame, app),
        Some(Mode::Since) => crate::ui::screens::since::view::render(frame, app),
        _ => {}
    }
}

/// Draws `app` into a test terminal of its size (for the panes' unit tests).
#[cfg(test)]
pub fn test_draw(app: &App) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let backend = ratatui::backend::TestBackend::new(app.area.width, app.area.height);
    let mut t = ratatui::Terminal::new(backend).expect("test terminal");
    t.draw(|f| draw(f, app)).expect("draw");
    t
}

/// The text of row `y` of a test terminal.
#[cfg(test)]
pub fn test_row(t: &ratatui::Terminal<ratatui::backend::TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}
