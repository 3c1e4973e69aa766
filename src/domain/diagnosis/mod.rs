//! Guided diagnosis: walking the "How to narrow it down" questions, and
//! ranking root causes across the symptoms a team marked, with the reasons.
//!
//! # What an answer means
//!
//! Each question ends with the condition under which it points at its cause
//! ("If not, ...", "If yes, ...", "If QA takes days per release, ..."). Many
//! questions are worded so that a literal "yes" to the sentence clears the
//! cause ("Is the deployment process automated?"), and a few are not yes/no
//! at all ("How large are typical deployments?"). So an [`Answer`] records
//! whether the question **points at its cause for this team**: Yes = the
//! condition holds, No = it does not, Unsure = maybe, Skip = not answered.
//! The question screen must ask it that way (e.g. "Does this point at
//! Manual Deployments for you?"), not as a literal reply to the sentence.
//!
//! # How causes are ranked
//!
//! Only the marked symptoms count (N is the number of symptoms in the guide,
//! 21). For each anti-pattern C, add up:
//!
//! * **Citation**, +1 × w(C) for each marked symptom that lists C under
//!   "Common causes", where w(C) = 1 / (number of the guide's symptoms that
//!   list C). Missing Deployment Pipeline is listed by 13 of the 21
//!   symptoms, so each citation of it is worth 1/13 ≈ 0.08; a cause listed
//!   by one symptom gets the whole 1. In other words the citation prior is the
//!   share of a cause's symptoms that the team sees, so being cited
//!   everywhere earns little by itself.
//! * **Most common cause**, +1 for each marked symptom that names C as its
//!   most common cause. Not normalised: it is the guide's own statement about
//!   that symptom, and it keeps a symptom's most common cause first when no
//!   question is answered yet (1 + w > 1 ≥ any other cause's citation).
//! * **Answers** to the marked symptoms' questions that point at C: Yes +3,
//!   Unsure +1, No −2, Skip 0. Before any answer one symptom gives a cause
//!   at most 1 + 1 = 2, so a single Yes outweighs it and a single No cancels
//!   at least all of it.
//!
//! Score = sum of the above. A cause is listed if its score is above zero or
//! it got a Yes or Unsure answer. Ties break by more Yes answers, then the
//! rarer cause (higher w), then the id, so the order never depends on the
//! order in which symptoms were marked.
//!
//! Worked example: marking only "Merge freezes before deploys" gives Manual
//! Deployments 1/10 + 1 = 1.10, Integration Deferred 1/1 = 1.00, Missing
//! Deployment Pipeline 1/13 ≈ 0.08. Answering Yes to the Missing Deployment
//! Pipeline question lifts it to 0.08 + 3 = 3.08, first.
//!
//! # Questions that point at a symptom
//!
//! Symptom 15's first question points at another symptom (Infrequent,
//! Painful Releases), and symptoms may list other symptoms as causes. Those
//! targets are never ranked as root causes. Instead, a Yes or Unsure to such
//! a question makes [`suggested_symptoms`] offer that symptom for the triage;
//! once marked, its own causes and questions count like any other.
//!
//! Ids the graph does not know (a stale session) are ignored everywhere.

mod explain;
mod rank;
mod summary;
mod walk;

pub use rank::{
    NO, RankedCause, Reason, SKIP, UNSURE, W_CITE, W_COMMON, YES, answer_weight, citation_weight,
    citing_symptoms, compare, rank,
};
pub use summary::{
    AlsoSeeing, Suggestion, Summary, also_seeing, suggested_symptoms, symptom_summary,
};
pub use walk::{Progress, Walk};

#[cfg(doc)]
use crate::domain::answers::Answer;
