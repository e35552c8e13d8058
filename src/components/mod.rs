//! Yew components: each reads the model it is given and sends actions; none holds facts of its own.
pub mod facets;
pub mod figure_card;
pub mod person_card;
pub mod quotes;
pub mod results;
pub mod search_box;
pub mod source_view;

use std::rc::Rc;

use factlens_engine::model::Mention;
use yew::prelude::*;

use crate::state::view::{Action, Model};

use crate::state::catalog::{CardKind, Catalog};

/// A card of any kind: which one, whether its quotes are open, and how to act.
// No context: a card re-renders only when its own props change, not on every keystroke.
#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub catalog: Shared,
    pub dispatch: Callback<Action>,
    pub kind: CardKind,
    /// Index into `facts.people`, `facts.organisations`, `facts.places` or `facts.figures` (a
    /// disputed quantity's most reported value).
    pub index: usize,
    pub open: bool,
}

/// A card of either kind: one component type for both, so the wasm carries one copy of yew's
/// lifecycle code for cards; being a component, it re-renders only when its props change (yew
/// compares them before rendering). A struct component: no hook code; its one piece of state is
/// whether an opened card shows all its quotes or the first `quotes::QUOTES`.
pub struct Card {
    all_quotes: bool,
}

impl Component for Card {
    type Message = ();
    type Properties = CardProps;

    fn create(_ctx: &Context<Self>) -> Self {
        Card { all_quotes: false }
    }

    fn update(&mut self, _ctx: &Context<Self>, _show_all: ()) -> bool {
        self.all_quotes = true;
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let parts = match props.kind {
            CardKind::Figure => figure_card::figure_card(props),
            _ => person_card::named_card(props),
        };
        let id = parts.id;
        html! {
            <article data-kind={props.kind.as_str()} id={format!("card-{id}")} class="card" data-open={props.open.then_some("")} data-contested={parts.contested.then_some("")} aria-labelledby={format!("h-{id}")}>
                <p class="kind">{ props.kind.label() }</p>
                <h2 id={format!("h-{id}")}>{ parts.title }</h2>
                { parts.before }
                { parts.reported }
                { parts.after }
                { quotes::sources(props, id, &parts.mentions, parts.outlets, self.all_quotes, ctx.link().callback(|_| ())) }
            </article>
        }
    }
}

/// A card's content, which its kind decides; `Card` lays out both kinds alike (one copy of the
/// markup in the wasm).
pub struct Parts<'a> {
    pub id: &'a str,
    pub contested: bool,
    pub title: Html,
    /// What shows before and after the line saying who reports it.
    pub before: Html,
    pub reported: Html,
    pub after: Html,
    pub mentions: Vec<&'a Mention>,
    /// The outlet names listed for print, where the quotes stay folded.
    pub outlets: String,
}

/// What the explorer's views receive: the model and a way to change it.
#[derive(Clone)]
pub struct Ctx {
    pub model: Rc<Model>,
    pub dispatch: Callback<Action>,
}

// By identity: a deep comparison of the model would walk the whole corpus on every keystroke.
impl PartialEq for Ctx {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.model, &other.model) && self.dispatch == other.dispatch
    }
}

/// The catalog as a prop, compared by identity: it never changes after start-up.
#[derive(Clone)]
pub struct Shared(pub Rc<Catalog>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
