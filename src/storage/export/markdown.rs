//! Session minutes as Markdown, ready to paste into a wiki. Guide text
//! (titles, questions, headings) is quoted verbatim; every note appears once,
//! under the item it belongs to or in "Other notes".

use std::fmt::Write as _;

use super::{MinutesCause, note_label};
use crate::domain::{ActionItem, Graph, Note, NoteTarget, Session, Target, format_utc};

/// Renders the minutes of `session`. `causes` is the ranking, best first
/// (may be empty).
pub fn to_markdown(session: &Session, graph: &Graph, causes: &[MinutesCause]) -> String {
    let mut m = Minutes {
        out: String::new(),
        notes: &session.notes,
        shown: vec![false; session.notes.len()],
    };
    m.header(session, graph);
    m.symptoms(session, graph);
    m.answers(session, graph);
    m.causes(causes);
    m.actions(&session.actions, graph);
    m.remaining_notes(graph);
    m.unknown(session, graph);
    m.attribution(graph);
    // Notes, names and a `--data` graph's titles may hold control
    // characters: the minutes carry none, whether printed or saved.
    crate::domain::printable(&m.out).into_owned()
}

struct Minutes<'a> {
    out: String,
    notes: &'a [Note],
    /// Which notes have been written already.
    shown: Vec<bool>,
}

