//! View state: pure data and functions, tested natively; components only read and dispatch.
pub mod catalog;
pub mod query;
pub mod url;
pub mod view;
pub mod config;
