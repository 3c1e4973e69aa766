//! The documents' words as vocabulary ids in one flat array, so that scoring a
//! query walks contiguous memory instead of chasing a pointer per field.

use std::ops::Range;

use super::docs::Doc;

/// One field: its weight and its words' place in [`Flat::terms`].
#[derive(Debug, Clone)]
pub struct FlatField {
    pub weight: f32,
    pub terms: Range<usize>,
}

/// One document: its fields' place in [`Flat::fields`].
#[derive(Debug, Clone)]
struct FlatDoc {
    fields: Range<usize>,
    is_page: bool,
}

/// Every document's words, in document order.
#[derive(Debug, Clone, Default)]
pub struct Flat {
    terms: Vec<u32>,
    fields: Vec<FlatField>,
    docs: Vec<FlatDoc>,
}

/// One document as seen by scoring.
#[derive(Clone, Copy)]
pub struct DocView<'a> {
    pub is_page: bool,
    pub fields: &'a [FlatField],
    terms: &'a [u32],
}

impl<'a> DocView<'a> {
    /// The vocabulary ids of a field's words, in order.
    pub fn terms(&self, field: &FlatField) -> &'a [u32] {
        self.terms.get(field.terms.clone()).unwrap_or_default()
    }
}

impl Flat {
    pub fn from_docs(docs: &[Doc]) -> Self {
        let mut flat = Flat::default();
        for doc in docs {
            flat.push(doc);
        }
        flat
    }

    /// Appends a document (its position is the next document index).
    pub fn push(&mut self, doc: &Doc) {
        let first_field = self.fields.len();
        for field in &doc.fields {
            let start = self.terms.len();
            self.terms.extend(field.tokens.iter().map(|t| t.term));
            self.fields.push(FlatField {
                weight: field.role.weight(),
                terms: start..self.terms.len(),
            });
        }
        self.docs.push(FlatDoc {
            fields: first_field..self.fields.len(),
            is_page: doc.kind.is_page(),
        });
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn doc(&self, index: usize) -> Option<DocView<'_>> {
        let doc = self.docs.get(index)?;
        Some(DocView {
            is_page: doc.is_page,
            fields: self.fields.get(doc.fields.clone())?,
            terms: &self.terms,
        })
    }
}
