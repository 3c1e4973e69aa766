//! The source importer on `tests/fixtures/site`, a tiny site written for
//! these tests with the guide's structure: front matter, shortcodes, a fix
//! step with a list and a table, an unknown shortcode, a moved page, a
//! symptom citing another symptom, a triage questionnaire.

use std::path::Path;

use super::*;
use crate::domain::graph::{Paragraph, RiskLevel};
use crate::domain::page::{Block, LinkTo};
use crate::domain::triage::{TriageView, TriageWalk};

pub(super) const HAND: &str = "content/en/docs/anti-patterns/pipeline/hand-deploys.md";
pub(super) const SLOW: &str = "content/en/docs/symptoms/deployment/slow-rollouts.md";

pub(super) fn fixture() -> Site {
    Site::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/site")).unwrap()
}

pub(super) fn imported() -> Imported {
    import(&fixture(), &Options::default()).expect("the fixture imports")
}

pub(super) fn with_file(path: &str, edit: impl Fn(&str) -> String) -> Site {
    let mut site = fixture();
    let text = site.files.get(path).cloned().unwrap();
    site.files.insert(path.to_string(), edit(&text));
    site
}

pub(super) fn page(target: Target) -> LinkTo {
    LinkTo::Page(target)
}

#[test]
fn symptoms_are_numbered_in_hugos_order_with_the_section_page_and_license() {
    let g = imported().graph;
    let ids: Vec<(u32, &str)> = g
        .symptoms
        .iter()
        .map(|s| (s.number, s.id.as_str()))
        .collect();
    // By link title: "Batches are big" before "Rollouts are slow".
    assert_eq!(ids, [(1, "big-batches"), (2, "slow-rollouts")]);
    assert_eq!(g.id, "shipping-troubles");
    assert_eq!(g.section.title, "Shipping Troubles");
    assert_eq!(
        g.section.description,
        "Symptoms of a team that finds it hard to \u{201c}ship\u{201d}."
    );
    assert_eq!(g.section.related_categories, ["Pipeline", "Testing"]);
    assert_eq!(g.section.related_guides, ["Rollback"]);
    assert_eq!(
        g.section.how_to_use,
        ["Pick the page that sounds like your week."]
    );
    assert_eq!(
        g.section.source.copyright,
        "Copyright (c) 2031 Fixture Writers"
    );
    assert_eq!(
        g.section.source.adapted_from,
        ["https://example.org (CC BY 4.0)"]
    );
    let s = g.symptom("slow-rollouts").unwrap();
    assert_eq!(s.title, "Rollouts Take All Afternoon");
    assert_eq!(s.short_title, "Rollouts are slow");
    assert_eq!(
        s.summary,
        "Every rollout needs someone\u{2019}s full attention for hours. Nobody wants the job."
    );
    assert_eq!(s.tags, ["rollout", "toil"]);
    assert_eq!(
        s.url,
        "https://beyond.minimumcd.org/docs/symptoms/deployment/slow-rollouts/"
    );
}

#[test]
fn text_is_kept_as_the_site_prints_it_and_a_figure_is_a_figure() {
    let g = imported().graph;
    let s = g.symptom("slow-rollouts").unwrap();
    assert_eq!(
        s.seeing,
        [
            Paragraph::Text(
                "A rollout starts after lunch and the team\u{2019}s \u{201c}rollout person\u{201d} \
                 watches it until dinner. The artifact is copied by hand \u{2013} twice."
                    .into()
            ),
            Paragraph::Text("Nobody else knows the steps\u{2026}".into()),
        ]
    );
    let cause = &s.causes[0];
    assert_eq!(cause.heading, "Deploying by Hand");
    assert_eq!(
        cause.text,
        [
            Paragraph::Text("Each step is typed in by a person, so each step can go wrong.".into()),
            Paragraph::Figure("A diagram of seven hand-typed steps.".into()),
        ]
    );
    let glossary = &s.links[0];
    assert_eq!(glossary.label, "artifact");
    assert_eq!(
        glossary.to,
        LinkTo::Url("https://beyond.minimumcd.org/docs/reference/glossary/#artifact".into())
    );
}

