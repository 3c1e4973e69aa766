//! The life of an action item: written on one line (`text @owner
//! due:2026-12-01`, or `due:fri`, see [`super::due`]), edited, ticked done or opened again, deleted, listed
//! open first and by due date, and found overdue. Today's date is passed in,
//! so nothing here reads the clock.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::graph::Target;
use super::session::{ActionItem, Session, Timestamp};

/// Whether an action item is still to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Open,
    Done,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Done => "done",
        }
    }
}

impl Target {
    /// What an action item's link to it says it links: `symptom` for a
    /// symptom, `cause` for an anti-pattern (`cause: [Knowledge Silos]`).
    pub fn link_label(&self) -> &'static str {
        match self {
            Target::AntiPattern(_) => "cause",
            Target::Symptom(_) => "symptom",
        }
    }
}

/// Why an action line or an action's index was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ActionError {
    #[error("an action item needs some text besides @owner and due:DATE")]
    NoText,
    /// What follows `due:` is not a date, `today`, `tomorrow` or a weekday.
    #[error(
        "\"{0}\" is not a due date: {accepted}", accepted = super::due::ACCEPTED
    )]
    BadDue(String),
    #[error("there is no action item {number} (the session has {count})")]
    NoSuchItem { number: usize, count: usize },
}

impl ActionItem {
    /// Reads an action item from one line: a word `@name` is the owner, a
    /// word `due:WHEN` the due date (see [`super::due`]: a date as
    /// YYYY-MM-DD, `today`, `tomorrow` or a weekday, stored as the date);
    /// the other words, in order, are the text. A second `@name` or `due:`
    /// stays in the text. `today` is the team's local date, which words
    /// such as `tomorrow` count from.
    pub fn parse_on(
        line: &str,
        cause: Option<Target>,
        now: Timestamp,
        today: Date,
    ) -> Result<ActionItem, ActionError> {
        parse(line, cause, now, today, None)
    }

    /// [`ActionItem::parse_on`] counting `today` as the UTC date of `now`
    /// (for tools and tests; the app passes the local date).
    pub fn parse_line(
        line: &str,
        cause: Option<Target>,
        now: Timestamp,
    ) -> Result<ActionItem, ActionError> {
        let today = super::time::local_date(now, &jiff::tz::TimeZone::UTC)
            .unwrap_or(Date::constant(1970, 1, 1));
        Self::parse_on(line, cause, now, today)
    }

    /// The item as one line [`ActionItem::parse_line`] reads back: text,
    /// then `@owner` and `due:WHEN` when set (to edit it).
    pub fn to_line(&self) -> String {
        let mut line = self.text.clone();
        if let Some(owner) = &self.owner {
            line.push_str(&format!(" @{owner}"));
        }
        if let Some(due) = &self.due {
            line.push_str(&format!(" due:{due}"));
        }
        line
    }

    pub fn status(&self) -> Status {
        if self.done {
            Status::Done
        } else {
            Status::Open
        }
    }

    /// The due date, when `due` is written as a date (YYYY-MM-DD): always,
    /// but for free text written before dates were checked ("next sprint"),
    /// which loads and shows as it is.
    pub fn due_date(&self) -> Option<Date> {
        self.due.as_deref().and_then(|d| d.parse::<Date>().ok())
    }

    /// Open, with a due date before `today`.
    pub fn is_overdue(&self, today: Date) -> bool {
        !self.done && self.due_date().is_some_and(|d| d < today)
    }
}

/// The line parser. `keep` is a due value kept as it is written (an item's
/// old free-text due date, from before dates were checked, when editing it).
fn parse(
    line: &str,
    cause: Option<Target>,
    now: Timestamp,
    today: Date,
    keep: Option<&str>,
) -> Result<ActionItem, ActionError> {
    let mut owner = None;
    let mut due = None;
    let mut words = Vec::new();
    for word in line.split_whitespace() {
        match (word.strip_prefix('@'), word.strip_prefix("due:")) {
            (Some(o), _) if !o.is_empty() && owner.is_none() => owner = Some(o.to_string()),
            (_, Some(d)) if !d.is_empty() && due.is_none() => {
                due = Some(if keep == Some(d) {
                    d.to_string()
                } else {
                    super::due::resolve(d, today)
                        .ok_or_else(|| ActionError::BadDue(d.to_string()))?
                        .to_string()
                });
            }
            _ => words.push(word),
        }
    }
    if words.is_empty() {
        return Err(ActionError::NoText);
    }
    Ok(ActionItem {
        text: words.join(" "),
        owner,
        due,
        cause,
        done: false,
        created: now,
    })
}

impl Session {
    /// Adds an action item; returns its index in [`Session::actions`].
    pub fn add_action(&mut self, item: ActionItem) -> usize {
        self.actions.push(item);
        self.actions.len() - 1
    }

    fn action_mut(&mut self, index: usize) -> Result<&mut ActionItem, ActionError> {
        let count = self.actions.len();
        self.actions.get_mut(index).ok_or(ActionError::NoSuchItem {
            number: index + 1,
            count,
        })
    }

    /// Ticks an action item done (`true`) or opens it again (`false`).
    pub fn set_action_done(&mut self, index: usize, done: bool) -> Result<(), ActionError> {
        self.action_mut(index)?.done = done;
        Ok(())
    }

    /// Replaces an item's text, owner and due date from one line (see
    /// [`ActionItem::parse_on`]); its status, link and creation time stay. A
    /// due date the item already had is kept as written, so an old free-text
    /// one ("next-sprint") survives an edit of the text.
    pub fn edit_action(
        &mut self,
        index: usize,
        line: &str,
        today: Date,
    ) -> Result<(), ActionError> {
        let item = self.action_mut(index)?;
        let keep = item.due.clone();
        let edited = parse(
            line,
            item.cause.clone(),
            item.created,
            today,
            keep.as_deref(),
        )?;
        item.text = edited.text;
        item.owner = edited.owner;
        item.due = edited.due;
        Ok(())
    }

    /// Links an item to a page (a cause or a symptom), or unlinks it.
    pub fn link_action(&mut self, index: usize, page: Option<Target>) -> Result<(), ActionError> {
        self.action_mut(index)?.cause = page;
        Ok(())
    }

    /// Deletes an action item and returns it.
    pub fn delete_action(&mut self, index: usize) -> Result<ActionItem, ActionError> {
        self.action_mut(index)?;
        Ok(self.actions.remove(index))
    }

    /// Indices of the action items in display order: open before done, then
    /// by due date (dated items first, earliest first; a due date in words
    /// counts as none), then in the order they were added.
    pub fn actions_in_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.actions.len()).collect();
        order.sort_by_key(|&i| {
            let a = &self.actions[i];
            (a.status(), a.due_date().is_none(), a.due_date(), i)
        });
        order
    }

    /// Indices of the open action items due before `today`, in display order.
    pub fn overdue_actions(&self, today: Date) -> Vec<usize> {
        self.actions_in_order()
            .into_iter()
            .filter(|&i| self.actions[i].is_overdue(today))
            .collect()
    }
}

#[cfg(test)]
#[path = "actions_tests.rs"]
mod tests;
