//! A table of the guide (a fix step's objections, "Measuring progress"'s
//! metrics) as aligned columns that fit the width: each column as wide as
//! its widest cell when they all fit, otherwise the room shared out so that
//! narrow columns keep their width and wide ones wrap their cells. Too
//! narrow for columns, each row is written as "header: cell" lines.

use textwrap::core::display_width;

use crate::ui::document::{Builder, DocLine, Role};

/// Between two columns.
const GAP: &str = " │ ";
/// The narrowest a column may get before the table is written row by row.
const MIN_COLUMN: usize = 8;

/// Writes a table at `indent`.
pub fn table(b: &mut Builder, header: &[String], rows: &[Vec<String>], indent: usize) {
    let columns = rows.iter().map(Vec::len).chain([header.len()]).max();
    let Some(columns) = columns.filter(|&n| n > 0) else {
        return;
    };
    let room = usize::from(b.width())
        .saturating_sub(indent)
        .saturating_sub(display_width(GAP) * (columns - 1));
    if room < MIN_COLUMN * columns {
        return stacked(b, header, rows, indent);
    }
    let cell = |row: &[String], c: usize| row.get(c).map_or("", String::as_str).to_string();
    let natural: Vec<usize> = (0..columns)
        .map(|c| {
            std::iter::once(header)
                .chain(rows.iter().map(Vec::as_slice))
                .map(|r| display_width(&cell(r, c)))
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect();
    let widths = share(&natural, room);
    let wrapped: Vec<Vec<Vec<String>>> = rows
        .iter()
        .map(|r| (0..columns).map(|c| wrap(&cell(r, c), widths[c])).collect())
        .collect();
    let ruled = wrapped.iter().flatten().any(|lines| lines.len() > 1);
    let head: Vec<Vec<String>> = (0..columns)
        .map(|c| wrap(&cell(header, c), widths[c]))
        .collect();
    if !header.is_empty() {
        lines(b, &head, &widths, indent, Role::Subheading);
        b.push(rule(&widths, indent));
    }
    for (i, row) in wrapped.iter().enumerate() {
        if ruled && i > 0 {
            b.push(rule(&widths, indent));
        }
        lines(b, row, &widths, indent, Role::Text);
    }
}

/// Column widths for `natural` widths in `room` columns: all natural when
/// they fit; otherwise each column that needs less than an equal share of
/// what is left keeps its width, and the others split the rest.
pub fn share(natural: &[usize], room: usize) -> Vec<usize> {
    if natural.iter().sum::<usize>() <= room {
        return natural.to_vec();
    }
    let mut widths = vec![0; natural.len()];
    let mut order: Vec<usize> = (0..natural.len()).collect();
    order.sort_by_key(|&c| natural[c]);
    let mut left = room;
    let mut rest = &order[..];
    while let Some((&c, others)) = rest.split_first() {
        let fair = left / rest.len();
        if natural[c] > fair {
            break;
        }
        widths[c] = natural[c];
        left -= natural[c];
        rest = others;
    }
    let n = rest.len().max(1);
    for (k, &c) in rest.iter().enumerate() {
        widths[c] = left / n + usize::from(k < left % n);
    }
    widths
}

/// A cell's text in lines of at most `width` columns (a word wider than
/// that is broken).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let options =
        textwrap::Options::new(width.max(1)).word_splitter(textwrap::WordSplitter::NoHyphenation);
    let lines: Vec<String> = textwrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    if lines.is_empty() {
        vec![String::new()]
    } else {
        lines
    }
}

/// The display lines of one row whose cells are wrapped.
fn lines(b: &mut Builder, cells: &[Vec<String>], widths: &[usize], indent: usize, role: Role) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(1);
    for n in 0..height {
        let mut spans = vec![(Role::Text, " ".repeat(indent))];
        for (c, cell) in cells.iter().enumerate() {
            if c > 0 {
                spans.push((Role::Label, GAP.to_string()));
            }
            let text = cell.get(n).map_or("", String::as_str);
            let pad = widths[c].saturating_sub(display_width(text));
            spans.push((role, format!("{text}{}", " ".repeat(pad))));
        }
        // No trailing spaces at the end of a line.
        if let Some((_, last)) = spans.last_mut() {
            last.truncate(last.trim_end().len());
        }
        spans.retain(|(_, s)| !s.is_empty());
        b.push(DocLine { spans });
    }
}

