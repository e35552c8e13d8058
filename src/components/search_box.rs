//! The search field: instant, and the hook (`input[type=search]`) host pages and tests rely on.
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::view::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn SearchBox(props: &Props) -> Html {
    let oninput = props.on_action.reform(|e: InputEvent| Action::SetText(e.target_unchecked_into::<HtmlInputElement>().value()));
    html! {
        <div class="search">
            <label for="fl-search">{ "Search people and figures" }</label>
            <input id="fl-search" type="search" value={props.text.clone()} {oninput}
                placeholder="Name, role, number…" autocomplete="off" spellcheck="false" aria-controls="fl-results" />
        </div>
    }
}
