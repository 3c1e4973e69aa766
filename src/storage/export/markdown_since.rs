//! The minutes' "Since last time" section: what changed from the session
//! this one follows.

use super::bullet;

use super::Minutes;
use crate::domain::Graph;
use crate::domain::compare::{Comparison, Movement};

impl Minutes<'_> {
    pub(super) fn since(&mut self, c: &Comparison, graph: &Graph) {
        self.heading(&format!("## Since {}", c.old));
        let symptom = |id: &String| {
            graph
                .symptom(id)
                .map_or(format!("`{id}` (no longer in the guide)"), |s| {
                    s.numbered_title()
                })
        };
        let list = |ids: &[String]| ids.iter().map(symptom).collect::<Vec<_>>().join("; ");
        if !c.newly_marked.is_empty() {
            self.line(&format!("- Newly marked: {}", list(&c.newly_marked)));
        }
        if !c.no_longer_marked.is_empty() {
            self.line(&format!(
                "- No longer marked: {}",
                list(&c.no_longer_marked)
            ));
        }
        for a in &c.changed_answers {
            let text = graph.question(&a.question).map_or(
                format!(
                    "question {} of `{}`",
                    a.question.index + 1,
                    a.question.symptom
                ),
                |q| q.question.clone(),
            );
            let label = |x: Option<crate::domain::Answer>| x.map_or("not answered", |a| a.label());
            self.line(&format!(
                "- Answer changed: {text} {} → {}",
                label(a.old),
                label(a.new)
            ));
        }
        for m in &c.causes {
            let name = graph.target_name(&m.target).unwrap_or(m.target.id());
            let at = |s: Option<crate::domain::compare::Standing>| {
                s.map_or("not ranked".to_string(), |s| {
                    format!("#{} ({:.2})", s.rank, s.score)
                })
            };
            let how = match m.movement() {
                Movement::Up => "up",
                Movement::Down => "down",
                Movement::Same => "same rank",
                Movement::New => "new",
                Movement::Gone => "no longer ranked",
            };
            self.line(&format!("- {name}: {} → {} ({how})", at(m.old), at(m.new)));
        }
        let actions = [
            ("Done", &c.actions.done),
            ("Still open", &c.actions.still_open),
            ("Overdue", &c.actions.overdue),
            ("New", &c.actions.new),
        ];
        for (label, items) in actions {
            for a in items {
                bullet(&mut self.out, "", &format!("{label}: "), &a.to_line());
            }
        }
    }
}
