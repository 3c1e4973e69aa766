//! The screenshot command: draws named scenes at fixed sizes into a
//! `TestBackend`, writes each as `NAME.svg`, then converts each to
//! `NAME.png` with `rsvg-convert` (Debian's librsvg2-bin) when it is on the
//! PATH. `examples/screenshots.rs` is a thin wrapper around [`run`], and the
//! test suite calls [`run`] too, so the command cannot rot.
//!
//! To add a screen, push a [`Scene`] in [`scenes`] (`screenshots/scenes.rs`):
//! a name, a size and a closure that draws one frame.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::{Frame, Terminal};

use crate::domain::load;
use crate::ui::svg::{SvgOptions, buffer_to_svg};

mod demo_sessions;
mod keys;
mod scenes;

pub use scenes::{app_scene, scenes};

/// The program that turns SVG into PNG.
pub const RSVG_CONVERT: &str = "rsvg-convert";

/// One screenshot: a file name (without extension), a terminal size, how to
/// colour it, and a closure that draws one frame.
pub struct Scene {
    /// File name without extension: letters, digits, `-` and `_`.
    pub name: String,
    /// Terminal columns.
    pub width: u16,
    /// Terminal rows.
    pub height: u16,
    /// Colours and font for the SVG (the dark defaults unless changed).
    pub svg: SvgOptions,
    /// Draws the scene. It may capture app state built beforehand.
    pub draw: Box<dyn Fn(&mut Frame)>,
    /// Text that differs from machine to machine (a temp folder's path) and
    /// what to show instead, so the images are the same everywhere.
    pub redact: Vec<(String, String)>,
}

impl Scene {
    /// A scene with the default (dark) SVG options.
    pub fn new(
        name: impl Into<String>,
        width: u16,
        height: u16,
        draw: impl Fn(&mut Frame) + 'static,
    ) -> Self {
        Self {
            name: name.into(),
            width,
            height,
            svg: SvgOptions::default(),
            draw: Box::new(draw),
            redact: Vec::new(),
        }
    }

    /// The same scene drawn with other SVG options (say a light page).
    pub fn with_svg(mut self, svg: SvgOptions) -> Self {
        self.svg = svg;
        self
    }

    /// The same scene with every drawn `text` shown as `instead` (padded
    /// with spaces when shorter). Drawing fails if `text` is not on screen,
    /// so a machine-specific string can never slip into an image.
    pub fn with_redaction(mut self, text: impl Into<String>, instead: impl Into<String>) -> Self {
        self.redact.push((text.into(), instead.into()));
        self
    }

    /// Draws the scene into a fresh `TestBackend` and returns it as SVG.
    pub fn render_svg(&self) -> Result<String> {
        let mut terminal = Terminal::new(TestBackend::new(self.width, self.height))?;
        terminal.draw(|frame| (self.draw)(frame))?;
        let mut buffer = terminal.backend().buffer().clone();
        for (text, instead) in &self.redact {
            if !redact(&mut buffer, text, instead) {
                bail!("`{text}` is not on the screen, so it cannot be replaced");
            }
        }
        Ok(buffer_to_svg(&buffer, &self.svg))
    }
}

/// Replaces every run of cells spelling `text` (one character a cell) with
/// `instead`, padded with spaces to `text`'s width, in the first cell's
/// style. Returns whether `text` was found.
fn redact(buffer: &mut Buffer, text: &str, instead: &str) -> bool {
    let want: Vec<String> = text.chars().map(String::from).collect();
    let area = buffer.area;
    let mut found = false;
    for y in area.top()..area.bottom() {
        let row: Vec<String> = (area.left()..area.right())
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        let mut x = 0;
        while !want.is_empty() && x + want.len() <= row.len() {
            if row[x..x + want.len()] == want[..] {
                let left = area.left() + u16::try_from(x).unwrap_or(u16::MAX);
                let style = buffer[(left, y)].style();
                let shown = format!("{instead:<width$}", width = want.len());
                buffer.set_string(left, y, shown, style);
                found = true;
                x += want.len();
            } else {
                x += 1;
            }
        }
    }
    found
}

/// Whether to make PNGs as well as SVGs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Png {
    /// Convert with `rsvg-convert` if it is on the PATH; say so if not.
    IfAvailable,
    /// Convert with this program (called like `rsvg-convert -o PNG SVG`)
    /// if it can be found; say so if not.
    Using(String),
    /// SVG only.
    Never,
}

/// What [`write_scenes`] wrote.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// The SVG files, in scene order.
    pub svgs: Vec<PathBuf>,
    /// The PNG files, in scene order (empty when none were made).
    pub pngs: Vec<PathBuf>,
    /// Why no PNGs were made, when they were wanted but could not be.
    pub png_skipped: Option<String>,
}

/// Renders every scene to `out_dir/NAME.svg` (creating the directory), then
/// PNGs as `png` asks. A scene with a bad or repeated name, an unwritable
/// directory or a failing `rsvg-convert` is an error; a missing
/// `rsvg-convert` is not (see [`Written::png_skipped`]).
pub fn write_scenes(out_dir: &Path, scenes: &[Scene], png: Png) -> Result<Written> {
    check_names(scenes)?;
    fs::create_dir_all(out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    let mut written = Written::default();
    for scene in scenes {
        let path = out_dir.join(format!("{}.svg", scene.name));
        let svg = scene
            .render_svg()
            .with_context(|| format!("cannot draw scene `{}`", scene.name))?;
        fs::write(&path, svg).with_context(|| format!("cannot write {}", path.display()))?;
        written.svgs.push(path);
    }
    let program = match &png {
        Png::IfAvailable => Some(RSVG_CONVERT),
        Png::Using(program) => Some(program.as_str()),
        Png::Never => None,
    };
    if let Some(program) = program {
        for svg in &written.svgs {
            let png_path = svg.with_extension("png");
            match convert(program, svg, &png_path)? {
                true => written.pngs.push(png_path),
                false => {
                    written.png_skipped = Some(format!(
                        "{program} is not on the PATH, so no PNGs were made \
                         (for rsvg-convert on Debian: apt-get install librsvg2-bin)"
                    ));
                    break;
                }
            }
        }
    }
    Ok(written)
}

fn check_names(scenes: &[Scene]) -> Result<()> {
    let mut seen = std::collections::BTreeSet::new();
    for scene in scenes {
        let name = scene.name.as_str();
        let fine = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        if name.is_empty() || !name.chars().all(fine) {
            bail!("scene name `{name}` must be letters, digits, `-` or `_`");
        }
        if !seen.insert(name) {
            bail!("two scenes are named `{name}`");
        }
    }
    Ok(())
}

/// Runs `PROGRAM -o PNG SVG`. `Ok(false)` when the program is missing.
fn convert(program: &str, svg: &Path, png: &Path) -> Result<bool> {
    let output = match Command::new(program).arg("-o").arg(png).arg(svg).output() {
        Ok(output) => output,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e).context(format!("cannot run {program}")),
    };
    if !output.status.success() {
        bail!(
            "{program} failed on {}: {}",
            svg.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(true)
}

/// Writes every scene of the embedded graph into `out_dir`: the screenshot
/// command. Tests call it with a temp dir.
pub fn run(out_dir: &Path, png: Png) -> Result<Written> {
    let graph = load::embedded()?;
    write_scenes(out_dir, &scenes(&graph)?, png)
}
