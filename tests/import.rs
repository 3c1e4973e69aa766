//! The importer on the real printable view: counts, verbatim text, and each
//! trap the text sets.

use cdtriage::domain::import::{ImportError, import};
use cdtriage::domain::load::{self, to_ron};
use cdtriage::domain::{Graph, Paragraph, Target};

const SOURCE: &str = include_str!("../assets/source/deployment-and-release-problems.print.txt");
const FACTS: &str = include_str!("../assets/source/site-facts.json");

fn graph() -> Graph {
    import(SOURCE, FACTS).expect("the shipped sources import")
}

fn ap(id: &str) -> Target {
    Target::AntiPattern(id.to_string())
}

#[test]
fn the_committed_asset_is_the_importers_output() {
    let committed = include_str!("../assets/graph.ron");
    assert!(
        to_ron(&graph()) == committed,
        "assets/graph.ron differs from a fresh import; run \
         `cargo run -- import assets/source/deployment-and-release-problems.print.txt \
         --facts assets/source/site-facts.json -o assets/graph.ron`"
    );
    // The embedded graph is the import with the answer facts attached.
    let with_facts = cdtriage::domain::facts::attach_embedded(graph(), "import").unwrap();
    assert_eq!(load::embedded().unwrap(), with_facts);
}

#[test]
fn counts_match_the_section() {
    let g = graph();
    assert_eq!(g.symptoms.len(), 21);
    assert_eq!(g.symptoms.iter().map(|s| s.causes.len()).sum::<usize>(), 71);
    assert_eq!(
        g.symptoms.iter().map(|s| s.questions.len()).sum::<usize>(),
        73
    );
    assert_eq!(g.anti_patterns.len(), 26);
    let numbers: Vec<u32> = g.symptoms.iter().map(|s| s.number).collect();
    assert_eq!(numbers, (1..=21).collect::<Vec<_>>());
}

#[test]
fn ids_titles_and_urls_come_from_the_facts() {
    let g = graph();
    let s = g.symptom("merge-freeze").unwrap();
    assert_eq!(s.number, 11);
    assert_eq!(s.title, "Merge Freezes Before Deployments");
    assert_eq!(s.short_title, "Merge freezes before deploys");
    assert_eq!(
        s.url,
        "https://beyond.minimumcd.org/docs/symptoms/deployment/merge-freeze/"
    );
    let a = g.anti_pattern("cab-gates").unwrap();
    assert_eq!(a.name, "CAB Gates");
    assert_eq!(a.page_title, "Change Advisory Board Gates");
    assert_eq!(a.category, "Organizational & Cultural");
    assert_eq!(a.risk_level.as_str(), "high");
}

/// Rebuilds the printable view's non-blank lines from the graph. If this
/// equals the source, nothing was paraphrased, dropped or truncated.
fn reprint(g: &Graph) -> Vec<String> {
    let sec = &g.section;
    let mut out = vec![
        "This is the multi-page printable view of this section. Click here to print.".to_string(),
        "Return to the regular view of this page.".to_string(),
        sec.title.clone(),
        sec.description.clone(),
    ];
    out.extend(sec.intro.iter().cloned());
    out.push("How to use this section".into());
    out.extend(sec.how_to_use.iter().cloned());
    out.push(format!(
        "Related anti-pattern categories: {}",
        sec.related_categories.join(", ")
    ));
    out.push(format!("Related guides: {}", sec.related_guides.join(", ")));
    for s in &g.symptoms {
        out.push(format!("{} - {}", s.number, s.title));
        out.push(s.summary.clone());
        out.push("What you are seeing".into());
        out.extend(s.seeing.iter().map(|p| p.text().to_string()));
        out.push("Common causes".into());
        for c in &s.causes {
            out.push(c.heading.clone());
            out.extend(c.text.iter().map(|p| p.text().to_string()));
            out.push(format!("Read more: {}", c.read_more));
        }
        out.push("How to narrow it down".into());
        for (i, q) in s.questions.iter().enumerate() {
            out.push(format!("{}. {} {}", i + 1, q.question, q.detail));
        }
        out.push(s.ready_to_fix.clone());
    }
    out
}

#[test]
fn every_line_of_the_source_is_kept_verbatim() {
    let source: Vec<String> = SOURCE
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let rebuilt = reprint(&graph());
    assert_eq!(rebuilt.len(), source.len());
    for (i, (a, b)) in rebuilt.iter().zip(&source).enumerate() {
        assert_eq!(a, b, "line {i} of the non-blank source lines differs");
    }
}

