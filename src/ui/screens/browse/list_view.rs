//! The symptom list: number and title, one row each, with the team's mark
//! ("we see this") and how many of its questions are answered.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::domain::{Findings, Symptom};
use crate::ui::app::App;
use crate::ui::core::layout;
use crate::ui::core::mode::Focus;

use crate::ui::widgets::pane::{fit, pane, scrollbar};

/// Draws the list into `area`. Long titles are cut with "…" here only; the
/// page shows them in full.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let b = &app.browse;
    let focused = b.focus == Focus::List && app.mode == crate::ui::core::mode::Mode::Browse;
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
            let label = row(s, &app.session.findings, width);
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

/// The mark between a marked symptom's number and title.
pub const MARK: char = '✓';

/// One row: number, the mark (or a space), the title cut to fit, and for a
/// symptom marked or with answers, `answered/total` at the right
/// (" 8✓The Team Is Afraid…  1/3").
fn row(s: &Symptom, findings: &Findings, width: usize) -> String {
    let marked = findings.is_marked(&s.id);
    let done = crate::ui::document::reasons::answered(findings, &s.id, s.questions.len());
    let count = if marked || done > 0 {
        format!(" {done}/{}", s.questions.len())
    } else {
        String::new()
    };
    let mark = if marked { MARK } else { ' ' };
    let room = width.saturating_sub(count.chars().count());
    let label = fit(&format!("{:>2}{mark}{}", s.number, s.title), room);
    fit(&format!("{label}{count}"), width)
}

#[cfg(test)]
mod tests {
    use crate::domain::load;
    use crate::ui::app::App;
    use crate::ui::core::action::Action;
    use crate::ui::core::theme::Theme;
    use crate::ui::view::{test_draw, test_row};

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
    fn marked_symptoms_show_the_mark_and_their_answers_so_far() {
        use crate::domain::{Answer, QuestionRef};
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 80, 24);
        app.session.findings.toggle_mark("merge-freeze");
        app.session.findings.set_answer(
            QuestionRef {
                symptom: "release-manager-bottleneck".into(),
                index: 1,
            },
            Some(Answer::No),
        );
        let t = test_draw(&app);
        // Symptom 11, marked, none of its 3 questions answered yet.
        assert!(
            test_row(&t, 11).starts_with("│11✓Merge Freezes Before… 0/3│"),
            "{}",
            test_row(&t, 11)
        );
        // Symptom 16, not marked but answered once: the count, no mark.
        assert!(
            test_row(&t, 16).starts_with("│16 Releases Depend on O… 1/4│"),
            "{}",
            test_row(&t, 16)
        );
        // Neither: as before.
        assert!(test_row(&t, 8).starts_with("│ 8 The Team Is Afraid to De…│"));
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
