//! A graph imported from the fixture site (`tests/fixtures/site`, written
//! for the tests: two symptoms, two anti-pattern pages with sections, fix
//! steps and tables, and a triage questionnaire), with its answer facts.

use std::path::Path;

use cdtriage::domain::import::site::{self, Site};
use cdtriage::domain::{Graph, facts};
use cdtriage::ui::app::App;
use cdtriage::ui::core::theme::Theme;

/// The fixture site's folder.
pub fn site_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site")
}

/// The fixture site imported as `cdtriage import --site` does, its answer
/// facts derived and attached as `--data` loads them.
pub fn site_graph() -> Graph {
    let files = Site::read(&site_dir()).expect("the fixture site reads");
    let imported = site::import(&files, &site::Options::default()).expect("it imports");
    let (f, _) = facts::derive(&imported.graph);
    facts::attach(imported.graph, &f, "fixture").expect("its facts attach")
}

/// An explorer on the fixture site's graph.
pub fn site_app(width: u16, height: u16) -> App {
    App::new(site_graph(), Theme::dark(), width, height)
}
