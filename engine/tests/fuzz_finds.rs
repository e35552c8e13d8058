//! Inputs the fuzz targets once crashed on, kept as tests so the fixes hold.
use std::path::Path;

use factlens_engine::corpus::{decode, Source};
use factlens_engine::curation::Curation;
use factlens_engine::facts::extract;

#[test]
fn a_saint_abbreviation_with_no_name_after_it_is_no_organisation_and_no_crash() {
    // "st." then control characters: the name run held punctuation only (people/entities.rs)
    let bytes = include_bytes!("fixtures/fuzz/text_pipeline_crash_1.bin").to_vec();
    let text = decode(Path::new("fuzz.txt"), bytes).expect("the input decodes");
    let sources = vec![Source { file: "fuzz.txt".into(), text, ..Source::default() }];
    let facts = extract(&sources, &Curation::default());
    assert!(facts.organisations.is_empty() && facts.places.is_empty());
}
