//! A person, organisation or place: name, other spellings, a person's role and figures, and the
//! quotes that name them.
use yew::prelude::*;

use super::{CardProps, Parts};
use crate::format::{plural, with_unit};
use crate::state::catalog::CardKind;

pub fn named_card(props: &CardProps) -> Parts<'_> {
    let catalog = &props.catalog.0;
    let n = catalog.named(props.kind, props.index);
    let figures: &[usize] = if props.kind == CardKind::Person { &catalog.index.figures_of[props.index] } else { &[] };
    let at = catalog.card_of(props.kind, props.index);
    Parts {
        id: n.id,
        contested: false,
        title: html! { n.name },
        before: html! {
            <>
                if let Some(role) = n.role {
                    <p class="role">{ role }</p>
                }
                if !n.aliases.is_empty() {
                    <p>{ format!("Also spelled: {}", n.aliases.join(", ")) }</p>
                }
                if !figures.is_empty() {
                    <ul class="person-figures">
                        { for figures.iter().map(|&i| &catalog.facts.figures[i]).map(|f| html! {
                            <li>
                                { format!("{} ", f.label) }
                                <strong>{ with_unit(f) }</strong>
                                <span class="muted">{ format!(" · {}", plural(f.outlets, "outlet", "outlets")) }</span>
                            </li>
                        }) }
                    </ul>
                }
            </>
        },
        reported: html! { <p>{ format!("Named by {}", plural(n.outlets, "outlet", "outlets")) }</p> },
        after: Html::default(),
        mentions: n.mentions.iter().collect(),
        outlets: catalog.outlets_of(at).join(", "),
    }
}
