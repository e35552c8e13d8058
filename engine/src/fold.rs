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

/// Lower case without diacritics: "Dvořák" and "dvorak" fold to the same text.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        for lower in c.to_lowercase() {
            match fold_char(lower) {
                Some(s) => out.push_str(s),
                None => out.push(lower),
            }
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
    fn diacritics_fold_to_ascii() {
        assert_eq!(fold("Dvořák Łódź Straße"), "dvorak lodz strasse");
    }

    #[test]
    fn search_form_drops_thousands_separators_and_punctuation() {
        assert_eq!(search_form("At least 4,512 — “displaced” residents!"), "at least 4512 displaced residents");
        assert_eq!(search_form("a, b"), "a b");
    }
}
