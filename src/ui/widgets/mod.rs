//! Pieces any screen draws or edits: the line input, lists of wrapped items,
//! hyperlinks, the clipboard escape, the popup box and the diagnosis screens'
//! row lists.

pub mod clipboard;
pub mod diagnosis_list;
pub mod diagnosis_rows;
pub mod dialogs;
pub mod highlight;
pub mod hyperlink;
pub mod item_list;
pub mod line_input;
pub mod pane;
pub mod popup;
pub mod ruled_out;
pub mod summary_rows;
