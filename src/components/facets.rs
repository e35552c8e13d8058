//! Filters with counts (kind, outlet, contested) and the sort order.
// Functions, not components, here and in results.rs and search_box.rs: they change with every
// keystroke anyway, and each component type adds its own yew lifecycle code to the wasm.
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::Ctx;
use crate::state::query::Sort;
use crate::state::view::Action;

pub fn facets(ctx: &Ctx) -> Html {
    let model = &ctx.model;
    let q = &model.view.query;
    let f = &model.results.facets;
    let check = |id: String, label: String, count: usize, checked: bool, action: Action| {
        let dispatch = ctx.dispatch.clone();
        let onchange = Callback::from(move |_: Event| dispatch.emit(action.clone()));
        html! {
            <li>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                <label for={id}>{ label }<span class="count">{ format!(" ({count})") }</span></label>
            </li>
        }
    };
    let on_sort = {
        let dispatch = ctx.dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.emit(Action::SetSort(Sort::parse(&value).unwrap_or_default()))
        })
    };
    let filtered = !q.kinds.is_empty() || !q.outlets.is_empty() || q.contested || !q.text.is_empty();
    html! {
        <div class="facets">
            <fieldset>
                <legend>{ "Show" }</legend>
                <ul>
                    { for model.catalog.kinds.iter().map(|&k| check(
                        format!("fl-kind-{}", k.as_str()), k.plural().into(), f.kinds[k as usize], q.kinds.contains(&k), Action::ToggleKind(k))) }
                    { check("fl-contested".into(), "Contested only".into(), f.contested, q.contested, Action::SetContested(!q.contested)) }
                </ul>
            </fieldset>
            <fieldset>
                <legend>{ "Outlets" }</legend>
                <ul>
                    { for model.catalog.outlets.iter().enumerate().map(|(i, name)| check(
                        format!("fl-outlet-{i}"), name.clone(), f.outlets[i], q.outlets.contains(name), Action::ToggleOutlet(name.clone()))) }
                </ul>
            </fieldset>
            <div class="sort">
                <label for="fl-sort">{ "Sort by" }</label>
                <select id="fl-sort" onchange={on_sort}>
                    { for Sort::ALL.iter().map(|s| html! { <option value={s.as_str()} selected={*s == q.sort}>{ s.label() }</option> }) }
                </select>
            </div>
            if filtered {
                <button type="button" class="link" onclick={ctx.dispatch.reform(|_| Action::ClearFilters)}>{ "Clear search and filters" }</button>
            }
        </div>
    }
}
