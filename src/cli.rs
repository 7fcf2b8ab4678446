//! The command line: what was typed, and what each command prints. The work itself is the
//! [`crate::build`] pipeline's, or [`crate::serve`]'s and [`crate::init`]'s.
//!
//! The doc comments of the argument types are the `--help` text, written for the terminal,
//! not for rustdoc.
#![allow(rustdoc::broken_intra_doc_links, rustdoc::invalid_html_tags)]

use std::io::IsTerminal as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::build::{self, Built, Options};
use crate::diag::{Diagnostics, Refusal, plural};
use crate::plan::LinkStyle;

/// A multilingual static site generator for catalogs of protocol codes.
#[derive(Debug, Parser)]
#[command(name = "codesite", version, about, long_about = None, after_help = EXIT_STATUS)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into an output folder.
    ///
    /// Nothing in the output folder changes unless every page renders and every link is
    /// proved; files whose bytes did not change are left as they are.
    ///
    /// Examples:
    ///   codesite build                      build ./ into ./public
    ///   codesite build --links folders      links end in `/`, for hosts that serve index.html
    ///   codesite build --root site --output /tmp/out --strict
    #[command(verbatim_doc_comment, after_help = EXIT_STATUS)]
    Build(BuildArgs),
    /// Check the site without writing anything: every file is read, every page rendered in
    /// memory and every link proved.
    ///
    /// Examples:
    ///   codesite check                      check ./
    ///   codesite check --strict             also fail on any message missing in a locale
    #[command(verbatim_doc_comment, after_help = EXIT_STATUS)]
    Check(CheckArgs),
    /// Create a new site, or add a catalog to a site.
    ///
    /// `codesite init [DIR]` writes a site that builds at once into DIR (default: the current
    /// folder), which must be empty or not exist yet; a lone .git counts as empty. The site
    /// has a site.toml, an example catalog of four SMTP reply codes with its messages in five
    /// locales, an about page and a .gitignore.
    ///
    /// `codesite init --catalog NAME` adds a new catalog to the site in the current folder (or
    /// --root DIR): content/NAME/catalog.toml, with a comment on every field, one fact of each
    /// kind and two example codes; and locales/<lang>/NAME.ftl for each locale of site.toml,
    /// with every message the catalog needs in the default locale, and commented out, to
    /// translate, in the others. The site builds at once with it.
    ///
    /// Examples:
    ///   codesite init                       a new site in the current, empty folder
    ///   codesite init my-site --templates   a new site in ./my-site, with the templates to edit
    ///   codesite init --catalog http        add the catalog `http` to the site in ./
    ///   codesite init --catalog dns --root my-site
    #[command(verbatim_doc_comment, after_help = EXIT_STATUS)]
    Init(InitArgs),
    /// Serve the site, rebuild it when a file changes, and reload the open pages.
    ///
    /// The site is built into a private folder, removed on exit, and published at the address
    /// served (or --base-url), so that canonical and hreflang links work. A rebuild that fails
    /// keeps serving the last good site and shows the errors over every page, with file and
    /// line, until a good rebuild.
    ///
    /// Examples:
    ///   codesite serve                      serve ./ at http://127.0.0.1:1111/
    ///   codesite serve --root my-site --port 8000 --open
    ///   codesite serve --bind 0.0.0.0 --base-url http://192.0.2.7:1111/
    #[command(verbatim_doc_comment, after_help = EXIT_STATUS)]
    Serve(ServeArgs),
    /// Print a completion script for a shell.
    ///
    /// Examples:
    ///   codesite completions bash > ~/.local/share/bash-completion/completions/codesite
    ///   codesite completions zsh > "${fpath[1]}/_codesite"
    #[command(verbatim_doc_comment, after_help = EXIT_STATUS)]
    Completions {
        /// bash, elvish, fish, powershell or zsh
        shell: clap_complete::Shell,
    },
}

/// How links between pages are written.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum Links {
    /// `../553/index.html`: works opened from disk and on any host
    Files,
    /// `../553/`: shorter addresses, for hosts that serve a folder's index.html
    Folders,
}

impl From<Links> for LinkStyle {
    fn from(l: Links) -> Self {
        match l {
            Links::Files => LinkStyle::Files,
            Links::Folders => LinkStyle::Folders,
        }
    }
}

#[derive(Debug, Args)]
struct SiteArgs {
    /// The site's folder (holding content/, locales/ and templates/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Fail on warnings too: a message missing in a locale, a translation whose variables
    /// differ from the reference locale's.
    #[arg(long)]
    strict: bool,
    /// How links between pages are written.
    #[arg(long, value_enum, value_name = "STYLE", default_value = "files")]
    links: Links,
}

