//! Files on disk: the config directory, session files and exports.

pub mod settings;
