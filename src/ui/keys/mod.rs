//! The key vocabulary and the registry of every mode's key table; the help
//! and the README's key list are generated from it.

pub mod diagnosis;
pub mod help;
pub mod keymap;
pub mod names;
pub mod undo;
pub mod vocab;
