//! `?` opens the help at the section of the screen it is pressed on.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::core::mode::Mode;
use common::{app, type_str};

/// The help's first visible lines, as text.
fn top_of_help(a: &App) -> Vec<String> {
    let o = &a.help;
    o.doc.lines[o.scroll.offset..]
        .iter()
        .take(3)
        .map(|l| l.text())
        .collect()
}

#[test]
fn help_opens_at_the_section_of_the_screen_it_is_opened_from() {
    for (w, h) in [(80, 24), (120, 40)] {
        for (keys, heading) in [
            ("", "Main screen"),
            ("t", "Triage checklist (t)"),
            (
                "11a",
                "Guided questions (a on a symptom, or from the triage)",
            ),
            ("t r", "Ranked causes (r)"),
        ] {
            let mut a = app(w, h);
            type_str(&mut a, keys);
            type_str(&mut a, "?");
            assert_eq!(a.mode, Mode::Help, "{keys:?}");
            let top = top_of_help(&a);
            assert!(
                top.iter().any(|l| l == heading),
                "{w}x{h} {keys:?}: the help opens at {top:?}, not at {heading:?}"
            );
        }
    }
}
