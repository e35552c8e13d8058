//! Filters with counts (kind, outlet, contested) and the sort order; `delegate::on_change` answers
//! their `data-act`.
// yew elements, not markup text like the cards: a redrawn filter list would replace the checkbox a
// reader just used, and dropping a focused element cost a filter step 2–6 ms of style and focus work.
use yew::prelude::*;

use super::Ctx;
use crate::state::query::Sort;

pub fn facets(ctx: &Ctx) -> Html {
    let model = &ctx.model;
    let q = &model.view.query;
    let f = &model.results.facets;
    let check = |id: String, label: &str, count: usize, checked: bool, act: &'static str, value: &str| {
        let mut shown = String::from(" (");
        crate::format::integer(&mut shown, count as u64);
        shown.push(')');
        html! {
            <li>
                <input type="checkbox" id={id.clone()} {checked} data-act={act} data-value={value.to_string()} />
                <label for={id}>{ label.to_string() }<span class="count">{ shown }</span></label>
            </li>
        }
    };
    let filtered = !q.kinds.is_empty() || !q.outlets.is_empty() || q.contested || !q.text.is_empty();
    html! {
        <div class="facets">
            <fieldset>
                <legend>{ "Show" }</legend>
                <ul>
                    { for model.catalog.kinds.iter().map(|&k| check(
                        ["fl-kind-", k.as_str()].concat(), k.plural(), f.kinds[k as usize], q.kinds.contains(&k), "kind", k.as_str())) }
                    { check("fl-contested".into(), "Contested only", f.contested, q.contested, "contested", "") }
                </ul>
            </fieldset>
            <fieldset>
                <legend>{ "Outlets" }</legend>
                <ul>
                    { for model.catalog.outlets.iter().enumerate().map(|(i, name)| {
                        let mut id = String::from("fl-outlet-");
                        crate::format::integer(&mut id, i as u64);
                        check(id, name, f.outlets[i], q.outlets.contains(name), "outlet", name)
                    }) }
                </ul>
            </fieldset>
            <div class="sort">
                <label for="fl-sort">{ "Sort by" }</label>
                <select id="fl-sort" data-act="sort">
                    { for Sort::ALL.iter().map(|s| html! { <option value={s.as_str()} selected={*s == q.sort}>{ s.label() }</option> }) }
                </select>
            </div>
            if filtered {
                <button type="button" class="link" data-act="clear">{ "Clear search and filters" }</button>
            }
        </div>
    }
}
