//! cdtriage: a terminal explorer for the "Deployment and Release Problems"
//! section of beyond.minimumcd.org (CC BY 4.0).
//!
//! Layers: [`domain`] (graph, import, diagnosis; no terminal types),
//! [`storage`] (files on disk), [`ui`] (ratatui), and [`cli`] (arguments and
//! non-interactive commands).

pub mod cli;
pub mod domain;
pub mod storage;
pub mod ui;
