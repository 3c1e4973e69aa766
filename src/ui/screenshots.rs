//! The screenshot command: draws named scenes at fixed sizes into a
//! `TestBackend`, writes each as `NAME.svg`, then converts each to
//! `NAME.png` with `rsvg-convert` (Debian's librsvg2-bin) when it is on the
//! PATH. `examples/screenshots.rs` is a thin wrapper around [`run`], and the
//! test suite calls [`run`] too, so the command cannot rot.
//!
//! To add a screen, push a [`Scene`] in [`scenes`]: a name, a size and a
//! closure that draws one frame.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use ratatui::backend::TestBackend;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Color, Modifier, Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListState, Paragraph, Wrap};
use ratatui::{Frame, Terminal};

use super::svg::{SvgOptions, buffer_to_svg};
use crate::domain::{Graph, load};

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
        }
    }

    /// The same scene drawn with other SVG options (say a light page).
    pub fn with_svg(mut self, svg: SvgOptions) -> Self {
        self.svg = svg;
        self
    }

    /// Draws the scene into a fresh `TestBackend` and returns it as SVG.
    pub fn render_svg(&self) -> Result<String> {
        let mut terminal = Terminal::new(TestBackend::new(self.width, self.height))?;
        terminal.draw(|frame| (self.draw)(frame))?;
        Ok(buffer_to_svg(terminal.backend().buffer(), &self.svg))
    }
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
    write_scenes(out_dir, &scenes(&graph), png)
}

/// The screenshots, in README order. Each scene owns what it draws.
pub fn scenes(graph: &Graph) -> Vec<Scene> {
    vec![placeholder(graph)]
}

/// Stand-in until the explorer's screens can be drawn here: the symptom
/// list and the first symptom, drawn with plain ratatui widgets.
fn placeholder(graph: &Graph) -> Scene {
    let items: Vec<String> = graph
        .symptoms
        .iter()
        .map(|s| format!("{:>2}. {}", s.number, s.short_title))
        .collect();
    let first = graph.symptoms.first();
    let title = first.map(|s| s.title.clone()).unwrap_or_default();
    let summary = first.map(|s| s.summary.clone()).unwrap_or_default();
    let cause = first
        .and_then(|s| graph.target_name(&s.most_common_cause))
        .unwrap_or_default()
        .to_string();
    let url = first.map(|s| s.url.clone()).unwrap_or_default();
    // Borders and the highlight symbol take 4 columns; show whole titles.
    let list_width = items.iter().map(|i| i.chars().count()).max().unwrap_or(0) + 4;
    let list_width = u16::try_from(list_width).unwrap_or(u16::MAX).min(50);
    Scene::new("placeholder", 100, 30, move |frame| {
        let [top, body, bottom] = frame.area().layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        let [left, right] = body.layout(&Layout::horizontal([
            Constraint::Length(list_width),
            Constraint::Fill(1),
        ]));
        let heading = Line::from(" cdtriage · Deployment and Release Problems ");
        frame.render_widget(heading.style(Style::new().bold().reversed()), top);

        let list = List::new(items.iter().map(String::as_str))
            .block(Block::bordered().title(Line::from(" Symptoms ").bold()))
            .highlight_style(Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD))
            .highlight_symbol("> ");
        frame.render_stateful_widget(list, left, &mut ListState::default().with_selected(Some(0)));

        let text = vec![
            Line::from(summary.as_str()),
            Line::default(),
            Line::from(vec![
                Span::raw("Most common cause: "),
                Span::raw(cause.as_str()).yellow().bold(),
            ]),
            Line::from(Span::raw(url.as_str()).cyan().underlined()),
        ];
        let detail = Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(Line::from(format!(" {title} ")).bold()));
        frame.render_widget(detail, right);

        let hints = Line::from(vec![
            " ↑↓".bold(),
            " move  ".dim(),
            "enter".bold(),
            " open  ".dim(),
            "/".bold(),
            " search  ".dim(),
            "q".bold(),
            " quit".dim(),
        ]);
        frame.render_widget(hints, bottom);
    })
}
