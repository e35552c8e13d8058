//! A figure: the number as written, what it counts, whom it concerns, who reports it, conflicts and checks.
use factlens_engine::model::ConflictKind;
use yew::prelude::*;

use super::quotes::{plural, sources};
use super::CardProps;
use crate::state::catalog::{name_list, number_text, shortlist};
use crate::state::view::Action;
use factlens_engine::model::Figure;

/// The values of a conflict, this card's first, a few at most.
fn conflict_values<'a>(
    c: &factlens_engine::model::Conflict,
    f: &Figure,
    value_of: &dyn Fn(&str) -> Option<&'a Figure>,
    outlets_of: &dyn Fn(&[factlens_engine::model::Mention]) -> String,
) -> Html {
    let values: Vec<&Figure> = c.figures.iter().filter_map(|id| value_of(id)).collect();
    let (shown, hidden) = shortlist(&values, &f.id, 6);
    html! {
        <ul>
            { for shown.iter().map(|&i| values[i]).map(|x| html! {
                <li aria-current={(x.id == f.id).then_some("true")}>
                    <strong>{ with_unit(x) }</strong>{ format!(" — {}", outlets_of(&x.mentions)) }
                </li>
            }) }
            if hidden > 0 {
                <li class="muted">{ format!("and {hidden} other values") }</li>
            }
        </ul>
    }
}

/// The number as written, with its unit where the label does not already say it: "11 years".
pub fn with_unit(f: &factlens_engine::model::Figure) -> String {
    let said = f.unit == "people" || f.label.split(' ').any(|w| w == f.unit) || f.display.split(' ').any(|w| w == f.unit);
    if said {
        f.display.clone()
    } else {
        format!("{} {}", f.display, if f.value == 1.0 { f.unit.trim_end_matches('s') } else { &f.unit })
    }
}

pub fn figure_card(props: &CardProps) -> Html {
    let facts = &props.catalog.0.facts;
    let f = &facts.figures[props.index];
    let catalog = &props.catalog.0;
    let subject = f.subject.as_deref().and_then(|id| catalog.person(id));
    let outlets_of = |mentions: &[factlens_engine::model::Mention]| name_list(&props.catalog.0.outlets_of(mentions), 3);
    let conflicts: Vec<_> = catalog.index.conflicts_of[props.index].iter().map(|&c| &facts.conflicts[c]).collect();
    let checks: Vec<_> = catalog.index.checks_of[props.index].iter().map(|&c| &facts.checks[c]).collect();
    let value_of = |id: &str| catalog.figure(id);
    html! {
        <article data-kind="figure" id={format!("card-{}", f.id)} class="card" data-open={props.open.then_some("")} data-contested={(!conflicts.is_empty()).then_some("")} aria-labelledby={format!("h-{}", f.id)}>
            <p class="kind">{ "Figure" }</p>
            <h2 id={format!("h-{}", f.id)}>
                <span class="value">{ with_unit(f) }</span>{ " " }
                <span class="label">{ &f.label }</span>
            </h2>
            if let Some(p) = subject {
                <p class="subject">{ "Concerns " }
                    <a href={format!("#open={}", p.id)} onclick={{ let id = p.id.clone(); props.dispatch.reform(move |e: MouseEvent| { e.prevent_default(); Action::ToggleCard(id.clone()) }) }}>{ &p.name }</a>
                </p>
            }
            <p class="reported">{ format!("Reported by {}", plural(f.outlets, "outlet", "outlets")) }</p>
            { for conflicts.iter().map(|c| html! {
                <div class="conflict">
                    <p class="badge">{ match c.kind {
                        ConflictKind::Contradiction => "Outlets disagree",
                        ConflictKind::Imprecise => "Outlets differ in precision",
                        ConflictKind::Mixed => "Other values reported (they may count something else)",
                    } }</p>
                    { conflict_values(c, f, &value_of, &outlets_of) }
                </div>
            }) }
            { for checks.iter().map(|c| {
                let parts: Vec<String> = c.parts.iter().filter_map(|id| value_of(id)).map(|x| format!("{} ({})", number_text(x.value), x.label)).collect();
                let total = value_of(&c.total).map_or(String::new(), |x| number_text(x.value));
                html! {
                    <p class="check" data-holds={if c.holds { "true" } else { "false" }}>
                        { format!("{} = {} {} total {}", parts.join(" + "), number_text(c.sum), if c.holds { "✓ matches the" } else { "✗ does not match the" }, total) }
                    </p>
                }
            }) }
            { sources(props, &f.id, &f.mentions, outlets_of(&f.mentions)) }
        </article>
    }
}
