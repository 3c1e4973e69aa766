//! The guided questions' UI state: the walk on screen, the screen it was
//! started from, the question text wrapped for the screen, and the summary at
//! the end of one symptom's questions. The answers themselves live in the
//! session's `Findings` (the domain); this is only where the team is.

use crate::domain::diagnosis::Walk;

use crate::ui::core::diagnosis_layout::{ListRects, QuestionRects};
use crate::ui::core::mode::Mode;
use crate::ui::core::scroll::Scroll;
use crate::ui::document::Doc;
use crate::ui::widgets::diagnosis_rows::Entry;
use crate::ui::widgets::item_list::ItemList;

/// The guided questions and the per-symptom summary.
#[derive(Debug, Clone, Default)]
pub struct Guided {
    pub walk: Walk,
    /// The symptom of a one-symptom walk; `None` for a triage walk.
    pub symptom: Option<String>,
    /// Where Esc goes back to.
    pub origin: Option<Mode>,
    /// The guide's text of the question on screen, wrapped.
    pub doc: Doc,
    /// This app's prompt, wrapped.
    pub prompt: Doc,
    pub scroll: Scroll,
    pub rects: QuestionRects,
    /// The summary's rows and what each stands for.
    pub summary: ItemList,
    pub entries: Vec<Entry>,
    /// The highlighted summary row's detail.
    pub detail: Doc,
    pub detail_scroll: Scroll,
    pub summary_rects: ListRects,
}

impl Guided {
    /// Where Esc returns to.
    pub fn origin(&self) -> Mode {
        self.origin.unwrap_or(Mode::Browse)
    }

    /// The entry of the highlighted summary row, if it is selectable.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.summary.selected().and_then(|i| self.entries.get(i))
    }
}
