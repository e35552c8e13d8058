//! Words, numbers and punctuation of a sentence, each with its byte offset in the document.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset of `text` in the document.
    pub start: usize,
    pub kind: Kind,
}

impl<'a> Token<'a> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    pub fn is_capitalised(&self) -> bool {
        if self.kind != Kind::Word {
            return false;
        }
        // Arabic names keep their article in lower case: "al-Mansoori", "el-Sayed"
        let text = ["al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-"]
            .iter()
            .find_map(|p| self.text.strip_prefix(p))
            .unwrap_or(self.text);
        text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word without a possessive ending ("Smith’s" -> "Smith").
    pub fn bare(&self) -> &'a str {
        strip_possessive(self.text).0
    }

    pub fn is_possessive(&self) -> bool {
        strip_possessive(self.text).1
    }

    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() && (suffix.len() > 1 || stem.ends_with('s') || stem.ends_with('S')) {
                return (stem, true);
            }
        }
    }
    (word, false)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` (which starts at byte `base` of its document) into tokens.
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        let begin = i;
        let kind = if c.is_whitespace() {
            i += 1;
            continue;
        } else if c.is_ascii_digit() {
            i += 1;
            // digits with separators: "4,512", "4.5"
            while let Some(n) = at(i) {
                if n.is_ascii_digit() {
                    i += 1;
                } else if (n == ',' || n == '.') && at(i + 1).is_some_and(|d| d.is_ascii_digit()) {
                    i += 2;
                } else {
                    break;
                }
            }
            Kind::Number
        } else if c.is_alphabetic() {
            i += 1;
            loop {
                match at(i) {
                    Some(n) if n.is_alphanumeric() => i += 1,
                    // "co-winner", "O’Brien", "U.S"
                    Some(n) if (n == '-' || is_apostrophe(n) || n == '.') && at(i + 1).is_some_and(char::is_alphabetic) => {
                        if n == '.' && !is_initialism(&text[offset(begin)..offset(i)]) {
                            break;
                        }
                        i += 2;
                    }
                    _ => break,
                }
            }
            // the closing dot of "U.S." and of an initial "J."; a possessive apostrophe of "States’"
            let word = &text[offset(begin)..offset(i)];
            let closing_dot = at(i) == Some('.') && (word.contains('.') || (word.chars().count() == 1 && c.is_uppercase()));
            let possessive = at(i).is_some_and(is_apostrophe) && word.ends_with(['s', 'S']) && !at(i + 1).is_some_and(char::is_alphabetic);
            if closing_dot || possessive {
                i += 1;
            }
            Kind::Word
        } else {
            i += 1;
            Kind::Punct
        };
        tokens.push(Token { text: &text[offset(begin)..offset(i)], start: base + offset(begin), kind });
    }
    tokens
}

/// "U" or "U.S": single letters joined by dots.
fn is_initialism(so_far: &str) -> bool {
    so_far.split('.').all(|part| part.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_keep_separators_and_split_from_hyphenated_units() {
        assert_eq!(texts("4,512 and an 11-year term"), ["4,512", "and", "an", "11", "-", "year", "term"]);
    }

    #[test]
    fn initialisms_possessives_and_hyphenated_words_stay_whole() {
        assert_eq!(texts("the U.S. envoy’s co-winner"), ["the", "U.S.", "envoy’s", "co-winner"]);
        let t = tokenize("Smith’s office", 10);
        assert_eq!(t[0].bare(), "Smith");
        assert!(t[0].is_possessive());
        assert_eq!(t[1].start, 10 + "Smith’s ".len());
    }

    #[test]
    fn sentence_final_dot_is_punctuation() {
        assert_eq!(texts("in prison."), ["in", "prison", "."]);
    }
}
