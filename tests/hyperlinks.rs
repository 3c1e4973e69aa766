//! URLs on a page are drawn as OSC 8 hyperlinks only when enabled; the
//! rest of the screen is unchanged either way.

mod common;

use cdtriage::ui::app::App;
use cdtriage::ui::view;
use common::{app, key, press, type_str};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;

/// The frame as drawn (the backend's copy lacks the cells a hyperlink
/// covers: the diff skips them, as it does on a real terminal).
fn buffer(a: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(a.area.width, a.area.height)).expect("terminal");
    let frame = t.draw(|f| view::draw(f, a)).expect("draw");
    frame.buffer.clone()
}

/// Symptom 11 at 120x40, scrolled to its end (the "On the site" line).
fn page_end(hyperlinks: bool, presenter: bool) -> App {
    let mut a = app(120, 40);
    a.hyperlinks = hyperlinks;
    type_str(&mut a, "11");
    if presenter {
        type_str(&mut a, "p");
    } else {
        press(&mut a, &[key(KeyCode::Enter)]);
    }
    type_str(&mut a, "G");
    a
}

fn links_in(b: &Buffer) -> Vec<String> {
    b.content
        .iter()
        .filter(|c| c.symbol().contains('\u{1b}'))
        .map(|c| c.symbol().to_string())
        .collect()
}

#[test]
fn the_site_url_is_a_hyperlink_when_enabled() {
    let url = "https://beyond.minimumcd.org/docs/symptoms/deployment/merge-freeze/";
    for presenter in [false, true] {
        let a = page_end(true, presenter);
        let s = &a.graph.symptoms[10];
        assert_eq!(s.url, url);
        let links = links_in(&buffer(&a));
        // Each line of the URL links to the whole URL. At 120x40 the page
        // is 50 columns wide and the URL is split over two lines; the
        // presenter's 80 columns hold it whole.
        let open = format!("\u{1b}]8;;{url}\u{1b}\\");
        let shown: String = links
            .iter()
            .filter_map(|l| l.strip_prefix(&open))
            .filter_map(|l| l.strip_suffix("\u{1b}]8;;\u{1b}\\"))
            .collect();
        assert_eq!(shown, url, "presenter {presenter}: {links:?}");
        let pieces = links.iter().filter(|l| l.starts_with(&open)).count();
        assert_eq!(pieces, if presenter { 1 } else { 2 });
    }
}

#[test]
fn read_more_links_to_the_cause_page() {
    let mut a = app(120, 40);
    a.hyperlinks = true;
    type_str(&mut a, "11");
    // Scroll the first "Read more" line to the top of the page.
    let line = a
        .browse
        .doc
        .lines
        .iter()
        .position(|l| l.text() == "Read more: Manual Deployments")
        .expect("symptom 11 has a Read more line");
    a.browse.scroll.offset = line;
    let links = links_in(&buffer(&a));
    let md = "https://beyond.minimumcd.org/docs/anti-patterns/pipeline/manual-deployments/";
    let wanted = format!("\u{1b}]8;;{md}\u{1b}\\Manual Deployments\u{1b}]8;;\u{1b}\\");
    assert!(links.contains(&wanted), "{links:?}");
}

#[test]
fn no_escape_sequences_when_disabled() {
    for presenter in [false, true] {
        let b = buffer(&page_end(false, presenter));
        assert!(links_in(&b).is_empty());
    }
}

#[test]
fn enabling_hyperlinks_changes_only_the_linked_cells() {
    let (on, off) = (
        buffer(&page_end(true, false)),
        buffer(&page_end(false, false)),
    );
    for (a, b) in on.content.iter().zip(&off.content) {
        if !a.symbol().contains('\u{1b}') {
            assert_eq!(a.symbol(), b.symbol());
        }
    }
}

#[test]
fn screenshots_look_the_same_with_hyperlinks() {
    use cdtriage::ui::screenshots::Scene;
    let svg = |hyperlinks: bool| {
        let a = page_end(hyperlinks, true);
        Scene::new("x", 120, 40, move |f| view::draw(f, &a))
            .render_svg()
            .expect("svg")
    };
    let (on, off) = (svg(true), svg(false));
    assert!(!on.contains('\u{1b}'));
    assert_eq!(on, off);
}
