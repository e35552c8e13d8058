//! The search field: instant, and the hook (`input[type=search]`) host pages and tests rely on.
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::view::Action;

pub fn search_box(text: &str, on_action: &Callback<Action>) -> Html {
    let oninput = on_action.reform(|e: InputEvent| Action::SetText(e.target_unchecked_into::<HtmlInputElement>().value()));
    html! {
        <div class="search">
            <label for="fl-search">{ "Search people and figures" }</label>
            <input id="fl-search" type="search" value={text.to_string()} {oninput}
                placeholder="Name, role, number…" autocomplete="off" spellcheck="false" aria-controls="fl-results" />
        </div>
    }
}
