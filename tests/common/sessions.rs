//! Helpers for the session tests: an app with a session open in a temp
//! config directory, and the files it writes.

use std::path::{Path, PathBuf};

use cdtriage::domain::Session;
use cdtriage::storage::Store;
use cdtriage::ui::app::App;

/// An 80x24 app with session `name` opened (or created) under `dir`.
pub fn open(dir: &Path, name: &str) -> App {
    let mut a = super::ui::app(80, 24);
    a.start_session(Some(Store::new(dir)), Some(name))
        .expect("the session opens");
    a
}

/// The file of session `name` under config dir `dir`.
pub fn file(dir: &Path, name: &str) -> PathBuf {
    dir.join("sessions").join(format!("{name}.ron"))
}

/// Session `name` as it is on disk.
pub fn on_disk(dir: &Path, name: &str) -> Session {
    Store::new(dir).load(name).expect("loads").session
}

/// The id of the `i`-th symptom.
pub fn symptom_id(a: &App, i: usize) -> String {
    a.graph.symptoms[i].id.clone()
}
