//! The search screen: the query box on top and the results under it, each a
//! line naming its kind and title and a line of the matching text with the
//! matched characters highlighted.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::domain::{DocKind, Hit};
use crate::ui::app::App;
use crate::ui::layout;
use crate::ui::search::{Areas, ROWS_PER_RESULT};
use crate::ui::theme::Theme;

use super::scrollbar;
use super::search_marks::highlight;

/// Title of the query box.
pub const TITLE: &str = " Search (Enter opens, Esc goes back) ";
/// Width of the kind column.
const KIND: usize = 13;
/// Indent of the snippet line.
const SNIPPET_INDENT: &str = "    ";

/// What the results pane says before anything is typed.
const HINT: [&str; 4] = [
    "Type a few words about the problem, the way someone says them in the room:",
    "    merge freeze    snowflake    nobody can roll back    change board",
    "Partial words and small typos are fine. Search covers symptoms, anti-patterns, \
     causes, what you are seeing, the questions, and your notes.",
    "↑/↓ choose a result, Enter opens its page at the match, Esc goes back to where you were. \
     On a page, n and N jump between matches.",
];

/// How a result's kind is named.
pub fn kind_label(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Symptom => "symptom",
        DocKind::AntiPattern => "anti-pattern",
        DocKind::Cause => "cause",
        DocKind::Seeing => "seeing",
        DocKind::Question => "question",
        DocKind::Note => "note",
    }
}

/// Draws the search screen over the main area `body`.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let t = &app.theme;
    let areas = Areas::of(body);
    frame.render_widget(Clear, body);
    render_input(frame, areas.input, app);
    let s = &app.search;
    let count = match s.hits.len() {
        0 => " Results ".to_string(),
        1 => " 1 result ".to_string(),
        n => format!(" {n} results "),
    };
    let block = Block::bordered()
        .border_style(t.border)
        .title(Line::from(count).style(t.pane_title))
        .style(t.text);
    frame.render_widget(block, areas.results);
    let inner = layout::text_area(areas.results);
    if s.input.text().trim().is_empty() {
        let lines: Vec<Line> = HINT
            .iter()
            .flat_map(|h| [Line::from(*h), Line::default()])
            .collect();
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        return;
    }
    if s.hits.is_empty() {
        let text = format!(
            "Nothing matches “{}”. Try fewer words, or other words for the same problem.",
            s.input.text()
        );
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
        return;
    }
    let visible = areas.visible_results();
    let lines: Vec<Line> = s
        .hits
        .iter()
        .enumerate()
        .skip(s.cursor.offset)
        .take(visible)
        .flat_map(|(i, h)| result_lines(h, i == s.cursor.selected, t))
        .map(|l| clip(l, usize::from(inner.width)))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
    scrollbar(
        areas.results,
        frame.buffer_mut(),
        s.hits.len() * ROWS_PER_RESULT,
        s.cursor.offset * ROWS_PER_RESULT,
        visible * ROWS_PER_RESULT,
        t,
    );
}

/// The query box, with the terminal cursor at the editing position. A long
/// query scrolls so the cursor stays in the box.
fn render_input(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border_focused)
        .title(Line::from(TITLE).style(t.pane_title_focused));
    let inner = layout::text_area(area);
    frame.render_widget(block, area);
    let input = &app.search.input;
    let chars: Vec<char> = input.text().chars().collect();
    let width = usize::from(inner.width);
    let column = |from: usize| -> usize {
        let before: String = chars.iter().take(input.cursor()).skip(from).collect();
        Line::from(before).width()
    };
    let mut from = 0;
    while from < input.cursor() && column(from) >= width {
        from += 1;
    }
    let shown: String = chars.iter().skip(from).collect();
    frame.render_widget(Paragraph::new(shown).style(t.text), inner);
    let x = inner.x + u16::try_from(column(from)).unwrap_or(0);
    if inner.width > 0 && inner.height > 0 {
        frame.set_cursor_position(Position::new(x.min(inner.right() - 1), inner.y));
    }
}

/// `line` cut to `width` columns with a "…" when it is wider (results only:
/// the full text is on the page the result opens).
fn clip(line: Line<'_>, width: usize) -> Line<'_> {
    if line.width() <= width {
        return line;
    }
    let style = line.style;
    let mut spans = Vec::new();
    let mut used = 0;
    for span in line.spans {
        let room = width.saturating_sub(1 + used);
        if span.width() <= room {
            used += span.width();
            spans.push(span);
            continue;
        }
        let mut cut = String::new();
        for c in span.content.chars() {
            cut.push(c);
            if Span::raw(cut.as_str()).width() > room {
                cut.pop();
                break;
            }
        }
        spans.push(Span::styled(cut, span.style));
        spans.push(Span::styled("…", span.style));
        break;
    }
    Line::from(spans).style(style)
}

/// The two lines of one result.
fn result_lines<'a>(h: &'a Hit, selected: bool, t: &Theme) -> [Line<'a>; 2] {
    let base = if selected { t.selected } else { t.text };
    let kind = format!("{:<KIND$}", kind_label(h.kind));
    let mut first = vec![
        Span::styled(kind, if selected { base } else { t.dim }),
        Span::styled(h.title.as_str(), base.patch(t.question)),
    ];
    if !h.kind.is_page() {
        let dim = if selected { base } else { t.dim };
        first.push(Span::styled(" — in ", dim));
        first.push(Span::styled(h.page_title.as_str(), dim));
    }
    let mut second = vec![Span::styled(SNIPPET_INDENT, base)];
    second.extend(highlight(
        [(base, h.snippet.as_str())],
        &h.highlights,
        t.search_match,
    ));
    let fill = if selected { base } else { Style::new() };
    [
        Line::from(first).style(fill),
        Line::from(second).style(fill),
    ]
}
