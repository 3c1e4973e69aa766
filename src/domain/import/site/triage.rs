//! `data/triage.yaml`: the site's triage questionnaire, read with
//! serde-saphyr. Unknown keys are refused (so nothing is dropped unseen); a
//! file that cannot be read is reported with its line and the rest of the
//! guide is imported without the questionnaire.

use serde::Deserialize;

use super::Warning;
use super::files::TRIAGE;
use super::front::yaml_message;
use super::pages::Index;
use crate::domain::page::{Link, LinkTo};
use crate::domain::triage::{Triage, TriageOption, TriageQuestion, TriageResult, TriageStep};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    questions: Vec<Q>,
    results: Vec<R>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Q {
    id: String,
    #[serde(default)]
    context: Option<String>,
    text: String,
    options: Vec<O>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct O {
    label: String,
    next: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct R {
    id: String,
    title: String,
    reframe: String,
    symptom_path: String,
    #[serde(default)]
    anti_patterns: Vec<L>,
    #[serde(default)]
    solutions: Vec<L>,
    #[serde(default)]
    measures: Vec<String>,
    #[serde(default)]
    also_see: Vec<L>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct L {
    path: String,
    label: String,
}

/// The questionnaire in `yaml`, or a warning saying why there is none.
/// Links are to the site's URLs; pages of the graph are linked later.
pub fn read(yaml: &str, index: &Index) -> Result<Triage, Warning> {
    let file: File = serde_saphyr::from_str(yaml).map_err(|e| Warning {
        file: TRIAGE.to_string(),
        line: e.location().map_or(1, |l| l.line() as usize),
        message: format!(
            "{} (the triage questionnaire is not imported)",
            yaml_message(&e)
        ),
    })?;
    let link = |path: &str, label: &str| Link {
        label: label.trim().to_string(),
        to: LinkTo::Url(index.resolve(path, None).url),
    };
    let links = |list: &[L]| list.iter().map(|l| link(&l.path, &l.label)).collect();
    let start = if file.questions.iter().any(|q| q.id == "start") {
        "start".to_string()
    } else {
        file.questions
            .first()
            .map(|q| q.id.clone())
            .unwrap_or_default()
    };
    let triage = Triage {
        start,
        questions: file
            .questions
            .iter()
            .map(|q| TriageQuestion {
                id: q.id.clone(),
                context: q.context.as_deref().unwrap_or("").trim().to_string(),
                text: q.text.trim().to_string(),
                options: q
                    .options
                    .iter()
                    .map(|o| TriageOption {
                        label: o.label.trim().to_string(),
                        next: match o.next.strip_prefix("result:") {
                            Some(id) => TriageStep::Result(id.trim().to_string()),
                            None => TriageStep::Question(o.next.trim().to_string()),
                        },
                    })
                    .collect(),
            })
            .collect(),
        results: file
            .results
            .iter()
            .map(|r| TriageResult {
                id: r.id.clone(),
                title: r.title.trim().to_string(),
                reframe: r.reframe.trim().to_string(),
                symptom: link(&r.symptom_path, &r.title),
                anti_patterns: links(&r.anti_patterns),
                solutions: links(&r.solutions),
                measures: r.measures.iter().map(|m| m.trim().to_string()).collect(),
                also_see: links(&r.also_see),
            })
            .collect(),
    };
    let problems = triage.problems();
    if problems.is_empty() {
        Ok(triage)
    } else {
        Err(Warning {
            file: TRIAGE.to_string(),
            line: 1,
            message: format!(
                "{} (the triage questionnaire is not imported)",
                problems.join("; ")
            ),
        })
    }
}
