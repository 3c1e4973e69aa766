//! The message shown instead of the panes when the terminal is too small.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::core::layout::{MIN_HEIGHT, MIN_WIDTH};

/// The message for a terminal of `width` x `height`, as lines to centre:
/// one line when it fits in `width`, else its three parts.
pub fn message(width: u16, height: u16) -> Vec<String> {
    let parts = [
        "terminal too small:".to_string(),
        format!("need at least {MIN_WIDTH}x{MIN_HEIGHT},"),
        format!("have {width}x{height}"),
    ];
    let one = parts.join(" ");
    if one.chars().count() <= usize::from(width) {
        vec![one]
    } else {
        parts.to_vec()
    }
}

/// Draws the message centred in `area`. Whatever does not fit is clipped,
/// which only happens below 20x3.
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let lines = message(area.width, area.height);
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let centre = area.centered(Constraint::Fill(1), Constraint::Length(height));
    let text: Vec<Line> = lines.into_iter().map(Line::from).collect();
    frame.render_widget(
        Paragraph::new(text).style(app.theme.text).centered(),
        centre,
    );
}

#[cfg(test)]
mod tests {
    use super::message;

    #[test]
    fn the_message_is_one_line_when_it_fits() {
        assert_eq!(
            message(59, 24),
            ["terminal too small: need at least 60x15, have 59x24"]
        );
        // The one-line form is 51 columns: at 50 it splits into its parts.
        assert_eq!(
            message(50, 10),
            ["terminal too small:", "need at least 60x15,", "have 50x10"]
        );
    }
}
