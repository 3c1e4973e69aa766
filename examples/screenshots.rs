//! Writes the README screenshots: `cargo run --example screenshots [DIR]`
//! (default `screenshots/`). SVG always; PNG too when `rsvg-convert` is on
//! the PATH (Debian: `apt-get install librsvg2-bin`).

use std::path::PathBuf;

use cdtriage::ui::screenshots::{Png, run};

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "screenshots".into()),
    );
    let written = run(&dir, Png::IfAvailable)?;
    for path in written.svgs.iter().chain(&written.pngs) {
        println!("wrote {}", path.display());
    }
    if let Some(why) = written.png_skipped {
        println!("{why}");
    }
    Ok(())
}
