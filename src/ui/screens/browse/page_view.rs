//! The page pane: a symptom or anti-pattern page, scrolled, with a scrollbar.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::core::action::Action;
use crate::ui::keys::keymap;

use crate::ui::app::App;
use crate::ui::core::history::Page;
use crate::ui::core::layout;
use crate::ui::core::mode::{Focus, Mode};
use crate::ui::widgets::hyperlink;

use crate::ui::screens::browse::page_marks as search_marks;
use crate::ui::widgets::pane::{pane, scrollbar};

/// Draws the current page into `area`.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let focused = b.focus == Focus::Page && app.mode == Mode::Browse;
    let title = match b.page {
        Page::Symptom(i) => format!(" Symptom {} of {} ", i + 1, app.graph.symptoms.len()),
        Page::AntiPattern(_) => " Anti-pattern ".to_string(),
    };
    let text = layout::text_area(area);
    let rows = usize::from(text.height);
    let doc = &b.doc;
    let lines = search_marks::page_lines(app, b.scroll.offset, rows);
    let step = app.fix_step_in_view();
    let mut block = pane(title, focused, t);
    if let Some(hint) = step.and_then(|s| fix_step_hint(app, s, area.width)) {
        block = block.title_bottom(Line::from(hint).style(t.key));
    }
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines), text);
    search_marks::passage_bar(frame, text, app, b.scroll.offset);
    if let Some(s) = step {
        mark_step(frame, text, app, s);
    }
    if app.hyperlinks {
        hyperlink::mark_doc(frame.buffer_mut(), text, doc, b.scroll.offset);
    }
    scrollbar(
        area,
        frame.buffer_mut(),
        doc.len(),
        b.scroll.offset,
        rows,
        t,
    );
}

/// " X → action item: Step 2: ... ", cut to fit the pane's bottom border.
fn fix_step_hint(app: &App, step: usize, width: u16) -> Option<String> {
    let Page::AntiPattern(i) = app.browse.page else {
        return None;
    };
    let part = app.graph.anti_patterns.get(i)?.fix_steps().get(step)?;
    let key = keymap::key_for(Mode::Browse, Action::FixStepToAction)?;
    let hint = format!("{key} → action item: {}", part.title);
    let room = usize::from(width).saturating_sub(6);
    let cut = crate::ui::widgets::pane::fit(&hint, room.min(hint.chars().count()));
    Some(format!(" {} ", cut.trim_end()))
}

/// "▶" in the blank column left of the heading of the step in view.
fn mark_step(frame: &mut Frame, text: Rect, app: &App, step: usize) {
    let b = &app.browse;
    let Some(line) = b.doc.steps.get(step).map(|r| r.start) else {
        return;
    };
    let Some(row) = line
        .checked_sub(b.scroll.offset)
        .filter(|r| *r < usize::from(text.height))
    else {
        return;
    };
    let (Some(x), Ok(row)) = (text.x.checked_sub(1), u16::try_from(row)) else {
        return;
    };
    if let Some(cell) = frame.buffer_mut().cell_mut((x, text.y + row)) {
        cell.set_symbol("▶").set_style(app.theme.key);
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::load;
    use crate::ui::app::App;
    use crate::ui::core::action::Action;
    use crate::ui::core::theme::Theme;
    use crate::ui::view::{test_draw, test_row};

    #[test]
    fn the_title_names_the_page_and_the_text_scrolls() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 80, 24);
        for action in [Action::Digit(1), Action::Digit(1), Action::FocusNext] {
            app.update(action);
        }
        let t = test_draw(&app);
        assert!(test_row(&t, 0).contains("Symptom 11 of 21"));
        assert!(test_row(&t, 1).contains(" 11. Merge Freezes Before Deployments "));
        app.update(Action::Down);
        let t = test_draw(&app);
        assert!(
            !test_row(&t, 1).contains("11. Merge Freezes"),
            "scrolled one line"
        );
        // The page pane's right border (column 79) carries the scrollbar.
        assert_eq!(t.backend().buffer()[(79, 1)].symbol(), "█");
    }
}
