//! Any bytes as an article: decoding fails cleanly or extraction succeeds with offsets that hold.
#![no_main]
use std::path::Path;

use factlens_engine::corpus::{decode, Source};
use factlens_engine::curation::Curation;
use factlens_engine::facts::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode(Path::new("fuzz.txt"), data.to_vec()) else { return };
    let sources = vec![Source { file: "fuzz.txt".into(), text, ..Source::default() }];
    let facts = extract(&sources, &Curation::default());
    let doc = &facts.documents[0];
    for m in facts.people.iter().flat_map(|p| &p.mentions).chain(facts.figures.iter().flat_map(|f| &f.mentions)) {
        assert_eq!(&doc.text[m.start..m.end], m.quote);
        assert!(m.start <= m.mark_start && m.mark_start <= m.mark_end && m.mark_end <= m.end);
    }
});
