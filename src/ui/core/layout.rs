//! Where every pane goes. [`compute`] is the one place rectangles are worked
//! out: rendering draws into them and mouse handling hit-tests against them.

use ratatui::layout::{Margin, Position, Rect};

/// Smallest usable terminal; below it a "too small" message is shown.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// From this width on, the links pane gets its own column.
pub const WIDE: u16 = 120;

/// The panes of the main screen (outer rectangles, borders included).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    pub list: Rect,
    pub page: Rect,
    pub links: Rect,
    pub status: Rect,
    /// The help overlay, centred over the panes.
    pub help: Rect,
    /// The About screen, over everything but the status bar.
    pub about: Rect,
    /// Where the presenter view draws (see [`stage`]).
    pub stage: Stage,
}

/// The presenter view: one centred column of text with wide margins, the
/// page on top and its links under it, and a one-line hint at the bottom.
/// No borders: every rectangle is text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stage {
    /// The page text.
    pub page: Rect,
    /// The column right of the page text, for a scrollbar.
    pub scrollbar: Rect,
    /// The links' heading ("Causes (3)").
    pub links_title: Rect,
    /// The links, one row per wrapped line.
    pub links: Rect,
    /// The one-line hint (where the status bar is on the main screen).
    pub hint: Rect,
}

/// Widest presenter text column: about the width people read comfortably.
pub const STAGE_TEXT_WIDTH: u16 = 80;
/// Least blank columns left and right of the presenter column.
pub const STAGE_MARGIN: u16 = 4;

/// The whole screen: panes, or too small to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    TooSmall { area: Rect },
    Main(Panes),
}

/// Lays out a terminal `area` for a page whose links take `link_rows` rows
/// (the links pane is only as tall as it needs to be, up to a limit, when it
/// sits under the page).
///
/// Every split here fits its area (the lengths never add up to more than
/// the space), so it is plain arithmetic: the same rectangles ratatui's
/// constraint solver gives (a test checks that over many sizes) without its
/// cost at start-up.
pub fn compute(area: Rect, link_rows: usize) -> Screen {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return Screen::TooSmall { area };
    }
    let (body, status) = split_bottom(area, 1);
    let (list, page, links) = if area.width >= WIDE {
        let side = |min: u16, max: u16| (area.width * 23 / 100).clamp(min, max);
        let (list, rest) = split_left(body, side(32, 50));
        let links_width = side(34, 48);
        let (page, links) = split_left(rest, rest.width - links_width);
        (list, page, links)
    } else {
        let list_width = (area.width * 3 / 8).clamp(28, 34);
        let (list, right) = split_left(body, list_width);
        let wanted = u16::try_from(link_rows.saturating_add(2)).unwrap_or(u16::MAX);
        let links_height = wanted.min(10).min(right.height / 2).max(4);
        let (page, links) = split_bottom(right, links_height);
        (list, page, links)
    };
    let help = centre_columns(body, body.width.min(84)).inner(Margin::new(2, 1));
    let stage = stage(body, status, link_rows);
    Screen::Main(Panes::new(body, status, [list, page, links], help, stage))
}

impl Panes {
    /// The main screen's panes: `body` is all but the `status` row, and the
    /// About screen covers it.
    fn new(
        body: Rect,
        status: Rect,
        [list, page, links]: [Rect; 3],
        help: Rect,
        stage: Stage,
    ) -> Self {
        Panes {
            list,
            page,
            links,
            status,
            help,
            about: body,
            stage,
        }
    }
}

/// `r` cut into its left `width` columns and the rest.
fn split_left(r: Rect, width: u16) -> (Rect, Rect) {
    let left = Rect::new(r.x, r.y, width, r.height);
    let right = Rect::new(r.x + width, r.y, r.width - width, r.height);
    (left, right)
}

/// `r` cut into the rest and its bottom `height` rows.
fn split_bottom(r: Rect, height: u16) -> (Rect, Rect) {
    let top = Rect::new(r.x, r.y, r.width, r.height - height);
    let bottom = Rect::new(r.x, r.y + top.height, r.width, height);
    (top, bottom)
}

