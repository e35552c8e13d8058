//! Shapes of figures that two numbers make together, each read by one small reader: a match score
//! ("beat Demirspor 3-1") and a range ("36 to 72 hours", "two to three weeks").
use crate::fold::fold;
use crate::lexicon::lexicon;
use crate::numbers::{read, Number};
use crate::tokens::{Kind, Token};

/// Words near a score that say it is one: "beat Demirspor 3-1", "a 3-1 win", "1-1 at half-time".
const SCORE_WORDS: &[&str] = &[
    "beat",
    "beating",
    "beats",
    "won",
    "win",
    "wins",
    "lost",
    "lose",
    "drew",
    "draw",
    "defeated",
    "defeat",
    "victory",
    "half-time",
    "halftime",
    "score",
    "final",
];

/// A match score: two whole numbers joined by a dash with no space ("3-1"), a score word within
/// three words of it. The goals of each side, and whether it is the half-time score.
pub struct Score {
    pub first: Number,
    pub second: Number,
    pub half_time: bool,
}

pub fn score(tokens: &[Token], i: usize) -> Option<Score> {
    let first = read(tokens, i).filter(|n| n.digits && n.last == i + 1)?;
    let dash = tokens.get(first.last).filter(|t| (t.text == "-" || t.text == "–") && t.start == tokens[i].end())?;
    let second = read(tokens, first.last + 1).filter(|n| n.digits && n.last == first.last + 2)?;
    let glued = tokens[first.last + 1].start == dash.end();
    let small = |n: &Number| n.value.fract() == 0.0 && (0.0..=30.0).contains(&n.value);
    let near = |k: usize| tokens.get(k).is_some_and(|t| t.kind == Kind::Word && SCORE_WORDS.iter().any(|w| t.is(w)));
    let context = (i.saturating_sub(3)..i).any(near) || (second.last..second.last + 3).any(near);
    if !(glued && small(&first) && small(&second) && context) {
        return None;
    }
    let half_time = (second.last..second.last + 3).any(|k| tokens.get(k).is_some_and(|t| t.is("half-time") || t.is("halftime")));
    Some(Score { first, second, half_time })
}

/// The low end of a range: "36 to 72 hours", "two to three weeks", "five or six years old". The
/// number after it says what both count; a change ("rose from 40 to 58") is no range.
pub fn range_low_end(tokens: &[Token], n: &Number) -> Option<Number> {
    // "between 12,000 and 15,000 people": a range too
    let between = n.first > 0 && tokens[n.first - 1].is("between") && tokens.get(n.last).is_some_and(|t| t.is("and"));
    if between {
        let high = read(tokens, n.last + 1).filter(|m| m.value > n.value)?;
        return tokens.get(high.last).is_some_and(|t| t.kind == Kind::Word && !lexicon().stopwords.contains(&fold(t.text))).then_some(high);
    }
    tokens.get(n.last).filter(|t| t.is("to") || t.is("or") || t.text == "–")?;
    let high = read(tokens, n.last + 1).filter(|m| m.value > n.value)?;
    // the high end names its unit or noun right after it ("a boy of five or six after 52 hours" is no range)
    let named = tokens.get(high.last).is_some_and(|t| t.kind == Kind::Word && !lexicon().stopwords.contains(&fold(t.text)));
    let change = n.first > 0 && (tokens[n.first - 1].is("from") || tokens[n.first - 1].is("between"));
    (named && !change).then_some(high)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    #[test]
    fn a_score_is_two_goal_counts_and_a_date_is_not_a_score() {
        let tokens = tokenize("Yildizspor beat Demirspor 3-1 in the final, after 1-1 at half-time.", 0);
        let at = |text: &str| tokens.iter().position(|t| t.text == text).unwrap_or(0);
        let full = score(&tokens, at("3")).expect("3-1 is a score");
        assert_eq!((full.first.value, full.second.value, full.half_time), (3.0, 1.0, false));
        let half = score(&tokens, at("after") + 1).expect("1-1 is a score");
        assert!(half.half_time);
        let dates = tokenize("The ward opened on 2-3 March with 10-12 beds.", 0);
        assert!((0..dates.len()).all(|i| score(&dates, i).is_none()));
    }

    #[test]
    fn a_range_is_not_a_change() {
        let tokens = tokenize("Reaching the men could take 36 to 72 hours, while the toll rose from 40 to 58.", 0);
        let n = |text: &str| read(&tokens, tokens.iter().position(|t| t.text == text).unwrap_or(0)).expect("a number");
        assert_eq!(range_low_end(&tokens, &n("36")).map(|m| m.value), Some(72.0));
        assert!(range_low_end(&tokens, &n("40")).is_none());
    }
}
