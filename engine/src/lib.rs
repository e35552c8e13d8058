//! Factlens engine: a folder of news articles in, people, figures, conflicts and checks out.
pub mod aliases;
pub mod boilerplate;
pub mod bundle;
pub mod codec;
pub mod corpus;
pub mod curation;
pub mod document;
pub mod error;
#[cfg(feature = "cli")]
pub mod export;
pub mod facts;
pub mod figures;
pub mod fold;
pub mod lexicon;
pub mod model;
pub mod numbers;
pub mod people;
pub mod sentences;
pub mod tokens;

use std::path::Path;

pub use error::InputError;
pub use model::*;

/// Reads `dir` and extracts its facts, or returns every input problem found.
pub fn build(dir: &Path) -> Result<Facts, Vec<InputError>> {
    let (sources, curation) = corpus::load(dir)?;
    Ok(facts::extract(&sources, &curation))
}
