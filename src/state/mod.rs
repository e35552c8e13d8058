//! View state: pure data and functions, tested natively; components only read and dispatch.
pub mod catalog;
pub mod config;
pub mod numberline;
pub mod order;
pub mod query;
pub mod set;
pub mod url;
pub mod view;
