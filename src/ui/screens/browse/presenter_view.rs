//! The presenter view: for a shared screen. No list and no borders; the
//! page in one centred column with wide margins, its links under it, and
//! one faint line of key hints. Rectangles come from
//! [`crate::ui::core::layout::Stage`], which mouse handling uses too.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::history::Page;
use crate::ui::core::layout::Stage;
use crate::ui::core::mode::{Focus, Mode};
use crate::ui::keys::keymap;
use crate::ui::widgets::hyperlink;

use crate::ui::screens::browse::page_marks as search_marks;
use crate::ui::widgets::pane::fit;

/// Draws the presenter view of the current page.
pub fn render(frame: &mut Frame, s: &Stage, app: &App) {
    page(frame, s, app);
    links(frame, s, app);
    hint(frame, s.hint, app);
}

fn page(frame: &mut Frame, s: &Stage, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let rows = usize::from(s.page.height);
    let lines = search_marks::page_lines(app, b.scroll.offset, rows);
    frame.render_widget(Paragraph::new(lines), s.page);
    search_marks::passage_bar(frame, s.page, app, b.scroll.offset);
    if app.hyperlinks {
        hyperlink::mark_doc(frame.buffer_mut(), s.page, &b.doc, b.scroll.offset);
    }
    if b.doc.len() > rows {
        // A thumb only, no track: where in the page we are, without clutter.
        let mut state = ScrollbarState::new(b.doc.len().saturating_sub(rows) + 1)
            .position(b.scroll.offset)
            .viewport_content_length(rows);
        let bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .thumb_style(t.scrollbar)
            .track_symbol(None)
            .begin_symbol(None)
            .end_symbol(None);
        frame.render_stateful_widget(bar, s.scrollbar, &mut state);
    }
}

fn links(frame: &mut Frame, s: &Stage, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let focused = b.focus == Focus::Links && app.mode == Mode::Browse;
    let count = b.links.len();
    let title = match b.page {
        Page::Symptom(_) => format!("Causes ({count})"),
        Page::AntiPattern(_) => format!("Cited by ({count})"),
    };
    let title_style = if focused { t.heading } else { t.subheading };
    frame.render_widget(Line::styled(title, title_style), s.links_title);

    let width = usize::from(s.links.width);
    let rows = usize::from(s.links.height);
    let lines = crate::ui::screens::browse::links_view::link_lines(
        app,
        focused,
        width,
        rows,
        (t.question, t.text),
    );
    frame.render_widget(Paragraph::new(lines), s.links);
}

/// One line: a start-up notice if there is one; else the keys (the
/// presenter key first, then the usual hints) and, on the right, the
/// status message or where we are.
fn hint(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let width = usize::from(area.width);
    if let Some(notice) = &app.notice {
        let text = format!(" {}", fit(notice, width.saturating_sub(1)));
        frame.render_widget(Line::styled(text, t.message), area);
        return;
    }
    let here = match app.browse.page {
        Page::Symptom(i) => format!("Symptom {} of {}", i + 1, app.graph.symptoms.len()),
        Page::AntiPattern(_) => "Anti-pattern".to_string(),
    };
    let right = app.message().map_or(here, str::to_string);
    let right = format!("{} ", fit(&right, width / 2).trim_end());
    let room = width.saturating_sub(right.chars().count());
    let presenter = keymap::table(app.mode).filter(|r| r.action == Action::TogglePresenter);
    let others =
        keymap::hints(app.mode, app.browse.focus).filter(|r| r.action != Action::TogglePresenter);
    let mut left = String::from(" ");
    for row in presenter.chain(others) {
        let Some(key) = row.keys.first() else {
            continue;
        };
        let item = format!("{} {}", keymap::key_name(*key), row.label);
        let sep = if left.trim().is_empty() { "" } else { " · " };
        if left.chars().count() + sep.len() + item.chars().count() + 1 > room {
            break;
        }
        left.push_str(sep);
        left.push_str(&item);
    }
    let pad = room.saturating_sub(left.chars().count());
    let line = Line::from(vec![
        Span::styled(left, t.dim),
        Span::styled(" ".repeat(pad), t.dim),
        Span::styled(right, t.dim),
    ]);
    frame.render_widget(line, area);
}
