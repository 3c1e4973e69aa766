//! Renders a ratatui [`Buffer`] as an SVG image: the screenshots in the
//! README are drawn into a `TestBackend` and written out with
//! [`buffer_to_svg`].
//!
//! The image is a monospace grid. Each row becomes one background rectangle
//! per run of cells sharing a background (runs of the default background are
//! left to the page rectangle) and one `<text>` per run of cells sharing a
//! look. Every `<text>` has a `textLength` so that runs stay on the grid
//! whatever font the viewer picks; wide characters get a `<text>` of their
//! own for the same reason. Box-drawing and block characters are drawn as
//! rectangles so borders join up between rows. The output depends only on
//! the buffer and the options, so the same screen gives byte-identical files.

mod grid;
mod palette;
mod shapes;

use std::fmt::Write as _;

use ratatui::buffer::Buffer;

use grid::{Glyph, Look, row_glyphs};

pub use palette::{Rgb, XTERM, resolve};

/// A cell's width in ems (a monospace advance is about 0.6 em).
pub const CELL_WIDTH_EM: f64 = 0.6;
/// A row's height in ems.
pub const CELL_HEIGHT_EM: f64 = 1.2;
/// The text baseline below the top of its row, in ems.
pub const BASELINE_EM: f64 = 0.95;
/// The width of a light box-drawing line, in ems (rounded to whole pixels).
pub const LINE_EM: f64 = 0.08;

/// How to draw the grid.
#[derive(Debug, Clone, PartialEq)]
pub struct SvgOptions {
    /// Font size in pixels; cell width and height follow from it.
    pub font_size: f64,
    /// A CSS font-family list.
    pub font_family: String,
    /// What `Color::Reset` means as a foreground.
    pub foreground: Rgb,
    /// What `Color::Reset` means as a background (and the page colour).
    pub background: Rgb,
    /// The 16 named colours, in ANSI order.
    pub palette: [Rgb; 16],
}

impl Default for SvgOptions {
    fn default() -> Self {
        Self::dark()
    }
}

impl SvgOptions {
    /// Light grey on near-black, xterm's colours: the default.
    pub fn dark() -> Self {
        Self {
            font_size: 16.0,
            font_family: "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace"
                .to_string(),
            foreground: Rgb(0xe0, 0xe0, 0xe0),
            background: Rgb(0x18, 0x18, 0x18),
            palette: XTERM,
        }
    }

    /// Near-black on white, for a light theme's screenshots.
    pub fn light() -> Self {
        Self {
            foreground: Rgb(0x1c, 0x1c, 0x1c),
            background: Rgb(0xff, 0xff, 0xff),
            ..Self::dark()
        }
    }

    /// The width of one cell in pixels.
    pub fn cell_width(&self) -> f64 {
        self.font_size * CELL_WIDTH_EM
    }

    /// The height of one row in pixels.
    pub fn cell_height(&self) -> f64 {
        self.font_size * CELL_HEIGHT_EM
    }
}

/// Renders the whole buffer as a standalone SVG document.
pub fn buffer_to_svg(buffer: &Buffer, opts: &SvgOptions) -> String {
    let area = buffer.area;
    let (cw, ch) = (opts.cell_width(), opts.cell_height());
    let width = num(f64::from(area.width) * cw);
    let height = num(f64::from(area.height) * ch);
    let rows: Vec<Vec<Glyph>> = (0..area.height)
        .map(|y| row_glyphs(buffer, y, opts))
        .collect();

    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    let _ = writeln!(
        out,
        r#"<rect width="{width}" height="{height}" fill="{}"/>"#,
        opts.background.hex()
    );
    out.push_str("<g shape-rendering=\"crispEdges\">\n");
    for (y, glyphs) in rows.iter().enumerate() {
        write_backgrounds(&mut out, glyphs, y, opts);
    }
    out.push_str("</g>\n<g shape-rendering=\"crispEdges\">\n");
    for (y, glyphs) in rows.iter().enumerate() {
        write_shapes(&mut out, glyphs, y, opts);
    }
    out.push_str("</g>\n");
    let _ = writeln!(
        out,
        r#"<g font-family="{}" font-size="{}" xml:space="preserve">"#,
        escape(&opts.font_family),
        num(opts.font_size)
    );
    for (y, glyphs) in rows.iter().enumerate() {
        write_texts(&mut out, glyphs, y, opts);
    }
    out.push_str("</g>\n</svg>\n");
    out
}

fn write_backgrounds(out: &mut String, glyphs: &[Glyph], y: usize, opts: &SvgOptions) {
    let (cw, ch) = (opts.cell_width(), opts.cell_height());
    for run in glyphs.chunk_by(|a, b| a.bg == b.bg) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        if first.bg == opts.background {
            continue;
        }
        let cols = last.col + last.width - first.col;
        let _ = writeln!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
            num(f64::from(first.col) * cw),
            num(y as f64 * ch),
            num(f64::from(cols) * cw),
            num(ch),
            first.bg.hex()
        );
    }
}

