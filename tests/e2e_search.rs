//! End to end: search in the real binary in a pseudo-terminal (the harness
//! is in `common::pty`): what people say in a retro, typed as said, puts the
//! page they mean first, with its passages under it; Enter opens it there.

mod common;

use common::pty::Session;

/// The screen's row of the first result (the page), and the row under it.
fn first_result_rows(contents: &str) -> (String, String) {
    let mut lines = contents
        .lines()
        .skip_while(|l| !l.contains(" pages ") && !l.contains(" 1 page "))
        .skip(1);
    let first = lines.next().unwrap_or_default().to_string();
    let second = lines.next().unwrap_or_default().to_string();
    (first, second)
}

#[test]
fn say_it_as_said_see_the_page_then_its_passages_and_open_it() {
    let mut s = Session::start();
    s.wait_for("Symptom 1 of 21");
    s.send(b"/");
    s.wait_for("Type a few words about the problem");
    let examples = [
        ("afraid to deploy on friday", "The Team Is Afraid to Deploy"),
        (
            "merges are frozen whenever ops deploys",
            "Merge Freezes Before Deployments",
        ),
        (
            "worried about pushing to production",
            "The Team Is Afraid to Deploy",
        ),
        (
            "nobody knows who uses our api",
            "API Changes Break Consumers Without Warning",
        ),
        (
            "everything waits for the one person who deploys",
            "Releases Depend on One Person",
        ),
        (
            "dont touch main, im deploying",
            "Merge Freezes Before Deployments",
        ),
    ];
    let mut last = None;
    for (query, title) in examples {
        // Ctrl-U clears the box; then the query is typed as one paste of keys.
        s.send(b"\x15");
        s.send(query.as_bytes());
        let seen = s.wait_until(title, |seen| {
            let (page, _) = first_result_rows(&seen.contents);
            seen.contents.contains(query) && page.contains(title)
        });
        let (page, passage) = first_result_rows(&seen.contents);
        assert!(
            page.contains(&format!("symptom      {title}")),
            "{}",
            seen.contents
        );
        // Under the page, one of its passages, indented, with its kind.
        let kinds = ["summary ", "seeing ", "cause ", "question ", "note "];
        let inside = passage.trim_start_matches('│');
        assert!(
            inside.starts_with("   ") && kinds.iter().any(|k| inside.trim_start().starts_with(k)),
            "{}",
            seen.contents
        );
        last = Some(seen);
    }
    assert!(last.is_some());
    // Enter opens the last example's page (symptom 11) at its best passage.
    s.send(b"\r");
    let page = s.wait_until("symptom 11's page", |seen| {
        seen.contents.contains("Symptom 11 of 21")
            && seen
                .contents
                .contains("Opened Merge Freezes Before Deployments")
    });
    s.send(b"q");
    let (status, last) = s.finish();
    // The opened passage is marked with a bar beside it.
    assert!(page.contents.contains('▌'), "{}", page.contents);
    assert!(status.success(), "exit status {status:?}");
    assert!(
        !last.alternate_screen,
        "the alternate screen is left on exit"
    );
}
