//! Reads numbers as written: digits with separators, number words, "a dozen", "1.5 million".
use crate::tokens::{Kind, Token};

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
];
const SCALES: &[(&str, f64)] = &[("hundred", 100.0), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// More significant digits than a double holds exactly: a string of digits, not a figure.
const MAX_DIGITS: usize = 15;
/// Past a thousand trillion no news count goes; a larger "figure" is a run of scale words.
const MAX_VALUE: f64 = 1e15;

/// The value of digits as written ("4,512", "1.5"), if they make a number a figure can hold.
fn digits_value(text: &str) -> Option<f64> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let significant = digits.trim_start_matches('0').len();
    if significant > MAX_DIGITS {
        return None;
    }
    // "2.300 reporters", "128.944 votes": a dot before groups of exactly three digits separates
    // thousands, as many European outlets write them ("6.6" and "12.45" stay decimals)
    let groups: Vec<&str> = text.split('.').collect();
    if groups.len() > 1 && (1..=3).contains(&groups[0].len()) && !groups[0].starts_with('0') && groups[1..].iter().all(|g| g.len() == 3) {
        return text.replace('.', "").parse::<f64>().ok();
    }
    text.replace(',', "").parse::<f64>().ok()
}

/// Signs written before an amount of money.
pub const CURRENCY_SIGNS: &[&str] = &["$", "€", "£", "¥", "₺", "₴", "₽", "₹", "₦", "₵", "₩", "₸"];

/// Glued scale suffixes: "€2bn", "$41m", "£300k".
fn suffix_scale(word: &str) -> Option<f64> {
    match word.to_lowercase().as_str() {
        "bn" | "b" => Some(1e9),
        "m" | "mn" | "mln" => Some(1e6),
        "k" => Some(1e3),
        "tn" => Some(1e12),
        _ => None,
    }
}

fn word_value(word: &str) -> Option<f64> {
    let lower = word.to_lowercase();
    // "twenty-five"
    if let Some((tens, ones)) = lower.split_once('-') {
        let t = UNITS.iter().find(|(w, _)| *w == tens)?.1;
        let o = UNITS.iter().find(|(w, _)| *w == ones)?.1;
        return (t >= 20.0 && o < 10.0).then_some(t + o);
    }
    UNITS.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
}

fn scale(word: &str) -> Option<f64> {
    let lower = word.to_lowercase();
    SCALES.iter().find(|(w, _)| *w == lower).map(|&(_, v)| v)
}

/// A number found at token `first`, running to `last` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub first: usize,
    pub last: usize,
    pub value: f64,
    /// Written as digits (a four-digit one may be a year).
    pub digits: bool,
}

/// The number that starts at token `i`, if one does. "one" alone is left out: it is seldom a count.
pub fn read(tokens: &[Token], i: usize) -> Option<Number> {
    let t = tokens.get(i)?;
    let mut last = i + 1;
    let (mut value, digits) = match t.kind {
        Kind::Number => (digits_value(t.text)?, true),
        Kind::Word => {
            if t.is("a") || t.is("one") {
                // "a hundred", "a dozen", "one million"
                let next = tokens.get(i + 1)?;
                let v = scale(next.text).or_else(|| next.is("dozen").then_some(12.0))?;
                last = i + 2;
                (v, false)
            } else {
                (word_value(t.text)?, false)
            }
        }
        Kind::Punct => return None,
    };
    // "4 802 117 votes": digits grouped by single spaces (or no-break spaces) into thousands
    if digits && t.text.len() <= 3 && !t.text.contains([',', '.']) {
        while let Some(next) = tokens.get(last) {
            let gap = tokens.get(last - 1).map_or(0, |p| next.start.saturating_sub(p.end()));
            if next.kind == Kind::Number && next.text.len() == 3 && next.text.bytes().all(|b| b.is_ascii_digit()) && (1..=3).contains(&gap)
            {
                value = value * 1000.0 + digits_value(next.text)?;
                last += 1;
            } else {
                break;
            }
        }
    }
    // "€2bn", "$41m": the scale glued to the digits ("m" and "k" only after a currency sign: "512m"
    // deep is metres)
    let money = i > 0 && CURRENCY_SIGNS.contains(&tokens[i - 1].text);
    if digits {
        if let Some(next) = tokens.get(last).filter(|n| n.start == t.end() || tokens.get(last - 1).is_some_and(|p| p.end() == n.start)) {
            if let Some(s) = suffix_scale(next.text).filter(|_| money || !matches!(next.text, "m" | "k" | "b")) {
                value *= s;
                last += 1;
            }
        }
    }
    // "1.5 million", "two hundred", "three dozen"
    while let Some(next) = tokens.get(last) {
        if let Some(s) = scale(next.text) {
            value *= s;
        } else if next.is("dozen") && !digits {
            value *= 12.0;
        } else {
            break;
        }
        last += 1;
    }
    // "one hundred and three", "two thousand five": the rest of a number written in words
    if !digits && value >= 100.0 {
        let and = tokens.get(last).is_some_and(|t| t.is("and"));
        let rest = tokens.get(last + usize::from(and)).and_then(|t| word_value(t.text)).filter(|v| *v < 100.0);
        if let Some(v) = rest {
            value += v;
            last += 1 + usize::from(and);
        }
    }
    // 400 digits parse as infinity, and "a trillion trillion ..." grows without bound
    if !value.is_finite() || value > MAX_VALUE {
        return None;
    }
    Some(Number { first: i, last, value, digits })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn value(text: &str) -> Option<f64> {
        read(&tokenize(text, 0), 0).map(|n| n.value)
    }

    #[test]
    fn european_and_grouped_thousands_and_glued_scales() {
        assert_eq!(value("2.300 reporters"), Some(2300.0));
        assert_eq!(value("1.234.567 votes"), Some(1234567.0));
        assert_eq!(value("6.6 magnitude"), Some(6.6));
        assert_eq!(value("12.45 percent"), Some(12.45));
        assert_eq!(value("4 802 117 votes"), Some(4802117.0));
        assert_eq!(value("128 944 votes"), Some(128944.0));
        assert_eq!(value("2bn euros"), Some(2e9));
        assert_eq!(read(&tokenize("$41m for families", 0), 1).map(|n| n.value), Some(41e6));
        assert_eq!(value("512m below the surface"), Some(512.0));
        // two numbers, not one: "in 2019 300 people" has a four-digit first group
        assert_eq!(value("2019 300 people"), Some(2019.0));
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(value("4,512 people"), Some(4512.0));
        assert_eq!(value("eleven years"), Some(11.0));
        assert_eq!(value("twenty-five"), Some(25.0));
        assert_eq!(value("a dozen"), Some(12.0));
        assert_eq!(value("a hundred"), Some(100.0));
        assert_eq!(value("One hundred and three"), Some(103.0));
        assert_eq!(value("two thousand five"), Some(2005.0));
        assert_eq!(value("1.5 million"), Some(1_500_000.0));
        assert_eq!(value("one"), None);
        assert_eq!(value("sixth"), None);
    }

    #[test]
    fn absurdly_long_numbers_are_not_figures() {
        assert_eq!(value(&"9".repeat(400)), None);
        assert_eq!(value("1234567890123456 people"), None, "16 significant digits");
        assert_eq!(value("123456789012345 people"), Some(123_456_789_012_345.0));
        assert_eq!(value("000000000000000000042 people"), Some(42.0), "leading zeros are not significant");
        assert_eq!(value("3.14159265358979323846"), None);
        assert_eq!(value(&format!("5{}", " trillion".repeat(30))), None);
        assert_eq!(value("12 trillion"), Some(12e12));
    }
}
