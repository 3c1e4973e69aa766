//! Tests of the shortcode preprocessor.
use super::*;

fn front(yaml: &[(&str, &str)]) -> Front {
    Front {
        params: yaml
            .iter()
            .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string())))
            .collect(),
    }
}

#[test]
fn relref_param_and_risk_indicator_become_what_they_mean() {
    let f = front(&[("category", "Pipeline & Infrastructure")]);
    let pre = preprocess(
        "See [it]({{< relref \"/docs/a#b\" >}}). {{< param category >}} | {{% risk-indicator level=\"high\" %}}",
        &f,
    );
    assert_eq!(
        pre.text,
        format!(
            "See [it]({}). Pipeline & Infrastructure | Quality Impact: High",
            placeholder('r', 0)
        )
    );
    assert_eq!(pre.refs, ["/docs/a#b"]);
    assert!(pre.warnings.is_empty());
}

#[test]
fn pageinfo_is_taken_out_with_its_facts_and_lines_still_map_back() {
    let f = front(&[("category", "Testing")]);
    let body = "\n{{% pageinfo %}}\n**Category:** {{< param category >}} | {{% risk-indicator level=\"low\" %}}\n{{% /pageinfo %}}\n\n## Next\n";
    let pre = preprocess(body, &f);
    let (info, at) = pre.pageinfo.clone().unwrap();
    assert_eq!(info.trim(), "**Category:** Testing | Quality Impact: Low");
    assert_eq!(at, 1);
    assert_eq!(pre.text, "\n\n\n## Next\n");
    let heading = pre.text.find("## Next").unwrap();
    assert_eq!(pre.input_offset(heading), body.find("## Next").unwrap());
}

#[test]
fn an_unknown_shortcode_is_kept_and_reported_once() {
    let pre = preprocess(
        "a\n{{< tabpane lang=\"x\" >}}\ninside\n{{< /tabpane >}}\n",
        &Front::default(),
    );
    assert_eq!(
        pre.text,
        "a\n{{< tabpane lang=\"x\" >}}\ninside\n{{< /tabpane >}}\n"
    );
    assert_eq!(pre.warnings.len(), 1);
    assert_eq!(pre.warnings[0].0, 2);
    assert!(pre.warnings[0].1.contains("unknown shortcode `tabpane`"));
}

#[test]
fn figures_and_code_cards_become_placeholders_and_fences() {
    let pre = preprocess(
        "{{< figure src=\"/x.svg\" alt=\"Two diagrams.\" >}}\n\n{{< card code=true header=\"**Gherkin**\" lang=\"gherkin\" >}}\nScenario: x\n  Given y\n{{< /card >}}\nafter\n",
        &Front::default(),
    );
    assert_eq!(pre.figures[0].alt, "Two diagrams.");
    assert_eq!(pre.cards, ["**Gherkin**"]);
    assert!(pre.text.starts_with(&placeholder('f', 0)));
    assert!(
        pre.text
            .contains("\n```gherkin\nScenario: x\n  Given y\n```\n"),
        "{:?}",
        pre.text
    );
    assert!(pre.text.ends_with("after\n"));
}

#[test]
fn escaped_shortcodes_show_literally_and_stray_braces_are_text() {
    let pre = preprocess(
        "{{</* relref \"x\" */>}} and {{ not }} {{<",
        &Front::default(),
    );
    assert_eq!(pre.text, "{{< relref \"x\" >}} and {{ not }} {{<");
    assert!(pre.warnings.is_empty());
}
