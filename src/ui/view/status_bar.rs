//! The status bar: the team session's name and whether it is saved, key
//! hints for the current mode and focus (generated from the key table), and a
//! short message on the right. The session comes first, then the hints; the
//! message gets the room that is left.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::keys::keymap;

/// The session part of the bar (name and whether it is saved).
fn session_part(app: &App) -> String {
    format!(" {} ", app.sessions.state.status(&app.session))
}

/// Whether `message` fits whole in a bar `width` columns wide beside the
/// session part; one that does not is shown in a box above the bar
/// (`message_box.rs`) and the bar keeps its key hints.
fn fits(session: &str, message: Option<&str>, width: u16) -> bool {
    message.is_none_or(|m| session.chars().count() + m.chars().count() + 2 <= usize::from(width))
}

#[cfg(test)]
fn message_fits(app: &App, width: u16) -> bool {
    fits(&session_part(app), app.message(), width)
}

/// Draws the status bar into `area` (one row). Returns whether the app's
/// message is too long for it, to be shown whole above it instead.
pub fn render(frame: &mut Frame, area: Rect, app: &App) -> bool {
    let t = &app.theme;
    let width = usize::from(area.width);
    let session = session_part(app);
    let overflows = !fits(&session, app.message(), area.width);
    if let Some(notice) = &app.notice {
        // A start-up warning takes the whole bar until the next key.
        let text = format!(
            " {}",
            crate::ui::widgets::pane::fit(notice, width.saturating_sub(1))
        );
        frame.render_widget(Paragraph::new(text).style(t.message), area);
        return overflows;
    }
    // A message too long for the bar is drawn whole above it instead.
    let message = app.message().filter(|_| !overflows);
    let session = crate::ui::widgets::pane::fit(&session, width.min(session.chars().count()));
    let mut used = session.chars().count();
    let mut spans = vec![Span::styled(session, t.pane_title_focused)];
    // A message is news: it takes the room it needs from the key hints
    // (the help still lists every key), so it is never cut while it fits.
    let reserve = message.map_or(0, |m| {
        (m.chars().count() + 2).min(width.saturating_sub(used))
    });
    for row in keymap::hints(app.mode, app.browse.focus).filter(|r| app.offers(r.action)) {
        let Some(key) = row.keys.first() else {
            continue;
        };
        let key = format!(" {} ", keymap::key_name(*key));
        let label = format!("{} ", row.label);
        let needed = key.chars().count() + label.chars().count();
        if used + needed + reserve > width {
            break;
        }
        used += needed;
        spans.push(Span::styled(key, t.key));
        spans.push(Span::styled(label, t.status));
    }
    let room = width.saturating_sub(used);
    let message = match message {
        Some(m) if room > 4 => crate::ui::widgets::pane::fit(m, room - 2)
            .trim_end()
            .to_string(),
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
    overflows
}

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use crate::domain::load;
    use crate::ui::app::App;
    use crate::ui::core::theme::Theme;

    fn status_line(app: &App) -> String {
        let mut t = Terminal::new(TestBackend::new(app.area.width, 1)).expect("terminal");
        t.draw(|f| {
            super::render(f, f.area(), app);
        })
        .expect("draw");
        let buf = t.backend().buffer();
        (0..app.area.width).map(|x| buf[(x, 0)].symbol()).collect()
    }

    #[test]
    fn a_long_message_takes_the_hints_room_rather_than_being_cut() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 100, 20);
        let url = "https://beyond.minimumcd.org/docs/anti-patterns/pipeline/manual-deployments/";
        let message = format!("No browser here. URL: {url}");
        app.browse.message = Some(message.clone());
        // The message is 98 characters (+2 padding). At 100 columns only 74
        // are left after the 26-column session part: it is never cut, it
        // goes to the box above the bar, and the bar keeps its hints; at 130
        // there are 104, and it shows whole in the bar.
        assert!(!super::message_fits(&app, 100));
        let line = status_line(&app);
        assert!(
            !line.contains("No browser") && line.contains("? help"),
            "{line}"
        );
        app.update(crate::ui::core::action::Action::Resize {
            width: 130,
            height: 20,
        });
        let line = status_line(&app);
        assert!(line.contains(&message), "{line}");
        assert!(!line.contains("? help"), "the hints made room: {line}");
    }

    #[test]
    fn hints_follow_the_focus_and_the_message_gets_what_is_left() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 60, 20);
        // The session part takes 26 columns, the hints 8 + 8 + 10 = 26;
        // "Enter open" (12 more) does not fit in 60: search is kept before it.
        assert_eq!(
            status_line(&app).trim_end(),
            " no session (S opens one)  ? help  q quit  / search"
        );
        app.browse.focus = crate::ui::core::mode::Focus::Page;
        app.browse.message = Some("Opened Missing Deployment Pipeline".into());
        // Session 26 + message 34 + 2 = 62 > 60: not cut in the bar but
        // shown whole above it (`message_box.rs`); the bar keeps its hints.
        assert!(!super::message_fits(&app, 60));
        assert!(
            status_line(&app).starts_with(" no session (S opens one)  ? help  q quit"),
            "{}",
            status_line(&app)
        );
        // At 80 the message keeps 34 + 2 = 36 columns: session 26 + 8 + 8
        // = 42 fits, "Tab next pane" (15 more) does not; the message gets
        // the 38 columns left, 2 of them padding.
        app.update(crate::ui::core::action::Action::Resize {
            width: 80,
            height: 20,
        });
        app.browse.message = Some("Opened Missing Deployment Pipeline".into());
        assert_eq!(
            status_line(&app),
            " no session (S opens one)  ? help  q quit    Opened Missing Deployment Pipeline "
        );
    }
}
