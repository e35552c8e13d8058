//! Factlens engine: a folder of news articles in, people, figures, conflicts and checks out.
// The folders are the pipeline, in order: input (a corpus folder read) -> text (articles cleaned
// and split) -> people and figures (what each sentence says) -> facts (joined across articles:
// grouping, conflicts, checks) -> output (JSON, CSV, the app's binary). `lexicon` holds the word
// lists every stage reads; `model` the facts they produce.
pub mod facts;
pub mod figures;
pub mod ids;
pub mod input;
pub mod lexicon;
pub mod model;
pub mod output;
pub mod people;
// questions for the editor: what the engine was unsure about
pub mod suggest;
pub mod text;

pub mod error;

// Short paths to the modules that the app, the build script, the fuzz targets and the tests use,
// and that the stages use of each other.
pub use figures::numbers;
#[cfg(feature = "write")]
pub use input::curation_write;
pub use input::{corpus, curation, curation_apply, curation_use, encoding, metadata, toml_hints};
pub use output::{bundle, codec};
#[cfg(feature = "cli")]
pub use output::{cli, export};
pub use people::aliases;
pub use text::{boilerplate, clean, coverage, document, fold, phrase, sentences, tokens};

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
    // the same path the editor's preview takes (curation_apply::compile_texts)
    let mut facts = curation_apply::compile(&corpus.sources, &corpus.curation)?;
    facts.story = metadata::story(corpus.story, &facts.documents);
    let mut warnings = corpus.warnings;
    warnings.extend(coverage::warnings(dir, &corpus.sources));
    Ok((facts, warnings))
}
