//! The sentences a card rests on, each with its outlet and a way into the article.
use factlens_engine::model::Mention;
use yew::prelude::*;

use super::person_card::plural;
use super::Ctx;
use crate::state::catalog::outlet_name;
use crate::state::url::SourceRef;
use crate::state::view::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub mentions: Vec<Mention>,
}

#[component]
pub fn Quotes(props: &Props) -> Html {
    let ctx = use_context::<Ctx>().expect("Ctx provided by App");
    html! {
        <ol class="quotes">
            { for props.mentions.iter().map(|m| {
                let outlet = ctx.model.catalog.doc(&m.doc).map(outlet_name).unwrap_or_default();
                let src = SourceRef { doc: m.doc.clone(), start: m.start };
                let onclick = ctx.dispatch.reform(move |_| Action::OpenSource(src.clone()));
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
                            <button type="button" class="link" {onclick} data-doc={m.doc.clone()} data-start={m.start.to_string()}>{ "Open in article" }</button>
                        </p>
                    </li>
                }
            }) }
        </ol>
    }
}

#[derive(Properties, PartialEq)]
pub struct SourcesProps {
    /// The card's id: names the quote list for `aria-controls`.
    pub card: AttrValue,
    pub mentions: Vec<Mention>,
    /// Outlet names, for print, where the quotes stay folded.
    pub outlets: AttrValue,
    pub open: bool,
    pub on_toggle: Callback<MouseEvent>,
}

/// The foot of every card: its sources for print, and the button that unfolds its quotes.
#[component]
pub fn Sources(props: &SourcesProps) -> Html {
    let list = format!("q-{}", props.card);
    html! {
        <>
            <p class="print-only">{ "Sources: " }{ props.outlets.clone() }</p>
            <button type="button" class="toggle" aria-expanded={props.open.to_string()} aria-controls={list.clone()} onclick={props.on_toggle.clone()}>
                { if props.open { "Hide quotes".to_string() } else { format!("Show {}", plural(props.mentions.len(), "quote", "quotes")) } }
            </button>
            <div id={list} hidden={!props.open}>
                if props.open {
                    <Quotes mentions={props.mentions.clone()} />
                }
            </div>
        </>
    }
}