#[test]
fn a_cause_heading_can_differ_from_its_link_target() {
    let g = graph();
    let s = g.symptom("coordinated-deployments").unwrap();
    let c = &s.causes[0];
    assert_eq!(c.heading, "Tightly Coupled Architecture");
    assert_eq!(c.read_more, "Tightly Coupled Monolith");
    assert_eq!(c.target, ap("tightly-coupled-monolith"));
}

#[test]
fn a_cause_and_a_question_can_point_at_another_symptom() {
    let g = graph();
    let s = g.symptom("regressions-on-release").unwrap();
    assert_eq!(s.number, 15);
    let target = Target::Symptom("infrequent-releases".into());
    assert_eq!(s.causes[0].heading, "Large Release Batches");
    assert_eq!(s.causes[0].read_more, "Infrequent, Painful Releases");
    assert_eq!(s.causes[0].target, target);
    assert_eq!(s.questions[0].target, target);
    assert_eq!(s.questions[0].start_with, "Infrequent, Painful Releases");
    assert_eq!(
        g.target_name(&target),
        Some("Releases Are Infrequent and Painful")
    );
    assert_eq!(
        g.symptom("infrequent-releases").unwrap().cited_by,
        vec!["regressions-on-release".to_string()]
    );
    // The only links to symptoms in the whole section are these two.
    let symptom_links = g
        .symptoms
        .iter()
        .flat_map(|s| {
            s.causes
                .iter()
                .map(|c| &c.target)
                .chain(s.questions.iter().map(|q| &q.target))
        })
        .filter(|t| matches!(t, Target::Symptom(_)))
        .count();
    assert_eq!(symptom_links, 2);
}

#[test]
fn names_that_differ_only_in_case_are_one_anti_pattern() {
    let g = graph();
    let change = g.symptom("change-management-overhead").unwrap();
    let fear = g.symptom("fear-of-deploying").unwrap();
    assert_eq!(change.causes[1].read_more, "Manual deployments");
    assert_eq!(fear.causes[0].read_more, "Manual Deployments");
    assert_eq!(change.causes[1].target, ap("manual-deployments"));
    assert_eq!(fear.causes[0].target, ap("manual-deployments"));
    let md = g.anti_pattern("manual-deployments").unwrap();
    assert_eq!(md.cited_by.len(), 10);
    assert!(
        md.cited_by
            .contains(&"change-management-overhead".to_string())
    );
    assert!(md.cited_by.contains(&"fear-of-deploying".to_string()));
}

#[test]
fn start_with_can_be_followed_by_more_words() {
    let g = graph();
    let q = &g.symptom("coordinated-deployments").unwrap().questions[3];
    assert_eq!(q.start_with, "Undone Work");
    assert_eq!(q.target, ap("undone-work"));
    assert!(q.detail.ends_with(
        "Start with Undone Work and examine whether the definition of done requires unnecessary coordination."
    ));
}

#[test]
fn start_with_can_be_lower_case() {
    let g = graph();
    let s = g.symptom("staging-passes-production-fails").unwrap();
    let q0 = &s.questions[0];
    assert_eq!(
        q0.question,
        "Are your environments provisioned from the same infrastructure code?"
    );
    assert_eq!(
        q0.detail,
        "If not, or if you are not sure, start with Snowflake Environments."
    );
    assert_eq!(q0.target, ap("snowflake-environments"));
    assert_eq!(s.questions[1].target, ap("blind-operations"));
    assert_eq!(s.questions[3].target, ap("manual-deployments"));
}

#[test]
fn exactly_three_symptoms_ask_two_questions_about_one_cause() {
    let g = graph();
    let mut found = Vec::new();
    for s in &g.symptoms {
        let targets: Vec<&Target> = s.questions.iter().map(|q| &q.target).collect();
        for (i, t) in targets.iter().enumerate() {
            if targets[..i].contains(t) {
                found.push((s.id.as_str(), t.id().to_string()));
            }
        }
    }
    assert_eq!(
        found,
        vec![
            (
                "artifacts-rebuilt-per-environment",
                "missing-deployment-pipeline".to_string()
            ),
            ("change-management-overhead", "cab-gates".to_string()),
            (
                "services-without-health-checks",
                "blind-operations".to_string()
            ),
        ]
    );
}

