//! Finding a phrase as whole words: "log in" is in "please log in", not in "backlog in".

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// The byte offset of the first occurrence of `phrase` in `text` that no letter or digit joins on
/// either side. A phrase that starts or ends with punctuation ("photo:", "(photo", "©") is bounded
/// on that side by the punctuation itself.
pub fn find(text: &str, phrase: &str) -> Option<usize> {
    // `contains` has a vectorised search that `match_indices` lacks: most lines hold no phrase at all
    if !text.contains(phrase) {
        return None;
    }
    let open_start = !is_word(phrase.chars().next());
    let open_end = !is_word(phrase.chars().next_back());
    text.match_indices(phrase).map(|(at, _)| at).find(|&at| {
        (open_start || !is_word(text[..at].chars().next_back())) && (open_end || !is_word(text[at + phrase.len()..].chars().next()))
    })
}

/// Whether `text` holds `phrase` as whole words.
pub fn contains(text: &str, phrase: &str) -> bool {
    find(text, phrase).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_inside_longer_words_do_not_count() {
        for (text, phrase) in [
            ("the backlog in the courts", "log in"),
            ("design updates were made", "sign up"),
            ("the virus could spread more widely", "read more"),
            ("the bond was oversubscribed", "subscribe"),
            ("a dialog in the app", "log in"),
            ("photographer: jane roe", "photo:"),
        ] {
            assert!(!contains(text, phrase), "{phrase:?} in {text:?}");
        }
    }

    #[test]
    fn whole_words_and_punctuation_bounds_count() {
        for (text, phrase) in [
            ("please log in to comment", "log in"),
            ("sign up, it's free", "sign up"),
            ("read more", "read more"),
            ("caption (photo: ap)", "(photo"),
            ("photo: ap", "photo:"),
            ("©2025 the daily", "©"),
            ("opt-out here", "opt-out"),
        ] {
            assert!(contains(text, phrase), "{phrase:?} in {text:?}");
        }
        assert_eq!(find("backlog in; log in", "log in"), Some(12));
    }
}