/// A column `width` wide centred in `r` (an odd spare column goes left, as
/// ratatui's centring rounds).
fn centre_columns(r: Rect, width: u16) -> Rect {
    Rect::new(r.x + (r.width - width).div_ceil(2), r.y, width, r.height)
}

/// Lays out the presenter view in `body` (the screen above the `hint` row)
/// for a page whose links take `link_rows` rows: a blank row above and
/// below, a column at most [`STAGE_TEXT_WIDTH`] wide in the middle, and the
/// links under the page taking at most a third of the column (they scroll).
pub fn stage(body: Rect, hint: Rect, link_rows: usize) -> Stage {
    let column = centre_columns(body.inner(Margin::new(0, 1)), stage_width(body));
    let rows = stage_link_rows(column, link_rows);
    let [page, _gap, links_title, links] = stack(column, [rows, 1, 1]);
    Stage {
        page,
        scrollbar: stage_scrollbar(body, page),
        links_title,
        links,
        hint,
    }
}

/// How wide the presenter column is in `body`.
fn stage_width(body: Rect) -> u16 {
    body.width
        .saturating_sub(2 * STAGE_MARGIN)
        .min(STAGE_TEXT_WIDTH)
}

/// How many rows of `column` the links take: at most a third, at least one.
fn stage_link_rows(column: Rect, link_rows: usize) -> u16 {
    let most = (column.height / 3).max(1);
    u16::try_from(link_rows).unwrap_or(u16::MAX).clamp(1, most)
}

/// The column right of the presenter `page`, inside `body`.
fn stage_scrollbar(body: Rect, page: Rect) -> Rect {
    Rect::new(
        page.right()
            .saturating_add(1)
            .min(body.right().saturating_sub(1)),
        page.y,
        1,
        page.height,
    )
}

/// `r` cut into rows: the rest on top, then a gap, a title row and the
/// bottom `rows` (`[rows, gap, title]`), as long as they fit.
fn stack(r: Rect, [rows, gap, title]: [u16; 3]) -> [Rect; 4] {
    let (rest, links) = split_bottom(r, rows.min(r.height));
    let (rest, title) = split_bottom(rest, title.min(rest.height));
    let (page, gap) = split_bottom(rest, gap.min(rest.height));
    [page, gap, title, links]
}

/// The inside of a bordered pane.
pub fn inner(r: Rect) -> Rect {
    r.inner(Margin::new(1, 1))
}

/// The text area of a bordered pane of running text: one blank column
/// each side, so words never touch the border or the scrollbar.
pub fn text_area(r: Rect) -> Rect {
    r.inner(Margin::new(2, 1))
}

