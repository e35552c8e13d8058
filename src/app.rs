//! The explorer: one model, changed only by actions, kept in step with the URL hash.
// A struct component rather than a function component with hooks: each hook type adds its own
// copy of yew's hook code to the wasm, and the app needs a reducer, effects and node refs.
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::delegate::{on_change, on_click, Refocus};
use crate::components::facets::facets;
use crate::components::results::results;
use crate::components::search_box::search_box;
use crate::components::source_view::{source_view, sync_dialog};
use crate::components::Ctx;
use crate::host::{self, url_view, write_url};
use crate::state::catalog::Catalog;
use crate::state::config::Config;
use crate::state::url::{self, ViewState};
use crate::state::view::{Action, Model};
use factlens_engine::model::CardId;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub config: Config,
    /// The view to start from (from the URL or the embed's options), read before rendering so that
    /// rendering itself never touches `window` (it also runs at build time).
    pub initial: ViewState,
    /// The reader was typing into the pre-rendered page's search box: keep the focus there.
    #[prop_or_default]
    pub focus_search: bool,
    /// Cards to draw, when fewer than a page: the build-time HTML carries the first screen's.
    #[prop_or_default]
    pub first_cards: Option<usize>,
}

pub struct App {
    model: Rc<Model>,
    /// One callback for the app's lifetime, so props that carry it compare equal across renders.
    dispatch: Callback<Action>,
    root: NodeRef,
    dialog: NodeRef,
    /// Where focus goes after the next render (the control a reader used, drawn anew).
    refocus: Refocus,
    /// The view the page last showed (URL, open card, source dialog); None before the first render.
    shown: Option<ViewState>,
    /// The filters disclosure is open (narrow screens and compact embeds fold the filters away).
    filters: bool,
    /// A URL write waiting for typing to pause.
    pending: Option<Timeout>,
    /// The last change came from the URL (a link, back or forward): an opened card may be off
    /// screen. A card opened by a click is on screen, and asking where it is costs a layout.
    from_url: bool,
    /// Kept alive while the app is mounted: URL and parent-window listeners, the height observer.
    listeners: Vec<EventListener>,
    height: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
}

impl Component for App {
    type Message = Action;
    type Properties = Props;

    fn create(ctx: &Context<Self>) -> Self {
        let props = ctx.props();
        let catalog = Rc::new(Catalog::new(crate::facts::load()));
        let mut model = Model::new(catalog, props.initial.clone()).with_pinned(props.config.pinned.clone());
        model.limit = props.first_cards.map_or(model.limit, |n| n.min(model.limit));
        App {
            model: Rc::new(model),
            dispatch: ctx.link().callback(|action: Action| action),
            root: NodeRef::default(),
            dialog: NodeRef::default(),
            refocus: Refocus::default(),
            shown: None,
            filters: false,
            pending: None,
            from_url: false,
            listeners: Vec::new(),
            height: None,
        }
    }

    fn update(&mut self, _ctx: &Context<Self>, action: Action) -> bool {
        if action == Action::ToggleFilters {
            self.filters = !self.filters;
            return true;
        }
        self.from_url = matches!(action, Action::FromUrl(_));
        let next = self.model.apply(action);
        // the catalog never changes, so the view and the page size say whether anything did
        if next.view == self.model.view && next.limit == self.model.limit && next.all_quotes == self.model.all_quotes {
            return false;
        }
        self.model = Rc::new(next);
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        let props = ctx.props();
        let (state, dispatch, root, dialog) = (&self.model, &self.dispatch, self.root.clone(), &self.dialog);
        let ctx = Ctx { model: state.clone(), dispatch: dispatch.clone() };
        let c = &props.config;
        let story = &state.catalog.facts.story;
        let q = &state.view.query;
        let active = q.kinds.len() + q.outlets.len() + q.contested as usize;
        // one listener each for every button, link, filter and the sort the markup draws
        let onclick = on_click(dispatch.clone(), self.refocus.clone(), state.clone());
        let onchange = on_change(dispatch.clone(), self.refocus.clone());
        html! {
            <div class="factlens" data-theme={c.theme.attr()} data-compact={c.compact.then_some("")} data-transparent={c.transparent.then_some("")} data-embedded={c.embed.then_some("")} ref={root} {onclick} {onchange}>
                if c.heading {
                    { Html::from_html_unchecked(crate::markup::results::masthead(story).into()) }
                }
                <div class="layout">
                    <aside class="controls" aria-label="Search and filters">
                        { search_box(&q.text, dispatch) }
                        // a disclosure on narrow screens and in compact embeds, so the cards come first;
                        // hidden by the stylesheet where the filters stand beside the cards
                        <button type="button" class="filters-toggle" data-act="filters" aria-expanded={if self.filters { "true" } else { "false" }} aria-controls="fl-filters">
                            { filters_label(active) }
                        </button>
                        <div id="fl-filters" class="filters" data-open={self.filters.then_some("")}>{ facets(&ctx) }</div>
                    </aside>
                    <main>
                        { results(&ctx) }
                    </main>
                </div>
                { source_view(&ctx, dialog) }
            </div>
        }
    }