#[test]
fn the_figure_description_is_kept_and_marked_as_a_figure() {
    let g = graph();
    let figures: Vec<(&str, &str)> = g
        .symptoms
        .iter()
        .flat_map(|s| {
            s.seeing
                .iter()
                .chain(s.causes.iter().flat_map(|c| &c.text))
                .filter_map(move |p| match p {
                    Paragraph::Figure(t) => Some((s.id.as_str(), t.as_str())),
                    Paragraph::Text(_) => None,
                })
        })
        .collect();
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].0, "regressions-on-release");
    assert!(
        figures[0]
            .1
            .starts_with("Two diagrams comparing hotfix approaches.")
    );
    let cause = &g.symptom("regressions-on-release").unwrap().causes[3];
    assert_eq!(
        cause.heading,
        "Fixes Applied to the Release Branch but Not to Trunk"
    );
    assert_eq!(cause.text.len(), 3);
    assert!(cause.text[2].is_figure());
}

#[test]
fn reverse_links_and_most_common_causes() {
    let g = graph();
    let mdp = g.anti_pattern("missing-deployment-pipeline").unwrap();
    assert_eq!(mdp.cited_by.len(), 13);
    assert_eq!(mdp.questions.len(), 14);
    assert_eq!(
        g.symptom("merge-freeze").unwrap().most_common_cause,
        ap("manual-deployments")
    );
    assert_eq!(
        g.symptom("regressions-on-release")
            .unwrap()
            .most_common_cause,
        ap("testing-only-at-the-end")
    );
    for a in &g.anti_patterns {
        assert!(!a.cited_by.is_empty(), "{} is cited by no symptom", a.id);
    }
}

#[test]
fn the_section_page_is_imported() {
    let g = graph();
    assert_eq!(g.id, "deployment-and-release-problems");
    assert_eq!(g.section.title, "Deployment and Release Problems");
    assert_eq!(
        g.section.related_categories,
        vec!["Pipeline Anti-Patterns", "Architecture Anti-Patterns"]
    );
    assert_eq!(
        g.section.related_guides,
        vec!["Pipeline Architecture", "Rollback", "Small Batches"]
    );
    assert_eq!(g.section.source.license, "CC BY 4.0");
    assert_eq!(g.version.len(), 16);
}

fn import_err(text: &str) -> ImportError {
    import(text, FACTS).expect_err("the broken text must not import")
}

fn line_of(e: &ImportError) -> usize {
    match e {
        ImportError::Text { line, .. } => *line,
        other => panic!("expected a text error, got {other:?}"),
    }
}

#[test]
fn a_missing_heading_is_reported_with_its_line() {
    let broken = SOURCE.replacen("Common causes", "Causes", 1);
    let e = import_err(&broken);
    // The importer notices at the next heading it did not expect.
    let expected = SOURCE
        .lines()
        .position(|l| l == "How to narrow it down")
        .unwrap()
        + 1;
    assert_eq!(line_of(&e), expected);
    assert!(e.to_string().contains("\"Common causes\""), "{e}");
}

#[test]
fn an_unknown_link_is_reported_with_its_line() {
    let broken = SOURCE.replacen(
        "Read more: Knowledge silos",
        "Read more: Knowledge gardens",
        1,
    );
    let e = import_err(&broken);
    let expected = broken
        .lines()
        .position(|l| l == "Read more: Knowledge gardens")
        .unwrap()
        + 1;
    assert_eq!(line_of(&e), expected);
    assert!(e.to_string().contains("Knowledge gardens"));
}

#[test]
fn a_question_without_a_target_is_an_error() {
    let broken = SOURCE.replacen("Start with Knowledge silos.", "Ask around.", 1);
    let e = import_err(&broken);
    assert!(
        e.to_string().contains("does not say what to start with"),
        "{e}"
    );
}

#[test]
fn symptoms_out_of_order_are_an_error() {
    let broken = SOURCE.replacen("2 - The Build Runs Again", "3 - The Build Runs Again", 1);
    let e = import_err(&broken);
    assert!(e.to_string().contains("out of order"), "{e}");
}

#[test]
fn empty_text_and_bad_facts_are_errors_not_panics() {
    assert!(import("", FACTS).is_err());
    assert!(import("\n\n\n", FACTS).is_err());
    assert!(matches!(
        import(SOURCE, "{not json"),
        Err(ImportError::Facts(_))
    ));
    // Every prefix of the text either imports or fails cleanly.
    for cut in (0..SOURCE.len()).step_by(997) {
        if SOURCE.is_char_boundary(cut) {
            let _ = import(&SOURCE[..cut], FACTS);
        }
    }
}
