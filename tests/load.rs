//! Loading graphs from RON: validation and error messages.

use cdtriage::domain::load::{self, LoadError, parse, to_ron};
use cdtriage::domain::{Graph, Target};

fn embedded() -> Graph {
    load::embedded().expect("the embedded graph loads")
}

fn problems(g: &Graph) -> Vec<String> {
    match parse(&to_ron(g), "test.ron") {
        Err(LoadError::Invalid { problems, .. }) => problems,
        other => panic!("expected an invalid graph, got {other:?}"),
    }
}

#[test]
fn the_embedded_graph_is_valid_and_round_trips() {
    let g = embedded();
    assert!(load::validate(&g).is_empty());
    assert_eq!(parse(&to_ron(&g), "again").unwrap(), g);
}

#[test]
fn the_generated_embedded_graph_equals_a_parse_of_assets_graph_ron() {
    let parsed = parse(include_str!("../assets/graph.ron"), "assets/graph.ron").unwrap();
    let built = embedded();
    // Counted by hand in assets/graph.ron, so an empty or truncated
    // generated graph cannot pass by matching an equally broken parse.
    assert_eq!(built.symptoms.len(), 21);
    assert_eq!(built.anti_patterns.len(), 26);
    assert_eq!(built, parsed);
    // The lookup index is built too, not only the lists.
    let first = &parsed.symptoms[0];
    assert_eq!(built.symptom(&first.id), Some(first));
}

#[test]
fn a_syntax_error_names_the_origin_line_and_column() {
    let text = "(\n    id: \"x\",\n    version: ,\n)";
    match parse(text, "mine.ron") {
        Err(e @ LoadError::Syntax { line, column, .. }) => {
            assert_eq!(line, 3);
            assert!((12..=14).contains(&column), "column {column}");
            assert!(e.to_string().starts_with("mine.ron:3:"), "{e}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn a_missing_file_names_the_file() {
    let e = load::from_file(std::path::Path::new("/nonexistent/graph.ron")).unwrap_err();
    assert!(matches!(e, LoadError::Read { .. }));
    assert!(e.to_string().contains("/nonexistent/graph.ron"));
}

#[test]
fn a_dangling_link_is_reported() {
    let mut g = embedded();
    g.symptoms[0].causes[0].target = Target::AntiPattern("no-such-thing".into());
    let p = problems(&g);
    assert!(p.iter().any(|p| p.contains("no-such-thing")), "{p:?}");
}

#[test]
fn duplicate_ids_are_reported() {
    let mut g = embedded();
    g.symptoms[1].id = g.symptoms[0].id.clone();
    let p = problems(&g);
    assert!(
        p.iter()
            .any(|p| p.contains("duplicate id `api-changes-break-consumers`")),
        "{p:?}"
    );
}

#[test]
fn a_question_must_point_at_one_of_its_symptoms_causes() {
    let mut g = embedded();
    // Symptom 1's causes do not include CAB gates.
    g.symptoms[0].questions[0].target = Target::AntiPattern("cab-gates".into());
    let p = problems(&g);
    assert!(
        p.iter().any(|p| p.contains("question 1 points at")),
        "{p:?}"
    );
}

#[test]
fn the_most_common_cause_must_be_a_cause() {
    let mut g = embedded();
    g.symptoms[0].most_common_cause = Target::AntiPattern("cab-gates".into());
    let p = problems(&g);
    assert!(p.iter().any(|p| p.contains("most common cause")), "{p:?}");
}

#[test]
fn reverse_links_must_agree_with_the_causes() {
    let mut g = embedded();
    g.anti_patterns[0].cited_by.push("merge-freeze".into());
    let p = problems(&g);
    assert!(p.iter().any(|p| p.contains("cited_by")), "{p:?}");
}

#[test]
fn a_missing_file_gives_its_reason_once_in_the_printed_error() {
    // main prints errors with `{:#}`, which follows the source chain: the
    // reason must not be printed again after the message that includes it.
    let e = load::from_file(std::path::Path::new("/nonexistent/graph.ron")).unwrap_err();
    let printed = format!("{:#}", anyhow::Error::from(e));
    assert_eq!(
        printed.matches("No such file or directory").count(),
        1,
        "{printed}"
    );
}

#[test]
fn a_graph_file_takes_its_answer_facts_from_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut g = embedded();
    g.id = "another-section".into();
    let path = dir.path().join("other.ron");
    std::fs::write(&path, to_ron(&g)).unwrap();
    // Without facts for its id, the load says where they go.
    let e = load::from_file(&path).unwrap_err().to_string();
    assert!(
        e.contains("no answer facts for graph `another-section`"),
        "{e}"
    );
    let facts = cdtriage::domain::facts::EMBEDDED.replace(
        "graph: \"deployment-and-release-problems\"",
        "graph: \"another-section\"",
    );
    let facts_path = load::facts_path(&path);
    assert_eq!(facts_path, dir.path().join("other.facts.ron"));
    std::fs::write(&facts_path, &facts).unwrap();
    let loaded = load::from_file(&path).unwrap();
    assert_eq!(loaded.id, "another-section");
    assert!(loaded.has_facts());
    // A broken facts file is named with its line.
    std::fs::write(&facts_path, "(graph: 3)").unwrap();
    let e = load::from_file(&path).unwrap_err().to_string();
    assert!(
        e.starts_with(&format!("{}:1:", facts_path.display())),
        "{e}"
    );
}
