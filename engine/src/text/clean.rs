//! Article text made safe to read names from, once at load: the document text is the cleaned text,
//! so every offset the engine gives points into it.
//! - Invisible characters go: zero-width spaces and joiners, the soft hyphen and bidirectional
//!   controls would keep "Ivan Petrov" and "Ivan Pe\u{200B}trov" apart, or reorder what a reader sees.
//! - A word mixing Latin letters with Cyrillic or Greek look-alikes ("Реtrov" with a Cyrillic Р and е)
//!   is written in Latin, so it merges with the plain spelling instead of becoming another person.
//! - A lone carriage return (old Mac line ends) ends a line, as "\n" does.

/// Zero-width and bidirectional formatting characters: invisible, yet they change what text matches.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
}

/// The Latin letter a Cyrillic or Greek one looks the same as, in common fonts.
fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'Ѕ' => 'S',
        'І' => 'I',
        'Ј' => 'J',
        'Ү' => 'Y',
        'Һ' => 'H',
        'Ӏ' => 'I',
        'Ԛ' => 'Q',
        'Ԝ' => 'W',
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'і' => 'i',
        'ј' => 'j',
        'һ' => 'h',
        'ӏ' => 'l',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        // Greek
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        'ο' => 'o',
        'ν' => 'v',
        'ρ' => 'p',
        'κ' => 'k',
        'χ' => 'x',
        'ϲ' => 'c',
        'ϳ' => 'j',
        _ => return None,
    })
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic())
}

fn is_greek_or_cyrillic(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3FF}' | '\u{400}'..='\u{52F}' | '\u{1F00}'..='\u{1FFF}')
}

/// `word` in Latin letters when it mixes Latin with Cyrillic or Greek look-alikes only; a word with a
/// letter that has no Latin twin ("Pavел") is left as written.
fn latin_word(word: &str) -> Option<String> {
    let mixed = word.chars().any(is_latin) && word.chars().any(is_greek_or_cyrillic);
    let all_twins = word.chars().filter(|&c| is_greek_or_cyrillic(c)).all(|c| latin_lookalike(c).is_some());
    (mixed && all_twins).then(|| word.chars().map(|c| latin_lookalike(c).unwrap_or(c)).collect())
}

/// The text with invisible characters removed, look-alike letters of mixed words made Latin and
/// lone carriage returns made line feeds.
pub fn clean(text: &str) -> String {
    if text.is_ascii() && !text.contains('\r') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        match latin_word(word) {
            Some(latin) => out.push_str(&latin),
            None => out.push_str(word),
        }
        word.clear();
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if is_invisible(c) {
            continue;
        }
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut out);
        out.push(if c == '\r' && chars.peek() != Some(&'\n') { '\n' } else { c });
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_removed() {
        let text = "Ivan Pe\u{200B}trov, \u{202E}the mayor\u{202C}, said the co\u{00AD}operative's \u{2066}12\u{2069} members\u{FEFF} met.";
        assert_eq!(clean(text), "Ivan Petrov, the mayor, said the cooperative's 12 members met.");
        for c in ['\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}', '\u{2060}', '\u{2068}'] {
            assert_eq!(clean(&format!("a{c}b")), "ab", "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn mixed_script_words_become_latin_and_real_cyrillic_or_greek_stays() {
        assert_eq!(clean("Ivan Реtrov said"), "Ivan Petrov said");
        assert_eq!(clean("the Αthens office"), "the Athens office");
        assert_eq!(clean("Москва and Αθήνα stay; so does Pavел"), "Москва and Αθήνα stay; so does Pavел");
    }

    #[test]
    fn lone_carriage_returns_end_lines_and_crlf_stays() {
        assert_eq!(clean("one\rtwo\r\nthree"), "one\ntwo\r\nthree");
    }
}
