//! codesite: a multilingual static site generator for catalogs of protocol codes.
//!
//! The pipeline runs in one direction, one module per step, each handing the next a plain
//! value; [`build`] runs it for `build`, `check` and `serve`:
//!
//! ```text
//! load -> validate -> plan -> render -> check links -> write
//! ```
//!
//! - [`load`] reads site.toml, each catalog.toml, the Fluent files, templates and Markdown;
//! - [`validate`] checks them against each other and compiles the templates ([`templates`]);
//! - [`plan`] lists every page and file with its path, URL and links;
//! - [`render`] builds each page's view ([`views`]) and runs its template;
//! - [`links`] reads every rendered page and proves its links;
//! - [`write`](mod@write) puts the files in place, atomically.

pub mod build;
pub mod cli;
pub mod diag;
pub mod i18n;
pub mod id;
pub mod init;
pub mod links;
pub mod load;
pub mod markdown;
pub mod plan;
pub mod render;
pub mod serve;
pub mod templates;
pub mod validate;
pub mod views;
pub mod write;

pub use cli::run;
