//! The facts arranged for browsing: one card per person or figure, with what search and filters need.
use std::collections::BTreeSet;

use factlens_engine::aliases::key;
use factlens_engine::fold::search_form;
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
    /// What A-Z sorts on.
    pub title: String,
    pub outlets: usize,
    pub value: Option<f64>,
    /// Outlet facet values (indices into `Catalog::outlets`).
    pub sources: BTreeSet<usize>,
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
}

/// The name an article's outlet goes by on the page; an article that names none is known by the
/// start of its headline.
pub fn outlet_name(doc: &factlens_engine::model::Document) -> String {
    doc.outlet.clone().unwrap_or_else(|| {
        let words: Vec<&str> = doc.title.split_whitespace().collect();
        let short = words.iter().take(4).copied().collect::<Vec<_>>().join(" ");
        format!("No outlet named (“{short}{}”)", if words.len() > 4 { "…" } else { "" })
    })
}

impl Catalog {
    /// The outlets of some mentions, each once, in order of first mention.
    pub fn outlets_of(&self, mentions: &[factlens_engine::model::Mention]) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for m in mentions {
            if let Some(d) = self.facts.documents.iter().position(|d| d.id == m.doc) {
                let name = &self.outlets[self.doc_outlet[d]];
                if !names.contains(name) {
                    names.push(name.clone());
                }
            }
        }
        names
    }
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
        let by_id: std::collections::HashMap<&str, usize> = facts.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
        let doc_index = |id: &str| by_id.get(id).copied();
        let sources_of = |mentions: &[factlens_engine::model::Mention]| -> BTreeSet<usize> {
            mentions.iter().filter_map(|m| doc_index(&m.doc)).map(|d| doc_outlet[d]).collect()
        };
        let contested: BTreeSet<&str> = facts.conflicts.iter().flat_map(|c| c.figures.iter().map(String::as_str)).collect();
        let mut cards = Vec::new();
        let people_by_id: std::collections::HashMap<&str, &Person> = facts.people.iter().map(|p| (p.id.as_str(), p)).collect();
        let mut figures_of: std::collections::HashMap<&str, Vec<&Figure>> = std::collections::HashMap::new();
        for f in &facts.figures {
            if let Some(s) = &f.subject {
                figures_of.entry(s.as_str()).or_default().push(f);
            }
        }
        for (index, p) in facts.people.iter().enumerate() {
            let own = figures_of.get(p.id.as_str()).map_or(&[][..], Vec::as_slice);
            cards.push(person_card(index, p, own, &contested, sources_of(&p.mentions)));
        }
        for (index, f) in facts.figures.iter().enumerate() {
            let subject = f.subject.as_deref().and_then(|id| people_by_id.get(id).copied());
            cards.push(figure_card(index, f, subject, contested.contains(f.id.as_str()), sources_of(&f.mentions)));
        }
        Catalog { facts, cards, outlets, doc_outlet }
    }

    pub fn card(&self, id: &str) -> Option<usize> {
        self.cards.iter().position(|c| c.id == id)
    }
}

fn person_card(index: usize, p: &Person, own: &[&Figure], contested: &BTreeSet<&str>, sources: BTreeSet<usize>) -> Card {
    let mut texts: Vec<&str> = vec![&p.name];
    texts.extend(p.aliases.iter().map(String::as_str));
    texts.extend(p.roles.iter().map(String::as_str));
    let (words, keys, primary) = words_of(&texts, 1 + p.aliases.len());
    Card {
        kind: CardKind::Person,
        index,
        id: p.id.clone(),
        title: p.name.clone(),
        outlets: p.outlets,
        value: None,
        sources,
        contested: own.iter().any(|f| contested.contains(f.id.as_str())),
        words,
        keys,
        primary,
    }
}

fn figure_card(index: usize, f: &Figure, subject: Option<&Person>, contested: bool, sources: BTreeSet<usize>) -> Card {
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
        title: f.label.clone(),
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
    use super::number_text;

    #[test]
    fn numbers_print_without_float_formatting() {
        assert_eq!(number_text(1227.0), "1227");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(number_text(0.25), "0.25");
        assert_eq!(number_text(-0.5), "-0.5");
        assert_eq!(number_text(1.5e6), "1500000");
    }
}