#[test]
fn a_symptom_can_cite_another_symptom_and_a_moved_page_is_followed() {
    let g = imported().graph;
    let s = g.symptom("slow-rollouts").unwrap();
    let big = Target::Symptom("big-batches".into());
    assert_eq!(s.causes[1].read_more, "Batches are big");
    assert_eq!(s.causes[1].target, big, "a relative relref by page name");
    assert_eq!(s.questions[1].target, big);
    assert_eq!(s.questions[1].start_with, "Batches are big");
    assert_eq!(
        s.questions[1].detail,
        "If they do, Start with Batches are big and look at how work is split."
    );
    assert_eq!(
        g.symptom("big-batches").unwrap().cited_by,
        ["slow-rollouts"]
    );
    // big-batches links the old path of the page that moved to testing/.
    let b = g.symptom("big-batches").unwrap();
    assert_eq!(b.causes[0].target, Target::AntiPattern("no-tests".into()));
    assert_eq!(b.most_common_cause, Target::AntiPattern("no-tests".into()));
    let q = &s.questions[0];
    assert_eq!(q.question, "Does a person type the rollout steps?");
    assert_eq!(q.detail, "If so, start with Hand Deploys.");
    assert_eq!(
        s.ready_to_fix,
        "Ready to fix this? The most common cause is Hand Deploys. Start with its How to Fix It \
         section for week-by-week steps."
    );
    assert_eq!(s.related[0].link.to, page(big));
    assert_eq!(s.related[0].note, "The other half of the story");
}

#[test]
fn an_anti_pattern_page_keeps_its_facts_and_every_section() {
    let g = imported().graph;
    let a = g.anti_pattern("hand-deploys").unwrap();
    assert_eq!(a.name, "Hand Deploys");
    assert_eq!(a.category, "Pipeline & Friends");
    assert_eq!(a.risk_level, RiskLevel::High);
    assert_eq!(a.cited_by, ["big-batches", "slow-rollouts"]);
    let p = a.page.as_deref().unwrap();
    assert_eq!(
        p.summary,
        "The build is automatic; the rollout is typed in by a person."
    );
    let looks = p.looks_like.as_ref().unwrap();
    assert_eq!(looks.title, "What this looks like");
    assert_eq!(looks.text.len(), 3);
    assert!(
        matches!(&looks.text[2], Block::List { ordered: false, items, .. } if items.len() == 2)
    );
    let why = p.why.as_ref().unwrap();
    assert_eq!(
        why.text,
        [Block::Text("A person in the loop sets the pace.".into())]
    );
    let subsections: Vec<&str> = why.parts.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(subsections, ["It reduces quality", "It slows recovery"]);
    let table = &p.measuring.as_ref().unwrap().text[0];
    assert!(matches!(table, Block::Table { rows, .. } if rows[1][0] == "Lead time"));
    assert_eq!(p.discussion.as_ref().unwrap().text.len(), 1);
    assert_eq!(
        p.related[0].link.to,
        page(Target::AntiPattern("no-tests".into()))
    );
    assert_eq!(
        p.related[1].link.to,
        LinkTo::Url("https://beyond.minimumcd.org/docs/guides/rollback/".into())
    );
    let moved = g.anti_pattern("no-tests").unwrap();
    assert_eq!(moved.risk_level, RiskLevel::Critical);
    assert_eq!(
        moved
            .page
            .as_deref()
            .unwrap()
            .looks_like
            .as_ref()
            .unwrap()
            .title,
        "What This Looks Like"
    );
}

