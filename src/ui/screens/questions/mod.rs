//! The guided questions of one symptom and their summary: the walk on
//! screen, its keys, its update code and its drawing.

pub mod keys;
pub mod state;
mod update;
pub mod view;