/// The rule under the header (and between rows whose cells wrap).
fn rule(widths: &[usize], indent: usize) -> DocLine {
    let parts: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
    let mut spans = Vec::new();
    if indent > 0 {
        spans.push((Role::Text, " ".repeat(indent)));
    }
    spans.push((Role::Label, parts.join("─┼─")));
    DocLine { spans }
}

/// Too narrow for columns: each row as its cells, each after its header.
fn stacked(b: &mut Builder, header: &[String], rows: &[Vec<String>], indent: usize) {
    for row in rows {
        b.blank();
        for (c, text) in row.iter().enumerate() {
            match header.get(c).filter(|h| !h.is_empty()) {
                Some(h) => b.labelled(&format!("{h}: "), Role::Text, text, indent),
                None => b.para(Role::Text, text, indent),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|s| s.to_string()).collect()
    }

    fn render(width: u16, header: &[&str], rows: &[&[&str]]) -> Vec<String> {
        let mut b = Builder::new(width);
        let rows: Vec<Vec<String>> = rows.iter().map(|r| strings(r)).collect();
        table(&mut b, &strings(header), &rows, 2);
        b.finish().lines.iter().map(DocLine::text).collect()
    }

    #[test]
    fn columns_as_wide_as_their_widest_cell_when_they_fit() {
        let lines = render(
            60,
            &["Metric", "What to look for"],
            &[&["Lead time", "Should fall"], &["Manual steps", "Zero"]],
        );
        assert_eq!(
            lines,
            [
                "  Metric       │ What to look for",
                "  ─────────────┼─────────────────",
                "  Lead time    │ Should fall",
                "  Manual steps │ Zero",
            ]
        );
    }

    #[test]
    fn a_wide_column_wraps_its_cells_and_rows_get_rules() {
        let lines = render(
            30,
            &["Worry", "Answer"],
            &[
                &["It breaks", "Then fix it once and for all, together"],
                &["Sam", "Fine"],
            ],
        );
        // 30 - indent 2 - gap 3 = 25 columns: "Worry"/"It breaks" keep 9,
        // the answers get 16.
        assert_eq!(
            lines,
            [
                "  Worry     │ Answer",
                "  ──────────┼─────────────────",
                "  It breaks │ Then fix it once",
                "            │ and for all,",
                "            │ together",
                "  ──────────┼─────────────────",
                "  Sam       │ Fine",
            ]
        );
        assert!(lines.iter().all(|l| display_width(l) <= 30));
    }

    #[test]
    fn the_room_is_shared_by_need() {
        assert_eq!(share(&[5, 50, 50], 45), [5, 20, 20]);
        assert_eq!(share(&[5, 50, 51], 46), [5, 21, 20]);
        assert_eq!(share(&[3, 4], 10), [3, 4]);
    }

    #[test]
    fn too_narrow_for_columns_each_cell_follows_its_header() {
        let lines = render(14, &["A", "B"], &[&["one", "two"]]);
        assert_eq!(lines, ["  A: one", "  B: two"]);
    }

    #[test]
    fn every_word_of_every_cell_is_kept_in_its_column() {
        let cell = "a long cell with many words that must all be kept in order";
        let lines = render(40, &["x", "y", "z"], &[&[cell, cell, "short"]]);
        for l in &lines {
            assert!(display_width(l) <= 40, "{l}");
        }
        // Below the header and its rule, column c of each line is a piece of
        // cell c: joined, the pieces give the cell back word for word.
        let column = |c: usize| -> String {
            let pieces: Vec<String> = lines[2..]
                .iter()
                .filter_map(|l| l.split('│').nth(c).map(|p| p.trim().to_string()))
                .filter(|p| !p.is_empty())
                .collect();
            pieces.join(" ")
        };
        assert_eq!(column(0), cell);
        assert_eq!(column(1), cell);
        assert_eq!(column(2), "short");
    }
}
