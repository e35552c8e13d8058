//! A figure: its value in digits, what it counts, whom it concerns, who reports it (a meter of the
//! outlets), and checks; a disputed quantity shows every value side by side on a number line.
use factlens_engine::model::ConflictKind;
use yew::prelude::*;

use super::{CardProps, Parts};
use crate::format::{number, with_unit};
use crate::state::catalog::{name_list, shortlist, CardKind, Catalog};
use crate::state::numberline::{self, WIDTH};
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

/// How many of the corpus's outlets report it, as a bar and in words ("5 of 5 outlets").
fn meter(n: usize, of: usize) -> Html {
    let w = if of == 0 { 0 } else { (n * 48).div_ceil(of) };
    html! {
        <p class="reported">
            <svg class="meter" viewBox="0 0 48 8" aria-hidden="true" focusable="false">
                <rect class="track" x="0.5" y="0.5" width="47" height="7" rx="2" />
                <rect class="fill" width={w.to_string()} height="8" rx="2" />
            </svg>
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
    let caption = if misfits.is_empty() {
        "On the line, every value's range overlaps the others: all can be true at once.".to_string()
    } else {
        format!(
            "On the line, {} cannot be true together with {}, the most reported.",
            misfits.join(" and "),
            with_unit(&facts.figures[lead])
        )
    };
    let rows = shown.len() as i32;
    let height = rows * 16 + 18;
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
                    { for line.spans.iter().enumerate().map(|(row, s)| {
                        let y = (row as i32 * 16 + 8).to_string();
                        let class = if s.fits { "span" } else { "span off" };
                        html! {
                            <g class={class}>
                                <line x1={s.from.to_string()} x2={s.to.to_string()} y1={y.clone()} y2={y.clone()} />
                                if s.open_from { <path d={format!("M{} {}l6 -4v8z", s.from, row as i32 * 16 + 8)} /> }
                                if s.open_to { <path d={format!("M{} {}l-6 -4v8z", s.to, row as i32 * 16 + 8)} /> }
                                <circle cx={s.at.to_string()} cy={y} r="4" />
                            </g>
                        }
                    }) }
                    <line class="axis" x1="0" x2={WIDTH.to_string()} y1={(rows * 16 + 2).to_string()} y2={(rows * 16 + 2).to_string()} />
                    { for [line.low, line.high].iter().enumerate().filter(|(i, t)| *i == 0 || t.1 != line.low.1).map(|(_, &(v, x))| html! {
                        <text x={x.to_string()} y={(rows * 16 + 15).to_string()} text-anchor="middle">{ number(v) }</text>
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
