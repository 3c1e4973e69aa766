//! Drawing: [`draw`] lays the screen out from the app state, and one module
//! per pane or screen draws its part. Everything takes the app by shared
//! reference and only draws.

pub mod message_box;
pub mod status_bar;
pub mod too_small;

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

use ratatui::Frame;

use crate::ui::app::App;
use crate::ui::core::layout::Screen;
use crate::ui::core::mode::Mode;
use crate::ui::core::theme::Theme;
use crate::ui::document::{Doc, Role};

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
            let own = crate::ui::screens::beneath(app);
            let own_screen = own.is_some() || app.base_mode() == Mode::FindSymptom;
            let on_stage = app.presenter && !diagnosis && !own_screen;
            match app.base_mode() {
                _ if on_stage => {
                    crate::ui::screens::browse::presenter_view::render(frame, &p.stage, app)
                }
                _ if own.is_some() => crate::ui::screens::render(frame, app, own),
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
            if !on_stage && !presenting_question {
                status_bar::render(frame, p.status, app);
            }
            match app.mode {
                Mode::Help => crate::ui::screens::overlays::view::help(frame, p.help, app),
                Mode::About => crate::ui::screens::overlays::view::about(frame, p.about, app),
                Mode::Search => crate::ui::screens::search::view::render(frame, p.about, app),
                _ => crate::ui::screens::sessions::view::render(frame, p.about, app),
            }
            // Over everything: a message the status bar cannot show whole.
            if !on_stage && !presenting_question {
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

/// The theme style for a document role.
pub fn style_for(role: Role, t: &Theme) -> Style {
    match role {
        Role::Text => t.text,
        Role::Title => t.page_title,
        Role::Summary => t.summary,
        Role::Heading => t.heading,
        Role::Subheading => t.subheading,
        Role::Label => t.app_label,
        Role::Figure => t.figure,
        Role::Link => t.link,
        Role::Question => t.question,
        Role::Key => t.key,
        Role::Note => t.app_label.add_modifier(ratatui::style::Modifier::ITALIC),
    }
}

/// The lines of `doc` from `offset`, at most `rows` of them, styled.
pub fn visible_lines<'a>(doc: &'a Doc, offset: usize, rows: usize, t: &Theme) -> Vec<Line<'a>> {
    doc.lines
        .iter()
        .skip(offset)
        .take(rows)
        .map(|l| {
            Line::from(
                l.spans
                    .iter()
                    .map(|(role, s)| Span::styled(s.as_str(), style_for(*role, t)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

/// A bordered pane with a title, styled by whether it has focus.
pub fn pane<'a>(title: impl Into<Line<'a>>, focused: bool, t: &Theme) -> Block<'a> {
    let (border, title_style) = if focused {
        (t.border_focused, t.pane_title_focused)
    } else {
        (t.border, t.pane_title)
    };
    Block::bordered()
        .border_style(border)
        .title(title.into().style(title_style))
}

/// A vertical scrollbar on the right border of `area`, when the content is
/// longer than the view.
pub fn scrollbar(area: Rect, buf: &mut Buffer, len: usize, offset: usize, rows: usize, t: &Theme) {
    if len <= rows {
        return;
    }
    let mut state = ScrollbarState::new(len.saturating_sub(rows) + 1)
        .position(offset)
        .viewport_content_length(rows);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .thumb_style(t.scrollbar)
        .begin_symbol(None)
        .end_symbol(None)
        .render(area.inner(Margin::new(0, 1)), buf, &mut state);
}

/// `text` cut to `width` columns with a trailing "…" when it does not fit.
/// Only for labels whose full text is shown elsewhere (the page).
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return format!("{text:<width$}");
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    if width > 0 {
        cut.push('…');
    }
    cut
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

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_pads_or_cuts_with_an_ellipsis() {
        assert_eq!(fit("abc", 5), "abc  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 0), "");
    }
}