/// Whether the cell at `column`, `row` lies in `r`.
pub fn hit(r: Rect, column: u16, row: u16) -> bool {
    r.contains(Position::new(column, row))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::{Constraint, Layout};

    /// The layout as ratatui's constraint solver works it out: [`compute`]
    /// must give exactly these rectangles.
    fn solved(area: Rect, link_rows: usize) -> Panes {
        let [body, status] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        let (list, page, links) = if area.width >= WIDE {
            let side = |min: u16, max: u16| (area.width * 23 / 100).clamp(min, max);
            let [list, page, links] = body.layout(&Layout::horizontal([
                Constraint::Length(side(32, 50)),
                Constraint::Fill(1),
                Constraint::Length(side(34, 48)),
            ]));
            (list, page, links)
        } else {
            let list_width = (area.width * 3 / 8).clamp(28, 34);
            let [list, right] = body.layout(&Layout::horizontal([
                Constraint::Length(list_width),
                Constraint::Fill(1),
            ]));
            let wanted = u16::try_from(link_rows.saturating_add(2)).unwrap_or(u16::MAX);
            let links_height = wanted.min(10).min(right.height / 2).max(4);
            let [page, links] = right.layout(&Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(links_height),
            ]));
            (list, page, links)
        };
        let help = body
            .centered(Constraint::Max(84), Constraint::Percentage(100))
            .inner(Margin::new(2, 1));
        let column = body
            .inner(Margin::new(0, 1))
            .centered_horizontally(Constraint::Length(stage_width(body)));
        let rows = stage_link_rows(column, link_rows);
        let [s_page, _gap, links_title, s_links] = column.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(rows),
        ]));
        let scrollbar = stage_scrollbar(body, s_page);
        let stage = Stage {
            page: s_page,
            scrollbar,
            links_title,
            links: s_links,
            hint: status,
        };
        Panes::new(body, status, [list, page, links], help, stage)
    }

    #[test]
    fn the_arithmetic_matches_ratatuis_solver() {
        let mut sizes: Vec<(u16, u16, usize)> = (MIN_WIDTH..=400).map(|w| (w, 30, 6)).collect();
        for h in (MIN_HEIGHT..=70).chain([99, 150]) {
            for w in [60, 81, 100, 119, 120, 160, 233] {
                for link_rows in [0, 1, 2, 5, 8, 9, 40, usize::MAX] {
                    sizes.push((w, h, link_rows));
                }
            }
        }
        for (w, h, link_rows) in sizes {
            let area = Rect::new(0, 0, w, h);
            assert_eq!(
                compute(area, link_rows),
                Screen::Main(solved(area, link_rows)),
                "{w}x{h} with {link_rows} link rows"
            );
        }
    }

    fn main(w: u16, h: u16, link_rows: usize) -> Panes {
        match compute(Rect::new(0, 0, w, h), link_rows) {
            Screen::Main(p) => p,
            Screen::TooSmall { .. } => panic!("{w}x{h} should be usable"),
        }
    }

    #[test]
    fn at_80x24_the_links_sit_under_the_page() {
        let p = main(80, 24, 6);
        assert_eq!(p.list, Rect::new(0, 0, 30, 23));
        assert_eq!(p.page, Rect::new(30, 0, 50, 15));
        assert_eq!(p.links, Rect::new(30, 15, 50, 8));
        assert_eq!(p.status, Rect::new(0, 23, 80, 1));
    }

    #[test]
    fn wide_screens_get_three_columns() {
        let p = main(160, 45, 6);
        // 23% of 160 is 36 (rounded down) for each side column.
        assert_eq!(p.list, Rect::new(0, 0, 36, 44));
        assert_eq!(p.page, Rect::new(36, 0, 88, 44));
        assert_eq!(p.links, Rect::new(124, 0, 36, 44));
        let p = main(120, 40, 6);
        assert_eq!((p.list.width, p.page.width, p.links.width), (32, 54, 34));
    }

    #[test]
    fn the_stage_is_a_centred_column_of_at_most_80() {
        // 100x30: the body is 29 rows; 27 after the blank rows; the
        // column is 80 wide, 10 columns in. Links get min(6, 27 / 3).
        let s = main(100, 30, 6).stage;
        assert_eq!(s.page, Rect::new(10, 1, 80, 19));
        assert_eq!(s.links_title, Rect::new(10, 21, 80, 1));
        assert_eq!(s.links, Rect::new(10, 22, 80, 6));
        assert_eq!(s.hint, Rect::new(0, 29, 100, 1));
        assert_eq!(s.scrollbar, Rect::new(91, 1, 1, 19));
        // 80x24: 72 wide (4 each side); 20 link rows are capped at 21 / 3.
        let s = main(80, 24, 20).stage;
        assert_eq!((s.page.x, s.page.width), (4, 72));
        assert_eq!(s.links.height, 7);
        // No links still leaves a row for "(no links)".
        assert_eq!(main(80, 24, 0).stage.links.height, 1);
    }

    #[test]
    fn below_the_minimum_is_too_small() {
        for (w, h) in [(0, 0), (1, 1), (59, 24), (80, 14)] {
            assert!(matches!(
                compute(Rect::new(0, 0, w, h), 3),
                Screen::TooSmall { .. }
            ));
        }
        let p = main(60, 15, 10);
        assert!(p.page.height >= 4 && p.links.height >= 4);
    }
}
