//! The terminal user interface.

pub mod screenshots;
pub mod svg;

use anyhow::Result;

use crate::domain::Graph;

/// Runs the interactive explorer until the user quits.
pub fn run(_graph: Graph) -> Result<()> {
    anyhow::bail!("the explorer is not built yet")
}
