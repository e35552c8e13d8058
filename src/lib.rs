//! Factlens explorer: the facts compiled in by build.rs, browsed as cards in the reader's browser.
//! A library so that the pure view state is reachable from tests and fuzz targets too.
mod app;
mod components;
// the editor view (editor.html): only in the build with feature `editor`, never in the reader's
#[cfg(feature = "editor")]
pub mod editor;
pub mod facts;
pub mod format;
mod host;
pub mod markup;
pub mod state;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use state::config;

/// Where the standalone page's explorer lives; the release build fills it with pre-rendered HTML.
pub const ROOT_ID: &str = "factlens-root";

/// Mounts the standalone or iframe explorer, configured by the URL query, in place of the HTML
/// rendered at build time.
pub fn run() {
    let window = gloo::utils::window();
    // a script embed loads this module to call `mount` itself
    let manual = js_sys::Reflect::get(&window, &JsValue::from_str("factlensManualMount")).is_ok_and(|v| v.is_truthy());
    if manual {
        return;
    }
    let query = window.location().search().unwrap_or_default();
    let config = config::from_query(&query);
    let hash = host::url_view(false).unwrap_or_default();
    let mut initial = if config.sync_url && !hash.is_empty() { state::url::parse(&hash) } else { config.initial.clone() };
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        yew::Renderer::<app::App>::with_props(app::Props { config, initial, focus_search: false, first_cards: None }).render();
        return;
    };
    // Rendering afresh over the build-time HTML costs less code than yew's hydration (about 9 KB
    // gzip): yew empties the root and draws the same cards before the next paint. What a reader
    // already typed into the pre-rendered search box, and its focus, carry over.
    let typed = root.query_selector("input[type=search]").ok().flatten().and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = typed.as_ref().is_some_and(|input| document.active_element().is_some_and(|a| a == ***input));
    if let Some(text) = typed.map(|input| input.value()).filter(|t| !t.is_empty()) {
        initial.query.text = text;
    }
    yew::Renderer::<app::App>::with_root_and_props(root, app::Props { config, initial, focus_search: focused, first_cards: None }).render();
}

/// The standalone page's default view as HTML, for the release build to put in `index.html`.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender() -> String {
    // the first cards: a phone's first screen and the top of a desktop's; the app draws a whole page
    // when it starts, and each pre-rendered card is page weight (0.1 KB gzip, a disputed
    // quantity's with its number line 0.5 KB) against the reader page's 100 KB budget
    let props =
        app::Props { config: config::from_query(""), initial: state::url::ViewState::default(), focus_search: false, first_cards: Some(4) };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, yew::LocalServerRenderer::<app::App>::with_props(props).hydratable(false).render())
}

/// Mounts the explorer into `root` (inside a script embed's shadow root), configured by `options`:
/// an object of the element's `data-` attributes without the prefix (`theme`, `view`, `pinned`, ...).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, options: JsValue) {
    // only string values are options; anything else a page passes is ignored
    let pairs: Vec<(String, String)> = if options.is_object() {
        js_sys::Object::entries(options.unchecked_ref())
            .iter()
            .filter_map(|entry| {
                let entry: js_sys::Array = entry.unchecked_into();
                Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
            })
            .collect()
    } else {
        Vec::new()
    };
    let config = config::from_pairs(&pairs, false);
    // a deep link into the host page (`#factlens=...`) wins over the element's data-view
    let initial = match host::url_view(true).filter(|_| config.sync_url) {
        Some(view) => state::url::parse(&view),
        None => config.initial.clone(),
    };
    yew::Renderer::<app::App>::with_root_and_props(root, app::Props { config, initial, focus_search: false, first_cards: None }).render();
}