impl Minutes<'_> {
    fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn heading(&mut self, text: &str) {
        self.line("");
        self.line(text);
        self.line("");
    }

    /// Writes the notes matching `pick` that were not written yet, as list
    /// items at `indent`, each prefixed with `prefix`.
    fn notes_where(&mut self, indent: &str, prefix: &str, pick: impl Fn(&NoteTarget) -> bool) {
        for (i, note) in self.notes.iter().enumerate() {
            if !self.shown[i] && pick(&note.about) {
                self.shown[i] = true;
                bullet(&mut self.out, indent, prefix, &note.text);
            }
        }
    }

    fn header(&mut self, session: &Session, graph: &Graph) {
        self.line(&format!("# Session minutes: {}", session.name));
        self.line("");
        self.line(&format!("- Started: {}", format_utc(session.created)));
        self.line(&format!("- Last change: {}", format_utc(session.updated)));
        let section = &graph.section;
        self.line(&format!("- Guide: [{}]({})", section.title, section.url));
        if session.graph_id != graph.id || session.graph_version != graph.version {
            self.line(&format!(
                "- Recorded on guide data `{}` version `{}`; shown with version `{}`",
                session.graph_id, session.graph_version, graph.version
            ));
        }
    }

    fn symptoms(&mut self, session: &Session, graph: &Graph) {
        self.heading("## Symptoms we see");
        let marked: Vec<_> = session
            .findings
            .marked
            .iter()
            .filter_map(|id| graph.symptom(id))
            .collect();
        if marked.is_empty() {
            self.line("None marked.");
        }
        for (n, s) in marked.into_iter().enumerate() {
            self.line(&format!("{}. [{}]({})", n + 1, s.title, s.url));
            let id = s.id.clone();
            self.notes_where("   ", "Note: ", |t| *t == NoteTarget::Symptom(id.clone()));
            for (i, cause) in s.causes.iter().enumerate() {
                let prefix = format!("Note on cause \"{}\": ", cause.heading);
                self.notes_where("   ", &prefix, |t| {
                    matches!(t, NoteTarget::Cause { symptom, index } if *symptom == id && *index == i)
                });
            }
        }
    }

    fn answers(&mut self, session: &Session, graph: &Graph) {
        self.heading("## Questions and answers");
        let mut any = false;
        for s in &graph.symptoms {
            let answered: Vec<_> = session
                .findings
                .answers
                .iter()
                .filter(|(q, _)| q.symptom == s.id)
                .filter_map(|(q, a)| Some((q, graph.question(q)?, *a)))
                .collect();
            if answered.is_empty() {
                continue;
            }
            if any {
                self.line("");
            }
            any = true;
            self.line(&format!("### [{}]({})", s.title, s.url));
            self.line("");
            for (q, question, answer) in answered {
                self.line(&format!(
                    "- Q{}: {} **{}**",
                    q.index + 1,
                    question.question,
                    answer.label()
                ));
                self.notes_where("  ", "Note: ", |t| *t == NoteTarget::Question(q.clone()));
            }
        }
        if !any {
            self.line("No questions answered.");
        }
    }

    fn causes(&mut self, causes: &[MinutesCause]) {
        self.heading("## Likely causes");
        if causes.is_empty() {
            self.line("No causes ranked: no symptom is marked.");
        }
        for (n, c) in causes.iter().enumerate() {
            self.line(&format!(
                "{}. [{}]({}) (score {:.2})",
                n + 1,
                c.name,
                c.url,
                c.score
            ));
            for reason in &c.reasons {
                bullet(&mut self.out, "   ", "", reason);
            }
            let about = match &c.target {
                Target::AntiPattern(id) => NoteTarget::AntiPattern(id.clone()),
                Target::Symptom(id) => NoteTarget::Symptom(id.clone()),
            };
            self.notes_where("   ", "Note: ", |t| *t == about);
        }
    }

    fn actions(&mut self, actions: &[ActionItem], graph: &Graph) {
        self.heading("## Action items");
        if actions.is_empty() {
            self.line("None.");
        }
        for a in actions {
            let mut details = Vec::new();
            if let Some(owner) = &a.owner {
                details.push(format!("owner: {owner}"));
            }
            if let Some(due) = &a.due {
                details.push(format!("due: {due}"));
            }
            if let Some(cause) = &a.cause {
                details.push(match (graph.target_name(cause), graph.target_url(cause)) {
                    (Some(name), Some(url)) => format!("cause: [{name}]({url})"),
                    _ => format!("cause: `{}` (no longer in the guide)", cause.id()),
                });
            }
            let check = if a.done { "[x]" } else { "[ ]" };
            let text = if details.is_empty() {
                a.text.clone()
            } else {
                format!("{} ({})", a.text, details.join("; "))
            };
            bullet(&mut self.out, "", &format!("{check} "), &text);
        }
    }

    fn remaining_notes(&mut self, graph: &Graph) {
        self.heading("## Notes");
        let general = self.notes.iter().any(|n| n.about == NoteTarget::General);
        self.notes_where("", "", |t| *t == NoteTarget::General);
        let rest: Vec<usize> = (0..self.notes.len()).filter(|&i| !self.shown[i]).collect();
        if !general && rest.is_empty() {
            self.line("None.");
        }
        if !rest.is_empty() {
            self.heading("### Other notes");
        }
        for i in rest {
            let note = &self.notes[i];
            let prefix = format!("On {}: ", note_label(&note.about, graph));
            bullet(&mut self.out, "", &prefix, &note.text);
            self.shown[i] = true;
        }
    }

    fn unknown(&mut self, session: &Session, graph: &Graph) {
        let unknown = session.unknown_refs(graph);
        if unknown.is_empty() {
            return;
        }
        self.heading("## Kept from an older version of the guide");
        for u in unknown {
            bullet(&mut self.out, "", "", &u);
        }
    }

    fn attribution(&mut self, graph: &Graph) {
        let section = &graph.section;
        let source = &section.source;
        self.line("");
        self.line("---");
        self.line("");
        let mut text = String::new();
        let _ = write!(
            text,
            "Guide content from \"[{}]({})\" on [{}]({}), {}, licensed under [{}]({}); adapted by cdtriage.",
            section.title,
            section.url,
            source.site.trim_start_matches("https://"),
            source.site,
            source.copyright,
            source.license,
            source.license_url
        );
        self.line(&text);
    }
}

/// A list item whose text may span lines: continuation lines are indented
/// under the item and end with two spaces so the line breaks survive.
fn bullet(out: &mut String, indent: &str, prefix: &str, text: &str) {
    let lines: Vec<&str> = text.lines().collect();
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter().enumerate() {
        let lead = if i == 0 {
            format!("{indent}- {prefix}")
        } else {
            format!("{indent}  ")
        };
        let next_is_text = i < last && lines.get(i + 1).is_some_and(|l| !l.trim().is_empty());
        let hard_break = if next_is_text && !line.trim().is_empty() {
            "  "
        } else {
            ""
        };
        if line.trim().is_empty() && i > 0 {
            out.push('\n');
        } else {
            let _ = writeln!(out, "{lead}{line}{hard_break}");
        }
    }
    if lines.is_empty() {
        let _ = writeln!(out, "{indent}- {}", prefix.trim_end());
    }
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
