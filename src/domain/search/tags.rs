//! `#tag` in a query: the site's tags (`#process-gates`) narrow the results
//! to the pages that have every tag named; with no other words, they list
//! those pages in the guide's order.

use std::ops::Range;

/// The `#tags` of a query (lower case, without `#`) and the rest of it.
pub fn split(query: &str) -> (Vec<String>, String) {
    let mut tags: Vec<String> = Vec::new();
    let mut rest = String::new();
    for word in query.split_whitespace() {
        let tag = word
            .strip_prefix('#')
            .map(|t| t.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_alphanumeric() || c == '-'));
        match tag {
            Some(t) => {
                let t = t.to_lowercase();
                if !tags.contains(&t) {
                    tags.push(t);
                }
            }
            None => {
                rest.push_str(word);
                rest.push(' ');
            }
        }
    }
    // Keep a final space typed after the last word (it says the word is done).
    if !query.ends_with(char::is_whitespace) {
        rest.pop();
    }
    (tags, rest)
}

/// A page's tags as one line ("#deployment-automation #process-gates") and
/// the char ranges of the ones asked for.
pub fn line(page_tags: &[String], asked: &[String]) -> (String, Vec<Range<usize>>) {
    let mut text = String::new();
    let mut marks = Vec::new();
    for t in page_tags {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.chars().count();
        text.push('#');
        text.push_str(t);
        if asked.contains(t) {
            marks.push(start..text.chars().count());
        }
    }
    (text, marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_taken_out_of_the_query() {
        let (tags, rest) = split("#Process-Gates waiting #batch-size, for #qa");
        assert_eq!(tags, vec!["process-gates", "batch-size", "qa"]);
        assert_eq!(rest, "waiting for");
        assert_eq!(split("merge "), (vec![], "merge ".to_string()));
        // A lone "#" or "#!" is not a tag.
        assert_eq!(split("# #!").0, Vec::<String>::new());
    }

    #[test]
    fn the_tags_line_marks_the_asked_ones() {
        let tags = vec!["architecture".to_string(), "process-gates".to_string()];
        let (text, marks) = line(&tags, &["process-gates".to_string()]);
        assert_eq!(text, "#architecture #process-gates");
        assert_eq!(marks, vec![14..28]);
    }
}
