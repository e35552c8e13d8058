//! The facts arranged for browsing: one card per person, organisation, place, figure or disputed
//! quantity (every value outlets gave for it), with what search and filters need.
use super::order::IdIndex;
use super::set::Set;
use crate::format;

use factlens_engine::aliases::key;
use factlens_engine::fold::{fold, search_form};
use factlens_engine::model::{CardId, ConflictKind, DocId, Entity, Facts, Figure, FigureId, Mention, Person, PersonId};

/// What a card is about. Query, URL, facets and counts all go through it: a new kind is a new
/// variant here and the card that draws it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CardKind {
    Person,
    Organisation,
    Place,
    Figure,
}

impl CardKind {
    /// In the order the filters list them.
    pub const ALL: [CardKind; 4] = [CardKind::Person, CardKind::Organisation, CardKind::Place, CardKind::Figure];

    /// In the URL (`kind=person`) and in `data-kind`.
    pub fn as_str(self) -> &'static str {
        ["person", "organisation", "place", "figure"][self as usize]
    }

    pub fn parse(s: &str) -> Option<CardKind> {
        CardKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// On the card: "Person".
    pub fn label(self) -> &'static str {
        ["Person", "Organisation", "Place", "Figure"][self as usize]
    }

    /// On the filter: "People".
    pub fn plural(self) -> &'static str {
        ["People", "Organisations", "Places", "Figures"][self as usize]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub kind: CardKind,
    /// Index into `facts.people`, `facts.organisations`, `facts.places` or `facts.figures`; a
    /// disputed quantity's is its most reported value.
    pub index: usize,
    /// A disputed quantity's values (indices into `facts.figures`), most reported first; empty for
    /// every other card.
    pub values: Vec<usize>,
    pub id: CardId,
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
    /// The kinds that have cards, in filter order: the filters offer these.
    pub kinds: Vec<CardKind>,
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
    /// The first card of each kind but figures (people, organisations, places come in that order).
    starts: [usize; 3],
    /// By figure index: its card (a disputed quantity's card for each of its values).
    pub figure_card: Vec<usize>,
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
        const SMALL: [&str; 12] = ["a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by"];
        while cut && n > 1 && SMALL.contains(&words[n - 1]) {
            n -= 1;
        }
        let short = words[..n].join(" ");
        ["“", short.trim_end_matches([',', ':', ';', '.']), if cut { "…" } else { "" }, "”"].concat()
    })
}

impl Catalog {
    /// The outlets that report a card, each once, in order of first mention.
    pub fn outlets_of(&self, card: usize) -> Vec<String> {
        self.cards[card].sources.iter().map(|&o| self.outlets[o].clone()).collect()
    }

    /// The outlets that give one figure (one value of a disputed quantity), each once.
    pub fn figure_outlets(&self, figure: usize) -> Vec<String> {
        self.sources_of(&self.facts.figures[figure].mentions).into_iter().map(|o| self.outlets[o].clone()).collect()
    }

    /// The card showing `facts.people[i]` (or organisation, place, figure `i`).
    pub fn card_of(&self, kind: CardKind, i: usize) -> usize {
        match kind {
            CardKind::Figure => self.index.figure_card[i],
            k => self.index.starts[k as usize] + i,
        }
    }

    /// The outlet name of a document, as worked out once at start-up.
    pub fn outlet_of(&self, doc: &DocId) -> Option<&str> {
        self.doc_index(doc).map(|d| self.outlets[self.doc_outlet[d]].as_str())
    }

    /// The name or label, spellings, roles and mentions a card of a named kind shows.
    pub fn named(&self, kind: CardKind, i: usize) -> Named<'_> {
        let f = &self.facts;
        match kind {
            CardKind::Person => {
                let p = &f.people[i];
                Named {
                    id: p.id.as_str(),
                    name: &p.name,
                    aliases: &p.aliases,
                    role: p.role.as_deref(),
                    outlets: p.outlets,
                    mentions: &p.mentions,
                }
            }
            CardKind::Organisation | CardKind::Place => {
                let e = if kind == CardKind::Place { &f.places[i] } else { &f.organisations[i] };
                Named { id: e.id.as_str(), name: &e.name, aliases: &e.aliases, role: None, outlets: e.outlets, mentions: &e.mentions }
            }
            CardKind::Figure => unreachable!("a figure has no name"),
        }
    }

    fn sources_of(&self, mentions: &[Mention]) -> Vec<usize> {
        let mut seen = Set::default();
        mentions.iter().filter_map(|m| self.doc_index(&m.doc)).map(|d| self.doc_outlet[d]).filter(|&o| seen.insert(o)).collect()
    }
}

