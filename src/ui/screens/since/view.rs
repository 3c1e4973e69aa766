//! Draws the "since last time" screen: on the left what changed (marks,
//! answers old → new, action items), on the right each ranked cause with a
//! pair of bars, the earlier session's (▒) over this one's (█), so the move
//! reads at a glance (bars drawn in the list rather than ratatui's
//! `BarChart`, so each bar keeps its cause's name, rank and score beside
//! it, and the two sessions differ by their glyph without colour). Ids the
//! guide lacks are listed with their id. Only draws.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use crate::domain::compare::{CauseMove, Comparison, Movement, Standing};
use crate::domain::{ActionItem, Answer, Graph, printable};
use crate::ui::app::App;
use crate::ui::core::layout::Screen;
use crate::ui::core::theme::Theme;
use crate::ui::widgets::pane::{fit, scrollbar};

use crate::ui::screens::since::Pane;

/// The earlier session's bar.
pub const OLD_BAR: char = '▒';
/// This session's bar.
pub const NEW_BAR: char = '█';

/// The two panes' rectangles within the main area.
pub fn areas(body: Rect) -> (Rect, Rect) {
    let left = if body.width >= 100 { 55 } else { 50 };
    let [changes, causes] = body.layout(&Layout::horizontal([
        Constraint::Percentage(left),
        Constraint::Fill(1),
    ]));
    (changes, causes)
}

/// A pane's number of lines and visible rows.
pub fn pane_size(app: &App, pane: Pane) -> (usize, usize) {
    let Screen::Main(p) = app.screen else {
        return (0, 1);
    };
    let (changes, causes) = areas(p.about);
    let area = match pane {
        Pane::Changes => changes,
        Pane::Causes => causes,
    };
    let inner = Block::bordered()
        .padding(ratatui::widgets::Padding::horizontal(1))
        .inner(area);
    let Some(c) = &app.since.comparison else {
        return (0, 1);
    };
    let lines = match pane {
        Pane::Changes => changes_lines(c, &app.graph, inner.width, &app.theme).len(),
        Pane::Causes => cause_lines(c, &app.graph, inner.width, &app.theme).len(),
    };
    (lines, usize::from(inner.height).max(1))
}

/// Draws the screen into the main area.
pub fn render(frame: &mut Frame, app: &App) {
    let Screen::Main(p) = app.screen else {
        return;
    };
    let Some(c) = &app.since.comparison else {
        return;
    };
    frame.render_widget(Clear, p.about);
    let t = &app.theme;
    let (left, right) = areas(p.about);
    let title = if c.linked {
        format!(" What changed since \"{}\" ", printable(&c.old))
    } else {
        format!(
            " From \"{}\" to \"{}\" ",
            printable(&c.old),
            printable(&c.new)
        )
    };
    pane(frame, left, title, Pane::Changes, app, |w| {
        changes_lines(c, &app.graph, w, t)
    });
    let (old, new) = labels(c);
    let title = format!(" Ranked causes: {OLD_BAR} {old}  {NEW_BAR} {new} ");
    pane(frame, right, title, Pane::Causes, app, |w| {
        cause_lines(c, &app.graph, w, t)
    });
}

fn pane<'a>(
    frame: &mut Frame,
    area: Rect,
    title: String,
    which: Pane,
    app: &App,
    lines: impl FnOnce(u16) -> Vec<Line<'a>>,
) {
    let t = &app.theme;
    let focused = app.since.focus == which;
    let block = crate::ui::widgets::pane::pane(title, focused, t)
        .padding(ratatui::widgets::Padding::horizontal(1));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines = lines(inner.width);
    let rows = usize::from(inner.height);
    let at = match which {
        Pane::Changes => 0,
        Pane::Causes => 1,
    };
    let offset = app.since.scroll[at].min(lines.len().saturating_sub(rows));
    let len = lines.len();
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(rows).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    scrollbar(area, frame.buffer_mut(), len, offset, rows, t);
}

fn symptom(graph: &Graph, id: &str) -> String {
    graph.symptom(id).map_or_else(
        || format!("`{}` (no longer in the guide)", printable(id)),
        crate::domain::Symptom::numbered_title,
    )
}

fn answer(a: Option<Answer>) -> &'static str {
    a.map_or("not answered", Answer::label)
}

