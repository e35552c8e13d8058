//! Stage 1, input: a corpus folder read into articles with their metadata and the editors' curation;
//! every problem an error or a warning that names the file and the line.
pub mod corpus;
pub mod curation;
pub mod curation_apply;
pub mod curation_use;
#[cfg(feature = "write")]
pub mod curation_write;
pub mod encoding;
pub mod metadata;
pub mod snapshot;
pub mod toml_hints;
