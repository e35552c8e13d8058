//! The foot of every card: its sources for print, the button that unfolds its quotes, and the
//! quotes themselves, each with its outlet and a way into the article.
// Plain functions rather than components: they render only inside a card, which already re-renders
// only when its own props change, and each component type adds its own yew lifecycle code to the wasm.
use factlens_engine::model::Mention;
use yew::prelude::*;

use super::CardProps;
use crate::state::url::SourceRef;
use crate::state::view::Action;

pub use crate::format::plural;

/// Quotes an opened card shows before "Show all": a place named in every article of a large corpus
/// has a thousand, which took 50 ms to draw.
pub const QUOTES: usize = 20;

/// `card` is the card's id, `outlets` the outlet names for print (where the quotes stay folded);
/// `all` whether every quote shows, `more` what asks for them all.
pub fn sources(props: &CardProps, card: &str, mentions: &[&Mention], outlets: String, all: bool, more: Callback<MouseEvent>) -> Html {
    let list = format!("q-{card}");
    let id = card.to_string();
    let on_toggle = props.dispatch.reform(move |_: MouseEvent| Action::ToggleCard(id.clone()));
    html! {
        <>
            <p class="print-only">{ format!("Sources: {outlets}") }</p>
            // the list exists only while open, and the button names it only then: a closed card
            // carries no empty element
            <button type="button" class="toggle" aria-expanded={props.open.to_string()} aria-controls={props.open.then(|| list.clone())} onclick={on_toggle}>
                { if props.open { "Hide quotes".to_string() } else { format!("Show {}", plural(mentions.len(), "quote", "quotes")) } }
            </button>
            if props.open {
                <div id={list}>
                    { quotes(props, if all { mentions } else { &mentions[..mentions.len().min(QUOTES)] }) }
                    if !all && mentions.len() > QUOTES {
                        <button type="button" class="link" onclick={more}>{ format!("Show all {} quotes", mentions.len()) }</button>
                    }
                </div>
            }
        </>
    }
}

fn quotes(props: &CardProps, mentions: &[&Mention]) -> Html {
    html! {
        <ol class="quotes">
            { for mentions.iter().map(|m| {
                let outlet = props.catalog.0.outlet_of(&m.doc).unwrap_or_default();
                let src = SourceRef { doc: m.doc.clone(), start: m.start };
                let onclick = props.dispatch.reform(move |_| Action::OpenSource(src.clone()));
                // the marked words inside the quote, by offsets relative to the sentence
                let (a, b) = (m.mark_start.saturating_sub(m.start), m.mark_end.saturating_sub(m.start));
                let (before, mark, after) = match (m.quote.get(..a), m.quote.get(a..b), m.quote.get(b..)) {
                    (Some(x), Some(y), Some(z)) if a <= b => (x, y, z),
                    _ => (m.quote.as_str(), "", ""),
                };
                html! {
                    <li>
                        <blockquote>{ before }<mark>{ mark }</mark>{ after }</blockquote>
                        <p class="quote-source">
                            <span class="outlet">{ outlet }</span>
                            <button type="button" class="link" {onclick}>{ "Open in article" }</button>
                        </p>
                    </li>
                }
            }) }
        </ol>
    }
}