/// What changed, as lines `width` wide (long ones wrapped).
pub fn changes_lines(c: &Comparison, graph: &Graph, width: u16, t: &Theme) -> Vec<Line<'static>> {
    let w = usize::from(width).max(10);
    let mut out: Vec<Line<'static>> = Vec::new();
    let wrap = |out: &mut Vec<Line<'static>>, text: &str, indent: usize, style: Style| {
        let pad = " ".repeat(indent);
        let opts = textwrap::Options::new(w)
            .initial_indent(&pad)
            .subsequent_indent(&pad);
        for l in textwrap::wrap(text, opts) {
            out.push(Line::styled(l.into_owned(), style));
        }
    };
    let heading = |out: &mut Vec<Line<'static>>, title: &str, n: usize| {
        out.push(Line::styled(format!("{title} ({n})"), t.heading));
        if n == 0 {
            out.push(Line::styled("  none", t.dim));
        }
    };
    heading(&mut out, "Newly marked", c.newly_marked.len());
    for id in &c.newly_marked {
        wrap(&mut out, &symptom(graph, id), 2, t.text);
    }
    heading(&mut out, "No longer marked", c.no_longer_marked.len());
    for id in &c.no_longer_marked {
        wrap(&mut out, &symptom(graph, id), 2, t.text);
    }
    heading(&mut out, "Answers changed", c.changed_answers.len());
    for a in &c.changed_answers {
        let q = graph.question(&a.question).map_or_else(
            || {
                format!(
                    "question {} of `{}` (no longer in the guide)",
                    a.question.index + 1,
                    printable(&a.question.symptom)
                )
            },
            |q| q.question.clone(),
        );
        let number = graph
            .symptom(&a.question.symptom)
            .map_or_else(|| "?".to_string(), |s| s.number.to_string());
        wrap(&mut out, &format!("{q} (symptom {number})"), 2, t.text);
        out.push(Line::styled(
            format!("    {} → {}", answer(a.old), answer(a.new)),
            t.key,
        ));
    }
    let moved = c
        .causes
        .iter()
        .filter(|m| m.movement() != Movement::Same)
        .count();
    heading(&mut out, "Ranked causes that moved", moved);
    for m in c.causes.iter().filter(|m| m.movement() != Movement::Same) {
        let name = cause_name(graph, m);
        wrap(
            &mut out,
            &format!("{}: {}", movement_words(m), name),
            2,
            t.text,
        );
    }
    let a = &c.actions;
    let mut items = |title: &str, list: &[ActionItem], mark: &str, style: Style| {
        heading(&mut out, title, list.len());
        for item in list {
            wrap(
                &mut out,
                &format!("{mark} {}", printable(&item.to_line())),
                2,
                style,
            );
        }
    };
    items("Action items done", &a.done, "[x]", t.text);
    items("Action items still open", &a.still_open, "[ ]", t.text);
    items(
        "Action items overdue",
        &a.overdue,
        "[!]",
        crate::ui::core::theme::overdue_style(t),
    );
    items("Action items new", &a.new, "[+]", t.text);
    if !a.dropped.is_empty() {
        items("Open before, not in this session", &a.dropped, "[-]", t.dim);
    }
    out
}

fn cause_name(graph: &Graph, m: &CauseMove) -> String {
    graph.target_name(&m.target).map_or_else(
        || format!("`{}` (no longer in the guide)", printable(m.target.id())),
        str::to_string,
    )
}

/// Longest session name used to label the bars; longer ones are "before"
/// and "now" (the left pane's title names both sessions).
const LABEL: usize = 12;

/// How the bars name the two sessions: their names when both are short,
/// else "before" and "now".
pub fn labels(c: &Comparison) -> (String, String) {
    let short = |s: &str| s.chars().count() <= LABEL;
    if short(&c.old) && short(&c.new) {
        (
            printable(&c.old).into_owned(),
            printable(&c.new).into_owned(),
        )
    } else {
        ("before".into(), "now".into())
    }
}

/// "up 2", "down 1", "same", "new", "gone" (by rank).
pub fn movement_words(m: &CauseMove) -> String {
    let by = |a: Option<Standing>, b: Option<Standing>| {
        a.zip(b).map_or(0, |(a, b)| a.rank.abs_diff(b.rank))
    };
    match m.movement() {
        Movement::Up => format!("▲ up {}", by(m.old, m.new)),
        Movement::Down => format!("▼ down {}", by(m.old, m.new)),
        Movement::Same => "= same".into(),
        Movement::New => "+ new".into(),
        Movement::Gone => "- gone".into(),
    }
}

/// Each cause: its name and move, then the earlier session's bar over this
/// one's, scaled to the highest score of either.
pub fn cause_lines(c: &Comparison, graph: &Graph, width: u16, t: &Theme) -> Vec<Line<'static>> {
    let w = usize::from(width).max(20);
    if c.causes.is_empty() {
        return vec![Line::styled(
            "No cause is ranked in either session: mark symptoms and answer their questions.",
            t.dim,
        )];
    }
    let top = c
        .causes
        .iter()
        .flat_map(|m| [m.old, m.new])
        .flatten()
        .map(|s| s.score)
        .fold(0.0_f64, f64::max);
    let (old, new) = labels(c);
    let label = old.chars().count().max(new.chars().count()).max(3);
    // "  " + label + " " + bar + " " + "#12 10.50"
    let value = 10;
    let bar_room = w.saturating_sub(2 + label + 1 + 1 + value).max(1);
    let mut out = Vec::new();
    for (i, m) in c.causes.iter().enumerate() {
        let rank = m
            .new
            .map_or_else(|| "-".to_string(), |s| format!("{}.", s.rank));
        let head = format!(
            "{rank} {} ({}, {:+.2})",
            cause_name(graph, m),
            movement_words(m),
            m.score_change()
        );
        let opts = textwrap::Options::new(w).subsequent_indent("   ");
        for l in textwrap::wrap(&head, opts) {
            out.push(Line::styled(l.into_owned(), t.heading));
        }
        for (name, standing, glyph, style) in [
            (&old, m.old, OLD_BAR, t.dim),
            (&new, m.new, NEW_BAR, t.text),
        ] {
            let name = fit(name, label);
            let (bar, value) = match standing {
                Some(s) => {
                    let share = if top > 0.0 {
                        (s.score.max(0.0) / top).min(1.0)
                    } else {
                        0.0
                    };
                    let n = (share * bar_room as f64).round() as usize;
                    (
                        glyph.to_string().repeat(n.max(usize::from(s.score > 0.0))),
                        format!("#{} {:.2}", s.rank, s.score),
                    )
                }
                None => (String::new(), "not ranked".to_string()),
            };
            out.push(Line::from(vec![
                Span::styled(format!("  {name} "), t.app_label),
                Span::styled(format!("{bar:<bar_room$}"), style),
                Span::styled(format!(" {value}"), t.text),
            ]));
        }
        if i + 1 < c.causes.len() {
            out.push(Line::default());
        }
    }
    out
}
