//! Factlens explorer: the facts compiled in by build.rs, browsed as cards in the reader's browser.
//! A library so that the pure view state is reachable from tests and fuzz targets too.
mod app;
mod components;
pub mod facts;
mod host;
pub mod state;

use wasm_bindgen::prelude::*;

use state::config;

/// Mounts the standalone or iframe explorer on the page's body, configured by the URL query.
pub fn run() {
    // a script embed loads this module to call `mount` itself
    let manual = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("factlensManualMount")).is_ok_and(|v| v.is_truthy());
    if manual {
        return;
    }
    let query = gloo::utils::window().location().search().unwrap_or_default();
    yew::Renderer::<app::App>::with_props(app::Props { config: config::from_query(&query) }).render();
}

/// Mounts the explorer into `root` (inside a script embed's shadow root), configured by `options`:
/// an object of the element's `data-` attributes without the prefix (`theme`, `view`, `pinned`, ...).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, options: JsValue) {
    let pairs: std::collections::BTreeMap<String, String> = serde_wasm_bindgen::from_value(options).unwrap_or_default();
    let config = config::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), false);
    yew::Renderer::<app::App>::with_root_and_props(root, app::Props { config }).render();
}
