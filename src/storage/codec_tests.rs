use std::path::PathBuf;

use proptest::prelude::*;

use super::*;
use crate::domain::session::tests::sample;

fn path() -> PathBuf {
    PathBuf::from("/s/weekly.ron")
}

#[test]
fn every_field_round_trips_through_the_file_format() {
    let s = sample();
    let text = to_ron(&s).unwrap();
    assert!(text.starts_with("Session(\n"), "{text}");
    let loaded = parse(text.as_bytes(), &path()).unwrap();
    assert_eq!(loaded.session, s);
    assert_eq!(loaded.newer_schema, None);
}

#[test]
fn lists_may_be_left_out() {
    let text = r#"(schema_version: 1, name: "n", created: 5, updated: 6,
        graph_id: "g", graph_version: "v")"#;
    let s = parse(text.as_bytes(), &path()).unwrap().session;
    assert_eq!((s.name.as_str(), s.created, s.updated), ("n", 5, 6));
    assert!(s.findings.marked.is_empty() && s.notes.is_empty() && s.actions.is_empty());
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    // Line 3 is `    name: oops,`; the bad value starts at column 11 (ron
    // itself points at the space before it, column 10).
    let text = "Session(\n    schema_version: 1,\n    name: oops,\n)";
    let err = parse(text.as_bytes(), &path()).unwrap_err();
    let SessionError::Corrupt {
        path: p,
        line,
        column,
        ..
    } = &err
    else {
        panic!("expected Corrupt, got {err:?}");
    };
    assert_eq!((p, *line, *column), (&path(), 3, 11));
    let msg = err.to_string();
    assert!(msg.starts_with("/s/weekly.ron:3:11: "), "{msg}");
    assert!(msg.contains("/s/weekly.ron.bak"), "{msg}");
}

#[test]
fn error_positions_skip_to_the_next_visible_character() {
    let text = "ab\n  x: \n\n   y";
    // Line 2 is "  x: ": `x` is column 3, the space after `:` column 5.
    assert_eq!(skip_whitespace(text, 2, 1), (2, 3));
    assert_eq!(skip_whitespace(text, 2, 3), (2, 3));
    assert_eq!(skip_whitespace(text, 2, 5), (4, 4)); // across a blank line to `y`
    assert_eq!(skip_whitespace(text, 1, 1), (1, 1));
    assert_eq!(skip_whitespace(text, 4, 9), (4, 9)); // past the end: unchanged
    assert_eq!(skip_whitespace(text, 0, 0), (0, 0));
    assert_eq!(skip_whitespace(text, 9, 1), (9, 1));
}

