//! The card list, its live count, and the states that help when nothing matches.
use yew::prelude::*;

use super::quotes::plural;
use super::{Card, Ctx, Shared};
use crate::state::query::suggestion;
use crate::state::view::Action;

pub fn results(ctx: &Ctx) -> Html {
    let model = &ctx.model;
    let shown = &model.results.cards;
    let open = model.view.open.as_deref();
    let catalog = Shared(model.catalog.clone());
    let count = if shown.is_empty() { "No cards match".to_string() } else { format!("{} shown", plural(shown.len(), "card", "cards")) };
    let empty = shown.is_empty().then(|| {
        let hint = suggestion(&model.catalog, &model.view.query.text).filter(|s| *s != model.view.query.text);
        html! {
            <div class="empty">
                <p>{ "Nothing matches this search and these filters." }</p>
                if let Some(s) = hint {
                    <p>{ "Did you mean " }
                        <button type="button" class="link" onclick={{ let s = s.clone(); ctx.dispatch.reform(move |_| Action::SetText(s.clone())) }}>{ s.clone() }</button>{ "?" }
                    </p>
                }
                <button type="button" onclick={ctx.dispatch.reform(|_| Action::ClearFilters)}>{ "Clear search and filters" }</button>
            </div>
        }
    });
    html! {
        <section class="results" aria-label="Cards">
            <p class="result-count" role="status" aria-live="polite">{ count }</p>
            { for empty }
            <div id="fl-results" class="cards">
                { for shown.iter().take(model.limit).map(|&i| {
                    let card = &model.catalog.cards[i];
                    let is_open = open == Some(card.id.as_str());
                    html! { <Card key={card.id.clone()} catalog={catalog.clone()} dispatch={ctx.dispatch.clone()} kind={card.kind} index={card.index} open={is_open} /> }
                }) }
            </div>
            if shown.len() > model.limit {
                <button type="button" class="more" onclick={ctx.dispatch.reform(|_| Action::ShowMore)}>
                    { format!("Show more ({} of {} shown)", model.limit, shown.len()) }
                </button>
            }
        </section>
    }
}
