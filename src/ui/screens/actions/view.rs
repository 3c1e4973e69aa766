//! Draws the actions screen: the list (status, due date, owner, text, linked
//! page; overdue ones highlighted and named) and the highlighted item in
//! full. Only draws.

use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Wrap};

use crate::domain::{ActionItem, Graph, Target, printable};
use crate::ui::app::App;
use crate::ui::core::layout::Screen;
use crate::ui::core::theme::{Theme, overdue_style};
use crate::ui::widgets::pane::fit;

/// Rows of the detail pane, borders included.
const DETAIL_ROWS: u16 = 7;

/// The list's and the detail's rectangles within the main area.
pub fn areas(body: Rect) -> (Rect, Rect) {
    let [list, detail] = body.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(DETAIL_ROWS),
    ]));
    (list, detail)
}

/// How many items the list shows at once (borders and header row left out).
pub fn list_rows(screen: &Screen) -> usize {
    match screen {
        Screen::Main(p) => usize::from(areas(p.about).0.height.saturating_sub(3)).max(1),
        Screen::TooSmall { .. } => 1,
    }
}

/// The page an item is linked to, in words ("-" for none).
pub fn page_name(graph: &Graph, target: Option<&Target>) -> String {
    match target {
        None => "-".into(),
        Some(t) => graph
            .target_name(t)
            .map_or_else(|| format!("{} (not in this guide)", t.id()), str::to_string),
    }
}

/// The status word: open, done or overdue.
pub fn status_word(item: &ActionItem, today: Date) -> &'static str {
    if item.is_overdue(today) {
        "overdue"
    } else {
        item.status().label()
    }
}

/// Draws the screen into the main area.
pub fn render(frame: &mut Frame, app: &App) {
    let Screen::Main(p) = app.screen else {
        return;
    };
    let (list_area, detail_area) = areas(p.about);
    frame.render_widget(Clear, p.about);
    let t = &app.theme;
    let today = crate::ui::core::today::today(app.actions.today);
    list(frame, list_area, app, today);
    let item = app
        .actions
        .item
        .and_then(|i| app.session.actions.get(i).map(|a| (i, a)));
    let lines = match item {
        Some((_, a)) => detail(a, &app.graph, today, t),
        None => vec![Line::styled(
            "No action items in this session yet: A on a page adds one linked to it.",
            t.dim,
        )],
    };
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .border_style(t.border)
        .title(Line::from(" Highlighted action item ").style(t.pane_title));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        detail_area,
    );
}

fn list(frame: &mut Frame, area: Rect, app: &App, today: Date) {
    let t = &app.theme;
    let s = &app.session;
    let open = s.actions.iter().filter(|a| !a.done).count();
    let overdue = s.overdue_actions(today).len();
    let name = app.sessions.state.name().unwrap_or("unsaved");
    let mut title = format!(" Action items of \"{}\": {} open", printable(name), open);
    if overdue > 0 {
        title.push_str(&format!(", {overdue} overdue"));
    }
    title.push(' ');
    let block = Block::bordered()
        .padding(Padding::horizontal(1))
        .border_style(t.border_focused)
        .title(Line::from(title).style(t.pane_title_focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let cols = Columns::for_width(width);
    let mut lines = vec![Line::styled(cols.header(), t.heading)];
    let rows = usize::from(inner.height.saturating_sub(1)).max(1);
    let order = s.actions_in_order();
    let selected = app.actions.position(s);
    // The offset as updated, moved so the highlight shows at this size.
    let mut offset = app.actions.offset.min(selected);
    if selected >= offset + rows {
        offset = selected + 1 - rows;
    }
    for &i in order.iter().skip(offset).take(rows) {
        let a = &s.actions[i];
        let style = if app.actions.item == Some(i) {
            t.selected
        } else if a.is_overdue(today) {
            overdue_style(t)
        } else if a.done {
            t.dim
        } else {
            t.text
        };
        lines.push(Line::styled(cols.row(a, &app.graph, today), style));
    }
    if order.is_empty() {
        lines.push(Line::styled("  (none)", t.dim));
    }
    frame.render_widget(Paragraph::new(lines), inner);
    crate::ui::widgets::pane::scrollbar(area, frame.buffer_mut(), order.len(), offset, rows, t);
}

/// Column widths for a list this wide.
struct Columns {
    owner: usize,
    text: usize,
    page: usize,
}

/// `[x] ` and the status word (7) and a space, the due date (10) and a space.
const FIXED: usize = 4 + 8 + 11;

impl Columns {
    fn for_width(width: usize) -> Self {
        let rest = width.saturating_sub(FIXED);
        let owner = if rest >= 40 { 11 } else { 0 };
        let page = if rest >= 60 {
            rest / 4
        } else if rest >= 44 {
            16
        } else {
            0
        };
        let text = rest.saturating_sub(owner + page + usize::from(page > 0));
        Columns { owner, text, page }
    }

    fn header(&self) -> String {
        let mut h = format!("    {:<8}{:<11}", "status", "due");
        if self.owner > 0 {
            h.push_str(&fit("owner", self.owner));
        }
        h.push_str(&fit("action item", self.text));
        if self.page > 0 {
            h.push(' ');
            h.push_str(&fit("linked page", self.page));
        }
        h
    }

    fn row(&self, a: &ActionItem, graph: &Graph, today: Date) -> String {
        let mark = if a.done { "[x] " } else { "[ ] " };
        let due = a
            .due
            .as_deref()
            .map_or_else(|| "-".to_string(), |d| printable(d).into_owned());
        let mut r = format!("{mark}{:<8}{} ", status_word(a, today), fit(&due, 10));
        if self.owner > 0 {
            let owner = a
                .owner
                .as_deref()
                .map_or_else(|| "-".to_string(), |o| format!("@{}", printable(o)));
            r.push_str(&fit(&owner, self.owner - 1));
            r.push(' ');
        }
        r.push_str(&fit(&printable(&a.text), self.text));
        if self.page > 0 {
            r.push(' ');
            r.push_str(&fit(&page_name(graph, a.cause.as_ref()), self.page));
        }
        r
    }
}

fn detail<'a>(a: &'a ActionItem, graph: &Graph, today: Date, t: &Theme) -> Vec<Line<'a>> {
    let label = |s: &'static str| Span::styled(s, t.app_label);
    let status = status_word(a, today);
    let status_style = if a.is_overdue(today) {
        overdue_style(t)
    } else {
        Style::default()
    };
    let mut lines = vec![Line::raw(printable(&a.text).into_owned())];
    lines.push(Line::from(vec![
        label("Status: "),
        Span::styled(status, status_style),
        label("   Owner: "),
        Span::raw(
            a.owner
                .as_deref()
                .map_or_else(|| "nobody yet".into(), |o| printable(o).into_owned()),
        ),
        label("   Due: "),
        Span::raw(
            a.due
                .as_deref()
                .map_or_else(|| "no date".into(), |d| printable(d).into_owned()),
        ),
    ]));
    lines.push(Line::from(vec![
        label("Linked to: "),
        Span::raw(match &a.cause {
            None => "no page".to_string(),
            Some(_) => page_name(graph, a.cause.as_ref()),
        }),
    ]));
    lines
}
