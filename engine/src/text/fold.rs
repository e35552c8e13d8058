//! Folding text for comparison: lower case, no diacritics, one kind of apostrophe and dash.
// Hand-written instead of a Unicode normalisation crate: the app links this too, and its tables
// would weigh more than the rest of the bundle.

/// The ASCII letters a Latin letter with diacritics stands for ("ř" -> "r", "ß" -> "ss").
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '’' | '‘' | '`' | '´' | 'ʼ' => "'",
        '–' | '—' | '‐' | '‑' | '−' => "-",
        '“' | '”' | '„' | '«' | '»' => "\"",
        _ => return None,
    })
}

/// The lower case of a letter in the Latin, Greek, Cyrillic and Armenian alphabets; other
/// characters are returned as they are.
// By arithmetic on the code point instead of `char::to_lowercase`, whose table for every script
// would be the largest single item of the app's wasm (about 12 KB); these ranges cover the
// languages news is written in with cased letters.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let even = u % 2 == 0;
    let to = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        // Latin Extended-A/B and Additional, Cyrillic extensions: capital and small alternate
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1A0..=0x1A5 | 0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 if even => u + 1,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF | 0x3D8..=0x3EF | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x139..=0x148 | 0x179..=0x17E | 0x1CD..=0x1DC | 0x4C1..=0x4CE if !even => u + 1,
        0x130 => 0x69,
        0x220 => 0x19E,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x4C0 => 0x4CF,
        0x531..=0x556 => u + 48,
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
}

/// Lower case without diacritics: "Dvořák" and "dvorak" fold to the same text.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let lower = lower(c);
        match fold_char(lower) {
            Some(s) => out.push_str(s),
            None => out.push(lower),
        }
    }
    out
}

/// Whether a character is a letter or digit, for search words and name keys.
// Hand-written instead of `char::is_alphanumeric`, whose Unicode table is about 2 KB gzip of the
// app's wasm. Exact (tested against Unicode) for ASCII through Armenian, the punctuation of the
// Hebrew, Arabic, Devanagari and Thai blocks, and the punctuation, symbol, emoji and full-width
// blocks shared by all scripts; any other character of another script counts as a letter.
pub fn is_word_char(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphanumeric();
    }
    !matches!(u,
        // the symbols, marks and gaps among Latin-1 to Armenian letters
        0x80..=0xA9 | 0xAB..=0xB1 | 0xB4 | 0xB6..=0xB8 | 0xBB | 0xBF | 0xD7 | 0xF7 | 0x2C2..=0x2C5 | 0x2D2..=0x2DF
        | 0x2E5..=0x2EB | 0x2ED | 0x2EF..=0x344 | 0x346..=0x362 | 0x375 | 0x378..=0x379 | 0x37E | 0x380..=0x385
        | 0x387 | 0x38B | 0x38D | 0x3A2 | 0x3F6 | 0x482..=0x489 | 0x530 | 0x557..=0x558 | 0x55A..=0x55F | 0x589..=0x58F
        // Hebrew, Arabic, Devanagari and Thai punctuation
        | 0x5BE | 0x5C0 | 0x5C3 | 0x5C6 | 0x5F3..=0x5F4 | 0x60C..=0x60F | 0x61B..=0x61F | 0x66A..=0x66D | 0x6D4 | 0x964..=0x965
        | 0x970 | 0xE4F | 0xE5A..=0xE5B
        // punctuation, currency, arrows, maths, shapes, symbols, CJK and full-width punctuation, emoji
        | 0x2000..=0x206F | 0x20A0..=0x20CF | 0x2190..=0x23FF | 0x2500..=0x2775 | 0x2794..=0x2BFF | 0x2E00..=0x2E2E
        | 0x2E30..=0x2E7F | 0x3000..=0x3004 | 0x3008..=0x3020 | 0x302A..=0x3030 | 0x3036..=0x3037 | 0x303D..=0x303F
        | 0xFE00..=0xFE4F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
        | 0x1F000..=0x1F0FF | 0x1F10D..=0x1F12F | 0x1F14A..=0x1F14F | 0x1F16A..=0x1F16F | 0x1F18A..=0x1FAFF
    )
}

/// Folded, with every run of characters that are not letters or digits turned into one space, and
/// thousands separators dropped from numbers ("4,512" -> "4512"): the form search compares.
pub fn search_form(text: &str) -> String {
    let folded = fold(text);
    let chars: Vec<char> = folded.chars().collect();
    let mut out = String::with_capacity(folded.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_word_char(c) {
            out.push(c);
        } else if c == ',' && i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()) {
            // a thousands separator: "4,512" searches as "4512"
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_agrees_with_unicode_in_the_alphabets_it_covers() {
        let mut wrong = Vec::new();
        let ranges = [0x20..0x180, 0x1CD..0x1F0, 0x1F8..0x234, 0x386..0x3CF, 0x3D8..0x3F0, 0x400..0x530, 0x531..0x557, 0x1E00..0x1F00];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut unicode = c.to_lowercase();
            // one-to-one mappings only: "İ" lowers to "i" plus a combining dot, which search drops anyway
            if let (Some(expected), None) = (unicode.next(), unicode.next()) {
                if lower(c) != expected {
                    wrong.push(format!("U+{:04X}->U+{:04X} (got U+{:04X})", c as u32, expected as u32, lower(c) as u32));
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join(" "));
        assert_eq!(lower('İ'), 'i');
        assert_eq!(fold("ΑΘΗΝΑ Москва ԵՐԵՎԱՆ"), "αθηνα москва երեվան");
    }

    #[test]
    fn word_chars_agree_with_unicode_where_exact() {
        let ranges = [
            0..0x590,
            0x5BE..0x5C7,
            0x5F3..0x5F5,
            0x60C..0x620,
            0x660..0x670,
            0x6D4..0x6D5,
            0x964..0x971,
            0xE4F..0xE5C,
            0x2000..0x2070,
            0x20A0..0x20D0,
            0x2190..0x2400,
            0x2500..0x2C00,
            0x2E00..0x2E80,
            0x3000..0x3040,
            0xFE00..0xFE50,
            0xFF00..0xFF66,
            0x1F000..0x1FB00,
        ];
        let wrong: Vec<String> = ranges
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
            .filter(|&c| is_word_char(c) != c.is_alphanumeric())
            .map(|c| format!("U+{:04X}", c as u32))
            .collect();
        assert!(wrong.is_empty(), "{}", wrong.join(" "));
        // other scripts' letters count, as in Unicode
        assert!("北京שלוםمرحباनमस्ते".chars().filter(|c| c.is_alphanumeric()).all(is_word_char));
    }

    #[test]
    fn diacritics_fold_to_ascii() {
        assert_eq!(fold("Dvořák Łódź Straße"), "dvorak lodz strasse");
    }

    #[test]
    fn search_form_drops_thousands_separators_and_punctuation() {
        assert_eq!(search_form("At least 4,512 — “displaced” residents!"), "at least 4512 displaced residents");
        assert_eq!(search_form("a, b"), "a b");
    }
}