/// A person, organisation or place as its card shows it.
pub struct Named<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub aliases: &'a [String],
    pub role: Option<&'a str>,
    pub outlets: usize,
    pub mentions: &'a [Mention],
}

/// At most `max` names, then how many more: "A, B, C and 4 more". Large corpora have values
/// reported by dozens of outlets; a card lists a few.
pub fn name_list(names: &[String], max: usize) -> String {
    if names.len() <= max {
        return names.join(", ");
    }
    let mut list = names[..max].join(", ") + " and ";
    format::integer(&mut list, (names.len() - max) as u64);
    list + " more"
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

/// Figures that are one quantity: those that a dispute (not an article's own side-by-side values)
/// links, directly or through another value. Each group (in order of its first figure) becomes one
/// card, so a reader meets a dispute once.
fn quantities(facts: &Facts, conflict_figures: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut root: Vec<usize> = (0..facts.figures.len()).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for (c, members) in facts.conflicts.iter().zip(conflict_figures) {
        if c.kind == ConflictKind::Mixed {
            continue;
        }
        for w in members.windows(2) {
            let (a, b) = (find(&mut root, w[0]), find(&mut root, w[1]));
            root[a.max(b)] = a.min(b);
        }
    }
    let mut slot = vec![usize::MAX; facts.figures.len()];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for f in 0..facts.figures.len() {
        let r = find(&mut root, f);
        if slot[r] == usize::MAX {
            slot[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[slot[r]].push(f);
    }
    groups
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
        let sources_of = |mentions: &mut dyn Iterator<Item = &Mention>| -> Vec<usize> {
            let mut seen = Set::default();
            mentions.filter_map(|m| index.docs.get(m.doc.as_str(), &doc_id)).map(|d| doc_outlet[d]).filter(|&o| seen.insert(o)).collect()
        };
        let groups = quantities(&facts, &index.conflict_figures);
        let mut contested = vec![false; facts.figures.len()];
        for g in groups.iter().filter(|g| g.len() > 1) {
            for &f in g {
                contested[f] = true;
            }
        }
        let mut cards = Vec::new();
        for (i, p) in facts.people.iter().enumerate() {
            let disputed = index.figures_of[i].iter().any(|&f| contested[f]);
            cards.push(person_card(i, p, disputed, sources_of(&mut p.mentions.iter())));
        }
        index.starts[1] = cards.len();
        for (i, e) in facts.organisations.iter().enumerate() {
            cards.push(entity_card(CardKind::Organisation, i, e, sources_of(&mut e.mentions.iter())));
        }
        index.starts[2] = cards.len();
        for (i, e) in facts.places.iter().enumerate() {
            cards.push(entity_card(CardKind::Place, i, e, sources_of(&mut e.mentions.iter())));
        }
        let person_id = |i: usize| facts.people[i].id.as_str();
        let subject_of = |f: &Figure| f.subject.as_ref().and_then(|id| index.people.get(id.as_str(), &person_id)).map(|p| &facts.people[p]);
        let taken =
            |id: &str| index.people.get(id, &person_id).is_some() || index.figures.get(id, &|i| facts.figures[i].id.as_str()).is_some();
        index.figure_card = vec![0; facts.figures.len()];
        for group in &groups {
            for &f in group {
                index.figure_card[f] = cards.len();
            }
            if let [f] = group[..] {
                let x = &facts.figures[f];
                cards.push(figure_card(f, x, subject_of(x), sources_of(&mut x.mentions.iter())));
                continue;
            }
            // most reported first; the card is known by its dispute's id where that is free
            let mut values = group.clone();
            super::order::sort_by(&mut values, &|a, b| facts.figures[b].outlets.cmp(&facts.figures[a].outlets));
            let conflict =
                facts.conflicts.iter().zip(&index.conflict_figures).find(|(c, m)| c.kind != ConflictKind::Mixed && m.contains(&group[0]));
            let id = conflict.map(|(c, _)| CardId::from(&c.id)).filter(|id| !taken(id.as_str()));
            let id = id.unwrap_or_else(|| CardId::from(&facts.figures[values[0]].id));
            let about = conflict.map_or(facts.figures[values[0]].label.as_str(), |(c, _)| c.about.as_str());
            let sources = sources_of(&mut values.iter().flat_map(|&f| &facts.figures[f].mentions));
            cards.push(quantity_card(id, about, values, &facts, subject_of(&facts.figures[group[0]]), sources));
        }
        index.cards = IdIndex::new(cards.len(), &|i| cards[i].id.as_str());
        let kinds = CardKind::ALL.into_iter().filter(|k| cards.iter().any(|c| c.kind == *k)).collect();
        Catalog { facts, cards, kinds, outlets, doc_outlet, index, sorted: Default::default() }
    }

    fn doc_index(&self, id: &DocId) -> Option<usize> {
        self.index.docs.get(id.as_str(), &|i| self.facts.documents[i].id.as_str())
    }

    /// The card a link names: by its own id, or by the id of one of a disputed quantity's values
    /// (links written before the values were one card).
    pub fn card(&self, id: &CardId) -> Option<usize> {
        let id = id.as_str();
        self.index.cards.get(id, &|i| self.cards[i].id.as_str()).or_else(|| self.figure_index(id).map(|f| self.index.figure_card[f]))
    }

    pub fn doc(&self, id: &DocId) -> Option<&factlens_engine::model::Document> {
        self.doc_index(id).map(|i| &self.facts.documents[i])
    }

    pub fn person(&self, id: &PersonId) -> Option<&Person> {
        self.index.people.get(id.as_str(), &|i| self.facts.people[i].id.as_str()).map(|i| &self.facts.people[i])
    }

    // by text: a card's id can be one of its values' (links written before they were one card)
    fn figure_index(&self, id: &str) -> Option<usize> {
        self.index.figures.get(id, &|i| self.facts.figures[i].id.as_str())
    }

    pub fn figure(&self, id: &FigureId) -> Option<&Figure> {
        self.figure_index(id.as_str()).map(|i| &self.facts.figures[i])
    }
}

impl Index {
    /// Everything but the card lookups, which the catalog adds once its cards exist.
    fn new(facts: &Facts) -> Index {
        let person_id = |i: usize| facts.people[i].id.as_str();
        let figure_id = |i: usize| facts.figures[i].id.as_str();
        let people = IdIndex::new(facts.people.len(), &person_id);
        let figures = IdIndex::new(facts.figures.len(), &figure_id);
        let mut figures_of = vec![Vec::new(); facts.people.len()];
        for (i, f) in facts.figures.iter().enumerate() {
            if let Some(p) = f.subject.as_ref().and_then(|s| people.get(s.as_str(), &person_id)) {
                figures_of[p].push(i);
            }
        }
        let mut conflicts_of = vec![Vec::new(); facts.figures.len()];
        let mut conflict_figures = Vec::new();
        let mut conflict_ranked = Vec::new();
        for (c, conflict) in facts.conflicts.iter().enumerate() {
            let members: Vec<usize> = conflict.figures.iter().filter_map(|id| figures.get(id.as_str(), &figure_id)).collect();
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
            for f in check.parts.iter().chain([&check.total]).filter_map(|id| figures.get(id.as_str(), &figure_id)) {
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
            starts: [0; 3],
            figure_card: Vec::new(),
            figures_of,
            conflicts_of,
            conflict_figures,
            conflict_ranked,
            checks_of,
        }
    }
}

/// A card's search words from `texts`, the first `primary_texts` of them its own name or value.
// One constructor for every kind: each copy of the struct's construction was wasm code of its own.
#[allow(clippy::too_many_arguments)]
fn card(
    kind: CardKind,
    index: usize,
    id: CardId,
    title: &str,
    outlets: usize,
    value: Option<f64>,
    sources: Vec<usize>,
    texts: &[&str],
    primary_texts: usize,
) -> Card {
    let (words, keys, primary) = words_of(texts, primary_texts);
    Card { kind, index, values: Vec::new(), id, title: fold(title), outlets, value, sources, contested: false, words, keys, primary }
}

fn person_card(index: usize, p: &Person, contested: bool, sources: Vec<usize>) -> Card {
    let mut texts: Vec<&str> = vec![&p.name];
    texts.extend(p.aliases.iter().map(String::as_str));
    let primary = texts.len();
    texts.extend(p.roles.iter().map(String::as_str));
    Card { contested, ..card(CardKind::Person, index, CardId::from(&p.id), &p.name, p.outlets, None, sources, &texts, primary) }
}

fn entity_card(kind: CardKind, index: usize, e: &Entity, sources: Vec<usize>) -> Card {
    let mut texts: Vec<&str> = vec![&e.name];
    texts.extend(e.aliases.iter().map(String::as_str));
    card(kind, index, CardId::from(&e.id), &e.name, e.outlets, None, sources, &texts, texts.len())
}

/// What a figure is searched by: its label, its number as written ("nine") and in digits ("9"),
/// its unit and qualifier.
fn figure_texts(f: &Figure) -> [String; 5] {
    [f.label.clone(), f.display.clone(), format::digits(f.value), f.unit.clone(), f.qualifier.words().to_string()]
}

fn subject_texts(subject: Option<&Person>) -> Vec<&str> {
    subject.map_or(Vec::new(), |p| std::iter::once(p.name.as_str()).chain(p.aliases.iter().map(String::as_str)).collect())
}

fn figure_card(index: usize, f: &Figure, subject: Option<&Person>, sources: Vec<usize>) -> Card {
    let own = figure_texts(f);
    let mut texts: Vec<&str> = own.iter().map(String::as_str).collect();
    texts.extend(subject_texts(subject));
    card(CardKind::Figure, index, CardId::from(&f.id), &f.label, f.outlets, Some(f.value), sources, &texts, own.len())
}

/// One card for the values outlets gave for one quantity (`values`, most reported first): it is
/// found by any of them, and sorts by the most reported.
fn quantity_card(id: CardId, about: &str, values: Vec<usize>, facts: &Facts, subject: Option<&Person>, sources: Vec<usize>) -> Card {
    let own: Vec<String> = values.iter().flat_map(|&f| figure_texts(&facts.figures[f])).collect();
    let mut texts: Vec<&str> = vec![about];
    texts.extend(own.iter().map(String::as_str));
    let primary_texts = texts.len();
    texts.extend(subject_texts(subject));
    let lead = &facts.figures[values[0]];
    let outlets = sources.len().max(lead.outlets);
    let base = card(CardKind::Figure, values[0], id, about, outlets, Some(lead.value), sources, &texts, primary_texts);
    Card { values, contested: true, ..base }
}

#[cfg(test)]
mod tests {
    use super::{name_list, shortlist, CardKind, Catalog};
    use factlens_engine::model::{CardId, Conflict, ConflictKind, DocId, Document, Facts, Figure, FigureId, Mention, Qualifier};

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
    fn card_kinds_read_back_from_their_names() {
        for k in CardKind::ALL {
            assert_eq!(CardKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(CardKind::parse("robot"), None);
    }

    #[test]
    fn a_card_lists_its_outlets_once_each_in_order_of_first_mention() {
        let c = Catalog::new(crate::facts::load());
        for (i, card) in c.cards.iter().enumerate() {
            let mentions: Vec<&Mention> = match card.kind {
                CardKind::Figure if !card.values.is_empty() => card.values.iter().flat_map(|&f| &c.facts.figures[f].mentions).collect(),
                CardKind::Figure => c.facts.figures[card.index].mentions.iter().collect(),
                k => c.named(k, card.index).mentions.iter().collect(),
            };
            let mut walked: Vec<String> = Vec::new();
            for name in mentions.iter().filter_map(|m| c.outlet_of(&m.doc)) {
                if !walked.iter().any(|n| n == name) {
                    walked.push(name.to_string());
                }
            }
            assert_eq!(c.outlets_of(i), walked, "{}", card.id);
            assert_eq!(c.card_of(card.kind, card.index), i);
            assert_eq!(c.card(&card.id), Some(i), "found by its id");
        }
    }

    #[test]
    fn conflict_values_are_ranked_most_reported_first_in_the_conflicts_order() {
        let c = Catalog::new(crate::facts::load());
        assert!(!c.facts.conflicts.is_empty(), "the seed corpus has conflicts");
        for (conflict, members) in c.facts.conflicts.iter().zip(&c.index.conflict_figures) {
            let ids: Vec<FigureId> = members.iter().map(|&f| c.facts.figures[f].id.clone()).collect();
            assert_eq!(ids, conflict.figures);
        }
        for (members, ranked) in c.index.conflict_figures.iter().zip(&c.index.conflict_ranked) {
            let outlets = |at: usize| c.facts.figures[members[at]].outlets;
            assert!(ranked.windows(2).all(|w| outlets(w[0]) > outlets(w[1]) || (outlets(w[0]) == outlets(w[1]) && w[0] < w[1])));
            assert_eq!(ranked.len(), members.len());
        }
    }

    fn figure(id: &str, value: f64, display: &str, qualifier: Qualifier, docs: &[&str]) -> Figure {
        let mention = |d: &&str| Mention { doc: DocId::new(*d), quote: String::new(), start: 0, end: 1, mark_start: 0, mark_end: 1 };
        Figure {
            id: id.into(),
            value,
            display: display.into(),
            unit: "people".into(),
            qualifier,
            label: "prisoners held".into(),
            subject: None,
            outlets: docs.len(),
            mentions: docs.iter().map(mention).collect(),
        }
    }

    /// Three values of one quantity in two disputes that share one, an article's own second value
    /// beside one of them, and an unrelated figure.
    fn disputed() -> Catalog {
        let doc = |id: &str| Document {
            id: id.into(),
            file: format!("{id}.txt"),
            title: id.into(),
            outlet: Some(format!("Outlet {id}")),
            date: None,
            url: None,
            text: "q".into(),
        };
        let conflict = |id: &str, kind, figures: &[&str]| Conflict {
            id: id.into(),
            about: "prisoners held".into(),
            kind,
            figures: figures.iter().map(|&s| FigureId::new(s)).collect(),
        };
        Catalog::new(Facts {
            documents: vec![doc("a"), doc("b"), doc("c")],
            figures: vec![
                figure("held-1200", 1200.0, "at least 1,200", Qualifier::AtLeast, &["a"]),
                figure("held-1227", 1227.0, "1,227", Qualifier::Exact, &["b", "c"]),
                figure("held-1000", 1000.0, "up to 1,000", Qualifier::UpTo, &["c"]),
                figure("held-12", 12.0, "twelve", Qualifier::Exact, &["c"]),
                figure("sent-9", 9.0, "nine", Qualifier::Exact, &["a"]),
            ],
            conflicts: vec![
                conflict("held", ConflictKind::Imprecise, &["held-1200", "held-1227"]),
                conflict("held-2", ConflictKind::Contradiction, &["held-1000", "held-1227"]),
                conflict("held-3", ConflictKind::Mixed, &["held-1227", "held-12"]),
            ],
            ..Facts::default()
        })
    }

    #[test]
    fn one_disputed_quantity_is_one_card_found_by_any_of_its_values() {
        let c = disputed();
        let ids: Vec<&str> = c.cards.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["held", "held-12", "sent-9"], "an article's side-by-side value stays a card of its own");
        let held = &c.cards[0];
        let values: Vec<&str> = held.values.iter().map(|&f| c.facts.figures[f].id.as_str()).collect();
        assert_eq!(values, ["held-1227", "held-1200", "held-1000"], "most reported first");
        assert_eq!(held.index, 1);
        assert!(held.contested && !c.cards[1].contested);
        assert_eq!(c.outlets_of(0), ["Outlet b", "Outlet c", "Outlet a"]);
        assert_eq!(c.figure_outlets(2), ["Outlet c"]);
        for old in ["held-1200", "held-1227", "held-1000", "held"] {
            assert_eq!(c.card(&CardId::new(old)), Some(0), "{old}");
        }
        assert_eq!(c.card(&CardId::new("held-12")), Some(1));
        assert_eq!(c.card(&CardId::new("nobody")), None);
        for i in 0..3 {
            assert_eq!(c.card_of(CardKind::Figure, i), 0);
        }
    }

    #[test]
    fn a_figure_written_in_words_is_found_by_the_word_and_by_its_digits() {
        let c = disputed();
        let sent = &c.cards[2];
        assert!(sent.words.iter().any(|w| w == "nine") && sent.words.iter().any(|w| w == "9"));
        assert!(c.cards[0].words.iter().any(|w| w == "1000"), "a quantity is searched by every value");
    }
}
