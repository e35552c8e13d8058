//! The editor's tools beside the reader's cards, the engine's questions, and the article list.
use factlens_engine::curation::{Answer, EntityKind};
use factlens_engine::curation_write::{Change, Target};
use factlens_engine::model::{CardId, ConflictKind, Facts};
use factlens_engine::suggest::{Question, Suggestion};
use yew::html::Scope;
use yew::prelude::*;

use super::dialog::Dialog;
use super::session::figure_target;
use super::{Editor, Msg};
use crate::components::card as card_view;
use crate::format::plural;
use crate::state::catalog::{Card as CatalogCard, CardKind, Catalog};
use crate::state::view::{Action, Model};

fn button(label: &str, described: &str, msg: impl Fn() -> Msg + 'static, link: &Scope<Editor>) -> Html {
    html! {
        <button type="button" aria-describedby={described.to_string()} onclick={link.callback(move |_| msg())}>{ label.to_string() }</button>
    }
}

/// The reader's cards as the next build shows them, each with the editor's tools.
pub fn cards(model: &Model, dispatch: &Callback<Action>, pins: &[CardId], link: &Scope<Editor>) -> Html {
    let open = model.view.open.as_ref();
    let shown = &model.results.cards;
    html! {
        <section class="results" aria-label="Cards">
            <p class="result-count" role="status" aria-live="polite">{ plural(shown.len(), "card", "cards") + " shown" }</p>
            <div id="fl-results" class="cards">
                { for shown.iter().take(model.limit).map(|&i| {
                    let card = &model.catalog.cards[i];
                    html! {
                        <div class="edit-card" key={card.id.as_str()}>
                            { card_view(&model.catalog, i, open == Some(&card.id), model.all_quotes.contains(&card.id)) }
                            <div class="tools" role="group" aria-label={format!("Edit {}", card.title)}>
                                { tools(&model.catalog, card, link) }
                                { pin(&card.id, pins.contains(&card.id), link) }
                            </div>
                        </div>
                    }
                }) }
            </div>
            if shown.len() > model.limit {
                <button type="button" class="more" onclick={dispatch.reform(|_| Action::ShowMore)}>{ "Show more" }</button>
            }
        </section>
    }
}

/// The tools of one card; each button is described by the card's heading (`h-` and the catalog's
/// card id: a disputed quantity's card is known by its dispute, not by its first figure).
fn tools(catalog: &Catalog, card: &CatalogCard, link: &Scope<Editor>) -> Html {
    let facts = &catalog.facts;
    let (kind, index) = (card.kind, card.index);
    let heading = format!("h-{}", card.id);
    match kind {
        CardKind::Person => {
            let p = &facts.people[index];
            let name = p.name.clone();
            let splittable = p.aliases.iter().any(|a| a.contains(' '));
            let hide = {
                let n = name.clone();
                move || Msg::Make(vec![Change::Hide(Target::Person(n.clone()))])
            };
            html! {
                <>
                    { button("Hide", &heading, hide, link) }
                    { button("Merge…", &heading, move || Msg::Open(Dialog::merge(None, index)), link) }
                    if splittable {
                        { button("Split…", &heading, move || Msg::Open(Dialog::Split { person: index }), link) }
                    }
                    { button("Role…", &heading, move || Msg::Open(Dialog::Role { person: index, text: String::new() }), link) }
                </>
            }
        }
        CardKind::Figure => {
            let f = &facts.figures[index];
            let Some((file, words)) = figure_target(facts, index) else { return Html::default() };
            let contested = facts.conflicts.iter().any(|c| c.kind != ConflictKind::Mixed && c.figures.contains(&f.id));
            let answer = |a: Answer| {
                let (file, words) = (file.clone(), words.clone());
                move || Msg::Make(vec![Change::Answer { file: file.clone(), words: words.clone(), answer: a }])
            };
            let hide = {
                let (file, words) = (file.clone(), words.clone());
                move || Msg::Make(vec![Change::Hide(Target::Figure { file: file.clone(), words: words.clone() })])
            };
            html! {
                <>
                    { button("Hide", &heading, hide, link) }
                    { button("Label…", &heading, move || Msg::Open(Dialog::Label { figure: index, text: String::new() }), link) }
                    if contested {
                        { button("Not a disagreement", &heading, answer(Answer::NotADisagreement), link) }
                        { button("A different quantity", &heading, answer(Answer::DifferentQuantity), link) }
                    }
                </>
            }
        }
        CardKind::Organisation | CardKind::Place => {
            let kind = if kind == CardKind::Place { EntityKind::Place } else { EntityKind::Organisation };
            let list = if kind == EntityKind::Place { &facts.places } else { &facts.organisations };
            let e = &list[index];
            let name = e.name.clone();
            let hide = move || Msg::Make(vec![Change::Hide(Target::Entity(kind, name.clone()))]);
            html! {
                <>
                    { button("Hide", &heading, hide, link) }
                    { button("Merge…", &heading, move || Msg::Open(Dialog::merge(Some(kind), index)), link) }
                </>
            }
        }
    }
}

