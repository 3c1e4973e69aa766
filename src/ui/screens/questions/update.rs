//! The question screen and the per-symptom summary: starting a walk,
//! answering, going back, leaving, and acting on the summary's rows.

use crate::domain::Answer;
use crate::domain::diagnosis::Walk;
use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::layout;
use crate::ui::core::mode::Mode;
use crate::ui::core::words::{and_list, plural};
use crate::ui::document::question::recorded;
use crate::ui::keys::keymap;
use crate::ui::screens::questions::state::Guided;
use crate::ui::widgets::diagnosis_rows::Entry;

use crate::ui::core::scroll::page_scroll;

impl App {
    /// Starts one symptom's questions at its first unanswered one (or at the
    /// first, to review, when all are answered).
    pub(crate) fn start_symptom_walk(&mut self, id: String) {
        let origin = self.mode;
        self.start_walk(Walk::for_symptom(&self.graph, &id), Some(id), origin);
    }

    /// Starts the questions of every marked symptom in turn.
    pub(crate) fn start_triage_walk(&mut self) {
        if self.session.findings.marked.is_empty() {
            let key = keymap::key(Mode::Checklist, Action::ToggleMark);
            self.say(format!("Mark the symptoms you see first ({key})"));
            return;
        }
        let walk = Walk::for_triage(&self.graph, &self.session.findings);
        let origin = self.mode;
        self.start_walk(walk, None, origin);
    }

    fn start_walk(&mut self, mut walk: Walk, symptom: Option<String>, origin: Mode) {
        if walk.is_empty() {
            self.say("No questions to answer here");
            return;
        }
        walk.resume(&self.session.findings);
        let mut note = if walk.is_done() {
            walk = walk.restarted();
            Some("All answered already: here is the first to review".to_string())
        } else if walk.position() > 0 {
            Some(format!(
                "Resuming at question {} of {}, the first unanswered",
                walk.position() + 1,
                walk.len()
            ))
        } else {
            None
        };
        if walk.passed_over() > 0 {
            let key = keymap::key(Mode::Question, Action::RevisitShared);
            let passed = format!(
                "{} already answered on another symptom passed over ({key} shows them)",
                plural(walk.passed_over(), "question")
            );
            note = Some(match note {
                Some(n) => format!("{n}; {passed}"),
                None => passed,
            });
        }
        self.guided = Guided {
            walk,
            symptom,
            origin: Some(origin),
            ..Guided::default()
        };
        self.enter(Mode::Question);
        if let Some(note) = note {
            self.say(note);
        }
    }

    pub(crate) fn on_question(&mut self, action: Action) {
        match action {
            Action::Answer(a) => self.answer(a),
            Action::PreviousQuestion => {
                if self.guided.walk.back() {
                    self.guided.scroll.to_top();
                } else {
                    self.say("This is the first question");
                }
            }
            Action::Leave => self.leave_walk(),
            Action::RevisitShared => self.revisit_shared(),
            Action::OpenUrl => {
                let target = self
                    .guided
                    .walk
                    .current()
                    .and_then(|q| self.graph.question(q))
                    .map(|q| q.target.clone());
                let url = target.and_then(|t| self.url_of(&t));
                self.open_url(url);
            }
            other => {
                let g = &mut self.guided;
                let (len, rows) = (g.doc.len(), usize::from(g.rects.text.height));
                if !page_scroll(&mut g.scroll, other, len, rows) {
                    match other {
                        Action::Down => g.scroll.by(1, len, rows),
                        Action::Up => g.scroll.by(-1, len, rows),
                        Action::Top => g.scroll.to_top(),
                        Action::Bottom => g.scroll.to_bottom(len, rows),
                        _ => {}
                    }
                }
            }
        }
    }