#[test]
fn fix_steps_keep_lists_tables_code_and_an_unknown_shortcode_is_reported() {
    let imported = imported();
    let a = imported.graph.anti_pattern("hand-deploys").unwrap();
    let steps = a.fix_steps();
    assert_eq!(steps.len(), 3);
    assert_eq!(
        steps[0].title,
        "Step 1: Write the steps down as a script (week 1)"
    );
    assert_eq!(
        Block::first_text(&steps[0].text),
        Some("Turn the checklist into a script the whole team can run.")
    );
    let Block::List {
        ordered: true,
        items,
        ..
    } = &steps[0].text[1]
    else {
        panic!("{:?}", steps[0].text[1])
    };
    assert!(matches!(&items[1][1], Block::List { ordered: false, items, .. } if items.len() == 2));
    let Block::Table { header, rows } = &steps[0].text[2] else {
        panic!("{:?}", steps[0].text[2])
    };
    assert_eq!(header, &["Worry", "Answer"]);
    assert_eq!(
        rows[0],
        ["\u{201c}The script will break\u{201d}", "Then fix it once."]
    );
    assert_eq!(steps[0].links[0].label, "once");
    assert_eq!(
        steps[1].text[0],
        Block::Code {
            title: "A pipeline stage".into(),
            lang: "yaml".into(),
            text: "deploy:\n  script: ./rollout.sh".into()
        }
    );
    // Kept as written, and reported with its file and line.
    assert_eq!(
        steps[2].text,
        [Block::Text(
            "{{< tabpane text=true >}} Watch the first ten rollouts together. {{< /tabpane >}}"
                .into()
        )]
    );
    let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [format!(
            "{HAND}:66: unknown shortcode `tabpane` (kept as written)"
        )]
    );
}

#[test]
fn the_triage_questionnaire_walks_to_a_result_linked_into_the_graph() {
    let g = imported().graph;
    let t = g.triage.as_ref().unwrap();
    assert_eq!(t.start, "start");
    let mut walk = TriageWalk::new(t);
    let Some(TriageView::Question(q)) = walk.view(t) else {
        panic!()
    };
    assert_eq!(q.text, "What slows your team down most?");
    assert!(walk.answer(t, 0));
    let Some(TriageView::Question(q)) = walk.view(t) else {
        panic!()
    };
    assert_eq!(
        q.context,
        "Let\u{2019}s look closer at rollouts.".replace('\u{2019}', "'")
    );
    assert!(walk.answer(t, 0));
    let Some(TriageView::Result(r)) = walk.view(t) else {
        panic!()
    };
    assert_eq!(
        r.reframe,
        "This is not a people problem. The steps live in one person's head."
    );
    assert_eq!(r.symptom.to, page(Target::Symptom("slow-rollouts".into())));
    assert_eq!(
        r.anti_patterns[0].to,
        page(Target::AntiPattern("hand-deploys".into()))
    );
    assert_eq!(r.measures, ["Manual steps per rollout: should reach zero"]);
    assert_eq!(walk.breadcrumb().as_deref(), Some("Step 3"));
    // A symptom of a section not imported stays a link to the site.
    let other = t.result("meetings").unwrap();
    assert_eq!(
        other.symptom.to,
        LinkTo::Url("https://beyond.minimumcd.org/docs/symptoms/other/unrelated/".into())
    );
}

#[test]
fn all_sections_or_one_other_section_can_be_imported() {
    let all = Options {
        section: None,
        ..Options::default()
    };
    let g = import(&fixture(), &all).unwrap().graph;
    let ids: Vec<&str> = g.symptoms.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["big-batches", "slow-rollouts", "unrelated"]);
    let other = Options {
        section: Some("other".into()),
        ..Options::default()
    };
    let imported = import(&fixture(), &other).unwrap();
    assert_eq!(imported.graph.symptoms.len(), 1);
    assert_eq!(imported.graph.section.title, "Other");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.message.contains("named after its folder"))
    );
    let none = Options {
        section: Some("missing".into()),
        ..Options::default()
    };
    assert!(
        matches!(import(&fixture(), &none), Err(SiteError::Other(m)) if m.contains("no symptom pages"))
    );
}

#[test]
fn the_graph_round_trips_through_ron_and_validates() {
    let g = imported().graph;
    let text = load::to_ron(&g);
    // The RON itself; answer facts for an imported guide are a separate file.
    let back = load::parse_graph(&text, "fixture.ron").unwrap();
    assert_eq!(back, g);
}
