//! Screens that own their folder: state, key table, update and view.

pub mod find_symptom;
