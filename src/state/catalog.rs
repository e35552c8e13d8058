//! The facts arranged for browsing: one card per person or figure, with what search and filters need.
use super::order::IdIndex;
use super::set::Set;

use factlens_engine::aliases::key;
use factlens_engine::fold::{fold, search_form};
use factlens_engine::model::{Facts, Figure, Person};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardKind {
    Person,
    Figure,
}

impl CardKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CardKind::Person => "person",
            CardKind::Figure => "figure",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub kind: CardKind,
    /// Index into `facts.people` or `facts.figures`.
    pub index: usize,
    pub id: String,
    /// What A-Z sorts on: the name or label, folded (so "Łukasz" sorts with "L").
    pub title: String,
    pub outlets: usize,
    pub value: Option<f64>,
    /// The outlets that report it (indices into `Catalog::outlets`), each once, in order of first
    /// mention: its outlet facet values, and the names the card lists.
    pub sources: Vec<usize>,
    pub contested: bool,
    /// Search words: folded, and their transliteration keys for spelling-tolerant matching.
    pub words: Vec<String>,
    pub keys: Vec<String>,
    /// `words[..primary]` come from the card's own name (a person's spellings, a figure's label and
    /// value); a search that matches there ranks above one that matches a role or a subject.
    pub primary: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub facts: Facts,
    pub cards: Vec<Card>,
    /// Outlet names as readers see them, one per distinct outlet.
    pub outlets: Vec<String>,
    /// Outlet index of each document.
    pub doc_outlet: Vec<usize>,
    /// Lookups the cards need on every render, built once: a linear scan per card is what made
    /// clearing the search slow on large corpora.
    pub index: Index,
    /// Every card in each sort order (by `Sort as usize`), made on first use: a search filters one
    /// instead of sorting what it found, which on a large corpus was most of a keystroke.
    pub sorted: [std::cell::OnceCell<Vec<usize>>; 3],
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Index {
    docs: IdIndex,
    people: IdIndex,
    figures: IdIndex,
    cards: IdIndex,
    /// By person index: their figures (indices into `facts.figures`).
    pub figures_of: Vec<Vec<usize>>,
    /// By figure index: the conflicts and checks it is part of.
    pub conflicts_of: Vec<Vec<usize>>,
    /// By conflict: its figures (indices into `facts.figures`), and their positions in that list
    /// from the most reported down, which the cards list first. On a large corpus one conflict can
    /// hold hundreds of values: looking each up and sorting them on every render was a third of
    /// a figure card's cost.
    pub conflict_figures: Vec<Vec<usize>>,
    pub conflict_ranked: Vec<Vec<usize>>,
    pub checks_of: Vec<Vec<usize>>,
}

/// The name an article's outlet goes by on the page: the one the engine found (metadata, the page's
/// furniture, a wire credit), else the start of its headline, quoted as a title is: about 32
/// characters, whole words, none of "the", "of", "in"... left dangling before the "…".
pub fn outlet_name(doc: &factlens_engine::model::Document) -> String {
    doc.outlet.clone().unwrap_or_else(|| {
        let words: Vec<&str> = doc.title.split_whitespace().collect();
        let mut n = 0;
        let mut len = 0;
        while n < words.len() && (n == 0 || len + words[n].len() <= 32) {
            len += words[n].len() + 1;
            n += 1;
        }
        let cut = n < words.len();
        while cut && n > 1 && words[n - 1].len() <= 3 && words[n - 1].chars().all(char::is_lowercase) {
            n -= 1;
        }
        let short = words[..n].join(" ");
        format!("“{}{}”", short.trim_end_matches([',', ':', ';', '.']), if cut { "…" } else { "" })
    })
}

impl Catalog {
    /// The outlets that report a card, each once, in order of first mention.
    pub fn outlets_of(&self, card: usize) -> Vec<String> {
        self.cards[card].sources.iter().map(|&o| self.outlets[o].clone()).collect()
    }

