//! The editor's wasm entry point (editor.html; feature `editor`): never part of the reader's page.

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    factlens::editor::run();
}
