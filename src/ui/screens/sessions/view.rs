//! The session screens drawn over the main one: the picker, the note
//! editor, a prompt, a yes/no question and the "cannot open" dialog.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::domain::NoteTarget;
use crate::ui::app::App;
use crate::ui::core::action::Action;
use crate::ui::core::mode::Mode;
use crate::ui::keys::keymap;
use crate::ui::screens::sessions::picker;
use crate::ui::widgets::popup::{centred, popup};

/// The picker's title, naming the key that closes it.
pub fn picker_title() -> String {
    format!(
        " Team sessions ({} closes) ",
        keymap::key(Mode::Sessions, Action::Cancel)
    )
}

/// Draws the session screen of the current mode into `area` (the main
/// screen without the status bar).
pub fn render(frame: &mut Frame, area: Rect, app: &App) {
    let s = &app.sessions;
    match app.mode {
        Mode::Sessions => picker_box(frame, area, app),
        Mode::Note => editor(frame, area, app),
        Mode::Problem => problem(frame, area, app),
        Mode::NameInput => {
            match s.prompt.as_ref().map(|p| p.back) {
                Some(Mode::Sessions) => picker_box(frame, area, app),
                Some(Mode::Problem) => problem(frame, area, app),
                _ => {}
            }
            prompt(frame, area, app);
        }
        Mode::Confirm => {
            match s.confirm.as_ref().map(|c| c.back) {
                Some(Mode::Sessions) => picker_box(frame, area, app),
                Some(Mode::Note) => editor(frame, area, app),
                _ => {}
            }
            confirm(frame, area, app);
        }
        _ => {}
    }
}

fn picker_box(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let s = &app.sessions;
    let inner = popup(frame, centred(area, 96, area.height), picker_title(), t);
    let mut lines = vec![Line::from(vec![
        Span::styled("Open now: ", t.app_label),
        Span::raw(s.state.status(&app.session)),
    ])];
    if let Some(dir) = s.state.store().map(|st| st.dir().display().to_string()) {
        lines.push(Line::from(vec![
            Span::styled("Folder: ", t.app_label),
            Span::raw(dir),
        ]));
    }
    lines.push(Line::default());
    if let Some(e) = &s.picker.error {
        lines.push(Line::styled(e.clone(), t.message));
    } else if s.picker.items.is_empty() {
        let create = keymap::key(Mode::Sessions, Action::NewSession);
        lines.push(Line::styled(
            format!("No sessions yet: {create} creates one."),
            t.dim,
        ));
    }
    for (i, info) in s.picker.items.iter().enumerate() {
        let style = if i == s.picker.selected {
            t.selected
        } else {
            t.text
        };
        let width = usize::from(inner.width);
        lines.push(Line::styled(
            picker::describe(info, &s.picker.tz, width),
            style,
        ));
    }
    lines.push(Line::default());
    lines.push(attendees_line(app));
    let general: Vec<_> = app.session.notes_about(&NoteTarget::General).collect();
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(
            "General notes of the open session ({}; {} edits)",
            general.len(),
            keymap::key(Mode::Sessions, Action::EditGeneralNote)
        ),
        t.heading,
    ));
    for note in general {
        for l in note.text.split('\n') {
            lines.push(Line::styled(format!("  {l}"), t.app_label));
        }
    }
    if !s.state.unknown.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(
            "Kept in the file but not in this guide:",
            t.heading,
        ));
        for u in &s.state.unknown {
            lines.push(Line::raw(format!("  {u}")));
        }
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// "Attendees of the open session: Priya, Sam (a edits)".
fn attendees_line(app: &App) -> Line<'static> {
    let t = &app.theme;
    let key = crate::ui::keys::keymap::key(
        Mode::Sessions,
        crate::ui::core::action::Action::EditAttendees,
    );
    let names = app
        .session
        .attendees
        .iter()
        .map(|n| crate::domain::printable::printable(n).into_owned())
        .collect::<Vec<_>>()
        .join(", ");
    let names = if names.is_empty() {
        "none recorded".to_string()
    } else {
        names
    };
    Line::from(vec![
        Span::styled("Attendees of the open session: ", t.heading),
        Span::styled(names, t.app_label),
        Span::styled(format!(" ({key} edits)"), t.dim),
    ])
}

fn editor(frame: &mut Frame, area: Rect, app: &App) {
    let Some(e) = &app.sessions.editor else {
        return;
    };
    let title = format!(" Team note: {} ", e.about);
    let outer = centred(area, 90, area.height.saturating_sub(2).max(8));
    let inner = popup(frame, outer, title, &app.theme);
    frame.render_widget(&e.area, inner);
}

fn prompt(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let Some(p) = &app.sessions.prompt else {
        return;
    };
    let inner = popup(
        frame,
        centred(area, 72, 6),
        format!(" {} ", p.title()),
        &app.theme,
    );
    crate::ui::widgets::line_input::draw(frame, inner, &p.input, ratatui::style::Style::default());
    // Under the input: why it was refused (wrapped: it says what is
    // accepted), or how to answer.
    let below = Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    };
    let under = match &p.error {
        Some(e) => Line::styled(e.clone(), t.key),
        None => Line::styled(
            keymap::phrase(
                Mode::NameInput,
                &[(Action::Confirm, "OK"), (Action::Cancel, "cancel")],
                ": ",
                "  ·  ",
            ),
            t.dim,
        ),
    };
    frame.render_widget(Paragraph::new(under).wrap(Wrap { trim: true }), below);
}

fn confirm(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let Some(c) = &app.sessions.confirm else {
        return;
    };
    let inner = popup(frame, centred(area, 64, 6), " Please confirm ", &app.theme);
    let lines = vec![
        Line::raw(c.question()),
        Line::styled(
            keymap::phrase(
                Mode::Confirm,
                &[
                    (Action::Confirm, "yes"),
                    (Action::Deny, "no"),
                    (Action::Cancel, "cancel"),
                ],
                ": ",
                "  ·  ",
            ),
            t.dim,
        ),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

fn problem(frame: &mut Frame, area: Rect, app: &App) {
    let t = &app.theme;
    let Some(p) = &app.sessions.problem else {
        return;
    };
    let title = format!(" Session \"{}\" cannot be opened ", p.name);
    let inner = popup(frame, centred(area, 80, 18), title, &app.theme);
    let mut lines = Vec::new();
    if let Some(path) = &p.path {
        lines.push(Line::from(vec![
            Span::styled("File: ", t.app_label),
            Span::raw(path.display().to_string()),
        ]));
    }
    if let Some((line, column)) = p.at {
        lines.push(Line::from(vec![
            Span::styled("Where: ", t.app_label),
            Span::raw(format!("line {line}, column {column}")),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::raw(p.message.clone()));
    lines.push(Line::default());
    lines.push(Line::styled(
        "The file is left exactly as it is.",
        t.heading,
    ));
    // The keys and their sentences come from the dialog's key table, so the
    // list says exactly what the keys do; the backup only when there is one.
    for row in crate::ui::screens::sessions::keys::PROBLEM {
        let Some(first) = row.keys.first() else {
            continue;
        };
        if !p.offers(row.action) {
            continue;
        }
        lines.push(Line::from(vec![
            Span::styled(
                format!(" {} ", crate::ui::keys::names::key_name(*first)),
                t.key,
            ),
            Span::raw(format!(" {}", row.description)),
        ]));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
