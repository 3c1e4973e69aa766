//! Small pieces of the app's own wording shared by several screens.

/// "1 answer", "2 answers", "0 notes".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// "symptom" for one, "symptoms" for more (the word alone).
pub fn plural_word(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_string()
    } else {
        format!("{word}s")
    }
}

/// "8", "8 and 10", "8, 10 and 13".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_read_as_english() {
        let l = |v: &[&str]| super::and_list(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&[]), "");
        assert_eq!(l(&["8"]), "8");
        assert_eq!(l(&["8", "10", "13"]), "8, 10 and 13");
        assert_eq!(super::plural_word(2, "symptom"), "symptoms");
        assert_eq!(super::plural_word(1, "symptom"), "symptom");
    }

    #[test]
    fn one_is_singular_and_others_plural() {
        assert_eq!(super::plural(0, "note"), "0 notes");
        assert_eq!(super::plural(1, "answer"), "1 answer");
        assert_eq!(super::plural(2, "action item"), "2 action items");
    }
}
