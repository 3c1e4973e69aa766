//! The symptom list: number and title, one row each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::app::{App, Focus};
use crate::ui::layout;

use super::{fit, pane, scrollbar};

/// Draws the list into `area`. Long titles are cut with "…" here only; the
/// page shows them in full.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let focused = b.focus == Focus::List && app.mode == crate::ui::app::Mode::Browse;
    let count = app.graph.symptoms.len();
    let block = pane(format!(" Symptoms ({count}) "), focused, t);
    let inner = layout::inner(area);
    let width = usize::from(inner.width);
    let rows = usize::from(inner.height);
    let lines: Vec<Line> = app
        .graph
        .symptoms
        .iter()
        .enumerate()
        .skip(b.list.offset)
        .take(rows)
        .map(|(i, s)| {
            let label = fit(&format!("{:>2} {}", s.number, s.title), width);
            let style = match (i == b.list.selected, focused) {
                (true, true) => t.selected,
                (true, false) => t.selected_unfocused,
                (false, _) => t.text,
            };
            Line::styled(label, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines).block(block), area);
    scrollbar(area, frame.buffer_mut(), count, b.list.offset, rows, t);
}

#[cfg(test)]
mod tests {
    use crate::domain::load;
    use crate::ui::action::Action;
    use crate::ui::app::App;
    use crate::ui::panes::{test_draw, test_row};
    use crate::ui::theme::Theme;

    #[test]
    fn long_titles_are_cut_in_the_list_only() {
        let graph = load::embedded().expect("embedded graph loads");
        let app = App::new(graph, Theme::dark(), 80, 24);
        let t = test_draw(&app);
        // 30 columns, borders leave 28: "11 " and 25 of the title with "…".
        assert!(test_row(&t, 11).starts_with("│11 Merge Freezes Before Dep…│"));
        assert!(test_row(&t, 8).starts_with("│ 8 The Team Is Afraid to De…│"));
        // At 160 columns the list is 36 wide (34 inside): symptom 8 fits whole.
        let graph = load::embedded().expect("embedded graph loads");
        let t = test_draw(&App::new(graph, Theme::dark(), 160, 45));
        assert!(test_row(&t, 8).starts_with("│ 8 The Team Is Afraid to Deploy   │"));
    }

    #[test]
    fn the_list_scrolls_to_keep_the_selection_visible() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 60, 15);
        app.update(Action::Bottom);
        let t = test_draw(&app);
        // 15 rows - status bar - borders = 12 visible: symptoms 10 to 21.
        assert!(
            test_row(&t, 1).starts_with("│10 Releases"),
            "{}",
            test_row(&t, 1)
        );
        assert!(
            test_row(&t, 12).starts_with("│21 Features"),
            "{}",
            test_row(&t, 12)
        );
    }
}
