//! End to end: search in the real binary in a pseudo-terminal (the harness
//! is in `common::pty`).

mod common;

use common::pty::Session;

#[test]
fn type_a_search_open_the_top_result_and_quit() {
    let mut s = Session::start();
    s.wait_for("Symptom 1 of 21");
    s.send(b"/merge freeze");
    let results = s.wait_for("6 results");
    s.send(b"\r");
    let page = s.wait_until("symptom 11's page", |seen| {
        seen.contents.contains("Symptom 11 of 21")
            && seen
                .contents
                .contains("11. Merge Freezes Before Deployments")
            && !seen.contents.contains("results")
    });
    s.send(b"q");
    let (status, last) = s.finish();
    assert!(
        results
            .contents
            .contains("symptom      Merge Freezes Before Deployments"),
        "{}",
        results.contents
    );
    // The opened passage (the page's title and summary) is marked.
    assert!(
        page.contents
            .contains("▌11. Merge Freezes Before Deployments"),
        "{}",
        page.contents
    );
    assert!(status.success(), "exit status {status:?}");
    assert!(
        !last.alternate_screen,
        "the alternate screen is left on exit"
    );
}
