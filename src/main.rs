use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    codesite::run(codesite::cli::Cli::parse())
}
