//! The card list, its live count, and the states that help when nothing matches.
use yew::prelude::*;

use super::{card, Ctx};
use crate::format::plural;
use crate::markup::results::{empty, more};

pub fn results(ctx: &Ctx) -> Html {
    let model = &ctx.model;
    let shown = &model.results.cards;
    let open = model.view.open.as_ref();
    let count = if shown.is_empty() { "No cards match".to_string() } else { plural(shown.len(), "card", "cards") + " shown" };
    let raw = |s: String| Html::from_html_unchecked(s.into());
    html! {
        <section class="results" aria-label="Cards">
            // an element of its own that stays: a live region announces changes to what it holds
            <p class="result-count" role="status" aria-live="polite">{ count }</p>
            if shown.is_empty() {
                { raw(empty(model)) }
            }
            <div id="fl-results" class="cards">
                { for shown.iter().take(model.limit).map(|&i| {
                    let id = &model.catalog.cards[i].id;
                    card(&model.catalog, i, open == Some(id), model.all_quotes.contains(id))
                }) }
            </div>
            if shown.len() > model.limit {
                { raw(more(model.limit, shown.len())) }
            }
        </section>
    }
}
