//! The site's own triage questionnaire ("Find your symptom", `data/triage.yaml`
//! in the site's source): questions whose answers lead to further questions
//! or to a result, and the walk through them (answer, back, start over, the
//! "Step N" breadcrumb), the way the site's page walks it.
//!
//! The walk is plain data ([`TriageWalk`]) and takes the questionnaire by
//! reference in each call, so a screen can own it beside the graph.

use serde::{Deserialize, Serialize};

use super::page::Link;

/// The questionnaire: the first question's id, every question and every result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Triage {
    /// The id of the question the walk starts on (the site's is `start`).
    pub start: String,
    pub questions: Vec<TriageQuestion>,
    pub results: Vec<TriageResult>,
}

/// One question, in the site's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageQuestion {
    pub id: String,
    /// A lead-in shown above the question (empty when there is none).
    pub context: String,
    pub text: String,
    pub options: Vec<TriageOption>,
}

/// One answer to a question and where it leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageOption {
    pub label: String,
    pub next: TriageStep,
}

/// A place in the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TriageStep {
    /// A question, by id.
    Question(String),
    /// A result, by id (the site writes `result:ID`).
    Result(String),
}

/// Where a walk ends: what the problem may really be, its symptom page, the
/// practices driving it, where to start and how to know it is improving.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriageResult {
    pub id: String,
    pub title: String,
    /// "The real problem may be:" and this text.
    pub reframe: String,
    /// "Read the symptom page": a symptom of the graph, or the site's URL.
    pub symptom: Link,
    /// "Practices driving this:".
    pub anti_patterns: Vec<Link>,
    /// "Where to start:".
    pub solutions: Vec<Link>,
    /// "How to know it's improving:", one measure a line
    /// ("Deployment frequency: rising toward weekly, then daily").
    pub measures: Vec<String>,
    /// "Also see:".
    #[serde(default)]
    pub also_see: Vec<Link>,
}

impl Triage {
    pub fn question(&self, id: &str) -> Option<&TriageQuestion> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn result(&self, id: &str) -> Option<&TriageResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// Every reference that leads nowhere (a missing start, question or
    /// result, a question without answers, a duplicate id), one line each.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for q in &self.questions {
            if !seen.insert(("question", q.id.as_str())) {
                out.push(format!("triage: duplicate question id `{}`", q.id));
            }
            if q.options.is_empty() {
                out.push(format!("triage: question `{}` has no answers", q.id));
            }
        }
        for r in &self.results {
            if !seen.insert(("result", r.id.as_str())) {
                out.push(format!("triage: duplicate result id `{}`", r.id));
            }
        }
        if self.question(&self.start).is_none() {
            out.push(format!(
                "triage: the first question `{}` does not exist",
                self.start
            ));
        }
        for q in &self.questions {
            for o in &q.options {
                let known = match &o.next {
                    TriageStep::Question(id) => self.question(id).is_some(),
                    TriageStep::Result(id) => self.result(id).is_some(),
                };
                if !known {
                    out.push(format!(
                        "triage: answer \"{}\" of question `{}` leads to {:?}, which does not exist",
                        o.label, q.id, o.next
                    ));
                }
            }
        }
        out
    }
}

/// What the walk shows now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriageView<'t> {
    Question(&'t TriageQuestion),
    Result(&'t TriageResult),
}

/// A walk through the questionnaire: where it is and how it got there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TriageWalk {
    at: TriageStep,
    history: Vec<TriageStep>,
}

impl TriageWalk {
    /// A walk on the first question.
    pub fn new(triage: &Triage) -> Self {
        TriageWalk {
            at: TriageStep::Question(triage.start.clone()),
            history: Vec::new(),
        }
    }

    /// Where the walk is.
    pub fn at(&self) -> &TriageStep {
        &self.at
    }

