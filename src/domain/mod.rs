//! The domain: the symptom graph, loading, validating and importing it, and
//! the team's findings. No terminal types live here.

pub mod actions;
pub mod answers;
pub mod compare;
pub mod diagnosis;
pub mod due;
mod embedded;
pub mod facts;
pub mod graph;
pub mod guide;
pub mod import;
pub mod load;
mod load_error;
mod origin;
pub mod page;
pub mod printable;
pub mod search;
pub mod session;
pub mod shared;
mod target;
pub mod time;
pub mod triage;
pub mod undo;
pub mod upgrade;

pub use answers::{Answer, Evidence, Findings};
pub use graph::{
    AntiPattern, Cause, Fact, Graph, Paragraph, Points, Question, QuestionRef, RiskLevel, Section,
    Source, Symptom, Target, TargetKind,
};
pub use guide::Origin;
pub use load::{LoadError, validate};
pub use page::{AntiPatternPage, Block, Chapter, Link, LinkTo, Part, Related};
pub use printable::printable;
pub use search::{DocKind, Location, NoteDoc, PageHit, PassageHit, Results, SearchIndex};
pub use session::{ActionItem, CURRENT_SCHEMA, Note, NoteTarget, Session, Timestamp, format_utc};
pub use triage::{
    Triage, TriageOption, TriageQuestion, TriageResult, TriageStep, TriageView, TriageWalk,
};
