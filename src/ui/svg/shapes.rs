//! Box-drawing and block characters drawn as rectangles instead of text, so
//! borders join up across rows and columns whatever font the viewer has.
//! Other characters stay text.

/// How heavy one arm of a box-drawing character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Weight {
    None,
    Light,
    Heavy,
    Double,
}

/// A character that is drawn, not written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Shape {
    /// Lines from the cell centre to the edges: up, right, down, left.
    Arms([Weight; 4]),
    /// A filled part of the cell, as fractions: left, top, right, bottom.
    Block([f64; 4]),
}

/// A rectangle in pixels: x, y, width, height.
pub(super) type Rect = [f64; 4];

/// The shape for a cell's text, if it is one this module draws.
pub(super) fn shape(text: &str) -> Option<Shape> {
    use Weight::{Double as D, Heavy as H, Light as L, None as N};
    let mut chars = text.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let arms = match c {
        '─' => [N, L, N, L],
        '│' => [L, N, L, N],
        '┌' | '╭' => [N, L, L, N],
        '┐' | '╮' => [N, N, L, L],
        '└' | '╰' => [L, L, N, N],
        '┘' | '╯' => [L, N, N, L],
        '├' => [L, L, L, N],
        '┤' => [L, N, L, L],
        '┬' => [N, L, L, L],
        '┴' => [L, L, N, L],
        '┼' => [L, L, L, L],
        '━' => [N, H, N, H],
        '┃' => [H, N, H, N],
        '┏' => [N, H, H, N],
        '┓' => [N, N, H, H],
        '┗' => [H, H, N, N],
        '┛' => [H, N, N, H],
        '┣' => [H, H, H, N],
        '┫' => [H, N, H, H],
        '┳' => [N, H, H, H],
        '┻' => [H, H, N, H],
        '╋' => [H, H, H, H],
        '═' => [N, D, N, D],
        '║' => [D, N, D, N],
        '╔' => [N, D, D, N],
        '╗' => [N, N, D, D],
        '╚' => [D, D, N, N],
        '╝' => [D, N, N, D],
        '╠' => [D, D, D, N],
        '╣' => [D, N, D, D],
        '╦' => [N, D, D, D],
        '╩' => [D, D, N, D],
        '╬' => [D, D, D, D],
        _ => return block(c).map(Shape::Block),
    };
    Some(Shape::Arms(arms))
}

fn block(c: char) -> Option<[f64; 4]> {
    Some(match c {
        '█' => [0.0, 0.0, 1.0, 1.0],
        '▀' => [0.0, 0.0, 1.0, 0.5],
        '▄' => [0.0, 0.5, 1.0, 1.0],
        '▌' => [0.0, 0.0, 0.5, 1.0],
        '▐' => [0.5, 0.0, 1.0, 1.0],
        _ => return None,
    })
}

/// The rectangles that draw `shape` in the cell at (`x`, `y`) of size
/// `w` x `h`; `line` is the width of a light line.
pub(super) fn rects(shape: Shape, [x, y, w, h]: Rect, line: f64) -> Vec<Rect> {
    match shape {
        Shape::Block([l, t, r, b]) => vec![[x + l * w, y + t * h, (r - l) * w, (b - t) * h]],
        Shape::Arms(arms) => {
            let (cx, cy) = (x + w / 2.0, y + h / 2.0);
            let mut out = Vec::new();
            for (i, weight) in arms.into_iter().enumerate() {
                // Each line of the arm: its offset from the centre line and
                // its thickness. Arms overlap at the centre so joints close.
                let lines: &[(f64, f64)] = match weight {
                    Weight::None => &[],
                    Weight::Light => &[(0.0, line)],
                    Weight::Heavy => &[(0.0, 2.0 * line)],
                    Weight::Double => &[(-line, line), (line, line)],
                };
                let reach = if weight == Weight::Double {
                    1.5 * line
                } else {
                    lines.first().map_or(0.0, |l| l.1 / 2.0)
                };
                for &(off, t) in lines {
                    out.push(match i {
                        0 => [cx + off - t / 2.0, y, t, h / 2.0 + reach],
                        1 => [cx - reach, cy + off - t / 2.0, x + w - cx + reach, t],
                        2 => [cx + off - t / 2.0, cy - reach, t, y + h - cy + reach],
                        _ => [x, cy + off - t / 2.0, cx - x + reach, t],
                    });
                }
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_single_known_characters_are_shapes() {
        assert!(shape("─").is_some());
        assert!(shape("█").is_some());
        assert!(shape("a").is_none());
        assert!(shape("──").is_none());
        assert!(shape("").is_none());
    }

    #[test]
    fn a_light_corner_meets_in_the_middle() {
        // A 10x20 cell at (0, 0) with 2px lines: centre (5, 10).
        let r = rects(shape("┌").expect("a shape"), [0.0, 0.0, 10.0, 20.0], 2.0);
        // Right arm from x 4 (centre minus half a line) to the edge at 10.
        // Down arm from y 9 to the bottom at 20.
        assert_eq!(r, vec![[4.0, 9.0, 6.0, 2.0], [4.0, 9.0, 2.0, 11.0]]);
    }

    #[test]
    fn a_horizontal_line_spans_the_cell() {
        let r = rects(shape("─").expect("a shape"), [10.0, 20.0, 10.0, 20.0], 2.0);
        // Right arm x 14..20, left arm x 10..16, both at y 29..31.
        assert_eq!(r, vec![[14.0, 29.0, 6.0, 2.0], [10.0, 29.0, 6.0, 2.0]]);
    }

    #[test]
    fn an_upper_half_block() {
        let r = rects(shape("▀").expect("a shape"), [0.0, 0.0, 10.0, 20.0], 2.0);
        assert_eq!(r, vec![[0.0, 0.0, 10.0, 10.0]]);
    }
}
