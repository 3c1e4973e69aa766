//! The action items screen (`x` on the main screen): every action item of the
//! session, open ones first and by due date, overdue ones highlighted; tick
//! done or open again, edit, delete (asks first), open the linked page.

pub mod keys;
mod state;
mod update;
pub mod view;

pub use state::ActionsScreen;
