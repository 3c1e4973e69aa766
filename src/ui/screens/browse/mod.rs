//! The main screen: the symptom list, the page shown, its links, the
//! presenter view, browser-like back and forward, and turning a fix step into
//! an action item.

pub mod fix_step;
pub mod keys;
pub mod links;
pub mod links_view;
pub mod list_view;
pub mod page_marks;
pub mod page_view;
pub mod place;
pub mod presenter;
pub mod presenter_view;
pub mod state;