    /// The question or result shown now (`None` only if `triage` is not the
    /// questionnaire this walk was made on, or is not valid).
    pub fn view<'t>(&self, triage: &'t Triage) -> Option<TriageView<'t>> {
        match &self.at {
            TriageStep::Question(id) => triage.question(id).map(TriageView::Question),
            TriageStep::Result(id) => triage.result(id).map(TriageView::Result),
        }
    }

    /// Takes answer `option` (from 0) of the question shown. Returns false,
    /// and stays, when a result is shown or there is no such answer.
    pub fn answer(&mut self, triage: &Triage, option: usize) -> bool {
        let Some(TriageView::Question(q)) = self.view(triage) else {
            return false;
        };
        let Some(o) = q.options.get(option) else {
            return false;
        };
        let next = o.next.clone();
        self.history.push(std::mem::replace(&mut self.at, next));
        true
    }

    /// Goes back one step (the site's Back); false on the first question.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some(previous) => {
                self.at = previous;
                true
            }
            None => false,
        }
    }

    /// Returns to the first question and forgets the way (the site's Start over).
    pub fn start_over(&mut self, triage: &Triage) {
        *self = TriageWalk::new(triage);
    }

    /// The step shown, from 1 (the site's breadcrumb says "Step N" from step 2 on).
    pub fn step(&self) -> usize {
        self.history.len() + 1
    }

    /// "Step N", or `None` on the first step, as the site shows it.
    pub fn breadcrumb(&self) -> Option<String> {
        (!self.history.is_empty()).then(|| format!("Step {}", self.step()))
    }

    /// Whether Back has somewhere to go.
    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }

    /// The answers taken so far: each question and the label chosen.
    pub fn path<'t>(&self, triage: &'t Triage) -> Vec<(&'t TriageQuestion, &'t str)> {
        let mut out = Vec::new();
        let steps = self.history.iter().chain(std::iter::once(&self.at));
        let pairs = self.history.iter().zip(steps.skip(1));
        for (from, to) in pairs {
            if let TriageStep::Question(id) = from
                && let Some(q) = triage.question(id)
                && let Some(o) = q.options.iter().find(|o| &o.next == to)
            {
                out.push((q, o.label.as_str()));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::graph::Target;
    use crate::domain::page::LinkTo;

    fn option(label: &str, next: TriageStep) -> TriageOption {
        TriageOption {
            label: label.into(),
            next,
        }
    }

    fn q(id: &str) -> TriageStep {
        TriageStep::Question(id.into())
    }

    fn r(id: &str) -> TriageStep {
        TriageStep::Result(id.into())
    }

    fn sample() -> Triage {
        let link = |label: &str, to: LinkTo| Link {
            label: label.into(),
            to,
        };
        Triage {
            start: "start".into(),
            questions: vec![
                TriageQuestion {
                    id: "start".into(),
                    context: String::new(),
                    text: "What hurts?".into(),
                    options: vec![
                        option("Deploying", q("deploy")),
                        option("Tests", r("flaky")),
                    ],
                },
                TriageQuestion {
                    id: "deploy".into(),
                    context: "Let's narrow it down.".into(),
                    text: "What happens?".into(),
                    options: vec![option("We freeze merges", r("merge-freeze"))],
                },
            ],
            results: ["merge-freeze", "flaky"]
                .into_iter()
                .map(|id| TriageResult {
                    id: id.into(),
                    title: format!("Result {id}"),
                    reframe: "Not what it seems.".into(),
                    symptom: link(id, LinkTo::Page(Target::Symptom(id.into()))),
                    anti_patterns: vec![],
                    solutions: vec![],
                    measures: vec!["Deploys: more".into()],
                    also_see: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn a_walk_answers_goes_back_and_starts_over_with_the_step_number() {
        let t = sample();
        let mut w = TriageWalk::new(&t);
        assert_eq!(w.step(), 1);
        assert_eq!(w.breadcrumb(), None);
        assert!(!w.back());
        assert!(w.answer(&t, 0));
        assert_eq!(w.at(), &q("deploy"));
        assert_eq!(w.breadcrumb().as_deref(), Some("Step 2"));
        assert!(w.answer(&t, 0));
        let Some(TriageView::Result(result)) = w.view(&t) else {
            panic!("expected a result")
        };
        assert_eq!(result.id, "merge-freeze");
        assert_eq!(w.step(), 3);
        let path: Vec<&str> = w.path(&t).iter().map(|(_, a)| *a).collect();
        assert_eq!(path, ["Deploying", "We freeze merges"]);
        assert!(!w.answer(&t, 0), "a result has no answers");
        assert!(w.back());
        assert_eq!(w.at(), &q("deploy"));
        assert!(!w.answer(&t, 5), "no such answer");
        w.start_over(&t);
        assert_eq!(w, TriageWalk::new(&t));
    }

    #[test]
    fn dangling_references_and_duplicates_are_problems() {
        let mut t = sample();
        assert!(t.problems().is_empty(), "{:?}", t.problems());
        t.questions[1].options.push(option("Other", r("nowhere")));
        t.questions.push(t.questions[1].clone());
        t.start = "begin".into();
        let problems = t.problems();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("duplicate question id `deploy`"));
        assert!(problems[1].contains("`begin` does not exist"));
        assert!(problems[2].contains("\"nowhere\""));
    }
}
