//! The app's one piece of state: the view the reader asked for and the cards that answer it.
use std::rc::Rc;

use super::catalog::{CardKind, Catalog};
use super::query::{run, Results, Sort};
use super::url::{SourceRef, ViewState};
use factlens_engine::model::CardId;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetText(String),
    ToggleKind(CardKind),
    ToggleOutlet(String),
    SetContested(bool),
    SetSort(Sort),
    /// Open a card, or close it if it is open.
    ToggleCard(CardId),
    /// An open card lists every quote, not only the first `markup::card::QUOTES`.
    ShowAllQuotes(CardId),
    OpenSource(SourceRef),
    CloseSource,
    ClearFilters,
    /// Render the next page of cards.
    ShowMore,
    /// Back, forward or an edited hash: take the view from the URL.
    FromUrl(ViewState),
    /// Open or close the filters on a narrow screen: the app's own, not part of the view.
    ToggleFilters,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub catalog: Rc<Catalog>,
    pub view: ViewState,
    pub results: Results,
    /// Typing replaces the history entry instead of adding one per keystroke.
    pub replace_history: bool,
    /// How many of the matching cards are rendered: a large corpus renders a page at a time.
    pub limit: usize,
    /// Card ids pinned by the host page, else by the editors: shown first, whatever the sort.
    pub pinned: Vec<CardId>,
    /// Cards whose every quote shows when open (not part of the URL).
    pub all_quotes: Vec<CardId>,
}

/// Cards rendered at first and added by each "Show more".
pub const PAGE: usize = 30;

impl Model {
    pub fn new(catalog: Rc<Catalog>, view: ViewState) -> Model {
        let view = sanitize(&catalog, view);
        let results = run(&catalog, &view.query);
        let limit = page_for(&catalog, &results, &view);
        Model { catalog, view, results, replace_history: true, limit, pinned: Vec::new(), all_quotes: Vec::new() }
    }

    /// The same model with the cards a host page pinned first, or, if it pinned none, those the
    /// editors pinned (`facts.pinned`).
    pub fn with_pinned(mut self, host: Vec<CardId>) -> Model {
        self.pinned = if host.is_empty() { self.catalog.facts.pinned.clone() } else { host };
        pin(&self.catalog, &mut self.results, &self.pinned);
        self
    }

    /// The next model after `action`; results are recomputed only when the query changed.
    pub fn apply(&self, action: Action) -> Model {
        let mut view = self.view.clone();
        let mut replace = false;
        let mut limit = self.limit;
        let mut all_quotes = self.all_quotes.clone();
        match action {
            Action::ShowMore => limit += PAGE,
            Action::SetText(text) => {
                view.query.text = text;
                replace = true;
            }
            Action::ToggleKind(kind) => {
                if !view.query.kinds.remove(&kind) {
                    view.query.kinds.insert(kind);
                }
            }
            Action::ToggleOutlet(outlet) => {
                if !view.query.outlets.remove(&outlet) {
                    view.query.outlets.insert(outlet);
                }
            }
            Action::SetContested(on) => view.query.contested = on,
            Action::SetSort(sort) => view.query.sort = sort,
            Action::ToggleCard(id) => view.open = if view.open.as_ref() == Some(&id) { None } else { Some(id) },
            Action::ShowAllQuotes(id) => {
                if !all_quotes.contains(&id) {
                    all_quotes.push(id);
                }
            }
            Action::OpenSource(src) => view.source = Some(src),
            Action::CloseSource => view.source = None,
            Action::ClearFilters => view.query = Default::default(),
            Action::FromUrl(from) => {
                view = from;
                replace = true;
            }
            Action::ToggleFilters => {}
        }
        let view = sanitize(&self.catalog, view);
        let (results, limit) = if view.query == self.view.query {
            (self.results.clone(), limit.max(page_for(&self.catalog, &self.results, &view)))
        } else {
            let mut results = run(&self.catalog, &view.query);
            pin(&self.catalog, &mut results, &self.pinned);
            let limit = page_for(&self.catalog, &results, &view);
            (results, limit)
        };
        Model { catalog: self.catalog.clone(), view, results, replace_history: replace, limit, pinned: self.pinned.clone(), all_quotes }
    }
}

