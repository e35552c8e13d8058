//! Factlens explorer: the facts compiled in by build.rs, browsed as cards in the reader's browser.
mod app;
mod components;
mod facts;
mod state;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