    /// Records an answer for the question on screen (marking its symptom as
    /// seen if needed) and moves on: to the next question, or at the end to
    /// the summary (one symptom) or the ranked causes (triage).
    fn answer(&mut self, answer: Answer) {
        let Some(q) = self.guided.walk.current().cloned() else {
            return;
        };
        let findings = &mut self.session.findings;
        let marked_now = !findings.is_marked(&q.symptom) && {
            findings.toggle_mark(&q.symptom);
            true
        };
        self.guided.walk.answer(findings, answer);
        self.guided.scroll.to_top();
        let mut message = recorded(&self.graph, &q, answer);
        let copies: Vec<String> = self
            .session
            .findings
            .copies_of(&q)
            .filter_map(|c| self.graph.symptom(&c.symptom).map(|s| s.number.to_string()))
            .collect();
        if !copies.is_empty() {
            message.push_str(&format!(
                " · filled in on {} (same question)",
                and_list(&copies)
            ));
        }
        if self.guided.walk.is_done() {
            if self.guided.symptom.is_some() {
                self.guided.summary = Default::default();
                self.guided.detail_scroll.to_top();
                self.mode = Mode::Summary;
            } else {
                self.open_ranking();
            }
        }
        if marked_now {
            let number = self.graph.symptom(&q.symptom).map_or(0, |s| s.number);
            message.push_str(&format!(" · marked {number} as seen"));
        }
        self.say(message);
    }

    /// Shows the questions the triage walk passed over because they were
    /// answered on another symptom: going back now stops at them, and the
    /// walk no longer passes over any.
    fn revisit_shared(&mut self) {
        let passed = self.guided.walk.passed_over();
        if !self.guided.walk.skips_shared() {
            self.say("Every question is shown already");
            return;
        }
        self.guided.walk.revisit();
        let back = keymap::key(Mode::Question, Action::PreviousQuestion);
        self.say(if passed > 0 {
            format!(
                "Showing every question now: {back} goes back to the {} answered on another symptom",
                plural(passed, "question")
            )
        } else {
            "Showing every question now, also those answered on another symptom".to_string()
        });
    }

    fn leave_walk(&mut self) {
        let answered = self
            .guided
            .walk
            .questions()
            .iter()
            .filter(|q| self.session.findings.answer(q).is_some())
            .count();
        let total = self.guided.walk.len();
        self.mode = self.guided.origin();
        self.say(format!(
            "Left the questions; {answered} of {total} answered, kept"
        ));
    }

    pub(crate) fn on_summary(&mut self, action: Action) {
        let g = &mut self.guided;
        let rows = usize::from(layout::text_area(g.summary_rects.detail).height);
        if page_scroll(&mut g.detail_scroll, action, g.detail.len(), rows) {
            return;
        }
        let list = &mut g.summary;
        match action {
            Action::Down => list.step(1),
            Action::Up => list.step(-1),
            Action::Top => list.to_end(false),
            Action::Bottom => list.to_end(true),
            Action::Open => match self.guided.selected_entry().cloned() {
                Some(Entry::Cause(t)) => self.open_target(&t),
                Some(Entry::Offer { symptom, .. }) => {
                    self.open_target(&crate::domain::Target::Symptom(symptom));
                }
                Some(Entry::ContinueToTriage) => self.open_checklist(),
                _ => {}
            },
            Action::OpenTriage => self.open_checklist(),
            Action::OpenUrl => {
                let url = match self.guided.selected_entry() {
                    Some(Entry::Cause(t)) => self.url_of(t),
                    Some(Entry::Offer { symptom, .. }) => {
                        self.graph.symptom(symptom).map(|s| s.url.clone())
                    }
                    _ => None,
                };
                self.open_url(url);
            }
            Action::AddToTriage => match self.guided.selected_entry().cloned() {
                Some(Entry::Offer { symptom, .. }) => {
                    self.add_to_triage(&symptom);
                }
                _ => self.say("Highlight a symptom offered for the triage to add it"),
            },
            Action::PreviousQuestion => {
                self.guided.walk.back();
                self.mode = Mode::Question;
            }
            Action::Leave => self.mode = self.guided.origin(),
            _ => {}
        }
        if matches!(
            action,
            Action::Down | Action::Up | Action::Top | Action::Bottom
        ) {
            self.guided.detail_scroll.to_top();
        }
    }
}