/// Moves pinned cards that match to the front, in the order they were pinned.
fn pin(catalog: &Catalog, results: &mut Results, pinned: &[CardId]) {
    if pinned.is_empty() {
        return;
    }
    // by the card each id names: a pinned value of a disputed quantity pins the quantity's card
    let cards: Vec<Option<usize>> = pinned.iter().map(|p| catalog.card(p)).collect();
    let rank = |i: usize| cards.iter().position(|&c| c == Some(i)).unwrap_or(usize::MAX);
    super::order::sort_by(&mut results.cards, &|a, b| rank(a).cmp(&rank(b)));
}

/// Enough pages to include the open card, so a deep link to it always shows it.
fn page_for(catalog: &Catalog, results: &Results, view: &ViewState) -> usize {
    let open_at = view.open.as_ref().and_then(|id| results.cards.iter().position(|&i| catalog.cards[i].id == *id));
    open_at.map_or(PAGE, |at| (at / PAGE + 1) * PAGE)
}

/// Drops what the URL named but the corpus does not have: unknown outlets, cards and sources.
fn sanitize(catalog: &Catalog, mut view: ViewState) -> ViewState {
    view.query.outlets.retain(|o| catalog.outlets.contains(o));
    // a link to one value of a disputed quantity opens the quantity's card, under its own id
    view.open = view.open.as_ref().and_then(|id| catalog.card(id)).map(|i| catalog.cards[i].id.clone());
    let known_source = view.source.as_ref().is_some_and(|s| {
        catalog
            .facts
            .documents
            .iter()
            .any(|d| d.id == s.doc && d.text.is_char_boundary(s.start.min(d.text.len())) && s.start < d.text.len())
    });
    if !known_source {
        view.source = None;
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::url::parse;

    fn model() -> Model {
        Model::new(Rc::new(Catalog::new(crate::facts::load())), ViewState::default())
    }

    #[test]
    fn unknown_cards_outlets_and_sources_from_the_url_are_dropped() {
        let m = model().apply(Action::FromUrl(parse("#open=nobody&outlet=Nowhere+Times&src=nodoc:5&q=x")));
        assert_eq!((m.view.open, m.view.source), (None, None));
        assert!(m.view.query.outlets.is_empty());
        assert_eq!(m.view.query.text, "x");
    }

    #[test]
    fn opening_a_card_twice_closes_it_and_typing_replaces_history() {
        let m = model();
        let id = m.catalog.cards[0].id.clone();
        let opened = m.apply(Action::ToggleCard(id.clone()));
        assert_eq!(opened.view.open.as_ref().map(CardId::as_str), Some(id.as_str()));
        assert!(!opened.replace_history);
        assert_eq!(opened.apply(Action::ToggleCard(id)).view.open, None);
        assert!(m.apply(Action::SetText("a".into())).replace_history);
    }

    #[test]
    fn every_quote_of_a_card_once_asked_for_and_only_of_that_card() {
        let m = model();
        let (a, b) = (m.catalog.cards[0].id.clone(), m.catalog.cards[1].id.clone());
        let all = m.apply(Action::ShowAllQuotes(a.clone())).apply(Action::ShowAllQuotes(a.clone()));
        assert_eq!(all.all_quotes, vec![a.clone()], "asked twice, listed once");
        assert!(!all.all_quotes.contains(&b));
        assert_eq!(all.apply(Action::SetText("x".into())).all_quotes, vec![a], "kept while searching");
        assert_eq!(all.view, m.view, "not part of the URL's view");
    }

    #[test]
    fn a_page_of_cards_at_a_time_and_always_the_open_one() {
        let m = model();
        assert_eq!(m.limit, PAGE);
        assert_eq!(m.apply(Action::ShowMore).limit, 2 * PAGE);
        assert_eq!(m.apply(Action::ShowMore).apply(Action::SetText("a".into())).limit, PAGE, "a new search starts at one page");
        let last = m.catalog.cards[*m.results.cards.last().unwrap()].id.clone();
        let opened = m.apply(Action::FromUrl(crate::state::url::parse(&format!("#open={last}"))));
        assert!(opened.results.cards[..opened.limit.min(opened.results.cards.len())].iter().any(|&i| opened.catalog.cards[i].id == last));
    }

    #[test]
    fn pinned_cards_come_first_and_stay_first_while_searching() {
        let m = model();
        let last = m.catalog.cards[*m.results.cards.last().unwrap()].id.clone();
        let pinned = m.with_pinned(vec![last.clone(), "no-such-card".into()]);
        assert_eq!(pinned.catalog.cards[pinned.results.cards[0]].id, last);
        let sorted = pinned.apply(Action::SetSort(crate::state::query::Sort::Az));
        assert_eq!(sorted.catalog.cards[sorted.results.cards[0]].id, last);
    }

    #[test]
    fn the_editors_pins_come_first_unless_the_host_pins_its_own() {
        let mut facts = crate::facts::load();
        let (last, other) = {
            let m = model();
            let at = |i: usize| m.catalog.cards[m.results.cards[i]].id.clone();
            (at(m.results.cards.len() - 1), at(m.results.cards.len() - 2))
        };
        facts.pinned = vec![last.clone()];
        let catalog = Rc::new(Catalog::new(facts));
        let first = |m: &Model| m.catalog.cards[m.results.cards[0]].id.clone();
        assert_eq!(first(&Model::new(catalog.clone(), ViewState::default()).with_pinned(Vec::new())), last);
        assert_eq!(first(&Model::new(catalog, ViewState::default()).with_pinned(vec![other.clone()])), other);
    }

    #[test]
    fn a_pinned_value_of_a_disputed_quantity_pins_its_card() {
        let m = model();
        let card = m.catalog.cards.iter().find(|c| c.values.len() > 1).expect("the seed corpus has a disputed quantity");
        let value = m.catalog.facts.figures[*card.values.last().unwrap()].id.clone();
        let pinned = m.clone().with_pinned(vec![CardId::from(&value)]);
        assert_eq!(pinned.catalog.cards[pinned.results.cards[0]].id, card.id);
    }

    #[test]
    fn a_link_to_one_value_of_a_disputed_quantity_opens_its_card() {
        let m = model();
        let card = m.catalog.cards.iter().find(|c| c.values.len() > 1).expect("the seed corpus has a disputed quantity");
        for &v in &card.values {
            let old = &m.catalog.facts.figures[v].id;
            let opened = m.apply(Action::FromUrl(parse(&format!("#open={old}"))));
            assert_eq!(opened.view.open.as_ref(), Some(&card.id), "{old}");
            assert!(opened.apply(Action::ToggleCard(card.id.clone())).view.open.is_none(), "and closes as that card");
        }
    }

    #[test]
    fn clearing_filters_shows_every_card_again() {
        let m = model().apply(Action::ToggleKind(CardKind::Figure)).apply(Action::SetText("zzzz".into()));
        assert!(m.results.cards.is_empty());
        assert_eq!(m.apply(Action::ClearFilters).results.cards.len(), m.catalog.cards.len());
    }
}

#[cfg(test)]
mod timing {
    use super::*;

    /// `FACTLENS_CORPUS=<big corpus> cargo test --release -p factlens keystroke_timing -- --ignored --nocapture`
    #[test]
    #[ignore = "a measurement, not a check"]
    fn keystroke_timing() {
        let start = std::time::Instant::now();
        let m = Model::new(Rc::new(Catalog::new(crate::facts::load())), ViewState::default());
        println!("load + catalog: {:?} for {} cards", start.elapsed(), m.catalog.cards.len());
        let mut m = m;
        for text in ["r", "re", "res", "resi", "resid", "reside", "residents", "", "kolesnikova", "1227"] {
            let t = std::time::Instant::now();
            m = m.apply(Action::SetText(text.into()));
            println!("{text:>12}: {:>8.2} ms, {} cards", t.elapsed().as_secs_f64() * 1000.0, m.results.cards.len());
        }
    }
}
