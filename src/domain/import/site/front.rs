//! A page's YAML front matter (between `---` lines at the top), read with
//! serde-saphyr into a JSON value so that any parameter can be named by the
//! `param` shortcode; the fields the import uses are read from it.

use serde_json::Value;

use super::SiteError;

/// A page split into its front matter and its Markdown body.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<'a> {
    pub path: &'a str,
    pub front: Front,
    pub body: &'a str,
    /// The line (from 1) of the file on which `body` starts.
    pub body_line: usize,
}

/// The parameters of a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Front {
    pub params: serde_json::Map<String, Value>,
}

impl Front {
    /// A parameter as text: strings as they are, numbers and booleans written
    /// out; `None` for a missing parameter, a list or a map.
    pub fn text(&self, name: &str) -> Option<String> {
        match self.params.get(name)? {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }

    pub fn title(&self) -> String {
        self.text("title").unwrap_or_default()
    }

    /// `linkTitle`, else the title.
    pub fn link_title(&self) -> String {
        self.text("linkTitle").unwrap_or_else(|| self.title())
    }

    /// Hugo's weight (0 when not set).
    pub fn weight(&self) -> i64 {
        self.params
            .get("weight")
            .and_then(Value::as_i64)
            .unwrap_or(0)
    }

    /// A list of strings (`tags`, `aliases`); a single string counts as one.
    pub fn list(&self, name: &str) -> Vec<String> {
        match self.params.get(name) {
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(|s| s.trim().to_string()))
                .collect(),
            Some(Value::String(s)) => vec![s.trim().to_string()],
            _ => Vec::new(),
        }
    }
}

/// Splits `text` (the file `path`) into front matter and body. A file
/// without front matter has empty parameters.
pub fn split<'a>(path: &'a str, text: &'a str) -> Result<Page<'a>, SiteError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    if first.trim_end() == "+++" {
        return Err(SiteError::at(
            path,
            1,
            "TOML front matter (+++) is not supported; the site uses YAML (---)",
        ));
    }
    if first.trim_end() != "---" {
        return Ok(Page {
            path,
            front: Front::default(),
            body: text,
            body_line: 1,
        });
    }
    // Find the closing `---` line.
    let mut offset = first.len() + 1;
    let rest = &text[offset.min(text.len())..];
    for (line, l) in (2..).zip(rest.split_inclusive('\n')) {
        if l.trim_end() == "---" {
            let yaml = &text[first.len() + 1..offset];
            let front = parse(path, yaml)?;
            let body_start = (offset + l.len()).min(text.len());
            return Ok(Page {
                path,
                front,
                body: &text[body_start..],
                body_line: line + 1,
            });
        }
        offset += l.len();
    }
    Err(SiteError::at(
        path,
        1,
        "the front matter starts with --- but never ends",
    ))
}

/// Parses the YAML between the `---` lines; errors name the file's line.
fn parse(path: &str, yaml: &str) -> Result<Front, SiteError> {
    if yaml.trim().is_empty() {
        return Ok(Front::default());
    }
    match serde_saphyr::from_str::<Value>(yaml) {
        Ok(Value::Object(params)) => Ok(Front { params }),
        Ok(Value::Null) => Ok(Front::default()),
        Ok(_) => Err(SiteError::at(
            path,
            2,
            "the front matter is not a map of parameters",
        )),
        Err(e) => {
            // The YAML starts on the file's line 2.
            let line = e.location().map_or(2, |l| l.line() as usize + 1);
            Err(SiteError::at(path, line, &yaml_message(&e)))
        }
    }
}

/// serde-saphyr's message without its own " at line N, column M" (the
/// caller names the file's line) and without a source snippet.
pub fn yaml_message(e: &serde_saphyr::Error) -> String {
    let text = e.without_snippet().to_string();
    let text = match text.rfind(" at line ") {
        Some(i) => &text[..i],
        None => &text,
    };
    format!("YAML: {}", text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_parameters_and_the_line_the_body_starts_on() {
        let text = "---\ntitle: \"Manual Deployments\"\nweight: 37\ntags:\n  - a\n  - b\ndescription: >\n  Two\n  lines.\n---\n\nBody\n";
        let page = split("p.md", text).unwrap();
        assert_eq!(page.front.title(), "Manual Deployments");
        assert_eq!(page.front.link_title(), "Manual Deployments");
        assert_eq!(page.front.weight(), 37);
        assert_eq!(page.front.list("tags"), ["a", "b"]);
        assert_eq!(page.front.text("description").unwrap(), "Two lines.");
        assert_eq!(page.front.text("weight").unwrap(), "37");
        assert_eq!(page.body_line, 11);
        assert_eq!(page.body, "\nBody\n");
    }

    #[test]
    fn broken_front_matter_names_the_files_line() {
        let e = split("p.md", "---\ntitle: ok\ntags: [a,\n---\nbody").unwrap_err();
        let text = e.to_string();
        assert!(text.starts_with("p.md:3: YAML: "), "{text}");
        let e = split("p.md", "---\ntitle: x\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "p.md:1: the front matter starts with --- but never ends"
        );
        assert!(split("p.md", "+++\ntitle = 1\n+++\n").is_err());
    }

    #[test]
    fn a_page_without_front_matter_is_all_body() {
        let page = split("p.md", "# Hi\n").unwrap();
        assert_eq!(page.body, "# Hi\n");
        assert_eq!(page.body_line, 1);
        assert!(page.front.params.is_empty());
    }
}
