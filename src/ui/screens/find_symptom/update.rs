//! The questionnaire's actions: choosing an answer (Enter or its number),
//! Back, Start over, opening the result's pages, marking its symptom.

use crate::domain::{LinkTo, Target, TriageView, TriageWalk};
use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;

use crate::ui::screens::find_symptom::state::Pick;

impl App {
    /// `F` on the main screen: opens the questionnaire where it was left
    /// (at its first question the first time), or says why there is none.
    pub(crate) fn open_find_symptom(&mut self) -> Option<Action> {
        let Some(triage) = self.graph.triage.as_ref() else {
            // The site's "Find your symptom" comes with the guide imported
            // from its source.
            self.say("This guide has no questionnaire (see cdtriage guide add)");
            return None;
        };
        if self.find_symptom.walk.is_none() {
            self.find_symptom.walk = Some(TriageWalk::new(triage));
        }
        self.return_to = None;
        self.mode = Mode::FindSymptom;
        None
    }

    /// Fits the questionnaire to the screen, when it is shown (under any overlay).
    pub(crate) fn fit_find_symptom(&mut self) {
        if self.base_mode() != Mode::FindSymptom {
            return;
        }
        if let Some(body) = crate::ui::core::diagnosis_layout::body(&self.screen) {
            self.find_symptom
                .fit(&self.graph, &self.session.findings, body);
        }
    }

    /// Applies an action on the questionnaire.
    pub(crate) fn find_symptom_update(&mut self, action: Action) -> Option<Action> {
        let f = &mut self.find_symptom;
        let rows = isize::try_from(f.list.rows.max(1)).unwrap_or(1);
        match action {
            Action::Down => f.list.step(1),
            Action::Up => f.list.step(-1),
            Action::PageDown | Action::HalfPageDown => f.list.step(rows),
            Action::PageUp | Action::HalfPageUp => f.list.step(-rows),
            Action::Top => f.list.to_end(false),
            Action::Bottom => f.list.to_end(true),
            Action::Open => match f.picked().cloned() {
                Some(Pick::Answer(n)) => self.take_answer(n),
                Some(Pick::Page(target)) => self.open_target(&target),
                Some(Pick::Url(url)) => self.open_url(Some(url)),
                _ => {}
            },
            Action::Digit(d) => self.answer_number(usize::from(d)),
            Action::PreviousQuestion => {
                let back = self
                    .find_symptom
                    .walk
                    .as_mut()
                    .is_some_and(TriageWalk::back);
                if !back {
                    self.say("This is the first question");
                }
            }
            Action::StartOver => {
                if let (Some(t), Some(w)) = (&self.graph.triage, &mut self.find_symptom.walk) {
                    w.start_over(t);
                }
            }
            Action::AddToTriage => self.mark_result_symptom(),
            Action::OpenTriage => self.open_checklist(),
            Action::OpenUrl => {
                let url = match self.find_symptom.picked() {
                    Some(Pick::Page(t)) => self.graph.target_url(t).map(str::to_string),
                    Some(Pick::Url(u)) => Some(u.clone()),
                    _ => None,
                };
                self.open_url(url);
            }
            Action::Leave => self.mode = Mode::Browse,
            _ => {}
        }
        self.find_symptom.show_tail();
        None
    }

    /// Takes answer `n` (from 0) of the question shown.
    fn take_answer(&mut self, n: usize) {
        if let (Some(t), Some(w)) = (&self.graph.triage, &mut self.find_symptom.walk) {
            w.answer(t, n);
        }
    }

    /// A typed number: that answer of the question shown.
    fn answer_number(&mut self, d: usize) {
        let count = match self.result_or_question() {
            Some(TriageView::Question(q)) => q.options.len(),
            _ => {
                let key = keymap::key(Mode::FindSymptom, Action::PreviousQuestion);
                self.say(format!("This is a result: {key} goes back to the question"));
                return;
            }
        };
        if (1..=count).contains(&d) {
            self.take_answer(d - 1);
        } else {
            self.say(format!("No answer {d}: they go from 1 to {count}"));
        }
    }

    fn result_or_question(&self) -> Option<TriageView<'_>> {
        let triage = self.graph.triage.as_ref()?;
        self.find_symptom.walk.as_ref()?.view(triage)
    }

    /// `+` on a result: marks its symptom "we see this" for the triage.
    fn mark_result_symptom(&mut self) {
        let Some(TriageView::Result(r)) = self.result_or_question() else {
            let key = keymap::key(Mode::FindSymptom, Action::AddToTriage);
            self.say(format!(
                "Answer the questions first: {key} marks the symptom of the result"
            ));
            return;
        };
        let (label, to) = (r.symptom.label.clone(), r.symptom.to.clone());
        let id = match to {
            LinkTo::Page(Target::Symptom(id)) if self.graph.symptom(&id).is_some() => id,
            LinkTo::Url(url) => {
                self.say(format!(
                    "{label} is not one of this guide's symptoms (it is on the site: {url})"
                ));
                return;
            }
            _ => {
                self.say(format!("{label} is not one of this guide's symptoms"));
                return;
            }
        };
        let Some(s) = self.graph.symptom(&id) else {
            return;
        };
        let number = s.number;
        if self.session.findings.is_marked(&id) {
            self.say(format!("Symptom {number} is already marked for the triage"));
            return;
        }
        self.session.findings.toggle_mark(&id);
        let key = keymap::key(Mode::FindSymptom, Action::OpenTriage);
        self.say(format!(
            "Marked symptom {number} for the triage ({key}: checklist)"
        ));
    }
}
