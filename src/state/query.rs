//! What the reader asked for (search text, filters, sort) and the cards that answer it.
use super::set::Set;

use factlens_engine::aliases::key;
use factlens_engine::fold::search_form;

use super::catalog::{Card, CardKind, Catalog};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Reported,
    Az,
    Value,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Reported, Sort::Az, Sort::Value];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Reported => "reported",
            Sort::Az => "az",
            Sort::Value => "value",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Reported => "Most reported",
            Sort::Az => "A–Z",
            Sort::Value => "Value",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub text: String,
    /// Empty means every kind.
    pub kinds: Set<CardKind>,
    /// Outlet names; empty means every outlet.
    pub outlets: Set<String>,
    pub contested: bool,
    pub sort: Sort,
}

/// Splits search text into folded words.
pub fn terms(text: &str) -> Vec<String> {
    search_form(text).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// At most `limit` single-character edits apart (insert, delete, substitute)?
fn within_edits(a: &str, b: &str, limit: usize) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        let mut best = row[0];
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
            best = best.min(row[j + 1]);
        }
        if best > limit {
            return false;
        }
    }
    row[b.len()] <= limit
}

/// Whether one search word finds one card: a prefix of a word, the same transliteration key, or a
/// typo away from a longer word ("bialatski" finds "bialiatski").
fn term_matches(term: &str, term_key: &str, words: &[String], keys: &[String]) -> bool {
    words.iter().zip(keys).any(|(word, word_key)| {
        word.starts_with(term)
            || (term.len() >= 4 && word_key == term_key)
            || (term.len() >= 5
                && word.chars().next() == term.chars().next()
                && within_edits(term, word, if term.len() >= 8 { 2 } else { 1 }))
    })
}

pub fn matches_text(card: &Card, terms: &[(String, String)]) -> bool {
    terms.iter().all(|(t, k)| term_matches(t, k, &card.words, &card.keys))
}

/// Whether every search word matches the card's own name: such cards come first.
fn named(card: &Card, terms: &[(String, String)]) -> bool {
    let (w, k) = (&card.words[..card.primary], &card.keys[..card.primary]);
    !terms.is_empty() && terms.iter().all(|(t, key)| term_matches(t, key, w, k))
}

/// Counts per facet value, each counted with the other facets applied (OR within a facet, AND across).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Facets {
    /// By `CardKind as usize`.
    pub kinds: [usize; CardKind::ALL.len()],
    pub outlets: Vec<usize>,
    pub contested: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    /// Card indices, in display order.
    pub cards: Vec<usize>,
    pub facets: Facets,
}

fn kind_ok(q: &Query, card: &Card) -> bool {
    q.kinds.is_empty() || q.kinds.contains(&card.kind)
}

fn outlet_ok(q: &Query, card: &Card, outlet_ids: &Set<usize>) -> bool {
    q.outlets.is_empty() || card.sources.iter().any(|o| outlet_ids.contains(o))
}

/// Every card in `sort`'s order (ties in catalog order), sorted once per catalog and kept.
fn sorted(catalog: &Catalog, sort: Sort) -> &[usize] {
    catalog.sorted[sort as usize].get_or_init(|| {
        let mut all: Vec<usize> = (0..catalog.cards.len()).collect();
        let by = |a: usize, b: usize| {
            let (x, y) = (&catalog.cards[a], &catalog.cards[b]);
            match sort {
                Sort::Reported => y.outlets.cmp(&x.outlets),
                Sort::Az => x.title.cmp(&y.title),
                Sort::Value => match (x.value, y.value) {
                    (Some(u), Some(v)) => v.total_cmp(&u),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                },
            }
        };
        super::order::sort_by(&mut all, &by);
        all
    })
}

/// The cards that answer `q`, sorted, with facet counts.
pub fn run(catalog: &Catalog, q: &Query) -> Results {
    let terms: Vec<(String, String)> = terms(&q.text)
        .into_iter()
        .map(|t| {
            let k = key(&t);
            (t, k)
        })
        .collect();
    let outlet_ids = Set::from_iter(catalog.outlets.iter().enumerate().filter(|(_, o)| q.outlets.contains(*o)).map(|(i, _)| i));
    let mut facets = Facets { outlets: vec![0; catalog.outlets.len()], ..Facets::default() };
    // in sort order: cards whose own name every search word matches first, then the rest
    let (mut cards, mut rest) = (Vec::new(), Vec::new());
    for &i in sorted(catalog, q.sort) {
        let card = &catalog.cards[i];
        if !matches_text(card, &terms) {
            continue;
        }
        let (k, o, c) = (kind_ok(q, card), outlet_ok(q, card, &outlet_ids), !q.contested || card.contested);
        if o && c {
            facets.kinds[card.kind as usize] += 1;
        }
        if k && c {
            for &s in &card.sources {
                facets.outlets[s] += 1;
            }
        }
        if k && o && card.contested {
            facets.contested += 1;
        }
        if k && o && c {
            if named(card, &terms) {
                cards.push(i);
            } else {
                rest.push(i);
            }
        }
    }
    cards.append(&mut rest);
    Results { cards, facets }
}

