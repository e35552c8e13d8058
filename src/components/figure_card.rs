//! A figure: the number as written, what it counts, whom it concerns, who reports it, conflicts and checks.
use factlens_engine::model::ConflictKind;
use yew::prelude::*;

use super::quotes::plural;
use super::{CardProps, Parts};
use crate::state::catalog::{name_list, number_text, shortlist, CardKind, Catalog};
use crate::state::view::Action;

/// The values of conflict `c`, this card's (`f`) first, a few at most, each with its outlets.
fn conflict_values(catalog: &Catalog, c: usize, f: usize) -> Html {
    let members = &catalog.index.conflict_figures[c];
    let (shown, hidden) = shortlist(&catalog.index.conflict_ranked[c], members.iter().position(|&x| x == f), 6);
    html! {
        <ul>
            { for shown.iter().map(|&at| members[at]).map(|x| html! {
                <li aria-current={(x == f).then_some("true")}>
                    <strong>{ with_unit(&catalog.facts.figures[x]) }</strong>{ format!(" — {}", outlets(catalog, x)) }
                </li>
            }) }
            if hidden > 0 {
                <li class="muted">{ format!("and {hidden} other values") }</li>
            }
        </ul>
    }
}

/// The outlets that report a figure, three named at most: a value of a large corpus can have dozens.
fn outlets(catalog: &Catalog, figure: usize) -> String {
    name_list(&catalog.outlets_of(catalog.card_of(CardKind::Figure, figure)), 3)
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

pub fn figure_card(props: &CardProps) -> Parts<'_> {
    let catalog = &props.catalog.0;
    let facts = &catalog.facts;
    let f = &facts.figures[props.index];
    let subject = f.subject.as_deref().and_then(|id| catalog.person(id));
    let conflicts = &catalog.index.conflicts_of[props.index];
    let checks: Vec<_> = catalog.index.checks_of[props.index].iter().map(|&c| &facts.checks[c]).collect();
    let value_of = |id: &str| catalog.figure(id);
    Parts {
        id: &f.id,
        contested: !conflicts.is_empty(),
        title: html! { <><span class="value">{ with_unit(f) }</span>{ format!(" {}", f.label) }</> },
        before: html! {
            if let Some(p) = subject {
                <p>{ "Concerns " }
                    <a href={format!("#open={}", p.id)} onclick={{ let id = p.id.clone(); props.dispatch.reform(move |e: MouseEvent| { e.prevent_default(); Action::ToggleCard(id.clone()) }) }}>{ &p.name }</a>
                </p>
            }
        },
        reported: format!("Reported by {}", plural(f.outlets, "outlet", "outlets")),
        after: html! {
            <>
                { for conflicts.iter().map(|&c| html! {
                    <div class="conflict">
                        <p class="badge">{ match facts.conflicts[c].kind {
                            ConflictKind::Contradiction => "Outlets disagree",
                            ConflictKind::Imprecise => "Outlets differ in precision",
                            ConflictKind::Mixed => "Other values reported (they may count something else)",
                        } }</p>
                        { conflict_values(catalog, c, props.index) }
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
            </>
        },
        mentions: &f.mentions,
        outlets: outlets(catalog, props.index),
    }
}
