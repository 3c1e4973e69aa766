//! The screens drawn over the main one: the help overlay (the key tables as
//! text) and the About screen. Both are a scrollable document in a box.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::ui::app::App;
use crate::ui::screens::overlays::state::Overlay;

use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;
use crate::ui::widgets::pane::{scrollbar, visible_lines};
use crate::ui::widgets::popup::popup;

/// The help's title, naming the keys that close it.
pub fn help_title() -> String {
    format!(
        " Help: keys ({} closes) ",
        keymap::keys_for(Mode::Help, Action::ToggleHelp)
    )
}
/// The About screen's title, naming the keys that close it.
pub fn about_title() -> String {
    format!(
        " About ({} closes) ",
        keymap::keys_for(Mode::About, Action::ToggleAbout)
    )
}

/// Draws the help overlay into `area`.
pub fn help(frame: &mut Frame, area: Rect, app: &App) {
    render(frame, area, app, &app.help, &help_title());
}

/// Draws the About screen into `area`.
pub fn about(frame: &mut Frame, area: Rect, app: &App) {
    render(frame, area, app, &app.about, &about_title());
}

fn render(frame: &mut Frame, area: Rect, app: &App, o: &Overlay, title: &str) {
    let t = &app.theme;
    let text = popup(frame, area, title, t);
    let rows = usize::from(text.height);
    let lines = visible_lines(&o.doc, o.scroll.offset, rows, t);
    frame.render_widget(Paragraph::new(lines).style(t.text), text);
    scrollbar(
        area,
        frame.buffer_mut(),
        o.doc.len(),
        o.scroll.offset,
        rows,
        t,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;
    use crate::ui::core::action::Action;
    use crate::ui::core::theme::Theme;

    fn screen(app: &App) -> String {
        crate::ui::view::test_draw(app).backend().to_string()
    }

    #[test]
    fn help_scrolls_to_its_last_line() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 80, 24);
        app.update(Action::ToggleHelp);
        assert!(screen(&app).contains(help_title().trim()));
        assert!(
            !screen(&app).contains("Mouse"),
            "the mouse notes start below"
        );
        app.update(Action::Bottom);
        let s = screen(&app);
        assert!(s.contains("Mouse") && s.contains("pointer."), "{s}");
    }

    #[test]
    fn about_covers_the_whole_main_area() {
        let graph = load::embedded().expect("embedded graph loads");
        let mut app = App::new(graph, Theme::dark(), 80, 24);
        app.update(Action::ToggleAbout);
        let s = screen(&app);
        assert!(s.contains(about_title().trim()));
        assert!(
            !s.contains("Symptoms (21)"),
            "the list is hidden under About"
        );
    }
}
