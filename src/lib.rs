//! Factlens explorer: the facts compiled in by build.rs, browsed as cards in the reader's browser.
//! A library so that the pure view state is reachable from tests and fuzz targets too.
mod app;
mod components;
pub mod facts;
pub mod state;

/// Mounts the explorer on the page's body.
pub fn run() {
    yew::Renderer::<app::App>::new().render();
}
