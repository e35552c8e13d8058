//! A person: name, other spellings, role, their figures and the quotes that name them.
use yew::prelude::*;

use super::quotes::{plural, sources};
use super::CardProps;

pub fn person_card(props: &CardProps) -> Html {
    let facts = &props.catalog.0.facts;
    let p = &facts.people[props.index];
    let figures: Vec<_> = props.catalog.0.index.figures_of[props.index].iter().map(|&i| &facts.figures[i]).collect();
    html! {
        <article data-kind="person" id={format!("card-{}", p.id)} class="card" data-open={props.open.then_some("")} aria-labelledby={format!("h-{}", p.id)}>
            <p class="kind">{ "Person" }</p>
            <h2 id={format!("h-{}", p.id)}>{ &p.name }</h2>
            if let Some(role) = &p.role {
                <p class="role">{ role }</p>
            }
            if !p.aliases.is_empty() {
                <p class="aliases">{ "Also spelled: " }{ p.aliases.join(", ") }</p>
            }
            if !figures.is_empty() {
                <ul class="person-figures">
                    { for figures.iter().map(|f| html! {
                        <li>
                            <span class="pf-label">{ &f.label }</span>{ " " }
                            <strong>{ if f.unit == "people" { f.display.clone() } else { format!("{} {}", f.display, f.unit) } }</strong>
                            <span class="muted">{ format!(" · {}", plural(f.outlets, "outlet", "outlets")) }</span>
                        </li>
                    }) }
                </ul>
            }
            <p class="reported">{ format!("Named by {}", plural(p.outlets, "outlet", "outlets")) }</p>
            { sources(props, &p.id, &p.mentions, props.catalog.0.outlets_of(&p.mentions).join(", ")) }
        </article>
    }
}
