//! Helpers shared by the integration tests. Each test crate uses a subset.
#![allow(dead_code, unused_imports)]

pub mod diagnosis;
pub mod pty;
pub mod sessions;
pub mod site;
pub mod sprints;
pub mod ui;

pub use diagnosis::*;
pub use sessions::*;
pub use site::*;
pub use ui::*;
