//! The explorer: one model in a reducer, kept in step with the URL hash.
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::facets::facets;
use crate::components::results::results;
use crate::components::search_box::search_box;
use crate::components::source_view::{source_view, sync_dialog};
use crate::components::{class_list, Ctx};
use crate::host::{self, location_hash, write_url};
use crate::state::catalog::Catalog;
use crate::state::config::Config;
use crate::state::url::{self, ViewState};
use crate::state::view::{Action, Model};

struct Reduced(Model);

// Cheap: the catalog never changes, so the view and the page size say everything.
impl PartialEq for Reduced {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0.catalog, &other.0.catalog) && self.0.view == other.0.view && self.0.limit == other.0.limit
    }
}

impl Reducible for Reduced {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Reduced(self.0.apply(action)))
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub config: Config,
    /// The view to start from (from the URL or the embed's options), read before rendering so that
    /// rendering itself never touches `window` (it also runs at build time).
    pub initial: ViewState,
    /// The reader was typing into the pre-rendered page's search box: keep the focus there.
    #[prop_or_default]
    pub focus_search: bool,
}

#[component]
pub fn App(props: &Props) -> Html {
    let config = props.config.clone();
    let initial = props.initial.clone();
    let state = use_reducer(|| {
        let catalog = Rc::new(Catalog::new(crate::facts::load()));
        Reduced(Model::new(catalog, initial).with_pinned(config.pinned.clone()))
    });
    let sync = props.config.sync_url;
    let embed = props.config.embed;
    // one callback for the app's lifetime, so props that carry it compare equal across renders
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))).clone()
    };
    // Two effects in all: each `use_effect_with` adds its own copy of yew's hook code to the wasm.
    // Once, at mount: listeners for the URL and the parent window, the focus a reader typed into
    // the pre-rendered page with, and the height an iframe embed reports to its parent.
    let root = use_node_ref();
    {
        let (dispatch, root, focus) = (dispatch.clone(), root.clone(), props.focus_search);
        use_effect_with((sync, embed), move |&(sync, embed)| {
            let window = gloo::utils::window();
            // back, forward and edited hashes
            let on_url = sync.then(|| {
                let d = dispatch.clone();
                let on_pop = EventListener::new(&window, "popstate", move |_| d.emit(Action::FromUrl(url::parse(&location_hash()))));
                let d = dispatch.clone();
                (on_pop, EventListener::new(&window, "hashchange", move |_| d.emit(Action::FromUrl(url::parse(&location_hash())))))
            });
            // an iframe embed asks its parent for the view the host page's URL holds (a deep link)
            let on_parent = embed.then(|| host::listen_to_parent(move |hash| dispatch.emit(Action::FromUrl(url::parse(&hash)))));
            if embed {
                host::post_ready();
            }
            let input = gloo::utils::document().get_element_by_id("fl-search");
            if let Some(input) = input.filter(|_| focus).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = input.focus();
            }
            // the parent shows the frame without a scrollbar
            let watcher = if embed { root.cast::<web_sys::Element>().and_then(|r| host::watch_height(&r)) } else { None };
            move || {
                if let Some((observer, _)) = &watcher {
                    observer.disconnect();
                }
                drop((on_url, on_parent, watcher))
            }
        });
    }
    // After each render that changed the view: the URL follows it (at once for a click, 300 ms
    // after the last keystroke for typing: history writes cost more than a render, and browsers
    // throttle rapid ones); a card opened from a link scrolls into view; the source dialog opens,
    // closes or shows another sentence.
    let dialog = use_node_ref();
    let mark = use_node_ref();
    let last = use_mut_ref(|| (None::<gloo::timers::callback::Timeout>, None::<ViewState>));
    {
        let view = state.0.view.clone();
        let replace = state.0.replace_history;
        let (dialog, mark) = (dialog.clone(), mark.clone());
        use_effect_with(view.clone(), move |_| {
            let mut last = last.borrow_mut();
            let (pending, before) = &mut *last;
            let open_changed = before.as_ref().is_none_or(|b| b.open != view.open);
            let source_changed = before.as_ref().is_none_or(|b| b.source != view.source);
            if open_changed {
                scroll_to_card(view.open.as_deref());
            }
            if source_changed {
                sync_dialog(&dialog, &mark, view.source.is_some());
            }
            *before = Some(view.clone());
            let write = move || {
                let hash = url::format(&view);
                if sync {
                    write_url(&hash, replace);
                }
                if embed {
                    host::post_view(&hash);
                }
            };
            pending.take().map(|t| t.cancel());
            if replace {
                *pending = Some(gloo::timers::callback::Timeout::new(300, write));
            } else {
                write();
            }
        });
    }
    let ctx = Ctx { model: Rc::new(state.0.clone()), dispatch: dispatch.clone() };
    let c = &props.config;
    let class = class_list(&[("factlens", true), ("compact", c.compact), ("transparent", c.transparent), ("embedded", c.embed)]);
    let facts = &state.0.catalog.facts;
    html! {
        <div class={class} data-theme={c.theme.attr()} ref={root}>
            <header class="masthead">
                <h1>{ "Factlens" }</h1>
                <p class="muted">{ format!("People and figures from {} articles, each traced to the sentences that report it.", facts.documents.len()) }</p>
            </header>
            <div class="layout">
                <aside class="controls" aria-label="Search and filters">
                    { search_box(&state.0.view.query.text, &dispatch) }
                    if c.compact {
                        // compact embeds keep the cards near the top: filters fold away
                        <details class="more-filters">
                            <summary>{ "Filters and sort" }</summary>
                            { facets(&ctx) }
                        </details>
                    } else {
                        { facets(&ctx) }
                    }
                </aside>
                <main>
                    { results(&ctx) }
                </main>
            </div>
            { source_view(&ctx, &dialog, &mark) }
        </div>
    }
}

/// Brings an opened card into view when it is off screen (it was opened from a link).
fn scroll_to_card(open: Option<&str>) {
    let Some(el) = open.and_then(|id| gloo::utils::document().get_element_by_id(&format!("card-{id}"))) else { return };
    let top = el.get_bounding_client_rect().top();
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if top < 0.0 || top > height {
        el.scroll_into_view();
    }
}
