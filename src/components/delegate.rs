//! One listener for the explorer's buttons, links, checkboxes and sort, which the markup
//! (`src/markup/`) marks with `data-act`: what each asks for, and where focus goes once the page
//! has redrawn (a redrawn card or filter list is a new element, and focus would fall to the page).
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::markup::card::QUOTES;
use crate::state::query::Sort;
use crate::state::url::SourceRef;
use crate::state::view::{Action, Model};
use factlens_engine::model::{CardId, DocId};

/// Where focus goes after the next render, as a selector inside the explorer.
#[derive(Clone, Default)]
pub struct Refocus(Rc<RefCell<Option<String>>>);

impl PartialEq for Refocus {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Refocus {
    /// After a render: focus what the last action asked for, if it is there, in the next frame's
    /// animation callback. Focusing needs the page laid out: at once, it forced a layout of its own
    /// into the step (2–4 ms of a filter's 5–9 on the seed); there, it shares the frame's.
    pub fn restore(&self, root: &NodeRef) {
        let Some(selector) = self.0.borrow_mut().take() else { return };
        let Some(root) = root.cast::<Element>() else { return };
        let focus = Closure::once_into_js(move || {
            let target = root.query_selector(&selector).ok().flatten();
            if let Some(el) = target.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        });
        let _ = gloo::utils::window().request_animation_frame(focus.unchecked_ref());
    }

    fn set(&self, selector: String) {
        *self.0.borrow_mut() = Some(selector);
    }
}

/// An id the engine made ([a-z0-9_-]), safe inside a selector; anything else is not refocused.
fn plain(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The action a click on a `data-act` element asks for (`None`: not ours), and what to focus after.
/// `model` is the view being clicked (for "Show more": the first card it adds).
pub fn on_click(dispatch: Callback<Action>, refocus: Refocus, model: Rc<Model>) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| t.closest("[data-act]").ok().flatten()) else {
            return;
        };
        let attr = |name: &str| el.get_attribute(name).unwrap_or_default();
        let card = attr("data-card");
        let (action, focus) = match attr("data-act").as_str() {
            "toggle" => (Action::ToggleCard(CardId::new(card.clone())), ["#card-", &card, " .toggle"].concat()),
            // the first quote that was not shown before
            "all" => {
                let mut first_new = ["#q-", &card, " li:nth-child("].concat();
                crate::format::integer(&mut first_new, QUOTES as u64 + 1);
                (Action::ShowAllQuotes(CardId::new(card.clone())), first_new + ") button")
            }
            "open" => {
                // a link to another card: open it here rather than follow the hash (which would
                // drop the search)
                e.prevent_default();
                (Action::ToggleCard(CardId::new(card.clone())), ["#card-", &card, " .toggle"].concat())
            }
            "source" => (
                Action::OpenSource(SourceRef { doc: DocId::new(attr("data-doc")), start: attr("data-start").parse().unwrap_or(0) }),
                String::new(),
            ),
            "close" => (Action::CloseSource, String::new()),
            "clear" => (Action::ClearFilters, "#fl-search".into()),
            "suggest" => (Action::SetText(attr("data-value")), "#fl-search".into()),
            "filters" => (Action::ToggleFilters, ".filters-toggle".into()),
            "more" => {
                let mut first_new = String::from("#fl-results > :nth-child(");
                crate::format::integer(&mut first_new, model.limit as u64 + 1);
                (Action::ShowMore, first_new + ") .toggle")
            }
            _ => return,
        };
        if !focus.is_empty() && (card.is_empty() || plain(&card)) {
            refocus.set(focus);
        }
        dispatch.emit(action);
    })
}

/// The action a filter or the sort asks for when it changes; focus stays on it.
pub fn on_change(dispatch: Callback<Action>, refocus: Refocus) -> Callback<Event> {
    Callback::from(move |e: Event| {
        let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let value = el.get_attribute("data-value").unwrap_or_default();
        let action = match el.get_attribute("data-act").as_deref() {
            Some("kind") => match crate::state::catalog::CardKind::parse(&value) {
                Some(k) => Action::ToggleKind(k),
                None => return,
            },
            Some("contested") => Action::SetContested(el.dyn_ref::<HtmlInputElement>().is_some_and(|i| i.checked())),
            Some("outlet") => Action::ToggleOutlet(value),
            Some("sort") => Action::SetSort(el.dyn_ref::<HtmlSelectElement>().and_then(|s| Sort::parse(&s.value())).unwrap_or_default()),
            _ => return,
        };
        let id = el.id();
        if plain(&id) {
            refocus.set("#".to_string() + &id);
        }
        dispatch.emit(action);
    })
}
