//! The search screen: the query box on top and the results under it: each
//! page on a line of its own (kind and title), and under it its best
//! matching passages, one line each (kind and the matching text, the matched
//! characters highlighted, and the words matched through the thesaurus).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::domain::{PageHit, PassageHit};
use crate::ui::app::App;
use crate::ui::core::layout;
use crate::ui::core::theme::Theme;
use crate::ui::screens::search::{Areas, ROWS_PER_RESULT};

use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;
use crate::ui::widgets::highlight::highlight;
use crate::ui::widgets::pane::scrollbar;

/// The search box's title, naming the keys that open a result and go back.
pub fn title() -> String {
    let keys = keymap::phrase(
        Mode::Search,
        &[(Action::Open, "opens"), (Action::CloseSearch, "goes back")],
        " ",
        ", ",
    );
    format!(" Search ({keys}) ")
}
/// Width of the kind column.
const KIND: usize = 13;
/// Indent of a passage under its page.
const PASSAGE_INDENT: &str = "  ";
/// Width of a passage's kind column.
const PASSAGE_KIND: usize = 10;

/// What the results pane says before anything is typed; the keys are the
/// search screen's own.
fn hint() -> [String; 4] {
    let key = |action: Action| keymap::key(Mode::Search, action);
    [
        "Type a few words about the problem, the way someone says them in the room:".into(),
        "    merge freeze    snowflake    nobody can roll back    change board".into(),
        "Say it in your own words: other words for the same thing, partial words and small \
         typos are fine. Each page is listed with its best matching passages under it: \
         causes, what you are seeing, the questions, and your notes."
            .into(),
        format!(
            "{}/{} choose a result, {} opens its page at the match, {} goes back to where you \
             were. On a page, {} and {} jump between matches.",
            key(Action::Up),
            key(Action::Down),
            key(Action::Open),
            key(Action::CloseSearch),
            keymap::key(Mode::Browse, Action::MatchNext),
            keymap::key(Mode::Browse, Action::MatchPrev),
        ),
    ]
}

/// Draws the search screen over the main area `body`.
pub fn render(frame: &mut Frame, body: Rect, app: &App) {
    let t = &app.theme;
    let areas = Areas::of(body);
    frame.render_widget(Clear, body);
    render_input(frame, areas.input, app);
    let s = &app.search;
    let count = match s.results.pages.len() {
        0 => " Results ".to_string(),
        1 => " 1 page ".to_string(),
        n => format!(" {n} pages "),
    };
    let block = Block::bordered()
        .border_style(t.border)
        .title(Line::from(count).style(t.pane_title))
        .style(t.text);
    frame.render_widget(block, areas.results);
    let inner = layout::text_area(areas.results);
    if s.input.text().trim().is_empty() {
        let lines: Vec<Line> = hint()
            .into_iter()
            .flat_map(|h| [Line::from(h), Line::default()])
            .collect();
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        return;
    }
    if s.rows.is_empty() {
        let text = if s.results.missing.is_empty() {
            format!(
                "Nothing matches “{}”. Try other words for the same problem.",
                s.input.text()
            )
        } else {
            format!(
                "Nothing matches “{}”: not found anywhere in the guide: {}. \
                 Try other words for the same problem.",
                s.input.text(),
                s.results.missing.join(", ")
            )
        };
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), inner);
        return;
    }
    let visible = areas.visible_results();
    let lines: Vec<Line> = (s.cursor.offset..s.rows.len())
        .take(visible)
        .filter_map(|i| {
            let (page, passage) = s.row(i)?;
            let selected = i == s.cursor.selected;
            Some(match passage {
                None => page_line(page, selected, t),
                Some(p) => passage_line(p, selected, t),
            })
        })
        .map(|l| clip(l, usize::from(inner.width)))
        .collect();
    // The lines are already cut to the width: set them straight into the
    // buffer (a Paragraph would measure and cut each line again, on every
    // keystroke).
    let buf = frame.buffer_mut();
    for (row, line) in (inner.y..inner.bottom()).zip(&lines) {
        buf.set_line(inner.x, row, line, inner.width);
    }
    scrollbar(
        areas.results,
        frame.buffer_mut(),
        s.rows.len() * ROWS_PER_RESULT,
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
        .title(Line::from(title()).style(t.pane_title_focused));
    let inner = layout::text_area(area);
    frame.render_widget(block, area);
    crate::ui::widgets::line_input::draw(frame, inner, &app.search.input, t.text);
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

/// A page's line: its kind and its title, the matched words highlighted.
fn page_line<'a>(h: &'a PageHit, selected: bool, t: &Theme) -> Line<'a> {
    let base = if selected { t.selected } else { t.text };
    let kind = format!("{:<KIND$}", h.kind.label());
    let mut spans = vec![Span::styled(kind, if selected { base } else { t.dim })];
    spans.extend(highlight(
        [(base.patch(t.question), h.title.as_str())],
        &h.title_highlights,
        t.search_match,
    ));
    let fill = if selected { base } else { Style::new() };
    Line::from(spans).style(fill)
}

/// A passage's line under its page: its kind, the words matched through
/// the thesaurus ("worried = anxiety"), then its snippet with the matched
/// characters highlighted.
fn passage_line<'a>(p: &'a PassageHit, selected: bool, t: &Theme) -> Line<'a> {
    let base = if selected { t.selected } else { t.text };
    let dim = if selected { base } else { t.dim };
    let kind = format!("{PASSAGE_INDENT}{:<PASSAGE_KIND$}", p.kind.label());
    let mut spans = vec![Span::styled(kind, dim)];
    for s in &p.synonyms {
        spans.push(Span::styled(format!("({} = {}) ", s.query, s.matched), dim));
    }
    spans.extend(highlight(
        [(base, p.snippet.as_str())],
        &p.highlights,
        t.search_match,
    ));
    let fill = if selected { base } else { Style::new() };
    Line::from(spans).style(fill)
}
