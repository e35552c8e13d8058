//! How numbers, units and counts read on the page, in one place so every card says them alike.
// No float formatting anywhere: `{}` on an f64 pulls about 10 KB of code into the wasm.
use factlens_engine::model::Figure;

/// A number as plain digits, two decimals at most: "1227", "2.5", "-3". What search matches.
pub fn digits(v: f64) -> String {
    let mut out = String::new();
    if !v.is_finite() {
        return out;
    }
    let cents = (v * 100.0).round() as i64;
    if cents < 0 {
        out.push('-');
    }
    let cents = cents.unsigned_abs();
    integer(&mut out, cents / 100);
    let frac = cents % 100;
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    out
}

/// A whole number's digits.
// By hand, here and below, rather than `format!`: each call site of the formatting machinery is
// wasm code, and these run for every figure on every card.
pub fn integer(out: &mut String, n: u64) {
    if n >= 10 {
        integer(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// A number as readers see it, thousands grouped: "1,227", "12,500.5".
pub fn number(v: f64) -> String {
    let plain = digits(v);
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain.as_str()), |r| ("-", r));
    let (whole, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let mut out = String::from(sign);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// "1 outlet", "3 outlets".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    let mut out = String::new();
    integer(&mut out, n as u64);
    out.push(' ');
    out.push_str(if n == 1 { one } else { many });
    out
}

/// A figure's value in digits with its qualifier: "9" where the article wrote "nine", "more than
/// 100" for "over a hundred". A value already written in digits stays as written ("$41 million",
/// "at least 1,200"), since its scale words read better than a long row of zeros.
pub fn value(f: &Figure) -> String {
    if f.display.bytes().any(|b| b.is_ascii_digit()) {
        return f.display.clone();
    }
    let mut out = f.qualifier.words().to_string();
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(&number(f.value));
    out
}

/// The value with its unit where neither the label nor the number already says it: "11 years",
/// "1 year", "9" (people are what most figures count), "$41 million" (a sign or a unit glued to
/// the digits says it).
pub fn with_unit(f: &Figure) -> String {
    let mut shown = value(f);
    // a byte of a sign outside ASCII (€, £) is not alphanumeric either
    let signed = shown.bytes().any(|b| !b.is_ascii_alphanumeric() && !matches!(b, b' ' | b',' | b'.' | b'-'));
    let glued = shown.as_bytes().windows(2).any(|w| w[0].is_ascii_digit() && w[1].is_ascii_alphabetic());
    let said = f.unit == "people" || signed || glued || f.label.split(' ').any(|w| w == f.unit) || shown.split(' ').any(|w| w == f.unit);
    if !said {
        shown.push(' ');
        shown.push_str(if f.value == 1.0 { f.unit.trim_end_matches('s') } else { &f.unit });
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use factlens_engine::model::Qualifier;

    fn figure(value: f64, display: &str, unit: &str, qualifier: Qualifier, label: &str) -> Figure {
        Figure {
            id: "f".into(),
            value,
            display: display.into(),
            unit: unit.into(),
            qualifier,
            label: label.into(),
            subject: None,
            outlets: 1,
            mentions: vec![],
        }
    }

    #[test]
    fn numbers_print_without_float_formatting() {
        assert_eq!(digits(1227.0), "1227");
        assert_eq!(digits(2.5), "2.5");
        assert_eq!(digits(0.25), "0.25");
        assert_eq!(digits(-0.5), "-0.5");
        assert_eq!(digits(1.5e6), "1500000");
        assert_eq!(number(1227.0), "1,227");
        assert_eq!(number(999.0), "999");
        assert_eq!(number(-1234567.25), "-1,234,567.25");
        assert_eq!(number(100000.0), "100,000");
        assert_eq!(digits(0.0), "0");
        assert_eq!(digits(-3.0), "-3");
        assert_eq!(digits(7.05), "7.05");
        assert_eq!(digits(f64::NAN), "");
    }

    #[test]
    fn words_become_digits_and_digits_stay_as_written() {
        assert_eq!(with_unit(&figure(9.0, "nine", "people", Qualifier::Exact, "prisoners sent to Lithuania")), "9");
        assert_eq!(with_unit(&figure(100.0, "over a hundred", "people", Qualifier::MoreThan, "released")), "more than 100");
        assert_eq!(with_unit(&figure(5.0, "nearly five", "years", Qualifier::Nearly, "years in confinement")), "nearly 5");
        assert_eq!(with_unit(&figure(2.0, "two", "days", Qualifier::Exact, "talks")), "2 days");
        assert_eq!(with_unit(&figure(1200.0, "at least 1,200", "people", Qualifier::AtLeast, "held")), "at least 1,200");
        assert_eq!(with_unit(&figure(41e6, "$41 million", "dollars", Qualifier::Exact, "fee")), "$41 million");
        assert_eq!(with_unit(&figure(1680.0, "1,680ft", "feet", Qualifier::Exact, "height")), "1,680ft");
    }

    #[test]
    fn one_of_a_unit_is_singular_on_every_card() {
        assert_eq!(with_unit(&figure(1.0, "one", "years", Qualifier::Exact, "prison sentence")), "1 year");
        assert_eq!(with_unit(&figure(11.0, "11", "years", Qualifier::Exact, "prison sentence")), "11 years");
        assert_eq!(plural(1, "outlet", "outlets"), "1 outlet");
        assert_eq!(plural(0, "outlet", "outlets"), "0 outlets");
    }
}
