//! The "since last time" screen (`c` on the main screen, offered when a
//! session that follows another is opened): what changed since that session
//! (marks, answers, each ranked cause's move, the action items), with the
//! ranked causes of both sessions side by side as pairs of bars.

pub mod keys;
mod state;
mod update;
pub mod view;

pub use state::{Pane, SinceScreen};
