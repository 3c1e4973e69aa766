//! Properties of the SVG renderer over random buffers, including raw cell
//! symbols with control characters and escape sequences in them.

use cdtriage::ui::svg::{SvgOptions, buffer_to_svg};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

/// What to put in the buffer: via `set_string` (as widgets do) or straight
/// into one cell's symbol (as hyperlink tricks do).
#[derive(Debug, Clone)]
enum Put {
    Text(u16, u16, String, Style),
    Symbol(u16, u16, String),
}

fn color() -> impl Strategy<Value = Color> {
    prop_oneof![
        Just(Color::Reset),
        Just(Color::Red),
        Just(Color::White),
        any::<u8>().prop_map(Color::Indexed),
        any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
    ]
}

fn style() -> impl Strategy<Value = Style> {
    (color(), color(), any::<u16>()).prop_map(|(fg, bg, bits)| {
        Style::new()
            .fg(fg)
            .bg(bg)
            .add_modifier(Modifier::from_bits_truncate(bits))
    })
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,8}",
        "[<>&\"' ─│┌日本a]{0,8}",
        "[\u{fffe}\u{ffff}\u{0}\u{85}x]{0,4}",
        Just("\u{1b}]8;;http://x\u{1b}\\ab\u{1b}]8;;\u{1b}\\".to_string()),
        Just("\u{1b}[31m\u{7}\u{0}x".to_string()),
    ]
}

fn put() -> impl Strategy<Value = Put> {
    prop_oneof![
        (0..24u16, 0..6u16, text(), style()).prop_map(|(x, y, t, s)| Put::Text(x, y, t, s)),
        (0..24u16, 0..6u16, text()).prop_map(|(x, y, t)| Put::Symbol(x, y, t)),
    ]
}

fn build(width: u16, height: u16, puts: &[Put]) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    for p in puts {
        match p {
            Put::Text(x, y, t, s) if *x < width && *y < height => {
                buf.set_string(*x, *y, t, *s);
            }
            Put::Symbol(x, y, t) => {
                if let Some(cell) = buf.cell_mut((*x, *y)) {
                    cell.set_symbol(t);
                }
            }
            Put::Text(..) => {}
        }
    }
    buf
}

proptest! {
    #[test]
    fn any_buffer_renders_to_well_formed_stable_svg(
        width in 0..24u16,
        height in 0..6u16,
        puts in prop::collection::vec(put(), 0..12),
    ) {
        let buf = build(width, height, &puts);
        let opts = SvgOptions::default();
        let out = buffer_to_svg(&buf, &opts);
        let doc = roxmltree::Document::parse(&out);
        prop_assert!(doc.is_ok(), "{:?}\n{}", doc.err(), out);
        prop_assert_eq!(&out, &buffer_to_svg(&buf, &opts));
        if let Ok(doc) = doc {
            let texts = doc.descendants().filter(|n| n.has_tag_name("text"));
            let mut count = 0;
            for node in texts {
                count += 1;
                let t = node.text().unwrap_or_default();
                prop_assert!(!t.chars().any(char::is_control), "{:?}", t);
            }
            prop_assert!(count <= usize::from(width) * usize::from(height));
        }
    }
}