#[derive(Debug, Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Allow a site of up to N pages. Without it, a site past a million pages, or larger than
    /// the free space where the output goes, is refused.
    #[arg(long, value_name = "N")]
    max_pages: Option<u64>,
    /// Also build the pseudo-locale en-xa: every translated text accented and made longer, so
    /// that text a template writes itself, and layouts that break on longer text, stand out.
    #[arg(long)]
    pseudo: bool,
    /// Where to write the site [default: public/ inside the root]
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Print only errors: no progress bar, no summary.
    #[arg(long, short, conflicts_with = "verbose")]
    quiet: bool,
    /// Also list every file written.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Allow a site of up to N pages. Without it, a site past a million pages is refused.
    #[arg(long, value_name = "N")]
    max_pages: Option<u64>,
    /// Print only errors: no progress bar, no summary.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct ServeArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// The port to listen on; when it is busy, the first free one of the 19 after it.
    /// 0 takes any free port.
    #[arg(long, short, value_name = "N", default_value_t = 1111)]
    port: u16,
    /// The address to listen on: 0.0.0.0 or :: to be reached from other machines.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1", value_parser = parse_bind)]
    bind: std::net::IpAddr,
    /// Open the site in the default web browser once it is built.
    #[arg(long)]
    open: bool,
    /// Publish the site at this URL in canonical and hreflang links and the sitemap
    /// [default: the address served]
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
}

/// An IP address, or `localhost`.
fn parse_bind(s: &str) -> Result<std::net::IpAddr, String> {
    if s.eq_ignore_ascii_case("localhost") {
        return Ok(std::net::Ipv4Addr::LOCALHOST.into());
    }
    s.parse()
        .map_err(|_| "not an IP address such as 127.0.0.1, 0.0.0.0 or ::1".to_owned())
}

#[derive(Debug, Args)]
struct InitArgs {
    /// The folder to create the site in, empty or new [default: the current folder]
    #[arg(value_name = "DIR", conflicts_with = "catalog")]
    dir: Option<PathBuf>,
    /// Also write the built-in templates and assets into DIR/templates/, to edit.
    #[arg(long, conflicts_with = "catalog")]
    templates: bool,
    /// Write into a folder that is not empty (files with the same names are replaced).
    #[arg(long, conflicts_with = "catalog")]
    force: bool,
    /// Add a new catalog to a site instead: its id, lowercase letters, digits and hyphens,
    /// starting with a letter.
    #[arg(long, value_name = "NAME")]
    catalog: Option<String>,
    /// With --catalog: the site's folder [default: the current folder]
    #[arg(long, value_name = "DIR", requires = "catalog")]
    root: Option<PathBuf>,
}

/// The exit statuses, as `--help` shows them (and the README's "Exit status").
const EXIT_STATUS: &str = "Exit status:
  0  success
  1  the input has errors, or codesite refused to touch a folder; nothing was written
  2  a usage error: an unknown option or a missing value
  3  codesite itself failed (the disk, a bug); the previous output stays as it was";

/// Exit statuses.
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// The input has errors, or codesite refused to touch a folder.
    pub const INPUT: u8 = 1;
    /// A usage error: clap's own status for an unknown option or a missing value.
    pub const USAGE: u8 = 2;
    /// codesite itself failed (the disk, a bug).
    pub const INTERNAL: u8 = 3;
}

/// Runs the command line; the binary's `main` only calls this.
pub fn run(cli: Cli) -> ExitCode {
    // Parsers of nested input recurse: the command runs on a thread with a large stack, as
    // the build's workers do.
    let worker = std::thread::Builder::new()
        .name("codesite".into())
        .stack_size(build::STACK_SIZE)
        .spawn(move || run_command(cli));
    let result = match worker {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("codesite crashed; please report this"))),
        Err(e) => Err(anyhow::anyhow!("failed to start: {e}")),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("codesite: {e:#}");
            if e.downcast_ref::<Refusal>().is_some() {
                ExitCode::from(exit::INPUT)
            } else {
                ExitCode::from(exit::INTERNAL)
            }
        }
    }
}

fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Prints a failed build's diagnostics (errors only when `quiet`) and a last line.
fn report_failure(ds: &Diagnostics, what_was_kept: &str, quiet: bool) -> ExitCode {
    let mut shown = ds.clone();
    if quiet {
        shown.retain_errors();
    }
    eprint!("{}", shown.render(colour()));
    let mut line = plural(ds.error_count(), "error", "errors");
    if ds.warning_count() > 0 {
        line.push_str(&format!(
            ", {}",
            plural(ds.warning_count(), "warning", "warnings")
        ));
    }
    eprintln!("codesite: {line}; {what_was_kept}");
    ExitCode::from(exit::INPUT)
}

fn print_coverage(built: &Built) {
    for c in &built.coverage {
        if c.missing.is_empty() {
            eprintln!(
                "  {:<6} {}/{} messages translated",
                c.locale, c.translated, c.total
            );
        } else {
            let shown: Vec<&str> = c.missing.iter().take(6).map(String::as_str).collect();
            let more = if c.missing.len() > shown.len() {
                format!(" and {} more", c.missing.len() - shown.len())
            } else {
                String::new()
            };
            eprintln!(
                "  {:<6} {}/{} messages translated; the default locale's text is shown for {}{more}",
                c.locale,
                c.translated,
                c.total,
                shown.join(", ")
            );
        }
    }
}

