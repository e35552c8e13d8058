//! A bare yew app for comparison: a search box filtering three keyed cards.
use yew::prelude::*;
#[component]
fn Card(props: &CardProps) -> Html {
    html! { <article data-kind="person"><h2>{ props.name.clone() }</h2><p>{ "A card" }</p></article> }
}
#[derive(Properties, PartialEq)]
struct CardProps {
    name: AttrValue,
}
#[component]
fn App() -> Html {
    let q = use_state(String::new);
    let oninput = {
        let q = q.clone();
        Callback::from(move |e: InputEvent| q.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
    };
    html! { <main><input {oninput} value={(*q).clone()} />{ for ["A", "B", "C"].iter().filter(|n| n.contains(q.as_str())).map(|n| html!{ <Card key={*n} name={*n} /> }) }</main> }
}
fn main() {
    yew::Renderer::<App>::new().render();
}
