//! Any string as a location hash: parsing never panics and what it yields formats and parses back
//! (when the written hash fits the length the parser reads at all: raw separators in a hostile hash
//! are written back percent-encoded, three times as long).
#![no_main]
use factlens::state::url::{format, parse, MAX_HASH};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(hash) = std::str::from_utf8(data) else { return };
    let state = parse(hash);
    let written = format(&state);
    if written.len() <= MAX_HASH {
        assert_eq!(parse(&written), state);
    }
});
