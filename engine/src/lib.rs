//! Factlens engine: a folder of news articles in, people, figures, conflicts and checks out.
pub mod aliases;
pub mod boilerplate;
pub mod bundle;
pub mod clean;
#[cfg(feature = "cli")]
pub mod cli;
pub mod codec;
pub mod corpus;
pub mod coverage;
pub mod curation;
pub mod curation_use;
pub mod document;
pub mod encoding;
pub mod error;
#[cfg(feature = "cli")]
pub mod export;
pub mod facts;
pub mod figures;
pub mod fold;
pub mod lexicon;
pub mod metadata;
pub mod model;
pub mod numbers;
pub mod people;
pub mod phrase;
pub mod sentences;
pub mod tokens;
pub mod toml_hints;

use std::path::Path;

pub use error::InputError;
pub use model::*;

/// A problem that does not stop the build (a file left out, an article that lost most of its text),
/// shown like an error: the file, the line, what to do.
pub type Warning = InputError;

/// Reads `dir` and extracts its facts, or returns every input problem found.
pub fn build(dir: &Path) -> Result<Facts, Vec<InputError>> {
    build_with_warnings(dir).map(|(facts, _)| facts)
}

/// Reads `dir` and extracts its facts with warnings about what looks wrong, or returns every input
/// problem found (a curation entry that changes nothing is one).
pub fn build_with_warnings(dir: &Path) -> Result<(Facts, Vec<Warning>), Vec<InputError>> {
    let corpus = corpus::load(dir)?;
    let (facts, idle) = facts::extract_checked(&corpus.sources, &corpus.curation);
    if !idle.is_empty() {
        return Err(idle);
    }
    let mut warnings = corpus.warnings;
    warnings.extend(coverage::warnings(dir, &corpus.sources));
    Ok((facts, warnings))
}
