//! From a fix step to an action item: on an anti-pattern page imported from
//! the site's source, the fix step the reader is on (the one marked on the
//! page) becomes an action item in two keys: the step key opens the action
//! item prompt with the step's title, linked to the anti-pattern, and Enter
//! (after typing `@owner due:...` if wanted) adds it.

use std::ops::Range;

use crate::domain::ActionItem;

use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::history::Page;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;
use crate::ui::widgets::dialogs::{Prompt, PromptFor};

/// The fix step in view, of `steps` (each step's lines), when the page is
/// scrolled to `top` with `rows` rows visible: the step under the reading
/// line (a third of the way down), else the visible step nearest to it.
pub fn in_view(steps: &[Range<usize>], top: usize, rows: usize) -> Option<usize> {
    let bottom = top + rows.max(1);
    let reading = top + rows / 3;
    let distance = |r: &Range<usize>| {
        if reading < r.start {
            r.start - reading
        } else {
            reading.saturating_sub(r.end.saturating_sub(1))
        }
    };
    steps
        .iter()
        .enumerate()
        .filter(|(_, r)| r.start < bottom && r.end > top)
        .min_by_key(|(_, r)| distance(r))
        .map(|(i, _)| i)
}

impl App {
    /// The index of the fix step in view on the page shown, if any.
    pub fn fix_step_in_view(&self) -> Option<usize> {
        let rows = self.viewport()?.page_rows;
        in_view(&self.browse.doc.steps, self.browse.scroll.offset, rows)
    }

    /// The step key: the step in view becomes an action item (the prompt
    /// opens prefilled); with no step in view, the page scrolls to its
    /// first step and says how to go on.
    pub(crate) fn fix_step_to_action(&mut self) -> Option<Action> {
        let Page::AntiPattern(i) = self.browse.page else {
            self.say("Open a cause's page for its fix steps");
            return None;
        };
        let a = self.graph.anti_patterns.get(i)?;
        if a.fix_steps().is_empty() {
            self.say("This page has no fix steps (see cdtriage guide add)");
            return None;
        }
        let Some(step) = self.fix_step_in_view() else {
            if let Some(first) = self.browse.doc.steps.first() {
                self.browse.scroll.offset = first.start;
                self.browse.focus = crate::ui::core::mode::Focus::Page;
            }
            let key = keymap::key(Mode::Browse, Action::FixStepToAction);
            self.say(format!(
                "▶ marks the step in view: {key} makes it an action item"
            ));
            return None;
        };
        let item = ActionItem::for_fix_step(a, step, crate::storage::now())?;
        let text = format!("{} ", item.text);
        let cause = item.cause;
        self.sessions.prompt = Some(Prompt::new(
            PromptFor::ActionItem { cause },
            &text,
            Mode::Browse,
        ));
        self.mode = Mode::NameInput;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::in_view;

    #[test]
    fn the_step_under_the_reading_line_else_the_nearest_visible_one() {
        let steps = [10..20, 20..40, 40..45];
        // Rows 0-8: no step visible.
        assert_eq!(in_view(&steps, 0, 9), None);
        // Rows 0-11: step 0's heading shows at the bottom; it is the nearest.
        assert_eq!(in_view(&steps, 0, 12), Some(0));
        // Rows 15-26, reading line 19: step 0.
        assert_eq!(in_view(&steps, 15, 12), Some(0));
        // Rows 18-29, reading line 22: step 1, though step 0 still shows.
        assert_eq!(in_view(&steps, 18, 12), Some(1));
        // Past the last step, while it still shows: the last step.
        assert_eq!(in_view(&steps, 43, 12), Some(2));
        assert_eq!(in_view(&steps, 45, 12), None);
        assert_eq!(in_view(&[], 0, 12), None);
    }
}
