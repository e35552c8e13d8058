//! The explorer: one model in a reducer, kept in step with the URL hash.
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::facets::facets;
use crate::components::results::results;
use crate::components::search_box::search_box;
use crate::components::source_view::{source_view, sync_dialog};
use crate::components::Ctx;
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
    // back, forward and edited hashes
    {
        let dispatch = dispatch.clone();
        use_effect_with(sync, move |&sync| {
            let window = gloo::utils::window();
            let on_pop = {
                let d = dispatch.clone();
                EventListener::new(&window, "popstate", move |_| d.emit(Action::FromUrl(url::parse(&location_hash()))))
            };
            let on_hash = EventListener::new(&window, "hashchange", move |_| dispatch.emit(Action::FromUrl(url::parse(&location_hash()))));
            let listeners = sync.then_some((on_pop, on_hash));
            move || drop(listeners)
        });
    }
    // an iframe embed asks its parent for the view the host page's URL holds (a deep link)
    {
        let dispatch = dispatch.clone();
        use_effect_with(embed, move |&embed| {
            let listener = embed.then(|| host::listen_to_parent(move |hash| dispatch.emit(Action::FromUrl(url::parse(&hash)))));
            if embed {
                host::post_ready();
            }
            move || drop(listener)
        });
    }
    // the URL follows the view: at once for a click, 300 ms after the last keystroke for typing
    // (history writes cost more than a render, and browsers throttle rapid ones)
    let pending = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let view = state.0.view.clone();
        let replace = state.0.replace_history;
        use_effect_with(view.clone(), move |_| {
            let write = move || {
                let hash = url::format(&view);
                if sync {
                    write_url(&hash, replace);
                }
                if embed {
                    host::post_view(&hash);
                }
            };
            pending.borrow_mut().take().map(|t| t.cancel());
            if replace {
                *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(300, write));
            } else {
                write();
            }
        });
    }
    // an opened card scrolls into view when it came from a link
    {
        let open = state.0.view.open.clone();
        use_effect_with(open.clone(), move |_| {
            if let Some(id) = open {
                if let Some(el) = gloo::utils::document().get_element_by_id(&format!("card-{id}")) {
                    let rect = el.get_bounding_client_rect();
                    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
                    if rect.top() < 0.0 || rect.top() > height {
                        el.scroll_into_view();
                    }
                }
            }
        });
    }
    {
        let focus = props.focus_search;
        use_effect_with((), move |_| {
            let input = gloo::utils::document().get_element_by_id("fl-search");
            if let Some(input) = input.filter(|_| focus).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = input.focus();
            }
        });
    }
    // the source dialog follows the view: open, closed, or showing another sentence
    let dialog = use_node_ref();
    let mark = use_node_ref();
    {
        let (dialog, mark, source) = (dialog.clone(), mark.clone(), state.0.view.source.clone());
        use_effect_with(source, move |source| sync_dialog(&dialog, &mark, source.is_some()));
    }
    // an iframe embed tells its parent how tall it is, so the parent shows it without a scrollbar
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with(embed, move |&embed| {
            let watcher = if embed { root.cast::<web_sys::Element>().and_then(|r| host::watch_height(&r)) } else { None };
            move || {
                if let Some((observer, _)) = &watcher {
                    observer.disconnect();
                }
                drop(watcher)
            }
        });
    }
    let ctx = Ctx { model: Rc::new(state.0.clone()), dispatch: dispatch.clone() };
    let c = &props.config;
    let class = classes!("factlens", c.compact.then_some("compact"), c.transparent.then_some("transparent"), c.embed.then_some("embedded"));
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
