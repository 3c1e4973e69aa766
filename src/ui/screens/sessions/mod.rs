//! Team sessions in the app: the file behind `app.session` and saving it
//! ([`state`]), the session picker, the note editor, action items, exporting
//! minutes, and the dialogs for sessions that cannot be opened.
//!
//! Without `--session` the app starts with an in-memory session that is never
//! written; the status bar says "no session (S: sessions)" and the picker (`S`)
//! creates one (keeping what was recorded so far) or opens one.

pub mod attendees;
mod dialog_update;
pub mod keys;
mod lifecycle;
pub mod note_editor;
pub mod notes;
pub mod picker;
pub mod state;
mod update;
pub mod view;

pub use state::SessionUi;
