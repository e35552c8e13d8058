//! The editor's dialogs (WAI-ARIA dialog, modal): merge with a searchable list (combobox and
//! listbox), split an alias off, a person's role, a figure's label, an article's details.
use std::cell::RefCell;

use factlens_engine::curation::EntityKind;
use factlens_engine::curation_write::{Change, Field};
use factlens_engine::fold::fold;
use factlens_engine::model::{Document, Facts};
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::html::Scope;
use yew::prelude::*;

use super::session::figure_target;
use super::{Editor, Msg};

#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    /// `kind`: an organisation or place (`None`: a person); `person`: the card's index in its list;
    /// `active`: the highlighted option; `other`: the card picked; `lead_other`: its name leads.
    Merge {
        kind: Option<EntityKind>,
        person: usize,
        query: String,
        active: usize,
        other: Option<usize>,
        lead_other: bool,
    },
    Split {
        person: usize,
    },
    Role {
        person: usize,
        text: String,
    },
    Label {
        figure: usize,
        text: String,
    },
    /// outlet, headline, date, url as the form holds them
    Article {
        doc: usize,
        file: String,
        fields: [String; 4],
        before: [String; 4],
    },
}

impl Dialog {
    pub fn merge(kind: Option<EntityKind>, person: usize) -> Dialog {
        Dialog::Merge { kind, person, query: String::new(), active: 0, other: None, lead_other: false }
    }

    pub fn article(d: &Document, doc: usize) -> Dialog {
        let fields =
            [d.outlet.clone().unwrap_or_default(), d.title.clone(), d.date.clone().unwrap_or_default(), d.url.clone().unwrap_or_default()];
        Dialog::Article { doc, file: d.file.clone(), before: fields.clone(), fields }
    }
}

/// The names and other spellings of the cards a merge picks among: people, organisations or places.
pub fn named(facts: &Facts, kind: Option<EntityKind>) -> Vec<(&str, &[String])> {
    match kind {
        None => facts.people.iter().map(|p| (p.name.as_str(), p.aliases.as_slice())).collect(),
        Some(EntityKind::Organisation) => facts.organisations.iter().map(|e| (e.name.as_str(), e.aliases.as_slice())).collect(),
        Some(EntityKind::Place) => facts.places.iter().map(|e| (e.name.as_str(), e.aliases.as_slice())).collect(),
    }
}

/// The cards of `person`'s kind it may be merged with whose names or spellings contain `query`, by index.
pub fn candidates(facts: &Facts, kind: Option<EntityKind>, person: usize, query: &str) -> Vec<usize> {
    let q = fold(query.trim());
    named(facts, kind)
        .iter()
        .enumerate()
        .filter(|&(i, (name, aliases))| {
            i != person && std::iter::once(*name).chain(aliases.iter().map(String::as_str)).any(|n| fold(n).contains(&q))
        })
        .map(|(i, _)| i)
        .collect()
}

thread_local! {
    /// The control that opened the dialog: focus goes back to it on close.
    static OPENER: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
}

/// Opens the dialog as a modal or closes it, moving focus in and back.
pub fn sync(modal: &NodeRef, open: bool) {
    let Some(dialog) = modal.cast::<HtmlDialogElement>() else { return };
    if open && !dialog.open() {
        let active = gloo::utils::document().active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
        OPENER.with(|o| *o.borrow_mut() = active);
        let _ = dialog.show_modal();
    } else if !open {
        if dialog.open() {
            dialog.close();
        }
        if let Some(el) = OPENER.with(|o| o.borrow_mut().take()) {
            let _ = el.focus();
        }
    }
}

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

pub fn view(dialog: Option<&Dialog>, facts: &Facts, modal: &NodeRef, link: &Scope<Editor>) -> Html {
    // Escape closes a modal dialog natively: the editor's state follows
    let oncancel = link.callback(|e: Event| {
        e.prevent_default();
        Msg::Close
    });
    let (title, body) = match dialog {
        Some(d) => content(d, facts, link),
        None => (String::new(), Html::default()),
    };
    html! {
        <dialog ref={modal.clone()} class="ed-dialog" aria-labelledby="ed-dialog-h" {oncancel}>
            if dialog.is_some() {
                <h2 id="ed-dialog-h">{ title }</h2>
                { body }
            }
        </dialog>
    }
}

