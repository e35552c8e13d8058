//! A figure: the number as written, what it counts, whom it concerns, who reports it, conflicts and checks.
use factlens_engine::model::ConflictKind;
use yew::prelude::*;

use super::person_card::plural;
use super::quotes::Sources;
use super::CardProps;
use crate::state::catalog::number_text;
use crate::state::view::Action;

/// The number as written, with its unit where the label does not already say it: "11 years".
pub fn with_unit(f: &factlens_engine::model::Figure) -> String {
    let said = f.unit == "people" || f.label.split(' ').any(|w| w == f.unit) || f.display.split(' ').any(|w| w == f.unit);
    if said {
        f.display.clone()
    } else {
        format!("{} {}", f.display, if f.value == 1.0 { f.unit.trim_end_matches('s') } else { &f.unit })
    }
}

#[component]
pub fn FigureCard(props: &CardProps) -> Html {
    let facts = &props.catalog.0.facts;
    let f = &facts.figures[props.index];
    let subject = f.subject.as_ref().and_then(|id| facts.people.iter().find(|p| &p.id == id));
    let outlets_of = |mentions: &[factlens_engine::model::Mention]| props.catalog.0.outlets_of(mentions).join(", ");
    let conflicts: Vec<_> = facts.conflicts.iter().filter(|c| c.figures.contains(&f.id)).collect();
    let checks: Vec<_> = facts.checks.iter().filter(|c| c.total == f.id || c.parts.contains(&f.id)).collect();
    let id = f.id.clone();
    let toggle = props.dispatch.reform(move |_| Action::ToggleCard(id.clone()));
    let value_of = |id: &str| facts.figures.iter().find(|x| x.id == id);
    html! {
        <article data-kind="figure" id={format!("card-{}", f.id)} class={classes!("card", props.open.then_some("open"), (!conflicts.is_empty()).then_some("contested"))} aria-labelledby={format!("h-{}", f.id)}>
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
                <div class={classes!("conflict", (c.kind == ConflictKind::Contradiction).then_some("contradiction"))}>
                    <p class="badge">{ if c.kind == ConflictKind::Contradiction { "Outlets disagree" } else { "Outlets differ in precision" } }</p>
                    <ul>
                        { for c.figures.iter().filter_map(|id| value_of(id)).map(|x| html! {
                            <li class={classes!((x.id == f.id).then_some("this"))}>
                                <strong>{ with_unit(x) }</strong>{ format!(" — {}", outlets_of(&x.mentions)) }
                            </li>
                        }) }
                    </ul>
                </div>
            }) }
            { for checks.iter().map(|c| {
                let parts: Vec<String> = c.parts.iter().filter_map(|id| value_of(id)).map(|x| format!("{} ({})", number_text(x.value), x.label)).collect();
                let total = value_of(&c.total).map_or(String::new(), |x| number_text(x.value));
                html! {
                    <p class={classes!("check", if c.holds { "holds" } else { "fails" })}>
                        { format!("{} = {} {} total {}", parts.join(" + "), number_text(c.sum), if c.holds { "✓ matches the" } else { "✗ does not match the" }, total) }
                    </p>
                }
            }) }
            <Sources card={f.id.clone()} mentions={f.mentions.clone()} outlets={outlets_of(&f.mentions)} open={props.open} on_toggle={toggle} />
        </article>
    }
}