#[test]
fn invalid_utf8_is_reported_at_the_first_bad_byte() {
    // Line 2 starts with "  na" (4 characters); the bad byte is column 5.
    let err = parse(b"Session(\n  na\xffme: 1)", &path()).unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::Corrupt {
                line: 2,
                column: 5,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_newer_schema_that_still_parses_is_flagged() {
    let mut s = sample();
    s.schema_version = 3;
    let text = to_ron(&s)
        .unwrap()
        .replace("    graph_id:", "    mood: \"optimistic\",\n    graph_id:");
    let loaded = parse(text.as_bytes(), &path()).unwrap();
    assert_eq!(loaded.newer_schema, Some(3));
    assert_eq!(loaded.session.notes, s.notes);
}

#[test]
fn a_newer_schema_that_does_not_parse_is_refused_as_newer() {
    let text = r#"Session(schema_version: 7, name: "n", notes: "changed shape")"#;
    let err = parse(text.as_bytes(), &path()).unwrap_err();
    assert!(
        matches!(
            err,
            SessionError::NewerSchema {
                found: 7,
                supported: 2,
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn an_old_file_with_a_bad_field_is_corrupt_not_newer() {
    let text = r#"Session(schema_version: 1, name: 3)"#;
    let err = parse(text.as_bytes(), &path()).unwrap_err();
    assert!(
        matches!(err, SessionError::Corrupt { line: 1, .. }),
        "{err:?}"
    );
}

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    let depth = 200_000;
    let text = format!(
        "Session(schema_version: 1, junk: {}{}, name: \"n\")",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let err = parse(text.as_bytes(), &path()).unwrap_err();
    assert!(
        matches!(&err, SessionError::Corrupt { line: 1, message, .. } if message.contains("nested too deeply")),
        "{err:?}"
    );
}

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, weighted towards RON's special characters.
    prop_oneof![
        any::<String>(),
        "[\"\\\\()\\[\\]{}:,\\n\\r\\t /*#!é\u{1F600}\u{0}]{0,24}",
    ]
}

fn note_target() -> impl Strategy<Value = crate::domain::NoteTarget> {
    use crate::domain::{NoteTarget, QuestionRef};
    prop_oneof![
        Just(NoteTarget::General),
        text().prop_map(NoteTarget::Symptom),
        text().prop_map(NoteTarget::AntiPattern),
        (text(), any::<usize>()).prop_map(|(symptom, index)| NoteTarget::Cause { symptom, index }),
        (text(), any::<usize>())
            .prop_map(|(symptom, index)| NoteTarget::Question(QuestionRef { symptom, index })),
    ]
}

proptest! {
    #[test]
    fn any_session_round_trips(
        // A name with control characters is refused on load (see below).
        name in text().prop_map(|n| n.replace(char::is_control, "")),
        times in any::<(u64, u64)>(),
        marked in proptest::collection::vec(text(), 0..4),
        answers in proptest::collection::vec((text(), any::<usize>(), 0usize..4), 0..4),
        notes in proptest::collection::vec((note_target(), text(), any::<u64>()), 0..4),
        actions in proptest::collection::vec(
            (text(), proptest::option::of(text()), proptest::option::of(text()), proptest::option::of(text()), any::<bool>()),
            0..3,
        ),
    ) {
        use crate::domain::{ActionItem, Answer, Note, QuestionRef, Target};
        let mut s = sample();
        s.name = name;
        (s.created, s.updated) = times;
        s.findings.marked = marked;
        s.findings.answers = answers
            .into_iter()
            .map(|(symptom, index, a)| (QuestionRef { symptom, index }, Answer::ALL[a]))
            .collect();
        s.notes = notes
            .into_iter()
            .map(|(about, text, t)| Note { about, text, created: t, updated: t })
            .collect();
        s.actions = actions
            .into_iter()
            .map(|(text, owner, due, cause, done)| ActionItem {
                text,
                owner,
                due,
                cause: cause.map(Target::AntiPattern),
                done,
                created: 3,
            })
            .collect();
        let file = to_ron(&s).unwrap();
        let back = parse(file.as_bytes(), &path()).unwrap();
        prop_assert_eq!(back.session, s);
    }

    #[test]
    fn a_name_with_a_control_character_is_refused_with_its_place(
        before in "[a-z]{0,5}",
        c in proptest::char::any().prop_filter("a control", |c| c.is_control()),
    ) {
        let mut s = sample();
        s.name = format!("{before}{c}");
        let file = to_ron(&s).unwrap();
        match parse(file.as_bytes(), &path()) {
            Err(SessionError::Corrupt { line: 3, message, .. }) => prop_assert!(
                message.contains(&format!("control character (U+{:04X})", u32::from(c))),
                "{message}"
            ),
            other => prop_assert!(false, "unexpected {other:?}"),
        }
    }

    #[test]
    fn arbitrary_bytes_load_or_give_a_typed_error(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        match parse(&bytes, &path()) {
            Ok(_) | Err(SessionError::Corrupt { .. } | SessionError::NewerSchema { .. }) => {}
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }

    #[test]
    fn damaged_copies_of_a_real_file_load_or_give_a_typed_error(
        cut in 0usize..4000,
        at in 0usize..4000,
        byte in any::<u8>(),
    ) {
        let mut bytes = to_ron(&sample()).unwrap().into_bytes();
        if let Some(b) = bytes.get_mut(at) {
            *b = byte;
        }
        bytes.truncate(cut);
        match parse(&bytes, &path()) {
            Ok(_) | Err(SessionError::Corrupt { .. } | SessionError::NewerSchema { .. }) => {}
            Err(other) => prop_assert!(false, "unexpected error {other:?}"),
        }
    }
}
