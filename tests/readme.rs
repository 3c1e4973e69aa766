//! The README stays true: the two commands, and the key reference generated
//! from the key tables.

const README: &str = include_str!("../README.md");

#[test]
fn the_readme_gives_the_two_commands() {
    assert!(README.contains("cargo run --release"));
    assert!(README.contains("cargo test"));
}

#[test]
fn the_readme_key_reference_is_the_generated_one() {
    let begin = "<!-- KEYS:BEGIN -->\n";
    let start = README.find(begin).expect("KEYS:BEGIN marker") + begin.len();
    let end = README.find("<!-- KEYS:END -->").expect("KEYS:END marker");
    let expected = cdtriage::ui::keys::help::markdown();
    assert!(
        README[start..end] == expected,
        "README's key reference is out of date: replace the text between the KEYS markers \
         with the output of `cargo run -- keys`"
    );
    // Every table row names at least one key.
    assert!(expected.lines().filter(|l| l.starts_with("| `")).count() > 40);
}

#[test]
fn every_screenshot_the_readme_shows_is_one_the_command_draws() {
    let graph = cdtriage::domain::load::embedded().expect("embedded graph");
    let scenes = cdtriage::ui::screenshots::scenes(&graph).expect("scenes build");
    let shown: Vec<&str> = README
        .split("](screenshots/")
        .skip(1)
        .filter_map(|rest| rest.split_once(".png)").map(|(name, _)| name))
        .collect();
    assert!(shown.len() >= 9, "{shown:?}");
    for name in shown {
        assert!(
            scenes.iter().any(|s| s.name == name),
            "README shows screenshots/{name}.png, which no scene draws"
        );
    }
}

#[test]
fn the_readme_search_section_lists_every_tag_of_the_guide() {
    let graph = cdtriage::domain::load::embedded().expect("embedded graph");
    let start = README.find("\n## Search\n").expect("a Search section");
    let end = README[start + 1..]
        .find("\n## ")
        .map_or(README.len(), |e| start + 1 + e);
    let section = &README[start..end];
    let tags = graph
        .symptoms
        .iter()
        .flat_map(|s| &s.tags)
        .chain(graph.anti_patterns.iter().flat_map(|a| &a.tags));
    for tag in tags {
        assert!(
            section.contains(&format!("`#{tag}`")),
            "README's Search section does not list the tag #{tag}"
        );
    }
}
