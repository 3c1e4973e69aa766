//! The triage checklist and the ranked causes: marking symptoms, starting
//! their questions, opening causes, and adding offered symptoms.

use crate::domain::Target;
use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::core::scroll::page_scroll;
use crate::ui::widgets::diagnosis_rows::Entry;

impl App {
    /// Opens the checklist, highlighting the symptom selected in the explorer
    /// when coming from there.
    pub(crate) fn open_checklist(&mut self) {
        if self.mode == Mode::Browse {
            self.triage.checklist.cursor.selected = self.browse.list.selected;
        }
        self.triage.digits = 0;
        self.enter(Mode::Checklist);
    }

    /// Shows the ranked causes from the top.
    pub(crate) fn open_ranking(&mut self) {
        self.triage.list = Default::default();
        self.triage.detail_scroll.to_top();
        self.enter(Mode::Ranked);
    }

    pub(crate) fn on_checklist(&mut self, action: Action) {
        if !matches!(action, Action::Digit(_)) {
            self.triage.digits = 0;
        }
        let list = &mut self.triage.checklist;
        match action {
            Action::Down => list.step(1),
            Action::Up => list.step(-1),
            Action::PageDown | Action::HalfPageDown => list.step(signed(list.rows)),
            Action::PageUp | Action::HalfPageUp => list.step(-signed(list.rows)),
            Action::Top => list.to_end(false),
            Action::Bottom => list.to_end(true),
            Action::ToggleMark => self.toggle_highlighted(),
            Action::AnswerQuestions => self.start_triage_walk(),
            Action::ShowRanking => self.open_ranking(),
            Action::Digit(d) => self.checklist_digit(usize::from(d)),
            Action::Leave => self.mode = Mode::Browse,
            _ => {}
        }
    }

    fn toggle_highlighted(&mut self) {
        let Some(id) = self
            .triage
            .checklist_symptom(&self.graph)
            .map(str::to_string)
        else {
            return;
        };
        let marked = self.session.findings.toggle_mark(&id);
        let number = self.graph.symptom(&id).map_or(0, |s| s.number);
        let verb = if marked { "Marked" } else { "Unmarked" };
        self.say(format!("{verb} {number}"));
    }

    /// A typed digit highlights a symptom by number ("1" then "1" is 11).
    fn checklist_digit(&mut self, d: usize) {
        let total = self.graph.symptoms.len();
        let longer = self.triage.digits * 10 + d;
        let number = if (1..=total).contains(&longer) {
            longer
        } else {
            d
        };
        if (1..=total).contains(&number) {
            self.triage.digits = number;
            self.triage.checklist.select(number - 1);
        } else {
            self.triage.digits = 0;
            self.say(format!("No symptom {number}: they go from 1 to {total}"));
        }
    }

    pub(crate) fn on_ranked(&mut self, action: Action) {
        let t = &mut self.triage;
        if page_scroll(&mut t.detail_scroll, action, t.detail.len(), t.detail_rows) {
            return;
        }
        match action {
            Action::Down => t.list.step(1),
            Action::Up => t.list.step(-1),
            Action::Top => t.list.to_end(false),
            Action::Bottom => t.list.to_end(true),
            Action::Open => match t.selected_entry().cloned() {
                Some(Entry::Cause(target)) => self.open_target(&target),
                Some(Entry::Offer { symptom, .. }) => self.open_target(&Target::Symptom(symptom)),
                _ => {}
            },
            Action::AddToTriage => match t.selected_entry().cloned() {
                Some(Entry::Offer { symptom, .. }) => {
                    self.add_to_triage(&symptom);
                }
                _ => self.say("Highlight a symptom offered below the causes to add it"),
            },
            Action::AnswerQuestions => self.start_triage_walk(),
            Action::OpenUrl => {
                let url = match t.selected_entry() {
                    Some(Entry::Cause(target)) => self.graph.target_url(target),
                    Some(Entry::Offer { symptom, .. }) => {
                        self.graph.symptom(symptom).map(|s| s.url.as_str())
                    }
                    _ => None,
                };
                let url = url.map(str::to_string);
                self.open_url(url);
            }
            Action::OpenTriage => self.open_checklist(),
            Action::Leave => self.mode = Mode::Browse,
            _ => {}
        }
        if matches!(
            action,
            Action::Down | Action::Up | Action::Top | Action::Bottom
        ) {
            self.triage.detail_scroll.to_top();
        }
    }
}

/// A row count as a signed step (at least 1).
pub(crate) fn signed(rows: usize) -> isize {
    isize::try_from(rows.max(1)).unwrap_or(1)
}
