//! Leaf types every screen shares, with no imports from the rest of the
//! user interface: what the user can ask for, the modes and focus, browser
//! history, where panes go, scrolling, colours and shared wording.

pub mod action;
pub mod diagnosis_layout;
pub mod history;
pub mod layout;
pub mod mode;
pub mod opener;
pub mod scroll;
pub mod theme;
pub mod today;
pub mod words;