    /// The card of a person (`facts.people[i]`) or a figure (`facts.figures[i]`): people come first.
    pub fn card_of(&self, kind: CardKind, i: usize) -> usize {
        match kind {
            CardKind::Person => i,
            CardKind::Figure => self.facts.people.len() + i,
        }
    }

    /// The outlet name of a document, as worked out once at start-up.
    pub fn outlet_of(&self, doc: &str) -> Option<&str> {
        self.doc_index(doc).map(|d| self.outlets[self.doc_outlet[d]].as_str())
    }
}

/// At most `max` names, then how many more: "A, B, C and 4 more". Large corpora have values
/// reported by dozens of outlets; a card lists a few.
pub fn name_list(names: &[String], max: usize) -> String {
    if names.len() <= max {
        return names.join(", ");
    }
    format!("{} and {} more", names[..max].join(", "), names.len() - max)
}

/// Which values of a conflict a card lists, as positions in the conflict: its own (`own`) first,
/// then the most reported (`ranked`: every position, most reported first), `max` in all, in the
/// conflict's order; and how many are left out.
pub fn shortlist(ranked: &[usize], own: Option<usize>, max: usize) -> (Vec<usize>, usize) {
    let mut shown: Vec<usize> = own.into_iter().collect();
    for &i in ranked {
        if shown.len() == max {
            break;
        }
        if Some(i) != own {
            shown.push(i);
        }
    }
    super::order::sort_by(&mut shown, &|a, b| a.cmp(&b));
    let hidden = ranked.len() - shown.len();
    (shown, hidden)
}

