//! Action items typed on one line: `text @owner due:2026-12-01`.

use crate::domain::{ActionItem, Target, Timestamp};

/// Reads an action item from one line: a word `@name` is the owner, a word
/// `due:WHEN` the due date (free text, as the team writes it); the other
/// words, in order, are the text. `None` when no text is left.
pub fn parse(line: &str, cause: Option<Target>, now: Timestamp) -> Option<ActionItem> {
    let mut owner = None;
    let mut due = None;
    let mut words = Vec::new();
    for word in line.split_whitespace() {
        match (word.strip_prefix('@'), word.strip_prefix("due:")) {
            (Some(o), _) if !o.is_empty() && owner.is_none() => owner = Some(o.to_string()),
            (_, Some(d)) if !d.is_empty() && due.is_none() => due = Some(d.to_string()),
            _ => words.push(word),
        }
    }
    if words.is_empty() {
        return None;
    }
    Some(ActionItem {
        text: words.join(" "),
        owner,
        due,
        cause,
        done: false,
        created: now,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owner_and_due_are_taken_out_of_the_text() {
        let cause = Some(Target::AntiPattern("manual-deployments".into()));
        let item =
            parse("Script the deploy @Zoë due:2026-12-01 ✓", cause.clone(), 7).expect("an item");
        assert_eq!(item.text, "Script the deploy ✓");
        assert_eq!(item.owner.as_deref(), Some("Zoë"));
        assert_eq!(item.due.as_deref(), Some("2026-12-01"));
        assert_eq!((item.cause, item.created, item.done), (cause, 7, false));
    }

    #[test]
    fn no_text_is_no_item_and_a_second_owner_stays_text() {
        assert_eq!(parse("  @amy due:friday ", None, 0), None);
        let item = parse("pair @amy @bo", None, 0).expect("an item");
        assert_eq!(
            (item.text.as_str(), item.owner.as_deref()),
            ("pair @bo", Some("amy"))
        );
        assert_eq!(
            parse("email @ due:", None, 0).map(|i| i.text),
            Some("email @ due:".into())
        );
    }
}
