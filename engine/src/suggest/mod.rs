//! What the engine was unsure about, as questions for the editor (never in the reader's bundle):
//! people it kept apart though their names are close, names it kept out for want of a cue that they
//! are people's, and figures it could not say what they count, each with the sentences that are its
//! evidence.
use std::collections::HashSet;

use crate::corpus::Source;
use crate::curation::Curation;
use crate::document;
use crate::fold::fold;
use crate::model::{Facts, Mention};
use crate::people;

/// Past this many people the pairwise look is skipped (a story has tens; an archive is no story).
const MAX_PEOPLE: usize = 2_000;

#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Two person cards, by index, that may be one person; `why` in words.
    SamePerson { a: usize, b: usize, why: &'static str },
    /// A figure card, by index, labelled only by its unit.
    Unlabelled { figure: usize },
    /// A name of two or three capitalised words that no card shows and nothing marks as a person's
    /// (no title, known given name, speech verb...), as the text spells it; `mentions`: how often.
    IsPerson { name: String, mentions: usize },
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
pub fn close(a: &str, b: &str) -> Option<&'static str> {
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

/// What the engine was unsure about in `facts`; `uncued`: the names of its articles kept out for
/// want of a cue (`uncued_names`), of which those no card shows yet are asked about. The editor's
/// "no" answers in `curation` are not asked again: a `[[split]]` of two close names ("not the same
/// person"), a `[[hide]]` of a name kept out ("not a person").
pub fn suggestions(facts: &Facts, uncued: &[Suggestion], curation: &Curation) -> Vec<Suggestion> {
    let mut out = Vec::new();
    let people = &facts.people;
    let spells = |p: &crate::model::Person, name: &str| std::iter::once(&p.name).chain(&p.aliases).any(|n| fold(n) == fold(name));
    let apart = |a: usize, b: usize| {
        curation.split.iter().any(|e| {
            let (x, y) = &e.value;
            (spells(&people[a], x) && spells(&people[b], y)) || (spells(&people[a], y) && spells(&people[b], x))
        })
    };
    let not_people: HashSet<String> = curation.hide_people.iter().map(|e| fold(&e.value)).collect();
    if people.len() <= MAX_PEOPLE {
        for a in 0..people.len() {
            for b in a + 1..people.len() {
                if let Some(why) = close(&people[a].name, &people[b].name).filter(|_| !apart(a, b)) {
                    let evidence = quotes(&people[a].mentions).chain(quotes(&people[b].mentions)).collect();
                    out.push(Suggestion { question: Question::SamePerson { a, b, why }, evidence });
                }
            }
        }
    }
    let named = facts.people.iter().map(|p| (&p.name, &p.aliases));
    let named = named.chain(facts.organisations.iter().chain(&facts.places).map(|e| (&e.name, &e.aliases)));
    let shown: HashSet<String> = named.flat_map(|(n, a)| std::iter::once(n).chain(a)).map(|n| fold(n)).collect();
    let answered = |name: &str| shown.contains(&fold(name)) || not_people.contains(&fold(name));
    out.extend(uncued.iter().filter(|s| !matches!(&s.question, Question::IsPerson { name, .. } if answered(name))).cloned());
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

/// Words before a run that make it a thing's name, not a person's: "the Meridian Trust", or the tail
/// of a longer name ("Institute for Conflict Studies", "Alliance of Child Immunisation").
fn names_no_one(tokens: &[crate::tokens::Token], first: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).and_then(|i| tokens.get(i));
    let article = before(1).is_some_and(|t| t.is("the"));
    let tail =
        before(1).is_some_and(|t| ["for", "of", "and", "&"].iter().any(|w| t.is(w))) && before(2).is_some_and(|t| t.is_capitalised());
    article || tail
}

/// The names of two or three words the engine keeps out of `sources` for want of a cue, most
/// mentioned first, each with its first two sentences: the questions "is this a person?" before any
/// card is looked at (`suggestions` leaves out those a card shows). They depend on the articles' text
/// alone, which an editor never changes: found once, not on every change (on the seed, 4.3 ms of a
/// 8.9 ms build, natively).
pub fn uncued_names(sources: &[Source]) -> Vec<Suggestion> {
    // text only, in the engine's order of articles
    let mut sources: Vec<Source> =
        sources.iter().map(|s| Source { file: s.file.clone(), text: s.text.clone(), ..Source::default() }).collect();
    sources.sort_by_key(|s| document::id(&s.file));
    let sentences = document::sentences(&sources);
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let found = people::find(&sentences, &texts, &[]);
    let mut asked: Vec<(String, String, Vec<String>, usize)> = Vec::new();
    for u in found.uncued.iter().filter(|u| (2..=3).contains(&u.words.len())) {
        let key = fold(&u.words.join(" "));
        let s = &sentences[u.sentence];
        if names_no_one(&s.tokens, u.first) {
            continue;
        }
        let quote = s.text(texts[s.doc]).to_string();
        match asked.iter_mut().find(|a| a.0 == key) {
            Some(a) => {
                a.3 += 1;
                if a.2.len() < 2 && !a.2.contains(&quote) {
                    a.2.push(quote);
                }
            }
            None => asked.push((key, u.words.join(" "), vec![quote], 1)),
        }
    }
    // stable: equal counts keep the order of first mention
    asked.sort_by_key(|a| std::cmp::Reverse(a.3));
    asked
        .into_iter()
        .map(|(_, name, evidence, mentions)| Suggestion { question: Question::IsPerson { name, mentions }, evidence })
        .collect()
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
    fn a_name_no_card_shows_and_nothing_cues_is_asked_about_once_with_its_sentences() {
        let text = "The talks were led by Tarvo Kesk on Monday.\nLater Tarvo Kesk left the hall.\nMinister Ulla Rand said little.\nThe Alliance for Child Welfare and the Arvo Sinkla met.\n";
        let source = Source { file: "a.txt".into(), text: text.into(), ..Source::default() };
        let facts = crate::curation_apply::compile(std::slice::from_ref(&source), &crate::curation::Curation::default()).unwrap();
        assert_eq!(facts.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Ulla Rand"]);
        let uncued = uncued_names(std::slice::from_ref(&source));
        let asked: Vec<_> = suggestions(&facts, &uncued, &Default::default())
            .into_iter()
            .filter(|s| matches!(s.question, Question::IsPerson { .. }))
            .collect();
        assert_eq!(asked.len(), 1, "{asked:?}");
        assert_eq!(asked[0].question, Question::IsPerson { name: "Tarvo Kesk".into(), mentions: 2 });
        assert_eq!(asked[0].evidence, ["The talks were led by Tarvo Kesk on Monday.", "Later Tarvo Kesk left the hall."]);
        // answered (a card shows the name): no longer asked
        let entry = crate::curation::Entry { line: 1, value: "Tarvo Kesk".to_string() };
        let curation = crate::curation::Curation { people: vec![entry], ..Default::default() };
        let answered = crate::curation_apply::compile(&[source], &curation).unwrap();
        assert!(!suggestions(&answered, &uncued, &curation).iter().any(|s| matches!(s.question, Question::IsPerson { .. })));
    }

    #[test]
    fn the_editors_no_is_saved_accepted_by_the_build_and_not_asked_again() {
        let text = "Minister Maria Novak said the talks would go on.\nPetra Novak, a teacher, said she was hopeful.\nA banner for Tarvo Kesk hung over the gate.\nLater Tarvo Kesk posters went up.\n";
        let source = Source { file: "a.txt".into(), text: text.into(), ..Source::default() };
        let sources = std::slice::from_ref(&source);
        let uncued = uncued_names(sources);
        let curation = |toml: &str| crate::curation::parse(std::path::Path::new("curation.toml"), toml, sources).unwrap();
        let asked = |c: &Curation| {
            let facts = crate::curation_apply::compile(sources, c).unwrap();
            suggestions(&facts, &uncued, c).into_iter().map(|s| s.question).collect::<Vec<_>>()
        };
        let before = asked(&Curation::default());
        assert!(before.iter().any(|q| matches!(q, Question::SamePerson { why: "same surname, another given name", .. })), "{before:?}");
        assert!(before.contains(&Question::IsPerson { name: "Tarvo Kesk".into(), mentions: 2 }), "{before:?}");
        // "no, two people": a split of the two names the question named
        let apart = curation("[[split]]\nnames = [\"Petra Novak\", \"Maria Novak\"]\n");
        let after = asked(&apart);
        assert!(!after.iter().any(|q| matches!(q, Question::SamePerson { .. })), "{after:?}");
        assert_eq!(crate::curation_apply::compile(sources, &apart).unwrap().people.len(), 2, "still two people");
        assert_eq!(
            crate::curation_apply::compile(sources, &apart).unwrap(),
            crate::curation_apply::compile(sources, &Curation::default()).unwrap(),
            "the answer changes no fact"
        );
        // "no, not a person": a hide of the name kept out
        let not_person = curation("[[hide]]\nname = \"Tarvo Kesk\"\n");
        let after = asked(&not_person);
        assert!(!after.iter().any(|q| matches!(q, Question::IsPerson { .. })), "{after:?}");
        assert_eq!(
            crate::curation_apply::compile(sources, &not_person).unwrap(),
            crate::curation_apply::compile(sources, &Curation::default()).unwrap(),
            "the answer changes no fact"
        );
        // a split of two people no one asks about, or a hide of words no one left out, still changes
        // nothing and fails the build
        let idle = curation("[[split]]\nnames = [\"Maria Novak\", \"Tarvo Kesk\"]\n[[hide]]\nname = \"talks would\"\n");
        let errors = crate::curation_apply::compile(sources, &idle).unwrap_err();
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [Some(1), Some(3)], "{errors:?}");
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
        assert_eq!(
            suggestions(&facts, &[], &Default::default()).iter().map(|s| s.question.clone()).collect::<Vec<_>>(),
            [Question::Unlabelled { figure: 0 }]
        );
    }
}
