//! Search quality: realistic queries (what people say in a retro, partial
//! words, typos, upper case) and the pages a person would want first. Prints
//! top-1 and top-3 accuracy; fails below 90% top-1 or 100% top-3.

use cdtriage::domain::{SearchIndex, load};

/// (query, acceptable page ids for the first result).
const TABLE: &[(&str, &[&str])] = &[
    ("merge freeze", &["merge-freeze"]),
    ("merg freez", &["merge-freeze"]),
    ("we have merge freezes", &["merge-freeze"]),
    ("snowflake", &["snowflake-environments"]),
    ("snowflak", &["snowflake-environments"]),
    ("snowfalke", &["snowflake-environments"]),
    ("nobody can roll back", &["no-rollback-capability"]),
    ("rolback", &["no-rollback-capability"]),
    ("change board", &["cab-gates", "change-management-overhead"]),
    ("CAB", &["cab-gates"]),
    ("afraid to deploy", &["fear-of-deploying"]),
    ("hardening sprint", &["hardening-sprints"]),
    ("release manager", &["release-manager-bottleneck"]),
    (
        "only one person can release",
        &["release-manager-bottleneck"],
    ),
    (
        "staging passes prod fails",
        &["staging-passes-production-fails"],
    ),
    (
        "database migrations",
        &["database-migrations-block-deploys"],
    ),
    (
        "migrations lock tables",
        &["database-migrations-block-deploys"],
    ),
    ("breaking API changes", &["api-changes-break-consumers"]),
    (
        "waiting for QA",
        &["waiting-on-qa-team", "siloed-qa-team", "qa-signoff-gate"],
    ),
    ("security review", &["security-review-bottleneck"]),
    ("health checks", &["services-without-health-checks"]),
    (
        "no alerting",
        &["services-without-health-checks", "blind-operations"],
    ),
    (
        "rebuilt for every environment",
        &["artifacts-rebuilt-per-environment"],
    ),
    ("audit trail", &["no-deployment-audit-trail"]),
    ("who deployed it", &["no-deployment-audit-trail"]),
    ("services deployed together", &["coordinated-deployments"]),
    ("ticket for every change", &["change-management-overhead"]),
    ("regressions", &["regressions-on-release"]),
    ("releases are painful", &["infrequent-releases"]),
    ("quarterly releases", &["infrequent-releases"]),
    ("platform team", &["pipeline-changes-require-another-team"]),
    ("lose sessions", &["stateful-service-deployment-outages"]),
    (
        "architecture review board",
        &["waiting-for-cross-team-approval"],
    ),
    ("long lived branches", &["long-lived-feature-branches"]),
    ("manual deploymnets", &["manual-deployments"]),
    ("INFRASTRUCTURE AS CODE", &["no-infrastructure-as-code"]),
    ("backporting", &["release-branches-backporting"]),
    ("distributed monolith", &["distributed-monolith"]),
    (
        "compliance approval",
        &[
            "compliance-manual-approval",
            "waiting-for-cross-team-approval",
        ],
    ),
    ("one way door", &["no-rollback-capability"]),
    ("deploy without releasing", &["deploy-release-coupled"]),
    ("freezing merges", &["merge-freeze"]),
    ("helth chek", &["services-without-health-checks"]),
    ("tests only at the end", &["testing-only-at-the-end"]),
    ("weekend releases", &["infrequent-releases"]),
    ("forward fix", &["no-rollback-capability"]),
    (
        "sign off",
        &["waiting-for-cross-team-approval", "waiting-on-qa-team"],
    ),
    ("stabilization sprint", &["hardening-sprints"]),
    ("Roll Back", &["no-rollback-capability"]),
    ("nobody wants to deploy on a friday", &["fear-of-deploying"]),
    (
        "in-memory sessions",
        &["stateful-service-deployment-outages"],
    ),
];

#[test]
fn search_quality_meets_the_bar() {
    let graph = load::embedded().expect("embedded graph loads");
    let index = SearchIndex::new(&graph);
    for (_, ids) in TABLE {
        for id in *ids {
            assert!(
                graph.symptom(id).is_some() || graph.anti_pattern(id).is_some(),
                "the table names an unknown page {id}"
            );
        }
    }
    let (mut top1, mut top3) = (0usize, 0usize);
    for (query, wanted) in TABLE {
        let hits = index.search(query, 3);
        let pages: Vec<&str> = hits.iter().map(|h| h.page.id()).collect();
        let first = pages.first().is_some_and(|p| wanted.contains(p));
        let any = pages.iter().any(|p| wanted.contains(p));
        top1 += usize::from(first);
        top3 += usize::from(any);
        if !first {
            println!(
                "miss{}: {query:?} -> {pages:?}, wanted {wanted:?}",
                if any { " (top-3 ok)" } else { "" }
            );
        }
    }
    let n = TABLE.len();
    let pct = |k: usize| 100.0 * k as f64 / n as f64;
    println!(
        "search quality over {n} queries: top-1 {top1}/{n} ({:.1}%), top-3 {top3}/{n} ({:.1}%)",
        pct(top1),
        pct(top3)
    );
    assert!(n >= 30);
    assert!(pct(top1) >= 90.0, "top-1 accuracy below 90%");
    assert_eq!(top3, n, "top-3 accuracy below 100%");
}