/// A number as digits without float formatting (which would add ~10 KB to the bundle): "1227",
/// "2.5", "-3"; two decimals at most.
pub fn number_text(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let cents = (v * 100.0).round() as i64;
    let (whole, frac) = (cents / 100, (cents % 100).abs());
    let sign = if cents < 0 && whole == 0 { "-" } else { "" };
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

fn words_of(texts: &[&str], primary_texts: usize) -> (Vec<String>, Vec<String>, usize) {
    let mut primary = 0;
    let mut words: Vec<String> = Vec::new();
    for (n, t) in texts.iter().enumerate() {
        if n == primary_texts {
            primary = words.len();
        }
        for w in search_form(t).split(' ').filter(|w| !w.is_empty()) {
            if !words.iter().any(|x| x == w) {
                words.push(w.to_string());
            }
        }
    }
    if primary_texts >= texts.len() {
        primary = words.len();
    }
    let keys = words.iter().map(|w| key(w)).collect();
    (words, keys, primary)
}

impl Catalog {
    pub fn new(facts: Facts) -> Catalog {
        let mut outlets: Vec<String> = Vec::new();
        let doc_outlet: Vec<usize> = facts
            .documents
            .iter()
            .map(|d| {
                let name = outlet_name(d);
                outlets.iter().position(|o| *o == name).unwrap_or_else(|| {
                    outlets.push(name);
                    outlets.len() - 1
                })
            })
            .collect();
        // the id lookups and per-figure links, built once; the cards use them too
        let mut index = Index::new(&facts);
        let doc_id = |i: usize| facts.documents[i].id.as_str();
        let sources_of = |mentions: &[factlens_engine::model::Mention]| -> Vec<usize> {
            let mut seen = Set::default();
            mentions.iter().filter_map(|m| index.docs.get(&m.doc, &doc_id)).map(|d| doc_outlet[d]).filter(|&o| seen.insert(o)).collect()
        };
        let mut contested: Set<&str> = Set::default();
        // values an article gives side by side are not in dispute
        for id in facts.conflicts.iter().filter(|c| c.kind != factlens_engine::model::ConflictKind::Mixed).flat_map(|c| &c.figures) {
            contested.insert(id);
        }
        let mut cards = Vec::new();
        for (i, p) in facts.people.iter().enumerate() {
            let own: Vec<&Figure> = index.figures_of[i].iter().map(|&f| &facts.figures[f]).collect();
            cards.push(person_card(i, p, &own, &contested, sources_of(&p.mentions)));
        }
        let person_id = |i: usize| facts.people[i].id.as_str();
        for (i, f) in facts.figures.iter().enumerate() {
            let subject = f.subject.as_deref().and_then(|id| index.people.get(id, &person_id)).map(|p| &facts.people[p]);
            cards.push(figure_card(i, f, subject, contested.contains(f.id.as_str()), sources_of(&f.mentions)));
        }
        index.cards = IdIndex::new(cards.len(), &|i| cards[i].id.as_str());
        Catalog { facts, cards, outlets, doc_outlet, index, sorted: Default::default() }
    }

    fn doc_index(&self, id: &str) -> Option<usize> {
        self.index.docs.get(id, &|i| self.facts.documents[i].id.as_str())
    }

    pub fn card(&self, id: &str) -> Option<usize> {
        self.index.cards.get(id, &|i| self.cards[i].id.as_str())
    }

    pub fn doc(&self, id: &str) -> Option<&factlens_engine::model::Document> {
        self.doc_index(id).map(|i| &self.facts.documents[i])
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.index.people.get(id, &|i| self.facts.people[i].id.as_str()).map(|i| &self.facts.people[i])
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.index.figures.get(id, &|i| self.facts.figures[i].id.as_str()).map(|i| &self.facts.figures[i])
    }
}

impl Index {
    /// Everything but the card lookup, which the catalog adds once its cards exist.
    fn new(facts: &Facts) -> Index {
        let person_id = |i: usize| facts.people[i].id.as_str();
        let figure_id = |i: usize| facts.figures[i].id.as_str();
        let people = IdIndex::new(facts.people.len(), &person_id);
        let figures = IdIndex::new(facts.figures.len(), &figure_id);
        let mut figures_of = vec![Vec::new(); facts.people.len()];
        for (i, f) in facts.figures.iter().enumerate() {
            if let Some(p) = f.subject.as_ref().and_then(|s| people.get(s, &person_id)) {
                figures_of[p].push(i);
            }
        }
        let mut conflicts_of = vec![Vec::new(); facts.figures.len()];
        let mut conflict_figures = Vec::new();
        let mut conflict_ranked = Vec::new();
        for (c, conflict) in facts.conflicts.iter().enumerate() {
            let members: Vec<usize> = conflict.figures.iter().filter_map(|id| figures.get(id, &figure_id)).collect();
            for &f in &members {
                conflicts_of[f].push(c);
            }
            let mut ranked: Vec<usize> = (0..members.len()).collect();
            let outlets = |at: usize| std::cmp::Reverse(facts.figures[members[at]].outlets);
            super::order::sort_by(&mut ranked, &|a, b| outlets(a).cmp(&outlets(b)));
            conflict_figures.push(members);
            conflict_ranked.push(ranked);
        }
        let mut checks_of = vec![Vec::new(); facts.figures.len()];
        for (c, check) in facts.checks.iter().enumerate() {
            for f in check.parts.iter().chain([&check.total]).filter_map(|id| figures.get(id, &figure_id)) {
                if !checks_of[f].contains(&c) {
                    checks_of[f].push(c);
                }
            }
        }
        Index {
            docs: IdIndex::new(facts.documents.len(), &|i| facts.documents[i].id.as_str()),
            people,
            figures,
            cards: IdIndex::default(),
            figures_of,
            conflicts_of,
            conflict_figures,
            conflict_ranked,
            checks_of,
        }
    }
}

fn person_card(index: usize, p: &Person, own: &[&Figure], contested: &Set<&str>, sources: Vec<usize>) -> Card {
    let mut texts: Vec<&str> = vec![&p.name];
    texts.extend(p.aliases.iter().map(String::as_str));
    texts.extend(p.roles.iter().map(String::as_str));
    let (words, keys, primary) = words_of(&texts, 1 + p.aliases.len());
    Card {
        kind: CardKind::Person,
        index,
        id: p.id.clone(),
        title: fold(&p.name),
        outlets: p.outlets,
        value: None,
        sources,
        contested: own.iter().any(|f| contested.contains(f.id.as_str())),
        words,
        keys,
        primary,
    }
}

fn figure_card(index: usize, f: &Figure, subject: Option<&Person>, contested: bool, sources: Vec<usize>) -> Card {
    let value = number_text(f.value);
    let mut texts: Vec<&str> = vec![&f.label, &f.display, &value, &f.unit, f.qualifier.words()];
    if let Some(p) = subject {
        texts.push(&p.name);
        texts.extend(p.aliases.iter().map(String::as_str));
    }
    let (words, keys, primary) = words_of(&texts, 5);
    Card {
        kind: CardKind::Figure,
        index,
        id: f.id.clone(),
        title: fold(&f.label),
        outlets: f.outlets,
        value: Some(f.value),
        sources,
        contested,
        words,
        keys,
        primary,
    }
}

#[cfg(test)]
mod tests {
    use super::{name_list, number_text, shortlist, CardKind, Catalog};

    #[test]
    fn long_lists_are_cut_with_a_count() {
        let names: Vec<String> = ["A", "B", "C", "D", "E"].iter().map(|s| s.to_string()).collect();
        assert_eq!(name_list(&names[..2], 3), "A, B");
        assert_eq!(name_list(&names, 3), "A, B, C and 2 more");
        // four values reported by 1, 9, 5 and 7 outlets: most reported first is 1, 3, 2, 0
        let ranked = [1, 3, 2, 0];
        assert_eq!(shortlist(&ranked, Some(0), 3), (vec![0, 1, 3], 1), "its own value, then the most reported");
        assert_eq!(shortlist(&ranked, Some(3), 2), (vec![1, 3], 2));
        assert_eq!(shortlist(&ranked, None, 9), (vec![0, 1, 2, 3], 0));
    }

    #[test]
    fn numbers_print_without_float_formatting() {
        assert_eq!(number_text(1227.0), "1227");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(number_text(0.25), "0.25");
        assert_eq!(number_text(-0.5), "-0.5");
        assert_eq!(number_text(1.5e6), "1500000");
    }

    #[test]
    fn a_card_lists_its_outlets_once_each_in_order_of_first_mention() {
        let c = Catalog::new(crate::facts::load());
        for (i, card) in c.cards.iter().enumerate() {
            let mentions = match card.kind {
                CardKind::Person => &c.facts.people[card.index].mentions,
                CardKind::Figure => &c.facts.figures[card.index].mentions,
            };
            let mut walked: Vec<String> = Vec::new();
            for name in mentions.iter().filter_map(|m| c.outlet_of(&m.doc)) {
                if !walked.iter().any(|n| n == name) {
                    walked.push(name.to_string());
                }
            }
            assert_eq!(c.outlets_of(i), walked, "{}", card.id);
            assert_eq!(c.card_of(card.kind, card.index), i);
        }
    }

    #[test]
    fn conflict_values_are_ranked_most_reported_first_in_the_conflicts_order() {
        let c = Catalog::new(crate::facts::load());
        assert!(!c.facts.conflicts.is_empty(), "the seed corpus has conflicts");
        for (conflict, members) in c.facts.conflicts.iter().zip(&c.index.conflict_figures) {
            let ids: Vec<&str> = members.iter().map(|&f| c.facts.figures[f].id.as_str()).collect();
            assert_eq!(ids, conflict.figures);
        }
        for (members, ranked) in c.index.conflict_figures.iter().zip(&c.index.conflict_ranked) {
            let outlets = |at: usize| c.facts.figures[members[at]].outlets;
            assert!(ranked.windows(2).all(|w| outlets(w[0]) > outlets(w[1]) || (outlets(w[0]) == outlets(w[1]) && w[0] < w[1])));
            assert_eq!(ranked.len(), members.len());
        }
    }
}