/// Pins a card for the embed (a toggle button).
fn pin(id: &CardId, pinned: bool, link: &Scope<Editor>) -> Html {
    let id = id.clone();
    let heading = format!("h-{id}");
    html! {
        <button type="button" aria-pressed={if pinned { "true" } else { "false" }} aria-describedby={heading} onclick={link.callback(move |_| Msg::Pin(id.clone()))}>{ "Pin for the embed" }</button>
    }
}

/// The engine's doubts as one-click questions.
pub fn suggestions(list: &[Suggestion], catalog: &Catalog, link: &Scope<Editor>) -> Html {
    let facts = &catalog.facts;
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section class="questions" aria-labelledby="ed-questions-h">
            <h2 id="ed-questions-h">{ format!("The engine was unsure ({})", list.len()) }</h2>
            <ul>
                { for list.iter().enumerate().map(|(i, s)| {
                    let id = format!("ed-q-{i}");
                    let (ask, action): (String, Html) = match &s.question {
                        Question::SamePerson { a, b, why } => {
                            let (na, nb) = (facts.people[*a].name.clone(), facts.people[*b].name.clone());
                            let names = vec![na.clone(), nb.clone()];
                            let merge = move || Msg::Make(vec![Change::Merge { names: names.clone(), lead: None }]);
                            let (a, b) = (na.clone(), nb.clone());
                            let apart = move || Msg::Make(vec![Change::Apart(a.clone(), b.clone())]);
                            let answers = html! { <>{ button("Merge them", &id, merge, link) }{ button("No, two people", &id, apart, link) }</> };
                            (format!("Same person? {na} / {nb} ({why})"), answers)
                        }
                        Question::IsPerson { name, mentions } => {
                            let (person, other) = (name.clone(), name.clone());
                            let yes = move || Msg::Make(vec![Change::Person(person.clone())]);
                            let no = move || Msg::Make(vec![Change::NotPerson(other.clone())]);
                            let times = if *mentions == 1 { "once".to_string() } else { format!("{mentions} times") };
                            (format!("Is {name} a person? (named {times}, nothing in the text says so)"), html! { <>{ button("Yes, a person", &id, yes, link) }{ button("No", &id, no, link) }</> })
                        }
                        Question::Unlabelled { figure } => {
                            let f = &facts.figures[*figure];
                            let figure = *figure;
                            (format!("What does {} count?", f.display), button("Label…", &id, move || Msg::Open(Dialog::Label { figure, text: String::new() }), link))
                        }
                    };
                    html! {
                        <li>
                            <p id={id.clone()}>{ ask }</p>
                            <ul class="evidence">{ for s.evidence.iter().map(|q| html! { <li><q>{ q.clone() }</q></li> }) }</ul>
                            { action }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// Every article with its outlet, headline, date and address, each editable.
pub fn articles(facts: &Facts, link: &Scope<Editor>) -> Html {
    html! {
        <section class="articles" aria-labelledby="ed-articles-h">
            <h2 id="ed-articles-h">{ "Articles" }</h2>
            <ul>
                { for facts.documents.iter().enumerate().map(|(doc, d)| {
                    let id = format!("ed-doc-{doc}");
                    let dialog = Dialog::article(d, doc);
                    html! {
                        <li>
                            <p id={id.clone()}><strong>{ d.outlet.clone().unwrap_or_else(|| "Outlet unknown".into()) }</strong>{ ": " }{ d.title.clone() }</p>
                            <button type="button" aria-describedby={id} onclick={link.callback(move |_| Msg::Open(dialog.clone()))}>{ format!("Edit details of {}", d.file) }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
