//! Any string as a location hash: parsing never panics and what it yields formats and parses back.
#![no_main]
use factlens::state::url::{format, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(hash) = std::str::from_utf8(data) else { return };
    let state = parse(hash);
    assert_eq!(parse(&format(&state)), state);
});
