//! Screens that own their folder: state, key table, update and view (the
//! shape issue 11 asks for). Each is reached through an [`crate::ui::core::mode::Mode`]
//! and routed to by `App::update`.

pub mod actions;
pub mod browse;
pub mod find_symptom;
pub mod overlays;
pub mod questions;
pub mod search;
pub mod sessions;
pub mod since;
pub mod triage;
