//! The wasm entry point trunk builds.

// talc rather than Rust's default dlmalloc: about half the code in the bundle, and faster.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    factlens::run();
}
