//! The sentences a card rests on, each with its outlet and a way into the article.
use factlens_engine::model::Mention;
use yew::prelude::*;

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
    let docs = &ctx.model.catalog.facts.documents;
    html! {
        <ol class="quotes">
            { for props.mentions.iter().map(|m| {
                let outlet = docs.iter().find(|d| d.id == m.doc).map(outlet_name).unwrap_or_default();
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
