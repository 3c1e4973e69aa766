//! The triage checklist and the ranked causes, and how the main screen
//! reaches the diagnosis screens: state, keys, update, fitting and drawing.

mod fit;
pub mod keys;
mod open;
pub mod state;
pub(crate) mod update;
pub mod view;
