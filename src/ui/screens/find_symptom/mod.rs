//! "Find your symptom": the site's own triage questionnaire
//! (`data/triage.yaml` of a guide imported from its source), walked one
//! question at a time in the site's words, with Back, Start over and the
//! "Step N" breadcrumb, to a result: what the problem may really be, its
//! symptom page (Enter opens it), the practices driving it, where to start
//! and how to know it is improving; `+` marks the symptom for the triage.
//!
//! [`state`] holds the walk and the rows shown, [`keys`] the key table,
//! `update` the actions, [`view`] the drawing.

pub mod keys;
pub mod state;
mod update;
pub mod view;

pub use state::{FindSymptom, Pick};
