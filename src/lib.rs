//! codesite: a multilingual static site generator for protocol reply codes.
//!
//! The pipeline runs in one direction, one module per step, each handing the next a plain value:
//!
//! ```text
//! load -> validate -> plan -> render -> write
//! ```
//!
//! `codesite build` runs all five; `codesite check` runs all but the last.

pub mod catalog;
pub mod cli;
pub mod config;
pub mod diag;
mod hash;
pub mod i18n;
pub mod init;
pub mod linkcheck;
pub mod load;
pub mod markdown;
pub mod plan;
pub mod render;
pub mod serve;
pub mod validate;
pub mod write;

mod skeleton;
mod toml_input;

pub use cli::run;
