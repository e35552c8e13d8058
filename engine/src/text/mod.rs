//! Stage 2, text: each article cleaned of invisible characters, cut from its page furniture, split
//! into sentences and tokens with byte offsets.
pub mod boilerplate;
pub mod clean;
pub mod coverage;
pub mod document;
pub mod fold;
pub mod phrase;
pub mod sentences;
pub mod tokens;