/// A spelling the corpus knows that is close to a search word that found nothing.
pub fn suggestion(catalog: &Catalog, text: &str) -> Option<String> {
    let words = terms(text);
    let last = words.last()?;
    let mut best: Option<(usize, &str)> = None;
    let first = last.chars().next();
    for card in &catalog.cards {
        // cheap filters first: a large corpus has a lot of words
        for w in card.words.iter().filter(|w| w.len() >= 3 && w.len().abs_diff(last.len()) <= 3 && w.chars().next() == first) {
            for limit in 1..=3 {
                if within_edits(last, w, limit) {
                    if best.is_none_or(|(l, _)| limit < l) {
                        best = Some((limit, w));
                    }
                    break;
                }
            }
        }
    }
    best.map(|(_, w)| {
        let mut out = words[..words.len() - 1].to_vec();
        out.push(w.to_string());
        out.join(" ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use factlens_engine::model::{Conflict, ConflictKind, Document, Facts, Figure, Mention, Person, Qualifier};

    fn mention(doc: &str) -> Mention {
        Mention { doc: doc.into(), quote: "q".into(), start: 0, end: 1, mark_start: 0, mark_end: 1 }
    }

    fn doc(id: &str, outlet: &str) -> Document {
        Document {
            id: id.into(),
            file: format!("{id}.txt"),
            title: id.into(),
            outlet: Some(outlet.into()),
            date: None,
            url: None,
            text: "q".into(),
        }
    }

    fn catalog() -> Catalog {
        let person = |id: &str, name: &str, aliases: &[&str], docs: &[&str]| Person {
            id: id.into(),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            role: Some("opposition leader".into()),
            roles: vec!["opposition leader".into()],
            outlets: docs.len(),
            mentions: docs.iter().map(|d| mention(d)).collect(),
        };
        let figure = |id: &str, value: f64, label: &str, docs: &[&str]| Figure {
            id: id.into(),
            value,
            display: format!("{value}"),
            unit: "people".into(),
            qualifier: Qualifier::Exact,
            label: label.into(),
            subject: None,
            outlets: docs.len(),
            mentions: docs.iter().map(|d| mention(d)).collect(),
        };
        Catalog::new(Facts {
            documents: vec![doc("a", "Daily A"), doc("b", "Daily B")],
            people: vec![
                person("maria", "Maria Kalesnikava", &["Maria Kolesnikova"], &["a", "b"]),
                person("siarhei", "Siarhei Tsikhanouski", &["Sergei Tikhanovsky"], &["b"]),
                person("ales", "Ales Bialiatski", &[], &["a"]),
            ],
            figures: vec![
                figure("held-1227", 1227.0, "political prisoners remaining", &["b"]),
                figure("held-1000", 1000.0, "political prisoners remaining", &["a"]),
                Figure { display: "nine".into(), ..figure("sent-9", 9.0, "prisoners sent to Lithuania", &["b"]) },
            ],
            conflicts: vec![Conflict {
                id: "held".into(),
                about: "x".into(),
                kind: ConflictKind::Contradiction,
                figures: vec!["held-1227".into(), "held-1000".into()],
            }],
            ..Facts::default()
        })
    }

    fn ids(c: &Catalog, q: &Query) -> Vec<String> {
        run(c, q).cards.iter().map(|&i| c.cards[i].id.to_string()).collect()
    }

    fn text(t: &str) -> Query {
        Query { text: t.into(), ..Query::default() }
    }

    #[test]
    fn search_is_tolerant_of_case_transliteration_and_typos() {
        let c = catalog();
        assert_eq!(ids(&c, &text("KOLESNIKOVA")), ["maria"]);
        assert_eq!(ids(&c, &text("tikhanovsky")), ["siarhei"]);
        assert_eq!(ids(&c, &text("bialatski")), ["ales"]);
        assert_eq!(ids(&c, &text("kalesnikova")), ["maria"], "mixed spelling matches by transliteration key");
    }

    #[test]
    fn numbers_match_with_or_without_separators() {
        let c = catalog();
        assert_eq!(ids(&c, &text("1227")), ["held"]);
        assert_eq!(ids(&c, &text("1,227")), ["held"]);
        assert_eq!(ids(&c, &text("1000")), ["held"], "a disputed quantity is found by each of its values");
        assert_eq!(ids(&c, &text("nine")), ["sent-9"], "a number written in words is found by the words");
        assert_eq!(ids(&c, &text("9")), ["sent-9"], "and by its digits");
    }

    #[test]
    fn facets_or_within_and_across_with_counts() {
        let c = catalog();
        let mut q = Query::default();
        q.outlets.insert("Daily A".into());
        let r = run(&c, &q);
        assert_eq!(r.cards.len(), 3, "maria, ales, held (by its value 1000)");
        assert_eq!(r.facets.kinds, [2, 0, 0, 1]);
        assert_eq!(r.facets.outlets, [3, 4], "outlet counts ignore the outlet facet itself");
        q.kinds.insert(CardKind::Figure);
        q.outlets.insert("Daily B".into());
        assert_eq!(ids(&c, &q), ["held", "sent-9"]);
        q.kinds.clear();
        q.contested = true;
        q.outlets.clear();
        let r = run(&c, &q);
        assert_eq!(ids(&c, &q), ["held"], "one card for the disputed quantity");
        assert_eq!(r.facets.contested, 1);
    }

    #[test]
    fn a_name_match_ranks_above_a_role_match() {
        let mut c = catalog();
        c.cards[0].words.push("ales".into());
        c.cards[0].keys.push(key("ales"));
        assert_eq!(ids(&c, &text("ales")), ["ales", "maria"], "maria has more outlets but only a role that says ales");
    }

    #[test]
    fn sorts_by_reports_name_and_value() {
        let c = catalog();
        let mut q = Query { sort: Sort::Az, ..Query::default() };
        assert_eq!(ids(&c, &q)[0], "ales");
        q.sort = Sort::Value;
        assert_eq!(ids(&c, &q)[..2], ["held".to_string(), "sent-9".to_string()]);
        q.sort = Sort::Reported;
        assert_eq!(ids(&c, &q)[0], "maria");
    }

    #[test]
    fn a_search_that_finds_nothing_suggests_a_known_spelling() {
        let c = catalog();
        assert!(run(&c, &text("kalesnikxyz")).cards.is_empty());
        assert_eq!(suggestion(&c, "kalesnikxva").as_deref(), Some("kalesnikava"));
    }

    /// What `run` did before it filtered presorted orders: filter, then sort what it found by
    /// (name match, sort key, catalog order).
    fn sorted_after(c: &Catalog, q: &Query) -> Vec<usize> {
        let terms: Vec<(String, String)> = terms(&q.text).into_iter().map(|t| (t.clone(), key(&t))).collect();
        let outlet_ids = Set::from_iter(c.outlets.iter().enumerate().filter(|(_, o)| q.outlets.contains(*o)).map(|(i, _)| i));
        let mut found: Vec<usize> = (0..c.cards.len())
            .filter(|&i| {
                let card = &c.cards[i];
                matches_text(card, &terms) && kind_ok(q, card) && outlet_ok(q, card, &outlet_ids) && (!q.contested || card.contested)
            })
            .collect();
        found.sort_by(|&a, &b| {
            let (x, y) = (&c.cards[a], &c.cards[b]);
            named(y, &terms)
                .cmp(&named(x, &terms))
                .then_with(|| match q.sort {
                    Sort::Reported => y.outlets.cmp(&x.outlets),
                    Sort::Az => x.title.cmp(&y.title),
                    Sort::Value => match (x.value, y.value) {
                        (Some(u), Some(v)) => v.total_cmp(&u),
                        (u, v) => v.is_some().cmp(&u.is_some()),
                    },
                })
                .then(a.cmp(&b))
        });
        found
    }

    proptest::proptest! {
        #[test]
        fn presorted_search_agrees_with_sorting_what_was_found(text in "[a-z0-9 ]{0,6}", sort in 0usize..3, kind in 0usize..3, contested: bool) {
            let c = Catalog::new(crate::facts::load());
            let mut q = Query { text, sort: Sort::ALL[sort], contested, ..Query::default() };
            if kind > 0 {
                q.kinds.insert([CardKind::Person, CardKind::Figure][kind - 1]);
            }
            proptest::prop_assert_eq!(run(&c, &q).cards, sorted_after(&c, &q));
        }
    }
}
