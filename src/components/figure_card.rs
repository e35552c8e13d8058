//! A figure: its value in digits, what it counts, whom it concerns, who reports it (a meter of the
//! outlets), and checks; a disputed quantity shows every value side by side on a number line.
use factlens_engine::model::ConflictKind;
use yew::prelude::*;

use super::{CardProps, Parts};
use crate::format::{number, with_unit};
use crate::state::catalog::{name_list, shortlist, CardKind, Catalog};
use crate::state::numberline::{self, paths, ROW, WIDTH};
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

/// The outlets that give a figure, three named at most: a value of a large corpus can have dozens.
fn outlets(catalog: &Catalog, figure: usize) -> String {
    name_list(&catalog.figure_outlets(figure), 3)
}

/// How many of the corpus's outlets report it, as a meter and in words ("5 of 5 outlets").
fn meter(n: usize, of: usize) -> Html {
    html! {
        <p class="reported">
            <meter aria-hidden="true" max={of.to_string()} value={n.to_string()}></meter>
            { format!("Reported by {n} of {of} outlets") }
        </p>
    }
}

/// A disputed quantity's values side by side (a few, most reported; in order of size), each with
/// its outlets, and the same on a number line; the line's caption says in words what it shows.
fn dispute(catalog: &Catalog, values: &[usize]) -> Html {
    let facts = &catalog.facts;
    let mut shown: Vec<usize> = values.iter().take(6).copied().collect();
    let hidden = values.len() - shown.len();
    let lead = shown[0];
    crate::state::order::sort_by(&mut shown, &|a, b| facts.figures[a].value.total_cmp(&facts.figures[b].value));
    let lead_at = shown.iter().position(|&x| x == lead).unwrap_or(0);
    // the most reported value first: whether each range fits is judged against it
    let mut placed: Vec<(f64, _)> = shown.iter().map(|&x| (facts.figures[x].value, facts.figures[x].qualifier)).collect();
    placed.swap(0, lead_at);
    let mut line = numberline::place(&placed);
    line.spans.swap(0, lead_at);
    let disagree =
        values.iter().flat_map(|&v| &catalog.index.conflicts_of[v]).any(|&c| facts.conflicts[c].kind == ConflictKind::Contradiction);
    let misfits: Vec<String> = shown.iter().zip(&line.spans).filter(|(_, s)| !s.fits).map(|(&x, _)| with_unit(&facts.figures[x])).collect();
    // judged against the most reported value only: two others may still exclude each other
    let caption = format!(
        "On the line, {} be true together with {}, the most reported.",
        if misfits.is_empty() { "every value can".to_string() } else { format!("{} cannot", misfits.join(" and ")) },
        with_unit(&facts.figures[lead])
    );
    let [fit_ranges, fit_marks, off_ranges, off_marks] = paths(&line);
    let axis = shown.len() as i32 * ROW + 2;
    let height = axis + 16;
    html! {
        <div class="dispute">
            <p class="badge">{ if disagree { "Outlets disagree" } else { "Outlets differ in precision" } }</p>
            <ul class="values">
                { for shown.iter().map(|&x| html! {
                    <li><strong>{ with_unit(&facts.figures[x]) }</strong><span>{ outlets(catalog, x) }</span></li>
                }) }
            </ul>
            if hidden > 0 {
                <p class="muted">{ format!("and {hidden} other values") }</p>
            }
            <figure class="numberline">
                <svg viewBox={format!("0 0 {WIDTH} {height}")} aria-hidden="true" focusable="false">
                    // literal classes: a computed class= brings yew's class set (an index set) into the wasm
                    <path class="range" d={fit_ranges} />
                    <path class="mark" d={fit_marks} />
                    <path class="range off" d={off_ranges} />
                    <path class="mark off" d={off_marks} />
                    <path class="axis" d={format!("M0 {axis}H{WIDTH}")} />
                    { for [line.low, line.high].iter().enumerate().filter(|(i, t)| *i == 0 || t.1 != line.low.1).map(|(_, &(v, x))| html! {
                        <text x={x.to_string()} y={(axis + 13).to_string()} text-anchor="middle">{ number(v) }</text>
                    }) }
                </svg>
                <figcaption>{ caption }</figcaption>
            </figure>
        </div>
    }
}

pub fn figure_card(props: &CardProps) -> Parts<'_> {
    let catalog = &props.catalog.0;
    let facts = &catalog.facts;
    let at = catalog.card_of(CardKind::Figure, props.index);
    let card = &catalog.cards[at];
    let f = &facts.figures[card.index];
    let values = if card.values.is_empty() { std::slice::from_ref(&card.index) } else { &card.values[..] };
    let subject = f.subject.as_deref().and_then(|id| catalog.person(id));
    // a disputed quantity shows its dispute once; what an article gives beside a value is listed apart
    let mut conflicts: Vec<usize> = Vec::new();
    let mut checks: Vec<usize> = Vec::new();
    for &v in values {
        let own =
            catalog.index.conflicts_of[v].iter().filter(|&&c| card.values.is_empty() || facts.conflicts[c].kind == ConflictKind::Mixed);
        for &c in own {
            if !conflicts.contains(&c) {
                conflicts.push(c);
            }
        }
        for &c in &catalog.index.checks_of[v] {
            if !checks.contains(&c) {
                checks.push(c);
            }
        }
    }
    let value_of = |id: &str| catalog.figure(id);
    Parts {
        id: &card.id,
        contested: card.contested,
        title: if card.values.is_empty() {
            html! { <><span class="value">{ with_unit(f) }</span>{ format!(" {}", f.label) }</> }
        } else {
            html! { &f.label }
        },
        before: html! {
            <>
                if let Some(p) = subject {
                    <p>{ "Concerns " }
                        <a href={format!("#open={}", p.id)} onclick={{ let id = p.id.clone(); props.dispatch.reform(move |e: MouseEvent| { e.prevent_default(); Action::ToggleCard(id.clone()) }) }}>{ &p.name }</a>
                    </p>
                }
                if !card.values.is_empty() {
                    { dispute(catalog, values) }
                }
            </>
        },
        reported: meter(card.sources.len(), catalog.outlets.len()),
        after: html! {
            <>
                { for conflicts.iter().map(|&c| html! {
                    <div class="conflict">
                        <p class="badge">{ match facts.conflicts[c].kind {
                            ConflictKind::Contradiction => "Outlets disagree",
                            ConflictKind::Imprecise => "Outlets differ in precision",
                            ConflictKind::Mixed => "Other values reported (they may count something else)",
                        } }</p>
                        { conflict_values(catalog, c, card.index) }
                    </div>
                }) }
                { for checks.iter().map(|&c| {
                    let c = &facts.checks[c];
                    let parts: Vec<String> = c.parts.iter().filter_map(|id| value_of(id)).map(|x| format!("{} ({})", number(x.value), x.label)).collect();
                    let total = value_of(&c.total).map_or(String::new(), |x| number(x.value));
                    html! {
                        <p class="check" data-holds={if c.holds { "true" } else { "false" }}>
                            { format!("{} = {} {} total {}", parts.join(" + "), number(c.sum), if c.holds { "✓ matches the" } else { "✗ does not match the" }, total) }
                        </p>
                    }
                }) }
            </>
        },
        mentions: values.iter().flat_map(|&v| &facts.figures[v].mentions).collect(),
        outlets: name_list(&catalog.outlets_of(at), 5),
    }
}
