//! The wasm entry point trunk builds.
fn main() {
    factlens::run();
}
