//! Stage 5, output: the facts as JSON or CSV (the command line), and as the compact binary the app's
//! bundle carries, each article cut to its own lines.
pub mod bundle;
#[cfg(feature = "cli")]
pub mod cli;
pub mod codec;
#[cfg(feature = "cli")]
pub mod export;
pub mod head;
