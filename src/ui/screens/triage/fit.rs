//! Fitting the diagnosis screens to the terminal after each action: the
//! question text and prompt wrapped, the lists rebuilt from the findings, the
//! highlighted row's detail written, every offset kept in range. Drawing then
//! only reads.

use crate::domain::diagnosis::{diagnose, symptom_summary};
use crate::ui::app::App;
use crate::ui::core::diagnosis_layout::{self as dl, ListRects};
use crate::ui::core::layout;
use crate::ui::core::mode::Mode;
use crate::ui::document::{self, Builder, Doc, Role, reasons};
use crate::ui::screens::triage::state::{checklist_rows, ranked_rows};
use crate::ui::widgets::diagnosis_rows::Entry;
use crate::ui::widgets::ruled_out;
use crate::ui::widgets::summary_rows::summary_rows;

/// The detail's share of the room on the list screens, in percent.
const SUMMARY_DETAIL: u16 = 45;
const CHECKLIST_DETAIL: u16 = 35;
const RANKED_DETAIL: u16 = 55;

impl App {
    /// Fits the diagnosis screen shown (under any overlay).
    pub(crate) fn fit_diagnosis(&mut self) {
        let Some(body) = dl::body(&self.screen) else {
            return;
        };
        match self.base_mode() {
            Mode::Question => self.fit_question(body),
            Mode::Summary => self.fit_summary(dl::list_and_detail(body, SUMMARY_DETAIL)),
            Mode::Checklist => self.fit_checklist(dl::list_and_detail(body, CHECKLIST_DETAIL)),
            Mode::Ranked => self.fit_ranked(dl::list_and_detail(body, RANKED_DETAIL)),
            _ => {}
        }
    }

    fn fit_question(&mut self, body: ratatui::layout::Rect) {
        let g = &mut self.guided;
        let Some(q) = g.walk.current().cloned() else {
            return;
        };
        let width = dl::question_width(body);
        g.prompt = document::question::prompt(&self.graph, &self.session.findings, &q, width);
        let prompt_rows = u16::try_from(g.prompt.len()).unwrap_or(u16::MAX);
        let triage = g
            .symptom
            .is_none()
            .then(|| triage_position(g.walk.questions(), &q.symptom));
        g.doc = document::question::question(&self.graph, &q, triage, width);
        let text_rows = u16::try_from(g.doc.len()).unwrap_or(u16::MAX);
        g.rects = dl::question(body, prompt_rows, text_rows);
        g.scroll
            .clamp(g.doc.len(), usize::from(g.rects.text.height));
    }

    fn fit_summary(&mut self, rects: ListRects) {
        let g = &mut self.guided;
        let Some(symptom) = g.symptom.clone() else {
            return;
        };
        g.summary_rects = rects;
        let inner = layout::inner(rects.list);
        let (items, entries) =
            summary_rows(&self.graph, &self.session.findings, &symptom, inner.width);
        g.summary.set_items(items, usize::from(inner.height));
        g.entries = entries;
        let text = layout::text_area(rects.detail);
        g.detail = match g.summary.selected().and_then(|i| g.entries.get(i)) {
            Some(Entry::Cause(t)) => {
                let out = symptom_summary(&self.graph, &self.session.findings, &symptom)
                    .and_then(|s| s.ruled_out.into_iter().find(|r| r.target == *t));
                match out {
                    Some(r) => ruled_out::detail(&self.graph, &r, text.width),
                    None => reasons::summary_cause(
                        &self.graph,
                        &self.session.findings,
                        &symptom,
                        t,
                        text.width,
                    ),
                }
            }
            Some(Entry::Offer { symptom, why }) => {
                reasons::offered_symptom(&self.graph, symptom, why, text.width, Mode::Summary)
            }
            Some(Entry::ContinueToTriage) => continue_doc(text.width),
            _ => Doc::default(),
        };
        g.detail_scroll
            .clamp(g.detail.len(), usize::from(text.height));
    }

    fn fit_checklist(&mut self, rects: ListRects) {
        let t = &mut self.triage;
        t.rects = rects;
        let inner = layout::inner(rects.list);
        let items = checklist_rows(&self.graph, &self.session.findings, inner.width);
        t.checklist.set_items(items, usize::from(inner.height));
        let text = layout::text_area(rects.detail);
        t.checklist_detail = match t.checklist_symptom(&self.graph) {
            Some(id) => {
                reasons::checklist_symptom(&self.graph, &self.session.findings, id, text.width)
            }
            None => Doc::default(),
        };
    }

    fn fit_ranked(&mut self, rects: ListRects) {
        let t = &mut self.triage;
        t.rects = rects;
        let d = diagnose(&self.graph, &self.session.findings);
        (t.ranked, t.ruled_out) = (d.ranked, d.ruled_out);
        let inner = layout::inner(rects.list);
        let (items, entries) = ranked_rows(
            &self.graph,
            &self.session.findings,
            &t.ranked,
            &t.ruled_out,
            inner.width,
        );
        t.list.set_items(items, usize::from(inner.height));
        t.entries = entries;
        let text = layout::text_area(rects.detail);
        t.detail = match t.selected_entry() {
            Some(Entry::Cause(target)) => match (t.ranked_cause(target), t.ruled_out_cause(target))
            {
                (Some((n, c)), _) => reasons::ranked(&self.graph, n, c, text.width),
                (None, Some(r)) => ruled_out::detail(&self.graph, r, text.width),
                (None, None) => Doc::default(),
            },
            Some(Entry::Offer { symptom, why }) => {
                reasons::offered_symptom(&self.graph, symptom, why, text.width, Mode::Ranked)
            }
            _ => Doc::default(),
        };
        t.detail_rows = usize::from(text.height);
        t.detail_scroll.clamp(t.detail.len(), t.detail_rows);
    }
}

/// Which marked symptom (from 1) of how many a triage walk's question
/// belongs to, counting the symptoms in the walk's order.
fn triage_position(questions: &[crate::domain::QuestionRef], symptom: &str) -> (usize, usize) {
    let mut order: Vec<&str> = Vec::new();
    for q in questions {
        if !order.contains(&q.symptom.as_str()) {
            order.push(&q.symptom);
        }
    }
    let n = order
        .iter()
        .position(|s| *s == symptom)
        .map_or(0, |p| p + 1);
    (n, order.len())
}

fn continue_doc(width: u16) -> Doc {
    let mut b = Builder::new(width);
    b.para(Role::Title, "Continue to the triage", 0);
    b.para(
        Role::Label,
        "Mark every symptom your team sees, answer their questions, and see the \
         root causes ranked with the reasons. This symptom stays marked.",
        0,
    );
    b.finish()
}
