//! Everything the user can ask the explorer to do.
//!
//! Keys (through [`crate::ui::keys::keymap`]) and mouse events become an [`Action`];
//! [`crate::ui::app::App::update`] is the only place that acts on one.

use crate::domain::Answer;

/// One thing to do. Plain data (`Copy`), so key tables can hold them as consts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave the program.
    Quit,
    /// Move focus to the next pane (list, page, links, then round again).
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrev,
    /// Move the selection, or scroll the page, one step up.
    Up,
    /// Move the selection, or scroll the page, one step down.
    Down,
    /// Go to the first item, or the top of the page.
    Top,
    /// Go to the last item, or the bottom of the page.
    Bottom,
    /// Move or scroll up by half the visible height.
    HalfPageUp,
    /// Move or scroll down by half the visible height.
    HalfPageDown,
    /// Move or scroll up by the visible height.
    PageUp,
    /// Move or scroll down by the visible height.
    PageDown,
    /// Open what has focus: from the list, read the page; from the page or the
    /// links pane, follow the selected link.
    Open,
    /// Go back to the previous page in history.
    Back,
    /// Go forward again after going back.
    Forward,
    /// A digit typed to jump to a symptom by number ("1", "1" goes to 11).
    Digit(u8),
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Show or hide the About screen.
    ToggleAbout,
    /// Switch the presenter view (chrome hidden, large centred page) on or off.
    TogglePresenter,
    /// Start the guided questions: of the symptom shown or selected (main
    /// screen), or the unanswered ones of the marked symptoms (triage screens).
    AnswerQuestions,
    /// Record this answer to the question on screen and go to the next.
    Answer(Answer),
    /// Go back to the previous question to change its answer.
    PreviousQuestion,
    /// Leave a diagnosis screen (answers and marks are kept).
    Leave,
    /// Open the triage checklist of all symptoms.
    OpenTriage,
    /// Show the ranked root causes of the marked symptoms.
    ShowRanking,
    /// Mark or unmark the highlighted symptom as "we see this".
    ToggleMark,
    /// Add the highlighted suggested symptom to the triage (marks it).
    AddToTriage,
    /// Open the site URL of the cause or page in view in the browser.
    OpenUrl,
    /// Copy the site URL of the page shown to the terminal's clipboard
    /// (OSC 52, where the terminal allows it).
    CopyUrl,
    /// The terminal was resized to this many columns and rows.
    Resize { width: u16, height: u16 },
    /// The left mouse button was pressed at this cell.
    Click { column: u16, row: u16 },
    /// The mouse wheel turned over this cell; `down` is towards the end.
    Scroll { column: u16, row: u16, down: bool },
    /// Open search over every page, passage, question and note.
    OpenSearch,
    /// A character typed into the search box.
    SearchType(char),
    /// An edit of the search box or a move of its cursor.
    SearchEdit(Edit),
    /// Leave search and return to exactly where the reader was.
    CloseSearch,
    /// Jump to the next match of the last search on this page.
    MatchNext,
    /// Jump to the previous match of the last search on this page.
    MatchPrev,
    /// Open the session picker (list, open, create, rename, delete sessions).
    OpenSessions,
    /// Edit the team's note on the page shown (its latest note, or a new one).
    EditNote,
    /// Edit the session's general note (from the session picker).
    EditGeneralNote,
    /// Add an action item linked to the page shown.
    AddActionItem,
    /// Write the session's minutes (Markdown) to the exports folder.
    ExportMinutes,
    /// Session picker: start creating a session (asks for a name).
    NewSession,
    /// Session picker: rename the selected session (asks for the new name).
    RenameSession,
    /// Session picker: delete the selected session (asks to confirm).
    DeleteSession,
    /// Save the note being edited.
    SaveNote,
    /// Confirm a prompt or a question (Enter, `y`).
    Confirm,
    /// Answer "no" to a question (`n`): e.g. discard the note's changes.
    Deny,
    /// Close a dialog, prompt or the picker without doing anything.
    Cancel,
    /// Reopen the session for writing (re-reading its file and taking its
    /// lock) once the other terminal that had it has let go.
    ReopenSession,
    /// Session problem: open the damaged session's backup read-only.
    OpenBackup,
    /// Session problem: start a session under another name.
    OtherName,
    /// A key typed into a text input (the note editor, a name prompt).
    TextKey(ratatui::crossterm::event::KeyEvent),
    /// Esc on the main screen: never quits, only says how to quit.
    QuitHint,
    /// Triage walk: show the questions answered on another symptom too.
    RevisitShared,
    /// Session picker: edit the selected session's attendees.
    EditAttendees,
    /// Open the action items screen (every action item of the session).
    OpenActions,
    /// Actions screen: tick the highlighted action item done, or open it again.
    ToggleDone,
    /// Actions screen: edit the highlighted action item's line.
    EditActionItem,
    /// Actions screen: delete the highlighted action item (asks first).
    DeleteActionItem,
    /// Open the "since last time" screen: what changed since the session
    /// this one follows.
    OpenSince,
    /// Session picker: create a session that follows the selected one
    /// (asks for its name).
    NewFollowingSession,
    /// On an anti-pattern page: make the fix step in view (marked on the
    /// page) an action item, opening the prompt prefilled with its title.
    FixStepToAction,
    /// Open "Find your symptom", the site's own triage questionnaire.
    FindSymptom,
    /// Find your symptom: go back to the first question and forget the way.
    StartOver,
    /// Undo the last change to the session's content (mark, answer, note,
    /// action item); repeated, go further back.
    Undo,
    /// Redo the last undone change.
    Redo,
}

impl Action {
    /// Whether this action can never change what the session records: it
    /// moves, scrolls, resizes, or types into the search box, a one-line
    /// prompt or the note editor (their text reaches the session only with
    /// Enter or Ctrl-S, which are other actions). Undo does not copy the
    /// session around these: they are the actions of most keystrokes.
    pub fn keeps_session(self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::Top
                | Action::Bottom
                | Action::HalfPageUp
                | Action::HalfPageDown
                | Action::PageUp
                | Action::PageDown
                | Action::Resize { .. }
                | Action::Scroll { .. }
                | Action::SearchType(_)
                | Action::SearchEdit(_)
                | Action::TextKey(_)
        )
    }
}

/// An edit of the text or a cursor move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edit {
    /// Delete the char before the cursor.
    Backspace,
    /// Delete the char under the cursor.
    Delete,
    /// Move one char left.
    Left,
    /// Move one char right.
    Right,
    /// Move to the start.
    Home,
    /// Move to the end.
    End,
    /// Delete everything (Ctrl-U in the search box).
    Clear,
    /// Delete everything before the cursor, keeping what is after it
    /// (Ctrl-U in a one-line prompt).
    DeleteToStart,
    /// Delete the word before the cursor (and the spaces after it).
    DeleteWord,
}
