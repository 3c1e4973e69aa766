//! Small pieces of the app's own wording shared by several screens.

/// "1 answer", "2 answers", "0 notes".
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_is_singular_and_others_plural() {
        assert_eq!(super::plural(0, "note"), "0 notes");
        assert_eq!(super::plural(1, "answer"), "1 answer");
        assert_eq!(super::plural(2, "action item"), "2 action items");
    }
}
