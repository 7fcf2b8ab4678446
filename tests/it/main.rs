//! Integration tests: build real sites with the real binary and read the pages.

mod util;

mod bad_input;
mod browser;
mod catalogs;
mod cli;
mod contract;
mod errors;
mod links;
mod quality;
mod robust;
mod safety;
mod serve;
mod translation;
mod validity;
