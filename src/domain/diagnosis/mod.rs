//! Guided diagnosis: walking the "How to narrow it down" questions, and
//! ranking root causes across the symptoms a team marked, with the reasons.
//!
//! # What an answer means
//!
//! The team answers the guide's own question ("Can any engineer on the team
//! deploy to production without help?"): Yes, No, Unsure or Skip. Each
//! question's explanation says which answer points at its cause ("If not,
//! ... Start with Knowledge silos": No does); that is kept as data beside the
//! graph ([`crate::domain::facts`], `assets/polarity.ron`) and turns an answer
//! into [`Evidence`]: the answer the guide names **points at** the cause, the
//! other **speaks against** it, Unsure **may point at** it, Skip counts
//! nothing. Seven questions are not yes/no ("How large are typical
//! deployments?"); for them Yes means the guide's own condition holds
//! ("a release contains more than a handful of commits"), and that is what
//! points at the cause.
//!
//! Questions with the same wording that point at the same cause share one
//! answer ([`crate::domain::shared`]): it counts once for each marked
//! symptom that asks it, as separate answers would, and the reasons say
//! where it was given.
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
//! * **Answers** to the marked symptoms' questions that point at C, by their
//!   evidence: points at +3, may point at (Unsure) +1, speaks against −2,
//!   Skip 0. Before any answer one symptom gives a cause at most 1 + 1 = 2,
//!   so a single answer pointing at it outweighs that and a single answer
//!   against cancels at least all of it.
//!
//! Score = sum of the above. A cause is listed if its score is above zero or
//! an answer points or may point at it. Ties break by more answers pointing
//! at it, then the rarer cause (higher w), then the id, so the order never
//! depends on the order in which symptoms were marked. A cause left out
//! whose answers add up to less than zero is **ruled out**
//! ([`diagnose`], [`ruled_out_on`]): listed apart, with those answers.
//!
//! Worked example: marking only "Merge freezes before deploys" gives Manual
//! Deployments 1/10 + 1 = 1.10, Integration Deferred 1/1 = 1.00, Missing
//! Deployment Pipeline 1/13 ≈ 0.08. Answering Yes to the Missing Deployment
//! Pipeline question ("Does the pipeline deploy a specific artifact from a
//! specific commit?") No, which points at it, lifts it to 0.08 + 3 = 3.08,
//! first.
//!
//! # Questions that point at a symptom
//!
//! Symptom 15's first question points at another symptom (Infrequent,
//! Painful Releases), and symptoms may list other symptoms as causes. Those
//! targets are never ranked as root causes. Instead, an answer that points or
//! may point at such a target makes [`suggested_symptoms`] offer that symptom for the triage;
//! once marked, its own causes and questions count like any other.
//!
//! Ids the graph does not know (a stale session) are ignored everywhere.

mod explain;
mod rank;
mod ruled_out;
mod summary;
mod walk;

pub use rank::{
    AGAINST, MAYBE, NOTHING, POINTS_AT, RankedCause, Reason, W_CITE, W_COMMON, citation_weight,
    citing_symptoms, compare, evidence_weight, rank,
};
pub use ruled_out::{Diagnosis, RuledOut, diagnose, ruled_out_on};
pub use summary::{
    AlsoSeeing, Suggestion, Summary, also_seeing, suggested_symptoms, symptom_summary,
};
pub use walk::{Progress, Walk};

#[cfg(doc)]
use crate::domain::answers::Evidence;