    fn rendered(&mut self, ctx: &Context<Self>, first_render: bool) {
        let config = &ctx.props().config;
        if first_render {
            self.start(config, ctx.props().focus_search);
        }
        self.refocus.restore(&self.root);
        // after each render that changed the view: the URL follows it, a card opened from a link
        // scrolls into view, the source dialog opens, closes or shows another sentence
        let view = &self.model.view;
        if self.shown.as_ref() == Some(view) {
            return;
        }
        let before = self.shown.replace(view.clone());
        if before.as_ref().is_none_or(|b| b.open != view.open && self.from_url) {
            scroll_to_card(&self.root, view.open.as_ref().map(CardId::as_str));
        }
        if before.as_ref().is_none_or(|b| b.source != view.source) {
            sync_dialog(&self.dialog, view.source.is_some());
        }
        let (hash, replace, sync, embed) = (url::format(view), self.model.replace_history, config.sync_url, config.embed);
        let shared = config.shared_hash;
        let write = move || {
            if sync {
                write_url(&hash, replace, shared);
            }
            if embed {
                host::post_view(&hash);
            }
        };
        // at once for a click, 300 ms after the last keystroke for typing (history writes cost
        // more than a render, and browsers throttle rapid ones)
        self.pending.take().map(Timeout::cancel);
        if replace {
            self.pending = Some(Timeout::new(300, write));
        } else {
            write();
        }
    }

    fn destroy(&mut self, _ctx: &Context<Self>) {
        if let Some((observer, _)) = &self.height {
            observer.disconnect();
        }
    }
}

impl App {
    /// Once, after the first render: listeners for the URL and the parent window, the focus a
    /// reader typed into the pre-rendered page with, and the height an iframe embed reports.
    fn start(&mut self, config: &Config, focus_search: bool) {
        let window = gloo::utils::window();
        if config.sync_url {
            // back, forward and edited hashes; in a host page, an anchor link (no `factlens=` part)
            // leaves the explorer as it is
            for event in ["popstate", "hashchange"] {
                let (d, shared) = (self.dispatch.clone(), config.shared_hash);
                self.listeners.push(EventListener::new(&window, event, move |_| {
                    if let Some(view) = url_view(shared) {
                        d.emit(Action::FromUrl(url::parse(&view)));
                    }
                }));
            }
        }
        if config.embed {
            // an iframe embed asks its parent for the view the host page's URL holds (a deep link)
            let d = self.dispatch.clone();
            self.listeners.push(host::listen_to_parent(move |hash| d.emit(Action::FromUrl(url::parse(&hash)))));
            host::post_ready();
            // the parent shows the frame without a scrollbar
            self.height = self.root.cast::<web_sys::Element>().and_then(|r| host::watch_height(&r));
        }
        let input = find(&self.root, "#fl-search");
        if let Some(input) = input.filter(|_| focus_search).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = input.focus();
        }
    }
}

/// "Filters", or "Filters (2 active)".
fn filters_label(active: usize) -> String {
    let mut label = String::from("Filters");
    if active > 0 {
        label.push_str(" (");
        crate::format::integer(&mut label, active as u64);
        label.push_str(" active)");
    }
    label
}

/// An element inside the explorer, looked up in its own tree: inside a script embed's shadow root,
/// `document.getElementById` finds nothing.
fn find(root: &NodeRef, selector: &str) -> Option<web_sys::Element> {
    root.cast::<web_sys::Element>()?.query_selector(selector).ok().flatten()
}

/// Brings an opened card into view when it is off screen (it was opened from a link).
fn scroll_to_card(root: &NodeRef, open: Option<&str>) {
    // ids are [a-z0-9_-] (url::parse checks), so they are safe in a selector
    let Some(el) = open.and_then(|id| find(root, &("#card-".to_string() + id))) else { return };
    let top = el.get_bounding_client_rect().top();
    let height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if top < 0.0 || top > height {
        el.scroll_into_view();
    }
}
