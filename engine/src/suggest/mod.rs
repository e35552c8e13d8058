//! What the engine was unsure about, as questions for the editor (never in the reader's bundle):
//! people it kept apart though their names are close, and figures it could not say what they count,
//! each with the sentences that are its evidence.
use crate::fold::fold;
use crate::model::{Facts, Mention};

/// Past this many people the pairwise look is skipped (a story has tens; an archive is no story).
const MAX_PEOPLE: usize = 2_000;

#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Two person cards, by index, that may be one person; `why` in words.
    SamePerson { a: usize, b: usize, why: &'static str },
    /// A figure card, by index, labelled only by its unit.
    Unlabelled { figure: usize },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub question: Question,
    /// The sentences it rests on, one per card at most two.
    pub evidence: Vec<String>,
}

/// Edits (insert, delete, substitute) from `a` to `b`, by character; stops counting past `limit`.
fn distance(a: &[char], b: &[char], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (prev + usize::from(ca != cb)).min(row[j] + 1).min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// Why two full names may be one person, or None.
fn close(a: &str, b: &str) -> Option<&'static str> {
    let (fa, fb) = (fold(a), fold(b));
    let (wa, wb): (Vec<&str>, Vec<&str>) = (fa.split_whitespace().collect(), fb.split_whitespace().collect());
    if wa.len() < 2 || wb.len() < 2 {
        return None;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (fa.chars().collect(), fb.chars().collect());
    match distance(&ca, &cb, 2) {
        0 => None,
        1 => Some("a single-letter difference"),
        2 => Some("near spellings"),
        _ if wa.last() == wb.last() && wa[0] != wb[0] => Some("same surname, another given name"),
        _ => None,
    }
}

fn quotes(mentions: &[Mention]) -> impl Iterator<Item = String> + '_ {
    mentions.iter().take(1).map(|m| m.quote.clone())
}

pub fn suggestions(facts: &Facts) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let people = &facts.people;
    if people.len() <= MAX_PEOPLE {
        for a in 0..people.len() {
            for b in a + 1..people.len() {
                if let Some(why) = close(&people[a].name, &people[b].name) {
                    let evidence = quotes(&people[a].mentions).chain(quotes(&people[b].mentions)).collect();
                    out.push(Suggestion { question: Question::SamePerson { a, b, why }, evidence });
                }
            }
        }
    }
    for (i, f) in facts.figures.iter().enumerate() {
        if f.label.trim().is_empty() || fold(&f.label) == fold(&f.unit) {
            out.push(Suggestion {
                question: Question::Unlabelled { figure: i },
                evidence: f.mentions.iter().take(2).map(|m| m.quote.clone()).collect(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_are_asked_about_and_distinct_ones_are_not() {
        assert_eq!(close("Anna Novak", "Ana Novak"), Some("a single-letter difference"));
        assert_eq!(close("Viktar Babaryka", "Viktor Babaryko"), Some("near spellings"));
        assert_eq!(close("Maria Novak", "Petra Novak"), Some("same surname, another given name"));
        assert_eq!(close("Maria Novak", "Ivan Petrov"), None);
        // a surname alone is no full name to compare
        assert_eq!(close("Novak", "Nowak"), None);
    }

    #[test]
    fn an_amount_labelled_only_by_its_unit_is_a_question() {
        let figure = |label: &str| crate::model::Figure {
            id: label.into(),
            value: 2.0,
            display: "2".into(),
            unit: "euros".into(),
            qualifier: crate::model::Qualifier::Exact,
            label: label.into(),
            subject: None,
            outlets: 1,
            mentions: Vec::new(),
        };
        let facts = Facts { figures: vec![figure("euros"), figure("transfer fee")], ..Facts::default() };
        assert_eq!(suggestions(&facts).iter().map(|s| s.question.clone()).collect::<Vec<_>>(), [Question::Unlabelled { figure: 0 }]);
    }
}
