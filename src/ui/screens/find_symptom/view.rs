//! Drawing "Find your symptom": one centred box with the question and its
//! answers (or the result), the highlighted row in the selection style.

use ratatui::Frame;

use crate::ui::app::App;
use crate::ui::widgets::diagnosis_list::list;

/// Draws the questionnaire.
pub fn render(frame: &mut Frame, app: &App) {
    let f = &app.find_symptom;
    list(frame, f.area, &f.list, f.title(), &app.theme);
}
