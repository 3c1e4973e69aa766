//! `cdtriage keys`: the key reference as Markdown, from the same key tables
//! that handle keys and generate the in-app help.

use std::process::ExitCode;

use anyhow::Result;

pub fn run() -> Result<ExitCode> {
    super::output::print(&crate::ui::keys::help::markdown())?;
    Ok(ExitCode::SUCCESS)
}
