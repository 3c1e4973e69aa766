//! Bracketed paste: a paste arrives as one event, however long, and goes
//! into the note editor, the search box or a one-line prompt as text (never
//! as keys); and the run loop handles every pending event before it draws.

mod common;

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use cdtriage::domain::NoteTarget;
use cdtriage::ui::core::mode::Mode;
use cdtriage::ui::terminal::{Input, run_loop_timed};
use common::{app, ctrl, key, open, press, type_str};
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::event::{Event, KeyCode};
use ratatui::layout::{Position, Size};

/// A TestBackend that counts the frames drawn (one flush each).
struct Counting {
    inner: TestBackend,
    frames: usize,
}

impl Backend for Counting {
    type Error = <TestBackend as Backend>::Error;
    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, p: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(p)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }
    fn clear_region(&mut self, t: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(t)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        self.frames += 1;
        self.inner.flush()
    }
}

/// Runs the loop over `events`, all pending at once (as a paste followed by
/// keys would be): a wait that may block gets the next event, a poll that
/// may not (`Some(ZERO)`) gets one too while any are left; then the input
/// ends. Returns the number of frames drawn.
fn run(a: &mut cdtriage::ui::app::App, events: Vec<Event>) -> usize {
    let mut queue: VecDeque<Event> = events.into();
    let backend = Counting {
        inner: TestBackend::new(80, 24),
        frames: 0,
    };
    let mut terminal = Terminal::new(backend).unwrap();
    run_loop_timed(&mut terminal, a, |timeout| {
        Ok::<_, io::Error>(match queue.pop_front() {
            Some(e) => Input::Event(e),
            None if timeout == Some(Duration::ZERO) => Input::Idle,
            None => Input::End,
        })
    })
    .unwrap();
    terminal.backend().frames
}

#[test]
fn every_pending_event_is_handled_before_the_next_frame() {
    let mut a = app(80, 24);
    let keys: Vec<Event> = "/merge"
        .chars()
        .map(|c| Event::Key(key(KeyCode::Char(c))))
        .collect();
    // The first frame, then one for all six keys (not one per key).
    assert_eq!(run(&mut a, keys), 2);
    assert_eq!(a.mode, Mode::Search);
    assert_eq!(a.search.input.text(), "merge");
}

#[test]
fn a_long_paste_into_the_note_editor_is_one_event_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = open(dir.path(), "team");
    let line = "x".repeat(99);
    let pasted: String = (0..100).map(|_| format!("{line}\r\n")).collect();
    let events = vec![
        Event::Key(key(KeyCode::Char('E'))),
        Event::Paste(format!("{pasted}end \u{1b}]0;title\u{7}")),
        Event::Key(ctrl('s')),
    ];
    assert_eq!(run(&mut a, events), 2);
    let note = a.session.notes.last().expect("a note was added");
    assert!(matches!(note.about, NoteTarget::Symptom(_)));
    let expected = format!("{}end ]0;title", format!("{line}\n").repeat(100));
    assert_eq!(note.text, expected);
    assert_eq!(common::on_disk(dir.path(), "team").notes, a.session.notes);
}

#[test]
fn a_paste_into_the_search_box_and_a_prompt_is_one_line_of_text() {
    let mut a = app(80, 24);
    press(&mut a, &[key(KeyCode::Char('/'))]);
    a.paste("merge\r\nfreeze\u{9b}");
    assert_eq!(a.search.input.text(), "merge freeze");
    assert!(!a.search.rows.is_empty(), "the results follow the paste");

    let mut a = app(80, 24);
    press(&mut a, &[key(KeyCode::Char('A'))]);
    assert_eq!(a.mode, Mode::NameInput);
    type_str(&mut a, "Fix ");
    a.paste("the\tpipeline @kai\n");
    let prompt = a.sessions.prompt.as_ref().expect("the prompt is open");
    assert_eq!(prompt.input.text(), "Fix the pipeline @kai");
    assert_eq!(
        prompt.input.cursor(),
        "Fix the pipeline @kai".chars().count()
    );
}

#[test]
fn a_paste_elsewhere_is_not_taken_for_keys() {
    let mut a = app(80, 24);
    let before = a.browse.page;
    a.paste("q/2Sq");
    assert!(!a.quit);
    assert_eq!(a.mode, Mode::Browse);
    assert_eq!(a.browse.page, before);
}
