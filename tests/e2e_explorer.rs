//! End to end: the real binary in an 80x24 pseudo-terminal (the harness is
//! in `common/pty.rs`).

mod common;

use common::pty::{MouseProtocolMode, Session};

/// An SGR mouse report for a left-button press (1-based cell).
fn click(column: u16, row: u16) -> Vec<u8> {
    format!("\x1b[<0;{column};{row}M\x1b[<0;{column};{row}m").into_bytes()
}

/// An SGR mouse report for one wheel turn down (1-based cell).
fn wheel_down(column: u16, row: u16) -> Vec<u8> {
    format!("\x1b[<65;{column};{row}M").into_bytes()
}

#[test]
fn find_symptom_11_open_manual_deployments_go_back_and_quit() {
    let mut s = Session::start();
    let first = s.wait_for("Symptom 1 of 21");
    assert!(first.alternate_screen, "runs on the alternate screen");
    assert_ne!(first.mouse, MouseProtocolMode::None, "captures the mouse");

    s.send(b"11");
    s.wait_for("11. Merge Freezes Before Deployments");
    s.wait_for("Symptom 11 of 21");
    // Tab twice to the links pane; Manual Deployments is its first link.
    s.send(b"\t\t\r");
    let ap = s.wait_for("Category: Pipeline & Infrastructure");
    // Backspace (DEL) goes back.
    s.send(b"\x7f");
    let back = s.wait_until("symptom 11 again", |seen| {
        seen.contents.contains("Symptom 11 of 21") && !seen.contents.contains("Category:")
    });
    s.send(b"q");
    let (status, last) = s.finish();

    assert!(
        ap.contents.contains("Manual Deployments"),
        "{}",
        ap.contents
    );
    assert!(
        back.contents
            .contains("11. Merge Freezes Before Deployments"),
        "{}",
        back.contents
    );
    assert!(status.success(), "exit status {status:?}");
    assert!(
        !last.alternate_screen,
        "the alternate screen is left on exit"
    );
    assert_eq!(
        last.mouse,
        MouseProtocolMode::None,
        "mouse capture is released on exit"
    );
}

#[test]
fn the_mouse_selects_opens_and_scrolls_and_ctrl_c_quits() {
    let mut s = Session::start();
    s.wait_for("Symptom 1 of 21");
    // Symptom 11 is the list's 11th row: screen row 12, 1-based.
    s.send(&click(6, 12));
    s.wait_for("Symptom 11 of 21");
    // At 80x24 the links pane of symptom 11 starts on screen row 16; its
    // first link is rows 17-18. One click selects it, a second opens it.
    s.send(&click(40, 17));
    s.send(&click(40, 17));
    s.wait_for("Category: Pipeline & Infrastructure");
    // The wheel over the page scrolls it: the title line leaves the top.
    s.send(&wheel_down(50, 5));
    s.wait_until("the page scrolled", |seen| {
        !seen.contents.contains("│ Manual Deployments ") && seen.contents.contains("Anti-pattern")
    });
    s.send(b"\x03");
    let (status, last) = s.finish();
    assert!(status.success(), "exit status {status:?}");
    assert_eq!(last.mouse, MouseProtocolMode::None);
}

#[test]
fn a_burst_of_keys_longer_than_one_read_is_all_handled_without_another_key() {
    let mut s = Session::start();
    s.wait_for("Symptoms (21)");
    // 3,000 keys at once: crossterm reads 1,024 bytes at a time; the rest
    // must not wait for a key that never comes. The last one opens the help.
    let mut burst = b"jk".repeat(1500);
    burst.push(b'?');
    s.send(&burst);
    s.wait_for("Show or hide this help");
    s.send(b"q");
    let (status, _) = s.finish();
    assert!(status.success(), "exit status {status:?}");
}
