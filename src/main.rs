use std::process::ExitCode;

use clap::Parser;

/// mimalloc: a page is built from many small strings and values, freed together when it is
/// written; mimalloc serves that pattern with about half the CPU of the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    codesite::run(codesite::cli::Cli::parse())
}