fn run_command(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            crate::serve::serve(crate::serve::Options {
                root: args.site.root,
                style: args.site.links.into(),
                strict: args.site.strict,
                bind: args.bind,
                port: args.port,
                open: args.open,
                base_url: args.base_url,
            })?;
            Ok(ExitCode::from(exit::OK))
        }
        Command::Completions { shell } => {
            use anyhow::Context as _;
            use clap::CommandFactory as _;
            use std::io::Write as _;
            // Into memory first: clap_complete panics when its writer fails, and a reader
            // that stops early (`| head`) closes the pipe.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "codesite", &mut script);
            match std::io::stdout().lock().write_all(&script) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(e).context("failed to print the completion script")
                }
                _ => Ok(ExitCode::from(exit::OK)),
            }
        }
        Command::Init(args) => {
            if let Some(name) = &args.catalog {
                let root = args.root.unwrap_or_else(|| PathBuf::from("."));
                let added = crate::init::add_catalog(&root, name)?;
                let listed: Vec<String> = added
                    .files
                    .iter()
                    .map(|f| format!("  {}", f.display()))
                    .collect();
                let translate = if added.to_translate.is_empty() {
                    String::new()
                } else {
                    format!(
                        "; translate its messages for {} in their .ftl",
                        added.to_translate.join(", ")
                    )
                };
                eprintln!(
                    "codesite: added the catalog `{name}` to the site in {}:\n{}\nReplace its two example codes with yours, and their messages in locales/{}/{name}.ftl{translate}. Build it with:\n  {}",
                    crate::init::shown(&root),
                    listed.join("\n"),
                    added.reference,
                    crate::init::build_command(&root)
                );
            } else {
                let dir = args.dir.unwrap_or_else(|| PathBuf::from("."));
                let created = crate::init::init(&dir, args.force, args.templates)?;
                eprintln!(
                    "codesite: created a site in {} ({} files). Build it with:\n  {}",
                    crate::init::shown(&dir),
                    created.files.len(),
                    crate::init::build_command(&dir)
                );
            }
            Ok(ExitCode::from(exit::OK))
        }
        Command::Build(args) => {
            let start = Instant::now();
            let site = &args.site;
            let out = args
                .output
                .clone()
                .unwrap_or_else(|| site.root.join("public"));
            let opts = Options {
                root: site.root.clone(),
                style: site.links.into(),
                strict: site.strict,
                output: Some(out.clone()),
                progress: !args.quiet && std::io::stderr().is_terminal(),
                list_written: args.verbose,
                base_url: None,
                max_pages: args.max_pages,
                pseudo: args.pseudo,
            };
            let built = match build::build(&opts)? {
                Ok(b) => b,
                Err(ds) => {
                    let kept = format!("nothing was written ({} is unchanged)", out.display());
                    return Ok(report_failure(&ds, &kept, args.quiet));
                }
            };
            if !args.quiet && !built.warnings.is_empty() {
                eprint!("{}", built.warnings.render(colour()));
            }
            for path in &built.written {
                eprintln!("  wrote {}", out.join(path).display());
            }
            if !args.quiet {
                let stats = built.stats.clone().unwrap_or_default();
                print_coverage(&built);
                let per_locale: Vec<String> = built
                    .pages_per_locale
                    .iter()
                    .map(|(l, n)| {
                        if l.is_empty() {
                            format!("root {n}")
                        } else {
                            format!("{l} {n}")
                        }
                    })
                    .collect();
                eprintln!(
                    "codesite: built {} pages ({}) into {}: {} written, {} unchanged, {} removed, {:.1} MB, {} in {:.2} s",
                    built.pages,
                    per_locale.join(", "),
                    out.display(),
                    plural(stats.written, "file", "files"),
                    stats.unchanged,
                    stats.removed,
                    stats.bytes as f64 / 1_000_000.0,
                    plural(built.warnings.warning_count(), "warning", "warnings"),
                    start.elapsed().as_secs_f64()
                );
            }
            Ok(ExitCode::from(exit::OK))
        }
        Command::Check(args) => {
            let opts = Options {
                root: args.site.root.clone(),
                style: args.site.links.into(),
                strict: args.site.strict,
                output: None,
                progress: !args.quiet && std::io::stderr().is_terminal(),
                list_written: false,
                base_url: None,
                max_pages: args.max_pages,
                pseudo: false,
            };
            match build::build(&opts)? {
                Ok(built) => {
                    if !args.quiet {
                        eprint!("{}", built.warnings.render(colour()));
                        print_coverage(&built);
                        eprintln!(
                            "codesite: {} checked (about {} when built), {}; nothing was written",
                            plural(built.pages, "page", "pages"),
                            crate::diag::size(built.estimated_bytes),
                            plural(built.warnings.warning_count(), "warning", "warnings")
                        );
                    }
                    Ok(ExitCode::from(exit::OK))
                }
                Err(ds) => Ok(report_failure(&ds, "nothing was written", args.quiet)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
