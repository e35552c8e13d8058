//! A person: name, other spellings, role, their figures and the quotes that name them.
use yew::prelude::*;

use super::quotes::plural;
use super::{CardProps, Parts};
use crate::state::catalog::CardKind;

pub fn person_card(props: &CardProps) -> Parts<'_> {
    let catalog = &props.catalog.0;
    let p = &catalog.facts.people[props.index];
    let figures: Vec<_> = catalog.index.figures_of[props.index].iter().map(|&i| &catalog.facts.figures[i]).collect();
    Parts {
        id: &p.id,
        contested: false,
        title: html! { &p.name },
        before: html! {
            <>
                if let Some(role) = &p.role {
                    <p class="role">{ role }</p>
                }
                if !p.aliases.is_empty() {
                    <p>{ format!("Also spelled: {}", p.aliases.join(", ")) }</p>
                }
                if !figures.is_empty() {
                    <ul class="person-figures">
                        { for figures.iter().map(|f| html! {
                            <li>
                                { format!("{} ", f.label) }
                                <strong>{ if f.unit == "people" { f.display.clone() } else { format!("{} {}", f.display, f.unit) } }</strong>
                                <span class="muted">{ format!(" · {}", plural(f.outlets, "outlet", "outlets")) }</span>
                            </li>
                        }) }
                    </ul>
                }
            </>
        },
        reported: format!("Named by {}", plural(p.outlets, "outlet", "outlets")),
        after: Html::default(),
        mentions: &p.mentions,
        outlets: catalog.outlets_of(catalog.card_of(CardKind::Person, props.index)).join(", "),
    }
}
