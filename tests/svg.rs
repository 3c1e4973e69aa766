//! The buffer-to-SVG renderer. Expected elements are worked out by hand for
//! a 10 px font: cells 6 x 12 px, baseline 9.5 px below a row's top, light
//! lines 1 px (0.08 em rounded).

use cdtriage::ui::svg::{Rgb, SvgOptions, buffer_to_svg};
use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::{Block, Widget};

fn opts() -> SvgOptions {
    SvgOptions {
        font_size: 10.0,
        ..SvgOptions::dark()
    }
}

fn buffer(width: u16, height: u16) -> Buffer {
    Buffer::empty(Rect::new(0, 0, width, height))
}

/// Renders, checks the document parses as XML, and returns the text.
fn svg(buf: &Buffer) -> String {
    let out = buffer_to_svg(buf, &opts());
    if let Err(e) = roxmltree::Document::parse(&out) {
        panic!("not well-formed XML: {e}\n{out}");
    }
    out
}

/// The `<text>` elements' contents, in document order.
fn texts(out: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(out).expect("parses");
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_string())
        .collect()
}

fn has(out: &str, element: &str) {
    assert!(out.contains(element), "missing {element}\nin:\n{out}");
}

#[test]
fn a_bold_red_word_on_blue() {
    let mut buf = buffer(6, 2);
    let style = Style::new().fg(Color::Red).bg(Color::Blue).bold();
    buf.set_string(1, 0, "Hi", style);
    buf.set_string(0, 1, "ok", Style::new());
    let out = svg(&buf);
    // 6 x 2 cells of 6 x 12 px.
    has(&out, r##"width="36" height="24" viewBox="0 0 36 24""##);
    has(&out, r##"<rect width="36" height="24" fill="#181818"/>"##);
    // "Hi" covers columns 1-2: x 6, width 12; xterm blue is #0000ee.
    has(
        &out,
        r##"<rect x="6" y="0" width="12" height="12" fill="#0000ee"/>"##,
    );
    has(
        &out,
        r##"<text x="6" y="9.5" fill="#cd0000" textLength="12" lengthAdjust="spacingAndGlyphs" font-weight="bold">Hi</text>"##,
    );
    // Row 1 in the default colours: baseline 12 + 9.5.
    has(
        &out,
        r##"<text x="0" y="21.5" fill="#e0e0e0" textLength="12" lengthAdjust="spacingAndGlyphs">ok</text>"##,
    );
    assert_eq!(out.matches("<rect").count(), 2, "page + one background");
    assert_eq!(texts(&out), ["Hi", "ok"]);
    has(&out, r##"font-size="10" xml:space="preserve""##);
}

#[test]
fn reversed_swaps_the_default_colours() {
    let mut buf = buffer(2, 1);
    buf.set_string(0, 0, "R", Style::new().add_modifier(Modifier::REVERSED));
    let out = svg(&buf);
    has(
        &out,
        r##"<rect x="0" y="0" width="6" height="12" fill="#e0e0e0"/>"##,
    );
    has(
        &out,
        r##"fill="#181818" textLength="6" lengthAdjust="spacingAndGlyphs">R</text>"##,
    );
}

#[test]
fn indexed_and_rgb_colours_become_hex() {
    let mut buf = buffer(3, 1);
    let style = Style::new().fg(Color::Indexed(67)).bg(Color::Rgb(1, 2, 3));
    buf.set_string(0, 0, "abc", style);
    let out = svg(&buf);
    // 67 = 16 + 36*1 + 6*2 + 3: cube levels (95, 135, 175).
    has(&out, r##"fill="#5f87af" textLength="18""##);
    has(
        &out,
        r##"<rect x="0" y="0" width="18" height="12" fill="#010203"/>"##,
    );
}

#[test]
fn the_light_options_change_what_reset_means() {
    let mut buf = buffer(1, 1);
    buf.set_string(0, 0, "x", Style::new());
    let out = buffer_to_svg(&buf, &SvgOptions::light());
    has(&out, r##"fill="#ffffff"/>"##);
    has(&out, r##"fill="#1c1c1c" textLength"##);
    assert_eq!(SvgOptions::light().background, Rgb(255, 255, 255));
}

#[test]
fn markup_characters_are_escaped() {
    let mut buf = buffer(6, 1);
    buf.set_string(0, 0, "<&>\"'", Style::new());
    let out = svg(&buf);
    has(&out, ">&lt;&amp;&gt;&quot;&apos;</text>");
    assert_eq!(texts(&out), ["<&>\"'"]);
}

#[test]
fn a_wide_character_spans_two_cells_and_stands_alone() {
    let mut buf = buffer(6, 1);
    buf.set_string(0, 0, "a日b", Style::new().bg(Color::Green));
    let out = svg(&buf);
    // a: column 0; 日: columns 1-2; b: column 3 (x 18).
    has(
        &out,
        r##"<text x="0" y="9.5" fill="#e0e0e0" textLength="6" "##,
    );
    has(
        &out,
        r##"<text x="6" y="9.5" fill="#e0e0e0" textLength="12" "##,
    );
    has(
        &out,
        r##"<text x="18" y="9.5" fill="#e0e0e0" textLength="6" "##,
    );
    assert_eq!(texts(&out), ["a", "日", "b"]);
    // One green run over 4 columns: the cell hidden by 日 is not read.
    has(
        &out,
        r##"<rect x="0" y="0" width="24" height="12" fill="#00cd00"/>"##,
    );
}

#[test]
fn a_hyperlink_cell_shows_only_its_text() {
    // An OSC 8 link stored the way ratatui's hyperlink example does: two
    // characters in the first cell's symbol, the second cell skipped.
    let mut buf = buffer(4, 1);
    buf[(0, 0)].set_symbol("\u{1b}]8;;https://example.org\u{1b}\\ab\u{1b}]8;;\u{1b}\\");
    buf[(1, 0)].set_diff_option(CellDiffOption::Skip);
    buf[(1, 0)].set_symbol("b");
    buf.set_string(2, 0, "cd", Style::new());
    let out = svg(&buf);
    assert_eq!(texts(&out), ["ab", "cd"]);
    has(
        &out,
        r##"<text x="0" y="9.5" fill="#e0e0e0" textLength="12" "##,
    );
    has(
        &out,
        r##"<text x="12" y="9.5" fill="#e0e0e0" textLength="12" "##,
    );
}

#[test]
fn blank_ends_are_trimmed_unless_underlined() {
    let mut buf = buffer(5, 2);
    buf.set_string(0, 0, " x y ", Style::new());
    buf.set_string(0, 1, "a b", Style::new().add_modifier(Modifier::UNDERLINED));
    let out = svg(&buf);
    has(
        &out,
        r##"<text x="6" y="9.5" fill="#e0e0e0" textLength="18" "##,
    );
    assert_eq!(texts(&out), ["x y", "a b"]);
    has(&out, r##"text-decoration="underline">a b</text>"##);
}

#[test]
fn modifiers_become_attributes_and_hidden_text_is_not_drawn() {
    let mut buf = buffer(4, 1);
    buf.set_string(0, 0, "i", Style::new().add_modifier(Modifier::ITALIC));
    buf.set_string(1, 0, "d", Style::new().add_modifier(Modifier::DIM));
    buf.set_string(2, 0, "s", Style::new().add_modifier(Modifier::CROSSED_OUT));
    buf.set_string(3, 0, "h", Style::new().add_modifier(Modifier::HIDDEN));
    let out = svg(&buf);
    has(&out, r##"font-style="italic">i</text>"##);
    has(&out, r##"fill-opacity="0.6">d</text>"##);
    has(&out, r##"text-decoration="line-through">s</text>"##);
    assert_eq!(texts(&out), ["i", "d", "s"]);
}

#[test]
fn box_drawing_is_drawn_as_joined_rectangles() {
    let mut buf = buffer(3, 1);
    buf.set_string(0, 0, "───", Style::new());
    let out = svg(&buf);
    // Centre line y 6 +- 0.5; the three cells merge into one 18 px bar.
    has(
        &out,
        r##"<rect x="0" y="5.5" width="18" height="1" fill="#e0e0e0"/>"##,
    );
    assert!(texts(&out).is_empty());

    let mut boxed = buffer(3, 3);
    Block::bordered().render(boxed.area, &mut boxed);
    let out = svg(&boxed);
    assert!(texts(&out).is_empty(), "borders are not text");
    // Left edge, middle row: the up and down arms of │ at x 2.5..3.5,
    // y 12..18.5 and 17.5..24.
    has(
        &out,
        r##"<rect x="2.5" y="12" width="1" height="6.5" fill="#e0e0e0"/>"##,
    );
    has(
        &out,
        r##"<rect x="2.5" y="17.5" width="1" height="6.5" fill="#e0e0e0"/>"##,
    );
}

#[test]
fn the_same_buffer_gives_the_same_bytes() {
    let build = || {
        let mut buf = buffer(20, 4);
        Block::bordered().title("t").render(buf.area, &mut buf);
        buf.set_string(1, 1, "日本 <x>", Style::new().fg(Color::Yellow));
        buf.set_string(1, 2, "plain", Style::new().bg(Color::Indexed(200)));
        buf
    };
    let (a, b) = (build(), build());
    let first = svg(&a);
    assert_eq!(first, buffer_to_svg(&a, &opts()));
    assert_eq!(first, buffer_to_svg(&b, &opts()));
}

#[test]
fn an_offset_buffer_area_is_drawn_from_its_corner() {
    let mut buf = Buffer::empty(Rect::new(5, 7, 2, 1));
    buf.set_string(5, 7, "z", Style::new());
    let out = svg(&buf);
    has(&out, r##"<text x="0" y="9.5" "##);
    assert_eq!(texts(&out), ["z"]);
}

#[test]
fn an_empty_buffer_is_still_a_document() {
    let out = svg(&buffer(0, 0));
    has(&out, r##"width="0" height="0""##);
}
