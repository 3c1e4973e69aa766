//! Action items as search documents: found by their text and owner, under
//! the page they are linked to. Their keys come after the notes' (`base` is
//! the number of notes), so a result tells a note from an action item; an
//! action item's result opens the actions screen at that item.

use crate::domain::{ActionItem, Graph, NoteDoc};

/// The linked action items as search documents, keyed `base + index`. An
/// item linked to no page (or to one the guide lacks) has no page to be
/// listed under and is left out: the actions screen lists it.
pub fn docs(graph: &Graph, actions: &[ActionItem], base: usize) -> Vec<NoteDoc> {
    actions
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let page = a.cause.clone()?;
            graph.target_name(&page)?;
            let mut title = format!("Action item ({})", a.status().label());
            if let Some(owner) = &a.owner {
                title.push_str(&format!(", @{owner}"));
            }
            let mut text = a.text.clone();
            if let Some(owner) = &a.owner {
                text.push_str(&format!(" (owner {owner})"));
            }
            Some(NoteDoc {
                page,
                key: base + i,
                title,
                text,
            })
        })
        .collect()
}

/// The action item a search result's note key names, if it is one.
pub fn item_of(key: usize, notes: usize, actions: usize) -> Option<usize> {
    key.checked_sub(notes).filter(|&i| i < actions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Target, load};

    #[test]
    fn linked_items_are_documents_after_the_notes_and_unlinked_ones_are_not() {
        let graph = load::embedded().expect("embedded graph loads");
        let linked = Target::AntiPattern(graph.anti_patterns[0].id.clone());
        let a = ActionItem::parse_line("Script the runbook @sam", Some(linked.clone()), 1)
            .expect("item");
        let b = ActionItem::parse_line("Ask ops", None, 2).expect("item");
        let gone =
            ActionItem::parse_line("Old", Some(Target::Symptom("nope".into())), 3).expect("item");
        let d = docs(&graph, &[b, a, gone], 4);
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].key, &d[0].page), (5, &linked));
        assert!(d[0].text.contains("sam") && d[0].title.contains("@sam"));
        assert_eq!(item_of(5, 4, 3), Some(1));
        assert_eq!(item_of(3, 4, 3), None);
        assert_eq!(item_of(7, 4, 3), None);
    }
}