/// Box-drawing and block characters as rectangles, horizontal neighbours of
/// one colour merged so a border line is one rectangle.
fn write_shapes(out: &mut String, glyphs: &[Glyph], y: usize, opts: &SvgOptions) {
    let (cw, ch) = (opts.cell_width(), opts.cell_height());
    let line = (opts.font_size * LINE_EM).round().max(1.0);
    let mut rects: Vec<(Look, shapes::Rect)> = Vec::new();
    for g in glyphs.iter().filter(|g| !g.look.hidden) {
        if let Some(shape) = g.shape {
            let cell = [
                f64::from(g.col) * cw,
                y as f64 * ch,
                f64::from(g.width) * cw,
                ch,
            ];
            rects.extend(
                shapes::rects(shape, cell, line)
                    .into_iter()
                    .map(|r| (g.look, r)),
            );
        }
    }
    // Group rectangles into bands (colour, top, height), left to right.
    // Tops and heights in one row come from the same arithmetic, so equal
    // values are bit-for-bit equal.
    rects.sort_by(|(la, a), (lb, b)| {
        (la.fg, la.dim)
            .cmp(&(lb.fg, lb.dim))
            .then(a[1].total_cmp(&b[1]))
            .then(a[3].total_cmp(&b[3]))
            .then(a[0].total_cmp(&b[0]))
    });
    let mut merged: Vec<(Look, shapes::Rect)> = Vec::new();
    for (look, r) in rects {
        if let Some((last_look, last)) = merged.last_mut() {
            let same_band = *last_look == look && last[1] == r[1] && last[3] == r[3];
            if same_band && r[0] <= last[0] + last[2] + 1e-6 {
                last[2] = last[2].max(r[0] + r[2] - last[0]);
                continue;
            }
        }
        merged.push((look, r));
    }
    for (look, [x, y, w, h]) in merged {
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{}""#,
            num(x),
            num(y),
            num(w),
            num(h),
            look.fg.hex()
        );
        if look.dim {
            out.push_str(r#" fill-opacity="0.6""#);
        }
        out.push_str("/>\n");
    }
}

fn write_texts(out: &mut String, glyphs: &[Glyph], y: usize, opts: &SvgOptions) {
    let cw = opts.cell_width();
    let baseline = y as f64 * opts.cell_height() + opts.font_size * BASELINE_EM;
    let plain = |g: &Glyph| g.width == 1 && g.shape.is_none();
    let same_run = |a: &Glyph, b: &Glyph| a.look == b.look && plain(a) && plain(b);
    for run in glyphs.chunk_by(same_run) {
        let Some(first) = run.first() else { continue };
        let look = first.look;
        if look.hidden || first.shape.is_some() {
            continue;
        }
        // Undecorated blanks draw nothing: trim them off both ends.
        let run = if look.decorated() {
            run
        } else {
            let blank = |g: &Glyph| g.text == " ";
            let start = run.iter().position(|g| !blank(g)).unwrap_or(run.len());
            let end = run.iter().rposition(|g| !blank(g)).map_or(start, |i| i + 1);
            &run[start..end]
        };
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            continue;
        };
        let cols = last.col + last.width - first.col;
        let text: String = run.iter().map(|g| g.text.as_str()).collect();
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" fill="{}" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
            num(f64::from(first.col) * cw),
            num(baseline),
            look.fg.hex(),
            num(f64::from(cols) * cw),
        );
        write_look(out, look);
        let _ = writeln!(out, ">{}</text>", escape(&text));
    }
}

fn write_look(out: &mut String, look: Look) {
    if look.bold {
        out.push_str(r#" font-weight="bold""#);
    }
    if look.italic {
        out.push_str(r#" font-style="italic""#);
    }
    match (look.underline, look.crossed_out) {
        (true, true) => out.push_str(r#" text-decoration="underline line-through""#),
        (true, false) => out.push_str(r#" text-decoration="underline""#),
        (false, true) => out.push_str(r#" text-decoration="line-through""#),
        (false, false) => {}
    }
    if look.dim {
        out.push_str(r#" fill-opacity="0.6""#);
    }
}

/// Escapes text for XML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A pixel value with at most two decimals and no trailing zeros, so the
/// text is the same on every machine: 12 -> "12", 9.6 -> "9.6".
fn num(v: f64) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(9.6), "9.6");
        assert_eq!(num(0.0), "0");
        assert_eq!(num(19.2 * 3.0), "57.6");
        assert_eq!(num(1.0 / 3.0), "0.33");
    }
}
