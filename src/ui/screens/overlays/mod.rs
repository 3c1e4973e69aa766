//! The screens drawn over the main one: the help and About, scrollable.

pub mod keys;
pub mod state;
pub mod view;
