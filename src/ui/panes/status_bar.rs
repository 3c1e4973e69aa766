//! The status bar: key hints for the current mode and focus, generated from
//! the key table, and a short message on the right. Hints come first; the
//! message gets the room that is left.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::keymap;

/// Draws the status bar into `area` (one row).
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let width = usize::from(area.width);
    let mut spans = Vec::new();
    let mut used = 0;
    for row in keymap::hints(app.mode, app.browse.focus) {
        let Some(key) = row.keys.first() else {
            continue;
        };
        let key = format!(" {} ", keymap::key_name(*key));
        let label = format!("{} ", row.label);
        let needed = key.chars().count() + label.chars().count();
        if used + needed > width {
            break;
        }
        used += needed;
        spans.push(Span::styled(key, t.key));
        spans.push(Span::styled(label, t.status));
    }
    let room = width.saturating_sub(used);
    let message = match app.message() {
        Some(m) if room > 4 => super::fit(m, room - 2).trim_end().to_string(),
        _ => String::new(),
    };
    let message = if message.is_empty() {
        message
    } else {
        format!(" {message} ")
    };
    let pad = room.saturating_sub(message.chars().count());
    spans.push(Span::styled(" ".repeat(pad), t.status));
    spans.push(Span::styled(message, t.message));
    frame.render_widget(Paragraph::new(Line::from(spans)).style(t.status), area);
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use crate::domain::load;
    use crate::ui::app::App;
    use crate::ui::theme::Theme;

    fn status_line(app: &App) -> String {
        let mut t = Terminal::new(TestBackend::new(app.area.width, 1)).expect("terminal");
        t.draw(|f| super::render(f, f.area(), app)).expect("draw");
        let buf = t.backend().buffer();
        (0..app.area.width).map(|x| buf[(x, 0)].symbol()).collect()
    }

    #[test]
    fn hints_follow_the_focus_and_the_message_gets_what_is_left() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 60, 20);
        // 8 + 8 + 12 + 15 + 8 = 51 columns; "0-9 go to №" (13 more) does not fit in 60.
        assert_eq!(
            status_line(&app).trim_end(),
            " ? help  q quit  Enter open  Tab next pane  b back"
        );
        app.browse.focus = crate::ui::app::Focus::Page;
        app.browse.message = Some("Opened Missing Deployment Pipeline".into());
        // 8 + 8 + 15 + 8 + 10 (/ search) + 10 (t triage) = 59: "a answer"
        // (10 more) does not fit, and 1 column is no room for a message.
        assert_eq!(
            status_line(&app),
            " ? help  q quit  Tab next pane  b back  / search  t triage  "
        );
        // At 80 the hints take 59 + 10 (a answer) = 69 columns ("n next
        // match", 14 more, does not fit); the message, with a space each
        // side, is cut to fit the other 11.
        app.update(crate::ui::action::Action::Resize {
            width: 80,
            height: 20,
        });
        app.browse.message = Some("Opened Missing Deployment Pipeline".into());
        assert_eq!(
            status_line(&app),
            " ? help  q quit  Tab next pane  b back  / search  t triage  a answer  Opened M… "
        );
    }
}
