//! A session as JSON for scripts: every recorded item with the guide's titles
//! resolved next to its ids (`null` where the guide no longer has the id).

use serde_json::{Value, json};

use super::{MinutesCause, note_label};
use crate::domain::{Graph, Session, Target, format_utc};

/// The session, its resolved titles, the ranking passed in and the
/// attribution.
pub fn to_json(session: &Session, graph: &Graph, causes: &[MinutesCause]) -> Value {
    let source = &graph.section.source;
    json!({
        "schema_version": session.schema_version,
        "name": session.name,
        "created": format_utc(session.created),
        "updated": format_utc(session.updated),
        "created_unix": session.created,
        "updated_unix": session.updated,
        "graph": { "id": session.graph_id, "version": session.graph_version },
        "marked": session.findings.marked.iter().map(|id| {
            let s = graph.symptom(id);
            json!({ "id": id, "title": s.map(|s| &s.title), "url": s.map(|s| &s.url) })
        }).collect::<Vec<_>>(),
        "attendees": session.attendees,
        "follows": session.follows,
        "answers": session.findings.answers.iter().map(|(q, a)| json!({
            "symptom": q.symptom,
            "index": q.index,
            "question": graph.question(q).map(|q| &q.question),
            "answer": a,
            "evidence": crate::domain::Evidence::of(*a, graph.fact(q)),
            "given_on": session.findings.is_shared_copy(q).then(|| session.findings.given_on(q)),
            "carried": session.findings.is_carried(q),
        })).collect::<Vec<_>>(),
        "notes": session.notes.iter().map(|n| json!({
            "about": n.about,
            "about_label": note_label(&n.about, graph),
            "text": n.text,
            "created": format_utc(n.created),
            "updated": format_utc(n.updated),
        })).collect::<Vec<_>>(),
        "actions": session.actions.iter().map(|a| json!({
            "text": a.text,
            "owner": a.owner,
            "due": a.due,
            "cause": a.cause.as_ref().map(|t| target(t, graph)),
            "done": a.done,
            "created": format_utc(a.created),
        })).collect::<Vec<_>>(),
        "ranked_causes": causes.iter().map(|c| json!({
            "target": target(&c.target, graph),
            "name": c.name,
            "url": c.url,
            "score": c.score,
            "reasons": c.reasons,
        })).collect::<Vec<_>>(),
        "unknown_refs": session.unknown_refs(graph),
        "attribution": {
            "section": graph.section.title,
            "url": graph.section.url,
            "copyright": source.copyright,
            "license": source.license,
            "license_url": source.license_url,
            "adapted_by": "cdtriage",
        },
    })
}

fn target(t: &Target, graph: &Graph) -> Value {
    json!({
        "kind": t.kind(),
        "id": t.id(),
        "name": graph.target_name(t),
        "url": graph.target_url(t),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::session::tests::sample;
    use crate::domain::{QuestionRef, load};

    #[test]
    fn json_carries_ids_titles_and_answers() {
        let graph = load::embedded().unwrap();
        let mut session = sample();
        session.findings.toggle_mark("gone");
        let v = to_json(&session, &graph, &[]);
        assert_eq!(v["name"], "Équipe paiements / retro");
        assert_eq!(v["updated"], "2026-11-26T04:30:00Z");
        assert_eq!(
            v["marked"][0]["title"],
            "API Changes Break Consumers Without Warning"
        );
        assert_eq!(
            v["marked"][2],
            json!({"id": "gone", "title": null, "url": null})
        );
        // BTreeMap order: api-changes... index 0, then index 1.
        assert_eq!(
            v["answers"][1]["question"],
            "Must consuming services be deployed at the same time as the providing service?"
        );
        assert_eq!(v["answers"][1]["answer"], "yes");
        assert_eq!(
            v["notes"][3]["about"],
            json!({"Cause": {"symptom": "change-management-overhead", "index": 0}})
        );
        assert_eq!(
            v["notes"][3]["about_label"],
            "cause \"CAB gates\" of \"Every Change Requires a Ticket and Approval Chain\""
        );
        assert_eq!(v["actions"][0]["cause"]["name"], "Knowledge Silos");
        assert_eq!(v["actions"][1]["cause"], Value::Null);
        assert_eq!(v["unknown_refs"], json!(["marked symptom `gone`"]));
        assert_eq!(v["attribution"]["license"], "CC BY 4.0");
        let q = QuestionRef {
            symptom: "api-changes-break-consumers".into(),
            index: 1,
        };
        assert_eq!(session.findings.answer(&q).map(|a| a.label()), Some("Yes"));
    }
}
