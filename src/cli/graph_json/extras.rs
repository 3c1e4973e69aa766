//! The parts of `graph --json` that only a guide imported from the site's
//! source has: anti-pattern pages (looks_like, why, fix_steps, measuring,
//! discussion, related), symptoms' related content and links, the triage
//! questionnaire and the origin. Each key is added only when the graph has
//! it, so the embedded graph's JSON is what it has always been.

use serde_json::{Map, Value, json};

use crate::domain::{
    AntiPatternPage, Block, Chapter, Graph, Link, LinkTo, Part, Related, Triage, TriageStep,
};

/// Adds the optional keys to `value`, the JSON of `graph`.
pub fn add(value: &mut Value, graph: &Graph) {
    if let Some(symptoms) = value["symptoms"].as_array_mut() {
        for (json, s) in symptoms.iter_mut().zip(&graph.symptoms) {
            let Some(obj) = json.as_object_mut() else {
                continue;
            };
            if !s.related.is_empty() {
                obj.insert("related".into(), related(&s.related));
            }
            if !s.links.is_empty() {
                obj.insert("links".into(), links(&s.links));
            }
        }
    }
    if let Some(aps) = value["anti_patterns"].as_array_mut() {
        for (json, a) in aps.iter_mut().zip(&graph.anti_patterns) {
            if let (Some(obj), Some(page)) = (json.as_object_mut(), &a.page) {
                add_page(obj, page);
            }
        }
    }
    let Some(obj) = value.as_object_mut() else {
        return;
    };
    if let Some(triage) = &graph.triage {
        obj.insert("triage".into(), triage_json(triage));
    }
    if let Some(origin) = &graph.origin {
        obj.insert("origin".into(), json!(origin));
    }
}

fn add_page(obj: &mut Map<String, Value>, page: &AntiPatternPage) {
    obj.insert("description".into(), json!(page.summary));
    if let Some(c) = &page.looks_like {
        obj.insert("looks_like".into(), flat(c));
    }
    if let Some(c) = &page.why {
        obj.insert(
            "why".into(),
            json!({
                "title": c.title,
                "text": blocks(&c.text),
                "subsections": c.parts.iter().map(part).collect::<Vec<_>>(),
            }),
        );
    }
    if let Some(c) = &page.fix {
        if !c.text.is_empty() {
            obj.insert("fix_intro".into(), blocks(&c.text));
        }
        obj.insert(
            "fix_steps".into(),
            Value::Array(c.parts.iter().map(part).collect()),
        );
    }
    if let Some(c) = &page.measuring {
        obj.insert("measuring".into(), flat(c));
    }
    if let Some(c) = &page.discussion {
        obj.insert("discussion".into(), flat(c));
    }
    obj.insert("related".into(), related(&page.related));
    if !page.more.is_empty() {
        let more: Vec<Value> = page
            .more
            .iter()
            .map(|c| json!({"title": c.title, "text": flat(c)}))
            .collect();
        obj.insert("more".into(), Value::Array(more));
    }
}

/// A chapter as one list of blocks: its text, then each part's heading and text.
fn flat(c: &Chapter) -> Value {
    let mut out: Vec<Value> = c.text.iter().map(block).collect();
    for p in &c.parts {
        out.push(json!({"heading": p.title}));
        out.extend(p.text.iter().map(block));
    }
    Value::Array(out)
}

fn part(p: &Part) -> Value {
    let mut v = json!({"title": p.title, "text": blocks(&p.text)});
    if !p.links.is_empty() {
        v["links"] = links(&p.links);
    }
    v
}

fn blocks(list: &[Block]) -> Value {
    Value::Array(list.iter().map(block).collect())
}

/// A paragraph is a string; anything else an object named by its kind.
fn block(b: &Block) -> Value {
    match b {
        Block::Text(t) => json!(t),
        Block::Figure(t) => json!({"figure": t}),
        Block::Heading(t) => json!({"heading": t}),
        Block::Quote(inner) => json!({"quote": blocks(inner)}),
        Block::List {
            ordered,
            start,
            items,
        } => json!({"list": {
            "ordered": ordered,
            "start": start,
            "items": items.iter().map(|i| blocks(i)).collect::<Vec<_>>(),
        }}),
        Block::Table { header, rows } => json!({"table": {"header": header, "rows": rows}}),
        Block::Code { title, lang, text } => {
            json!({"code": {"title": title, "lang": lang, "text": text}})
        }
    }
}

fn link(l: &Link) -> Value {
    match &l.to {
        LinkTo::Page(t) => json!({"label": l.label, "target": t.id(), "target_kind": t.kind()}),
        LinkTo::Url(url) => json!({"label": l.label, "url": url}),
    }
}

fn links(list: &[Link]) -> Value {
    Value::Array(list.iter().map(link).collect())
}

fn related(list: &[Related]) -> Value {
    Value::Array(
        list.iter()
            .map(|r| {
                let mut v = link(&r.link);
                v["note"] = json!(r.note);
                v
            })
            .collect(),
    )
}

fn step(s: &TriageStep) -> Value {
    match s {
        TriageStep::Question(id) => json!({"question": id}),
        TriageStep::Result(id) => json!({"result": id}),
    }
}

fn triage_json(t: &Triage) -> Value {
    json!({
        "start": t.start,
        "questions": t.questions.iter().map(|q| json!({
            "id": q.id,
            "context": q.context,
            "text": q.text,
            "options": q.options.iter().map(|o| json!({"label": o.label, "next": step(&o.next)})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "results": t.results.iter().map(|r| json!({
            "id": r.id,
            "title": r.title,
            "reframe": r.reframe,
            "symptom": link(&r.symptom),
            "anti_patterns": links(&r.anti_patterns),
            "solutions": links(&r.solutions),
            "measures": r.measures,
            "also_see": links(&r.also_see),
        })).collect::<Vec<_>>(),
    })
}
