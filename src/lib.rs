//! Factlens explorer: the facts compiled in by build.rs, browsed as cards in the reader's browser.
//! A library so that the pure view state is reachable from tests and fuzz targets too.
mod app;
mod components;
pub mod facts;
mod host;
pub mod state;

use wasm_bindgen::prelude::*;

use state::config;

/// Where the standalone page's explorer lives; the release build fills it with pre-rendered HTML.
pub const ROOT_ID: &str = "factlens-root";

/// Mounts the standalone or iframe explorer, configured by the URL query: hydrates the HTML rendered
/// at build time when the page asks for the default view, else renders afresh.
pub fn run() {
    let window = gloo::utils::window();
    // a script embed loads this module to call `mount` itself
    let manual = js_sys::Reflect::get(&window, &JsValue::from_str("factlensManualMount")).is_ok_and(|v| v.is_truthy());
    if manual {
        return;
    }
    let query = window.location().search().unwrap_or_default();
    let hash = host::location_hash();
    let config = config::from_query(&query);
    let initial =
        if config.sync_url && !hash.trim_start_matches('#').is_empty() { state::url::parse(&hash) } else { config.initial.clone() };
    let document = gloo::utils::document();
    let Some(root) = document.get_element_by_id(ROOT_ID) else {
        yew::Renderer::<app::App>::with_props(app::Props { config, initial }).render();
        return;
    };
    let prerendered = root.first_element_child().is_some();
    let default_view = query.trim_start_matches('?').is_empty() && hash.trim_start_matches('#').is_empty();
    let renderer = yew::Renderer::<app::App>::with_root_and_props(root.clone(), app::Props { config, initial });
    if prerendered && default_view {
        renderer.hydrate();
    } else {
        // the pre-rendered HTML shows the default view: another view renders from scratch
        root.set_text_content(None);
        renderer.render();
    }
}

/// The standalone page's default view as HTML, for the release build to put in `index.html`.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender() -> String {
    let props = app::Props { config: config::from_query(""), initial: state::url::ViewState::default() };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, yew::LocalServerRenderer::<app::App>::with_props(props).hydratable(true).render())
}

/// Mounts the explorer into `root` (inside a script embed's shadow root), configured by `options`:
/// an object of the element's `data-` attributes without the prefix (`theme`, `view`, `pinned`, ...).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, options: JsValue) {
    let pairs: std::collections::BTreeMap<String, String> = serde_wasm_bindgen::from_value(options).unwrap_or_default();
    let config = config::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), false);
    let initial = config.initial.clone();
    yew::Renderer::<app::App>::with_root_and_props(root, app::Props { config, initial }).render();
}
