//! The page pane: a symptom or anti-pattern page, scrolled, with a scrollbar.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::ui::app::{App, Focus, Mode};
use crate::ui::history::Page;
use crate::ui::hyperlink;
use crate::ui::layout;

use super::{pane, scrollbar, search_marks};

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
    frame.render_widget(pane(title, focused, t), area);
    frame.render_widget(Paragraph::new(lines), text);
    search_marks::passage_bar(frame, text, app, b.scroll.offset);
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

#[cfg(test)]
mod tests {
    use crate::domain::load;
    use crate::ui::action::Action;
    use crate::ui::app::App;
    use crate::ui::panes::{test_draw, test_row};
    use crate::ui::theme::Theme;

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
