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

/// Folded, with every run of characters that are not letters or digits turned into one space, and
/// thousands separators dropped from numbers ("4,512" -> "4512"): the form search compares.
pub fn search_form(text: &str) -> String {
    let folded = fold(text);
    let chars: Vec<char> = folded.chars().collect();
    let mut out = String::with_capacity(folded.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
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
    fn diacritics_fold_to_ascii() {
        assert_eq!(fold("Dvořák Łódź Straße"), "dvorak lodz strasse");
    }

    #[test]
    fn search_form_drops_thousands_separators_and_punctuation() {
        assert_eq!(search_form("At least 4,512 — “displaced” residents!"), "at least 4512 displaced residents");
        assert_eq!(search_form("a, b"), "a b");
    }
}
