//! The questionnaire's state: the walk (kept when the screen is left, so
//! coming back continues it), and the rows shown, rebuilt after each action
//! for the width of the box.

use ratatui::layout::{Constraint, Rect};

use crate::domain::{
    Findings, Graph, Link, LinkTo, Target, TriageResult, TriageStep, TriageView, TriageWalk,
};
use crate::ui::core::action::Action;
use crate::ui::core::layout;
use crate::ui::core::mode::Mode;
use crate::ui::document::{DocLine, Role};
use crate::ui::keys::keymap;
use crate::ui::widgets::diagnosis_rows::{heading, item};
use crate::ui::widgets::item_list::{Item, ItemList};

/// Widest the box gets, for readability.
const MAX_WIDTH: u16 = 100;

/// What a row is, for Enter, `o` and `+`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// Text: the question, a heading, a measure.
    Text,
    /// Answer `n` (from 0) of the question shown.
    Answer(usize),
    /// A page of the guide in use.
    Page(Target),
    /// A page the guide in use does not have: its URL on the site.
    Url(String),
}

/// "Find your symptom".
#[derive(Debug, Clone, Default)]
pub struct FindSymptom {
    /// The walk, from the first time the screen is opened.
    pub walk: Option<TriageWalk>,
    /// The rows shown and the selection.
    pub list: ItemList,
    /// What each row of `list` is.
    pub entries: Vec<Pick>,
    /// The box the screen is drawn in.
    pub area: Rect,
    /// The step `list` was built for (a new step selects its first row).
    shown: Option<TriageStep>,
}

impl FindSymptom {
    /// What the highlighted row is.
    pub fn picked(&self) -> Option<&Pick> {
        self.list.selected().and_then(|i| self.entries.get(i))
    }

    /// The box's title: "Find your symptom", and "Step N" from step 2 on.
    pub fn title(&self) -> String {
        match self.walk.as_ref().and_then(TriageWalk::breadcrumb) {
            Some(step) => format!(" Find your symptom › {step} "),
            None => " Find your symptom ".to_string(),
        }
    }

    /// Builds the rows for the step shown at the size of `body`.
    pub fn fit(&mut self, graph: &Graph, findings: &Findings, body: Rect) {
        self.area = body.centered_horizontally(Constraint::Max(MAX_WIDTH + 4));
        let inner = layout::inner(self.area);
        let (Some(triage), Some(walk)) = (graph.triage.as_ref(), self.walk.as_ref()) else {
            return;
        };
        if self.shown.as_ref() != Some(walk.at()) {
            self.shown = Some(walk.at().clone());
            self.list = ItemList::default();
        }
        let width = inner.width.saturating_sub(1).max(1);
        let mut rows = Rows::default();
        match walk.view(triage) {
            Some(TriageView::Question(q)) => {
                if !q.context.is_empty() {
                    rows.text(item("", Role::Label, &q.context, width, false));
                    rows.text(blank());
                }
                rows.text(item("", Role::Question, &q.text, width, false));
                rows.text(blank());
                for (n, o) in q.options.iter().enumerate() {
                    let number = format!("{:>2}. ", n + 1);
                    rows.push(
                        item(&number, Role::Text, &o.label, width, true),
                        Pick::Answer(n),
                    );
                }
            }
            Some(TriageView::Result(r)) => result_rows(&mut rows, graph, findings, r, width),
            None => rows.text(item(
                "",
                Role::Label,
                &format!(
                    "This step of the questionnaire is missing: {} starts over.",
                    keymap::key(Mode::FindSymptom, Action::StartOver)
                ),
                width,
                false,
            )),
        }
        self.entries = rows.entries;
        self.list.set_items(rows.items, usize::from(inner.height));
        self.show_tail();
    }

    /// On the last choice of the list, scrolls down to show the text after it
    /// (a result's measures) when it fits.
    pub fn show_tail(&mut self) {
        let Some(sel) = self.list.selected() else {
            return;
        };
        if self.entries[sel + 1..].iter().any(|p| *p != Pick::Text) {
            return;
        }
        let heights = self.list.heights();
        let rows = self.list.rows;
        while self.list.cursor.offset < sel
            && heights[self.list.cursor.offset..].iter().sum::<usize>() > rows
        {
            self.list.cursor.offset += 1;
        }
    }
}

/// Rows being built, with what each is.
#[derive(Default)]
struct Rows {
    items: Vec<Item>,
    entries: Vec<Pick>,
}

impl Rows {
    fn push(&mut self, item: Item, pick: Pick) {
        self.items.push(item);
        self.entries.push(pick);
    }

    fn text(&mut self, item: Item) {
        self.push(item, Pick::Text);
    }
}

fn blank() -> Item {
    Item {
        lines: vec![DocLine::default()],
        selectable: false,
    }
}

/// A result as the site shows it: its title, "The real problem may be:",
/// the symptom page, the practices driving it, where to start, how to know
/// it is improving, and what else to see.
fn result_rows(rows: &mut Rows, graph: &Graph, findings: &Findings, r: &TriageResult, width: u16) {
    rows.text(item("", Role::Title, &r.title, width, false));
    rows.text(heading("The real problem may be:", false));
    rows.text(item("", Role::Text, &r.reframe, width, false));
    rows.text(heading("Read the symptom page:", false));
    let marked = match &r.symptom.to {
        LinkTo::Page(Target::Symptom(id)) if findings.is_marked(id) => "  (marked for the triage)",
        _ => "",
    };
    let (text, pick) = link_row(graph, &r.symptom);
    rows.push(
        item("› ", Role::Link, &format!("{text}{marked}"), width, true),
        pick,
    );
    let groups = [
        ("Practices driving this:", &r.anti_patterns),
        ("Where to start:", &r.solutions),
    ];
    for (title, links) in groups {
        if links.is_empty() {
            continue;
        }
        rows.text(heading(title, false));
        for l in links {
            let (text, pick) = link_row(graph, l);
            rows.push(item("› ", Role::Link, &text, width, true), pick);
        }
    }
    if !r.measures.is_empty() {
        rows.text(heading("How to know it's improving:", false));
        for m in &r.measures {
            rows.text(item("• ", Role::Text, m, width, false));
        }
    }
    if !r.also_see.is_empty() {
        rows.text(heading("Also see:", false));
        for l in &r.also_see {
            let (text, pick) = link_row(graph, l);
            rows.push(item("› ", Role::Link, &text, width, true), pick);
        }
    }
}

/// A link's row text and what Enter does with it: a page of the graph by
/// its name here, anything else by the site's label and its URL.
fn link_row(graph: &Graph, link: &Link) -> (String, Pick) {
    match &link.to {
        LinkTo::Page(t) => match (t, graph.target_name(t)) {
            (Target::Symptom(id), Some(_)) => {
                let title = graph
                    .symptom(id)
                    .map_or(link.label.clone(), |s| s.numbered_title());
                (title, Pick::Page(t.clone()))
            }
            (_, Some(name)) => (name.to_string(), Pick::Page(t.clone())),
            (_, None) => (link.label.clone(), Pick::Text),
        },
        LinkTo::Url(url) => (
            format!("{} (on the site)", link.label),
            Pick::Url(url.clone()),
        ),
    }
}
