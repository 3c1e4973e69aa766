//! The question screen: the guide's question large, its detail and the cause
//! it points at; under a rule, this app's reading of it (labelled as the
//! app's: which answer points where, where a shared answer came from, what
//! the recorded answer did) and the four answers, the current one highlighted.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::Answer;
use crate::ui::app::App;

use crate::ui::widgets::pane::{pane, scrollbar, visible_lines};

/// The key shown for each answer on screen (the help lists 1-4 as well).
fn key_of(a: Answer) -> char {
    match a {
        Answer::Yes => 'y',
        Answer::No => 'n',
        Answer::Unsure => 'u',
        Answer::Skip => 's',
    }
}

/// Draws the question screen.
pub fn render(frame: &mut Frame, app: &App) {
    let t = &app.theme;
    let g = &app.guided;
    let Some(q) = g.walk.current() else {
        return;
    };
    let p = g.walk.progress();
    let kind = if g.symptom.is_some() {
        "Guided questions"
    } else {
        "Triage questions"
    };
    let title = format!(" {kind}: {} of {} ", p.number, p.total);
    frame.render_widget(pane(title, true, t), g.rects.frame);

    let rows = usize::from(g.rects.text.height);
    let text = visible_lines(&g.doc, g.scroll.offset, rows, t);
    frame.render_widget(Paragraph::new(text), g.rects.text);
    scrollbar(
        g.rects.frame,
        frame.buffer_mut(),
        g.doc.len(),
        g.scroll.offset,
        rows,
        t,
    );

    let width = usize::from(g.rects.prompt.width);
    let mut lines = vec![Line::styled("─".repeat(width), t.border)];
    lines.extend(visible_lines(&g.prompt, 0, g.prompt.len(), t));
    let current = app.session.findings.answer(q);
    let mut choices: Vec<Span> = Vec::new();
    for a in Answer::ALL {
        let style = if current == Some(a) {
            t.selected
        } else {
            t.text
        };
        let key_style = if current == Some(a) {
            t.selected
        } else {
            t.key
        };
        choices.push(Span::styled(format!("[{}]", key_of(a)), key_style));
        choices.push(Span::styled(format!(" {} ", a.label()), style));
        choices.push(Span::raw("  "));
    }
    lines.push(Line::from(choices));
    frame.render_widget(Paragraph::new(lines), g.rects.prompt);
}
