//! The screenshot command, run into temp dirs so it cannot rot. PNGs are
//! checked when `rsvg-convert` is installed; without it the command must
//! still succeed and say why there are no PNGs.

use std::fs;
use std::path::Path;

use cdtriage::domain::load;
use cdtriage::ui::screenshots::{self, Png, Scene, write_scenes};
use cdtriage::ui::svg::{SvgOptions, buffer_to_svg};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

fn parse_size(path: &Path) -> (f64, f64) {
    let text = fs::read_to_string(path).expect("svg written");
    let doc = roxmltree::Document::parse(&text).expect("well-formed SVG");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    let attr = |name| {
        let value = root.attribute(name).unwrap_or_default();
        value.parse::<f64>().expect("a number")
    };
    (attr("width"), attr("height"))
}

fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("dir exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_screenshot_command_writes_every_scene() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("screenshots");
    let written = screenshots::run(&out, Png::IfAvailable).expect("command runs");

    let graph = load::embedded().expect("embedded graph");
    let scenes = screenshots::scenes(&graph).expect("scenes build");
    assert!(!scenes.is_empty());
    let want: Vec<_> = scenes
        .iter()
        .map(|s| out.join(format!("{}.svg", s.name)))
        .collect();
    assert_eq!(written.svgs, want);
    for (scene, path) in scenes.iter().zip(&written.svgs) {
        // 16 px font: 9.6 x 19.2 px cells.
        let (w, h) = parse_size(path);
        assert!(
            (w - f64::from(scene.width) * 9.6).abs() < 0.01,
            "{}",
            scene.name
        );
        assert!(
            (h - f64::from(scene.height) * 19.2).abs() < 0.01,
            "{}",
            scene.name
        );
    }
    if written.pngs.is_empty() {
        let why = written.png_skipped.expect("a reason for no PNGs");
        assert!(why.contains("rsvg-convert"), "{why}");
    } else {
        assert_eq!(written.pngs.len(), written.svgs.len());
        for png in &written.pngs {
            let bytes = fs::read(png).expect("png written");
            assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{}", png.display());
        }
    }
}

#[test]
fn rerunning_reproduces_the_same_svgs() {
    let (a, b) = (
        tempfile::tempdir().expect("a"),
        tempfile::tempdir().expect("b"),
    );
    let first = screenshots::run(a.path(), Png::Never).expect("first run");
    let second = screenshots::run(b.path(), Png::Never).expect("second run");
    assert_eq!(first.svgs.len(), second.svgs.len());
    for (x, y) in first.svgs.iter().zip(&second.svgs) {
        assert_eq!(fs::read(x).expect("x"), fs::read(y).expect("y"));
    }
    assert!(first.pngs.is_empty() && first.png_skipped.is_none());
}

#[test]
fn the_committed_screenshots_are_what_the_command_draws() {
    let dir = tempfile::tempdir().expect("temp dir");
    let written = screenshots::run(dir.path(), Png::Never).expect("runs");
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("screenshots");
    for svg in &written.svgs {
        let name = svg.file_name().expect("a file name");
        let old = fs::read(committed.join(name)).unwrap_or_default();
        assert!(
            old == fs::read(svg).expect("written"),
            "screenshots/{} is out of date: run `cargo run --example screenshots`",
            name.to_string_lossy()
        );
    }
}

fn tiny() -> Scene {
    Scene::new("tiny", 4, 1, |frame| {
        frame.render_widget("hi", frame.area())
    })
}

#[test]
fn a_scene_is_its_frame_rendered_to_svg() {
    let dir = tempfile::tempdir().expect("temp dir");
    let written = write_scenes(dir.path(), &[tiny()], Png::Never).expect("writes");
    assert_eq!(file_names(dir.path()), ["tiny.svg"]);
    let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
    buf.set_string(0, 0, "hi", Style::new());
    let want = buffer_to_svg(&buf, &SvgOptions::default());
    assert_eq!(fs::read_to_string(&written.svgs[0]).expect("svg"), want);
}

#[test]
fn a_scene_can_use_light_options() {
    let scene = tiny().with_svg(SvgOptions::light());
    let svg = scene.render_svg().expect("renders");
    assert!(svg.contains(r##"fill="#ffffff"/>"##), "{svg}");
}

#[test]
fn a_missing_converter_is_reported_not_fatal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let png = Png::Using("cdtriage-test-no-such-program".into());
    let written = write_scenes(dir.path(), &[tiny()], png).expect("still writes SVG");
    assert_eq!(file_names(dir.path()), ["tiny.svg"]);
    let why = written.png_skipped.expect("says why");
    assert!(
        why.contains("cdtriage-test-no-such-program is not on the PATH"),
        "{why}"
    );
}

#[test]
fn a_failing_converter_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    // `false` exists everywhere and always fails.
    let err = write_scenes(dir.path(), &[tiny()], Png::Using("false".into()))
        .expect_err("conversion failed");
    assert!(err.to_string().contains("false failed on"), "{err}");
}

#[test]
fn bad_or_repeated_scene_names_are_refused_before_writing() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["", "../escape", "a b", "x.svg"] {
        let scene = Scene::new(name, 2, 1, |_| {});
        let err = write_scenes(dir.path(), &[scene], Png::Never).expect_err(name);
        assert!(err.to_string().contains("must be letters"), "{err}");
    }
    let err = write_scenes(dir.path(), &[tiny(), tiny()], Png::Never).expect_err("twice");
    assert!(
        err.to_string().contains("two scenes are named `tiny`"),
        "{err}"
    );
    assert!(file_names(dir.path()).is_empty(), "nothing written");
}

#[test]
fn a_redaction_replaces_the_text_and_pads_it_with_spaces() {
    let scene = Scene::new("folder", 16, 2, |frame| {
        frame.render_widget("at /tmp/x9/s", frame.area())
    })
    .with_redaction("/tmp/x9/s", "~/s");
    let svg = scene.render_svg().expect("renders");
    // "at ~/s" then spaces: "at " (3) + "~/s" (3) + 6 spaces pad "/tmp/x9/s" (9).
    let mut buf = Buffer::empty(Rect::new(0, 0, 16, 2));
    buf.set_string(0, 0, "at ~/s", Style::new());
    assert_eq!(svg, buffer_to_svg(&buf, &SvgOptions::default()));
    assert!(!svg.contains("x9"), "{svg}");
}

#[test]
fn a_redaction_of_text_not_on_screen_is_an_error() {
    let scene = tiny().with_redaction("/tmp/elsewhere", "~");
    let err = scene.render_svg().expect_err("nothing to replace");
    assert!(
        err.to_string()
            .contains("`/tmp/elsewhere` is not on the screen"),
        "{err}"
    );
}

#[test]
fn the_session_picker_shows_a_stable_folder_and_sessions_at_fixed_times() {
    let graph = load::embedded().expect("embedded graph");
    let scenes = screenshots::scenes(&graph).expect("scenes build");
    let picker = scenes
        .iter()
        .find(|s| s.name == "session-picker")
        .expect("a session-picker scene");
    let svg = picker.render_svg().expect("renders");
    assert!(svg.contains("/home/you/.config/cdtriage/sessions"), "{svg}");
    let tmp = std::env::temp_dir().display().to_string();
    assert!(!svg.contains(&tmp), "the temp folder leaked: {tmp}");
    // 1795102920 s = 20776 days + 56520 s: 2026-11-19, 15:42:00 UTC.
    assert!(
        svg.contains("platform-team · 2026-11-19 15:42 · 2 marks · 3 actions open"),
        "{svg}"
    );
}
