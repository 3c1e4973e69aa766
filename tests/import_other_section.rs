//! Another section of the site, printed the same way, imports with its own
//! facts file. The text and facts here are a small made-up section.

use cdtriage::domain::import::import;
use cdtriage::domain::{Paragraph, Target};

const TEXT: &str = "\
Testing Problems

Symptoms related to tests.

These symptoms indicate problems with testing.

1 - Tests Are Slow

The suite takes an hour.

What you are seeing

Developers wait for the build.

Common causes

Inverted test pyramid

Most tests drive the UI.

A diagram of a pyramid standing on its tip.

Read more: Inverted Test Pyramid

How to narrow it down

  1. Are most tests end-to-end? If yes, start with Inverted Test Pyramid.

Ready to fix this? The most common cause is Inverted test pyramid. Start with its How to Fix It section for week-by-week steps.

2 - Tests Are Flaky

Builds fail at random.

What you are seeing

Reruns pass.

Common causes

Slow suites

A slow suite is rerun less.

Read more: Tests Are Slow

How to narrow it down

  1. Is the suite slow? Start with Tests are slow and look at timing.

Ready to fix this? The most common cause is Tests Are Slow. Start with its How to Fix It section for week-by-week steps.
";

const FACTS: &str = r#"{
  "source": {"site": "https://example.org", "repository": "https://example.org/repo",
    "license": "CC BY 4.0", "license_url": "https://creativecommons.org/licenses/by/4.0/",
    "copyright": "Copyright (c) Someone", "adapted_from": [], "section": "Testing Problems",
    "section_url": "https://example.org/testing/", "section_print_url": "https://example.org/_print/testing/"},
  "symptoms": [
    {"number": 1, "title": "Tests Are Slow", "slug": "slow-tests", "linkTitle": "Slow tests",
     "tags": ["testing"], "url": "https://example.org/testing/slow-tests/"},
    {"number": 2, "title": "Tests Are Flaky", "slug": "flaky-tests", "linkTitle": "Flaky tests",
     "tags": [], "url": "https://example.org/testing/flaky-tests/"}
  ],
  "anti_patterns": [
    {"id": "inverted-test-pyramid", "name_in_section": "Inverted Test Pyramid",
     "page_title": "Inverted Test Pyramid", "short_title": "Inverted Test Pyramid",
     "category": "Testing & Quality", "risk_level": "high", "tags": [],
     "url": "https://example.org/anti-patterns/inverted-test-pyramid/"}
  ]
}"#;

#[test]
fn a_section_without_the_print_banner_or_how_to_use_imports() {
    let g = import(TEXT, FACTS).expect("imports");
    assert_eq!(g.id, "testing-problems");
    assert_eq!(g.section.title, "Testing Problems");
    assert_eq!(
        g.section.intro,
        vec!["These symptoms indicate problems with testing."]
    );
    assert!(g.section.how_to_use.is_empty());
    assert_eq!(g.symptoms.len(), 2);
    let slow = g.symptom("slow-tests").unwrap();
    assert_eq!(
        slow.causes[0].target,
        Target::AntiPattern("inverted-test-pyramid".into())
    );
    assert_eq!(
        slow.causes[0].text[1],
        Paragraph::Figure("A diagram of a pyramid standing on its tip.".into())
    );
    let flaky = g.symptom("flaky-tests").unwrap();
    // A symptom as a cause, named in another case and followed by more words.
    assert_eq!(flaky.causes[0].target, Target::Symptom("slow-tests".into()));
    assert_eq!(flaky.questions[0].start_with, "Tests are slow");
    assert_eq!(
        flaky.most_common_cause,
        Target::Symptom("slow-tests".into())
    );
    assert_eq!(slow.cited_by, vec!["flaky-tests".to_string()]);
    assert_eq!(
        g.anti_pattern("inverted-test-pyramid").unwrap().cited_by,
        vec!["slow-tests".to_string()]
    );
}
