//! Session minutes as Markdown, ready to paste into a wiki. Guide text
//! (titles, questions, headings) is quoted verbatim; every note appears once,
//! under the item it belongs to or in "Other notes".

use std::fmt::Write as _;

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{MinutesCause, note_label};
use crate::domain::compare::Comparison;
use crate::domain::diagnosis::{Reason, RuledOut, diagnose};
use crate::domain::{Evidence, Graph, Note, NoteTarget, Session, Target, time};

/// How the minutes are written.
#[derive(Debug, Clone)]
pub struct MinutesOptions {
    /// The zone times are shown in.
    pub tz: TimeZone,
    /// The full arithmetic under each ranked cause (`--reasons`), not just
    /// its one-line reason.
    pub reasons: bool,
    /// Today, for overdue action items (`None`: none is called overdue).
    pub today: Option<Date>,
    /// What changed since the session this one follows, for "Since OLD".
    pub since: Option<Comparison>,
}

impl MinutesOptions {
    /// The system's time zone and today's date there; one-line reasons.
    pub fn system() -> Self {
        let tz = TimeZone::system();
        let today = Some(jiff::Timestamp::now().to_zoned(tz.clone()).date());
        MinutesOptions {
            tz,
            reasons: false,
            today,
            since: None,
        }
    }
}

/// Renders the minutes of `session` in the system's time zone, one-line
/// reasons. `causes` is the ranking, best first (may be empty).
pub fn to_markdown(session: &Session, graph: &Graph, causes: &[MinutesCause]) -> String {
    to_markdown_with(session, graph, causes, &MinutesOptions::system())
}

/// Renders the minutes of `session` as `options` say.
pub fn to_markdown_with(
    session: &Session,
    graph: &Graph,
    causes: &[MinutesCause],
    options: &MinutesOptions,
) -> String {
    let mut m = Minutes {
        out: String::new(),
        notes: &session.notes,
        shown: vec![false; session.notes.len()],
    };
    m.header(session, graph, &options.tz);
    if let Some(since) = &options.since {
        m.since(since, graph);
    }
    m.symptoms(session, graph);
    m.answers(session, graph);
    m.causes(causes, options.reasons);
    m.ruled_out(&diagnose(graph, &session.findings).ruled_out, graph);
    m.actions(session, graph, options.today);
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

    fn header(&mut self, session: &Session, graph: &Graph, tz: &TimeZone) {
        self.line(&format!("# Session minutes: {}", session.name));
        self.line("");
        self.line(&format!("- Started: {}", time::local(session.created, tz)));
        self.line(&format!(
            "- Last change: {}",
            time::local(session.updated, tz)
        ));
        if !session.attendees.is_empty() {
            self.line(&format!("- Attendees: {}", session.attendees.join(", ")));
        }
        if let Some(old) = &session.follows {
            self.line(&format!("- Follows: {old}"));
        }
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
        let f = &session.findings;
        let mut any = false;
        for s in &graph.symptoms {
            let answered: Vec<_> = f
                .given()
                .filter(|(q, _)| q.symptom == s.id)
                .filter_map(|(q, a)| Some((q, graph.question(q)?, a)))
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
                let fact = graph.fact(q);
                let mut line = question.question.clone();
                if let Some(means) = fact.and_then(|f| f.yes_means.as_deref()) {
                    line.push_str(&format!(" (Yes means: {means})"));
                }
                let target = graph
                    .target_name(&question.target)
                    .unwrap_or(question.target.id());
                let evidence = Evidence::of(answer, fact);
                match evidence {
                    Evidence::Nothing => line.push_str(" — Skipped"),
                    e => line.push_str(&format!(" — {} → {} {target}", answer.label(), e.label())),
                }
                let copies: Vec<String> = f
                    .copies_of(q)
                    .filter_map(|c| graph.symptom(&c.symptom).map(|s| s.number.to_string()))
                    .collect();
                if !copies.is_empty() {
                    let which = if copies.len() == 1 {
                        "symptom"
                    } else {
                        "symptoms"
                    };
                    line.push_str(&format!(
                        " (the same question on {which} {})",
                        copies.join(", ")
                    ));
                }
                if f.is_carried(q) {
                    line.push_str(&match &session.follows {
                        Some(old) => format!(" (from {old}, not yet confirmed)"),
                        None => " (carried over, not yet confirmed)".to_string(),
                    });
                }
                bullet(&mut self.out, "", "", &line);
                self.notes_where("  ", "Note: ", |t| *t == NoteTarget::Question(q.clone()));
            }
        }
        if !any {
            self.line("No questions answered.");
        }
    }

    fn causes(&mut self, causes: &[MinutesCause], reasons: bool) {
        self.heading("## Likely causes");
        if causes.is_empty() {
            self.line("No causes ranked: no symptom is marked.");
        }
        for (n, c) in causes.iter().enumerate() {
            let mut line = format!("{}. [{}]({}) (score {:.2})", n + 1, c.name, c.url, c.score);
            if !reasons && !c.summary.is_empty() {
                line.push_str(&format!(": {}", c.summary));
            }
            self.line(&line);
            if reasons {
                for reason in &c.reasons {
                    bullet(&mut self.out, "   ", "", reason);
                }
            }
            let about = match &c.target {
                Target::AntiPattern(id) => NoteTarget::AntiPattern(id.clone()),
                Target::Symptom(id) => NoteTarget::Symptom(id.clone()),
            };
            self.notes_where("   ", "Note: ", |t| *t == about);
        }
    }

    fn ruled_out(&mut self, ruled_out: &[RuledOut], graph: &Graph) {
        if ruled_out.is_empty() {
            return;
        }
        self.heading("## Ruled out");
        for r in ruled_out {
            let name = graph.target_name(&r.target).unwrap_or(r.target.id());
            let url = graph.target_url(&r.target).unwrap_or_default();
            self.line(&format!("- [{name}]({url}), by these answers:"));
            for a in &r.answers {
                if let Reason::Answered {
                    question,
                    answer,
                    evidence,
                    given_on,
                    ..
                } = a
                {
                    let text = graph
                        .question(question)
                        .map_or("?", |q| q.question.as_str());
                    let symptom = graph
                        .symptom(&question.symptom)
                        .map_or(question.symptom.clone(), |s| s.numbered_title());
                    let shared = given_on.as_ref().map_or(String::new(), |g| {
                        let n = graph.symptom(&g.symptom).map_or(0, |s| s.number);
                        format!(", answered on symptom {n}")
                    });
                    let line = format!(
                        "{text} — {} → {} it (symptom {symptom}{shared})",
                        answer.label(),
                        evidence.label()
                    );
                    bullet(&mut self.out, "  ", "", &line);
                }
            }
        }
    }

    fn actions(&mut self, session: &Session, graph: &Graph, today: Option<Date>) {
        self.heading("## Action items");
        if session.actions.is_empty() {
            self.line("None.");
        }
        for i in session.actions_in_order() {
            let a = &session.actions[i];
            let mut details = Vec::new();
            if let Some(owner) = &a.owner {
                details.push(format!("owner: {owner}"));
            }
            if let Some(due) = &a.due {
                let late = today.is_some_and(|t| a.is_overdue(t));
                details.push(format!("due: {due}{}", if late { ", overdue" } else { "" }));
            }
            if let Some(cause) = &a.cause {
                let what = cause.link_label();
                details.push(match (graph.target_name(cause), graph.target_url(cause)) {
                    (Some(name), Some(url)) => format!("{what}: [{name}]({url})"),
                    _ => format!("{what}: `{}` (no longer in the guide)", cause.id()),
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

#[path = "markdown_since.rs"]
mod since;

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