fn actions(ok: &str, ok_enabled: bool, link: &Scope<Editor>) -> Html {
    html! {
        <div class="row">
            <button type="submit" class="primary" disabled={!ok_enabled}>{ ok.to_string() }</button>
            <button type="button" onclick={link.callback(|_| Msg::Close)}>{ "Cancel" }</button>
        </div>
    }
}

/// A form whose submit sends `changes` (if any).
fn form(changes: Option<Vec<Change>>, body: Html, ok: &str, link: &Scope<Editor>) -> Html {
    let enabled = changes.is_some();
    let onsubmit = link.batch_callback(move |e: SubmitEvent| {
        e.prevent_default();
        changes.clone().map(Msg::Make)
    });
    html! { <form {onsubmit}>{ body }{ actions(ok, enabled, link) }</form> }
}

fn content(dialog: &Dialog, facts: &Facts, link: &Scope<Editor>) -> (String, Html) {
    match dialog.clone() {
        Dialog::Merge { kind, person, query, active, other, lead_other } => {
            let cards = named(facts, kind);
            let name = |i: usize| cards[i].0.to_string();
            let me = name(person);
            let found = candidates(facts, kind, person, &query);
            let active = active.min(found.len().saturating_sub(1));
            let state = Dialog::Merge { kind, person, query: query.clone(), active, other, lead_other };
            let oninput = {
                let s = state.clone();
                link.callback(move |e: InputEvent| {
                    let Dialog::Merge { kind, person, lead_other, .. } = s else { return Msg::Close };
                    Dialog::Merge { kind, person, query: input_value(&e), active: 0, other: None, lead_other }.into_edit()
                })
            };
            let onkeydown = {
                let (s, found) = (state.clone(), found.clone());
                link.batch_callback(move |e: KeyboardEvent| {
                    let Dialog::Merge { kind, person, query, active, lead_other, .. } = s.clone() else { return None };
                    let go = |active: usize, other: Option<usize>| {
                        Some(Dialog::Merge { kind, person, query: query.clone(), active, other, lead_other }.into_edit())
                    };
                    match e.key().as_str() {
                        "ArrowDown" if !found.is_empty() => {
                            e.prevent_default();
                            go((active + 1).min(found.len() - 1), None)
                        }
                        "ArrowUp" => {
                            e.prevent_default();
                            go(active.saturating_sub(1), None)
                        }
                        "Enter" if !found.is_empty() => {
                            e.prevent_default();
                            go(active, Some(found[active]))
                        }
                        _ => None,
                    }
                })
            };
            let option_id = |i: usize| format!("ed-merge-opt-{i}");
            let listbox = html! {
                <ul id="ed-merge-list" role="listbox" aria-label="Cards to merge with">
                    { for found.iter().enumerate().map(|(pos, &i)| {
                        let (p_name, p_aliases) = cards[i];
                        let selected = other == Some(i);
                        let pick = { let s = state.clone(); link.callback(move |_| { let mut d = s.clone(); if let Dialog::Merge { other, active, .. } = &mut d { *other = Some(i); *active = pos; } Msg::Edit(d) }) };
                        html! {
                            <li id={option_id(pos)} role="option" aria-selected={if selected { "true" } else { "false" }} data-active={(pos == active).then_some("")} onclick={pick}>
                                { p_name.to_string() }
                                if !p_aliases.is_empty() { <span class="muted">{ format!(" ({})", p_aliases.join(", ")) }</span> }
                            </li>
                        }
                    }) }
                </ul>
            };
            let changes = other.map(|o| {
                let names = vec![me.clone(), name(o)];
                let lead = if lead_other { Some(name(o)) } else { None };
                vec![match kind {
                    None => Change::Merge { names, lead },
                    Some(kind) => Change::MergeEntities { kind, names, lead },
                }]
            });
            let lead = other.map(|o| {
                let other_name = name(o);
                html! {
                    <fieldset>
                        <legend>{ "Name the card shows" }</legend>
                        <label><input type="radio" name="ed-lead" checked={!lead_other} onchange={{ let s = state.clone(); link.callback(move |_| { let mut d = s.clone(); if let Dialog::Merge { lead_other, .. } = &mut d { *lead_other = false } Msg::Edit(d) }) }} />{ format!(" {me}") }</label>
                        <label><input type="radio" name="ed-lead" checked={lead_other} onchange={{ let s = state.clone(); link.callback(move |_| { let mut d = s.clone(); if let Dialog::Merge { lead_other, .. } = &mut d { *lead_other = true } Msg::Edit(d) }) }} />{ format!(" {other_name}") }</label>
                    </fieldset>
                }
            });
            let body = html! {
                <>
                    <label for="ed-merge-input">{ "Find the other card" }</label>
                    <input id="ed-merge-input" type="text" role="combobox" autocomplete="off" aria-autocomplete="list" aria-expanded={if found.is_empty() { "false" } else { "true" }}
                        aria-controls="ed-merge-list" aria-activedescendant={(!found.is_empty()).then(|| option_id(active))} value={query} {oninput} {onkeydown} />
                    { listbox }
                    if let Some(o) = other { <p role="status">{ format!("Merging with {}", name(o)) }</p> }
                    { for lead }
                </>
            };
            (format!("Merge {me} with another card"), form(changes, body, "Merge", link))
        }
        Dialog::Split { person } => {
            let p = &facts.people[person];
            let body = html! {
                <>
                    <p>{ "Which spelling is another person?" }</p>
                    <ul>
                        { for p.aliases.iter().filter(|a| a.contains(' ')).map(|a| {
                            let change = vec![Change::Split(p.name.clone(), a.clone())];
                            html! { <li><button type="button" onclick={link.callback(move |_| Msg::Make(change.clone()))}>{ format!("Split off {a}") }</button></li> }
                        }) }
                    </ul>
                </>
            };
            (format!("Split a spelling off {}", p.name), form(None, body, "Split", link))
        }
        Dialog::Role { person, text } => {
            let p = &facts.people[person];
            let changes = (!text.trim().is_empty()).then(|| vec![Change::Role { name: p.name.clone(), role: text.trim().to_string() }]);
            let oninput = link.callback(move |e: InputEvent| Dialog::Role { person, text: input_value(&e) }.into_edit());
            let body = html! {
                <>
                    <label for="ed-role">{ "Role, as an article words it" }</label>
                    <input id="ed-role" type="text" list="ed-roles" value={text} {oninput} />
                    <datalist id="ed-roles">{ for p.roles.iter().map(|r| html! { <option value={r.clone()} /> }) }</datalist>
                </>
            };
            (format!("Role of {}", p.name), form(changes, body, "Set role", link))
        }
        Dialog::Label { figure, text } => {
            let f = &facts.figures[figure];
            let changes = figure_target(facts, figure)
                .filter(|_| !text.trim().is_empty())
                .map(|(file, words)| vec![Change::Label { file, words, label: text.trim().to_string() }]);
            let oninput = link.callback(move |e: InputEvent| Dialog::Label { figure, text: input_value(&e) }.into_edit());
            let body = html! {
                <>
                    <p>{ format!("Now: {} {} (“{}”)", f.display, f.label, f.mentions.first().map(|m| m.quote.as_str()).unwrap_or_default()) }</p>
                    <label for="ed-label">{ "What it counts" }</label>
                    <input id="ed-label" type="text" value={text} {oninput} />
                </>
            };
            (format!("Label the figure {}", f.display), form(changes, body, "Set label", link))
        }
        Dialog::Article { doc, file, fields, before } => {
            let changed: Vec<Change> = Field::ALL
                .iter()
                .zip(fields.iter().zip(&before))
                .filter(|(_, (now, was))| now.trim() != was.trim())
                .map(|(&field, (now, _))| Change::Article { file: file.clone(), field, value: now.trim().to_string() })
                .collect();
            let changes = (!changed.is_empty()).then_some(changed);
            let inputs = Field::ALL.iter().enumerate().map(|(k, field)| {
                let value = fields[k].clone();
                let (file, fields, before) = (file.clone(), fields.clone(), before.clone());
                let oninput = link.callback(move |e: InputEvent| {
                    let mut fields = fields.clone();
                    fields[k] = input_value(&e);
                    Dialog::Article { doc, file: file.clone(), fields, before: before.clone() }.into_edit()
                });
                let id = format!("ed-article-{}", field.key());
                let kind = match field {
                    Field::Date => "date",
                    Field::Url => "url",
                    _ => "text",
                };
                html! {
                    <p class="field">
                        <label for={id.clone()}>{ field.key() }</label>
                        <input id={id} type={kind} {value} {oninput} />
                    </p>
                }
            });
            let body = html! { <>{ for inputs }</> };
            (format!("Details of {file}"), form(changes, body, "Save details", link))
        }
    }
}

impl Dialog {
    fn into_edit(self) -> Msg {
        Msg::Edit(self)
    }
}
