//! The command line: `codesite build` and `codesite check`.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};

use crate::diag::Diagnostics;
use crate::hash::{KeySet, path_key};
use crate::linkcheck::{LinkChecker, Scan};
use crate::load::{self, Sources};
use crate::plan::{LinkStyle, PageKind, Plan};
use crate::render::{RenderError, Renderer, each_output_path};
use crate::write::{WriteStats, Writer};
use crate::{validate, write};

/// A multilingual static site generator for protocol reply codes.
#[derive(Debug, Parser)]
#[command(name = "codesite", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into an output folder.
    ///
    /// Examples:
    ///   codesite build                      build ./ into ./public
    ///   codesite build --offline            links name index.html, for reading from disk
    ///   codesite build --root site --output /tmp/out --strict
    #[command(verbatim_doc_comment)]
    Build(BuildArgs),
    /// Check the site without writing anything: load, validate, plan, render in memory and
    /// check every link.
    ///
    /// Exits 0 when the site is clean, 1 when the input has errors, 2 when codesite failed.
    ///
    /// Examples:
    ///   codesite check                      check ./
    ///   codesite check --strict             also fail on any message missing in a locale
    #[command(verbatim_doc_comment)]
    Check(CommonArgs),
    /// Create a new site that builds at once: site.toml, an example catalog of four SMTP codes,
    /// and the translations of the five built-in locales.
    ///
    /// Templates and assets are built into codesite; a file of the same name in the site's
    /// templates/ replaces one (see --templates), so a site keeps only what it changes.
    ///
    /// Examples:
    ///   codesite init my-site && codesite build --root my-site
    ///   codesite init my-site --templates   also copy the built-in templates, to edit
    #[command(verbatim_doc_comment)]
    Init(InitArgs),
    /// Serve the site on 127.0.0.1, rebuild when a file changes, and reload open pages.
    ///
    /// Every locale is served at once. A rebuild that fails keeps serving the last good site
    /// and shows the errors over the page, with file and line, until a good rebuild.
    ///
    /// Examples:
    ///   codesite serve                      serve ./ on a free port
    ///   codesite serve --port 8000 --root my-site
    #[command(verbatim_doc_comment)]
    Serve(ServeArgs),
    /// Print a completion script for a shell.
    ///
    /// Examples:
    ///   codesite completions bash > ~/.local/share/bash-completion/completions/codesite
    ///   codesite completions zsh > "${fpath[1]}/_codesite"
    #[command(verbatim_doc_comment)]
    Completions {
        /// bash, elvish, fish, powershell or zsh
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Args)]
struct ServeArgs {
    #[command(flatten)]
    common: CommonArgs,
    /// The port to listen on [default: a free one]
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    port: u16,
}

#[derive(Debug, Args)]
struct InitArgs {
    /// The folder to create the site in; it must be empty or not exist yet.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// Also write the built-in templates and assets into DIR/templates/, to edit.
    #[arg(long)]
    templates: bool,
    /// Write into a folder that is not empty (files with the same names are replaced).
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Args)]
struct CommonArgs {
    /// The site's folder (holding content/, locales/ and templates/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Write links that name index.html, so that every link works from file://.
    #[arg(long)]
    offline: bool,
    /// Fail on warnings too: a message missing in a locale, a translation whose variables
    /// differ from English.
    #[arg(long)]
    strict: bool,
    /// Print only errors: no progress bar, no summary.
    #[arg(long, short, conflicts_with = "verbose")]
    quiet: bool,
    /// Also list every file written.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(Debug, Args)]
struct BuildArgs {
    #[command(flatten)]
    common: CommonArgs,
    /// Where to write the site [default: public/ inside the root]
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
}

/// Exit statuses: 0 success, 1 the input has errors or codesite refused (to protect files),
/// 2 codesite itself failed (I/O, a bug).
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// The input has errors.
    pub const INPUT: u8 = 1;
    /// codesite failed (I/O, a bug).
    pub const INTERNAL: u8 = 2;
}

/// What a successful build produced.
#[derive(Debug)]
pub struct Built {
    /// What writing did, when the build wrote (not for `check`).
    pub stats: Option<WriteStats>,
    /// Warnings (and, on failure, errors).
    pub diagnostics: Diagnostics,
    /// The plan the files were rendered from.
    pub plan: Plan,
    /// Per-locale translation coverage.
    pub coverage: Vec<crate::i18n::Coverage>,
    /// Page count per locale code, in site order, and for the root pages ("").
    pub pages_per_locale: Vec<(String, usize)>,
    /// The files written, sorted, when the build was asked to list them.
    pub written: Vec<String>,
}

/// Runs load, validate, plan and render for the site at `root`, checks every link, and, with
/// an output folder, writes the files there. On input errors, returns the diagnostics and
/// the output folder is as it was.
pub fn build_site(
    root: &Path,
    style: LinkStyle,
    strict: bool,
    out: Option<&Path>,
) -> anyhow::Result<Result<Built, Diagnostics>> {
    build_site_with(root, style, strict, out, &Reporting::default())
}

/// What a build shows while it runs.
#[derive(Debug, Default, Clone, Copy)]
pub struct Reporting {
    /// A progress bar on the terminal while pages render and write.
    pub progress: bool,
    /// Keep the list of files written, for `--verbose`.
    pub list_written: bool,
    /// The process ends when the build returns: what it holds in memory is left for the
    /// system to take back at once, instead of being freed piece by piece first.
    pub exits_after: bool,
}

/// [`build_site`], showing progress and keeping the list of written files as asked.
pub fn build_site_with(
    root: &Path,
    style: LinkStyle,
    strict: bool,
    out: Option<&Path>,
    reporting: &Reporting,
) -> anyhow::Result<Result<Built, Diagnostics>> {
    on_worker_threads(|| build(root, style, strict, out, reporting))
}

/// Runs `f` on codesite's own worker threads, whose stacks are [`STACK_SIZE`]: input is
/// parsed and pages rendered on them, whoever calls and whatever pool the caller set up.
/// Their number is rayon's default (`RAYON_NUM_THREADS`, or one per core).
fn on_worker_threads<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    static POOL: std::sync::OnceLock<Option<rayon::ThreadPool>> = std::sync::OnceLock::new();
    let pool = POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .thread_name(|i| format!("codesite-{i}"))
            .stack_size(STACK_SIZE)
            .build()
            .ok()
    });
    match pool {
        Some(pool) => pool.install(f),
        // No threads to be had: rayon's own pool, if any, or this thread.
        None => f(),
    }
}

fn build(
    root: &Path,
    style: LinkStyle,
    strict: bool,
    out: Option<&Path>,
    reporting: &Reporting,
) -> anyhow::Result<Result<Built, Diagnostics>> {
    let (sources, mut ds) = load::load(root)?;
    let Some(sources) = sources else {
        return Ok(Err(ds));
    };
    ds.extend(validate::validate(&sources, strict));
    if strict {
        ds.make_warnings_errors();
    }
    if ds.has_errors() {
        return Ok(Err(ds));
    }
    let fingerprint = format!("{:016x}-{style:?}", sources.fingerprint);
    let plan = make_plan(&sources, style);
    let mut pages_per_locale: Vec<(String, usize)> = sources
        .config
        .locales
        .iter()
        .map(|l| (l.code.clone(), 0))
        .collect();
    for p in &plan.pages {
        if let Some(l) = p.locale {
            pages_per_locale[l].1 += 1;
        }
    }
    if let Some(stats) = out.and_then(|o| write::up_to_date(o, &fingerprint)) {
        // Same input, same codesite, output untouched: the pages would come out the same.
        return Ok(Ok(Built {
            stats: Some(stats),
            diagnostics: ds,
            plan,
            coverage: sources.i18n.coverage(),
            pages_per_locale,
            written: Vec::new(),
        }));
    }
    // The keys of every output path, for the link check, are made beside the renderer, which
    // stays on this thread and its large stack.
    let (renderer, known) = std::thread::scope(|scope| {
        let known = scope.spawn(|| {
            let mut known = KeySet::default();
            each_output_path(&sources, &plan, |p| {
                known.insert(path_key(p));
            });
            known
        });
        let renderer = Renderer::new(&sources, &plan);
        (renderer, known.join())
    });
    let known = known.map_err(|_| anyhow::anyhow!("codesite crashed; please report this"))?;
    let renderer = match renderer {
        Ok(r) => r,
        Err(e) => {
            ds.extend(e);
            return Ok(Err(ds));
        }
    };
    let writer = out.map(|o| Writer::begin(o, &fingerprint)).transpose()?;
    let checker = LinkChecker::with_keys(known, style, plan.base_url());
    let bar = if reporting.progress {
        let bar = indicatif::ProgressBar::new(plan.pages.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {bar:40} {pos}/{len} pages  {per_sec}  {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let written = std::sync::Mutex::new(Vec::new());
    let take = |path: &str, bytes: &[u8], scan: Option<&Scan>| -> anyhow::Result<()> {
        match scan {
            Some(scan) => checker.check_scan(path, scan),
            None => checker.check_page(path, bytes),
        }
        if path.ends_with(".html") {
            bar.inc(1);
        }
        let changed = match &writer {
            Some(w) => w.put(path, bytes)?,
            None => false,
        };
        if changed && reporting.list_written {
            written
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(path.to_owned());
        }
        Ok(())
    };
    let mut sitemaps = Vec::new();
    // The extras (sitemap, find data, assets) are one sequential job: it runs beside the
    // pages, on whichever worker is free, instead of after them on one core.
    let (pages, extras) = rayon::join(
        || renderer.render_pages(take),
        || {
            renderer.render_extras(|path, bytes| {
                if path.starts_with("sitemap") {
                    sitemaps.push(path.to_owned());
                }
                take(path, bytes, None)
            })
        },
    );
    match pages.and(extras) {
        Ok(()) => {}
        Err(RenderError::Input(d)) => {
            ds.push(d);
            return Ok(Err(ds));
        }
        Err(RenderError::Sink(e)) => return Err(e),
    }
    bar.finish_and_clear();
    let broken = checker.finish(|path| renderer.render_path(path));
    if broken.has_errors() {
        ds.extend(broken);
        return Ok(Err(ds));
    }
    let stats = match writer {
        Some(w) => {
            let mut paths = String::with_capacity(64 * plan.pages.len());
            each_output_path(&sources, &plan, |p| {
                paths.push_str(p);
                paths.push('\n');
            });
            for p in &sitemaps {
                paths.push_str(p);
                paths.push('\n');
            }
            Some(w.commit(&paths)?)
        }
        None => None,
    };
    let coverage = sources.i18n.coverage();
    if reporting.exits_after {
        // Tens of thousands of texts, values and skeletons: freeing them one by one only
        // delays an exit that frees them all.
        std::mem::forget(renderer);
        std::mem::forget(sources);
    } else {
        drop(renderer);
    }
    let mut written = written.into_inner().unwrap_or_else(|e| e.into_inner());
    written.sort();
    Ok(Ok(Built {
        stats,
        diagnostics: ds,
        plan,
        coverage,
        pages_per_locale,
        written,
    }))
}

fn make_plan(sources: &Sources, style: LinkStyle) -> Plan {
    let slugs: Vec<String> = sources.prose.iter().map(|p| p.slug.clone()).collect();
    Plan::new(&sources.config, &sources.catalogs, &slugs, style)
}

fn colour() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn report_failure(ds: &Diagnostics, what_was_kept: &str, quiet: bool) -> ExitCode {
    if quiet {
        let mut errors = ds.clone();
        errors.retain_errors();
        eprint!("{}", errors.render(colour()));
    } else {
        eprint!("{}", ds.render(colour()));
    }
    let errors = ds.error_count();
    let warnings = ds.warning_count();
    let mut line = format!("{errors} error{}", if errors == 1 { "" } else { "s" });
    if warnings > 0 {
        line.push_str(&format!(
            ", {warnings} warning{}",
            if warnings == 1 { "" } else { "s" }
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
                "  {:<6} {}/{} messages translated; English shown for {}{more}",
                c.locale,
                c.translated,
                c.total,
                shown.join(", ")
            );
        }
    }
}

/// Runs the command line; the binary's `main` only calls this.
pub fn run(cli: Cli) -> ExitCode {
    // Parsers of nested input (Fluent placeables, TOML arrays, Markdown quotes) recurse; a
    // deep enough file must give an error, not overflow a small default stack. Builds run on
    // worker threads with stacks as large (`on_worker_threads`).
    let worker = std::thread::Builder::new()
        .name("codesite".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run_inner(cli));
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
            if e.downcast_ref::<crate::diag::Refusal>().is_some() {
                ExitCode::from(exit::INPUT)
            } else {
                ExitCode::from(exit::INTERNAL)
            }
        }
    }
}

/// The stack of every thread that reads input or renders pages.
pub const STACK_SIZE: usize = 256 * 1024 * 1024;

fn run_inner(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            crate::serve::serve(crate::serve::Options {
                root: args.common.root.clone(),
                port: args.port,
                style: if args.common.offline {
                    LinkStyle::Offline
                } else {
                    LinkStyle::Hosted
                },
                strict: args.common.strict,
            })?;
            Ok(ExitCode::from(exit::OK))
        }
        Command::Completions { shell } => {
            use clap::CommandFactory as _;
            clap_complete::generate(
                shell,
                &mut Cli::command(),
                "codesite",
                &mut std::io::stdout(),
            );
            Ok(ExitCode::from(exit::OK))
        }
        Command::Init(args) => {
            let created = crate::init::init(&args.dir, args.force, args.templates)?;
            eprintln!(
                "codesite: created a site in {} ({} files). Build it with:\n  codesite build --root {}",
                args.dir.display(),
                created.files.len(),
                args.dir.display()
            );
            Ok(ExitCode::from(exit::OK))
        }
        Command::Build(args) => {
            let start = Instant::now();
            let common = &args.common;
            let out = args
                .output
                .clone()
                .unwrap_or_else(|| common.root.join("public"));
            write::check_output_dir(&common.root, &out)?;
            let style = if common.offline {
                LinkStyle::Offline
            } else {
                LinkStyle::Hosted
            };
            let reporting = Reporting {
                progress: !common.quiet && std::io::stderr().is_terminal(),
                list_written: common.verbose,
                exits_after: true,
            };
            let built = match build_site_with(
                &common.root,
                style,
                common.strict,
                Some(&out),
                &reporting,
            )? {
                Ok(b) => b,
                Err(ds) => {
                    return Ok(report_failure(
                        &ds,
                        &format!("nothing was written ({} is unchanged)", out.display()),
                        common.quiet,
                    ));
                }
            };
            if !common.quiet && !built.diagnostics.is_empty() {
                eprint!("{}", built.diagnostics.render(colour()));
            }
            let stats = built.stats.clone().unwrap_or_default();
            for path in &built.written {
                eprintln!("  wrote {}", out.join(path).display());
            }
            if !common.quiet {
                print_coverage(&built);
                let per_locale: Vec<String> = built
                    .pages_per_locale
                    .iter()
                    .map(|(l, n)| format!("{l} {n}"))
                    .collect();
                let root_pages = built
                    .plan
                    .pages
                    .iter()
                    .filter(|p| p.locale.is_none() && p.kind != PageKind::NotFound)
                    .count();
                eprintln!(
                    "codesite: built {} pages ({}; root {}) into {}: {} files written, {} unchanged, {} removed, {:.1} MB, {} warning{} in {:.2} s",
                    built.plan.pages.len(),
                    per_locale.join(", "),
                    root_pages + 1,
                    out.display(),
                    stats.written,
                    stats.unchanged,
                    stats.removed,
                    stats.bytes as f64 / 1_000_000.0,
                    built.diagnostics.warning_count(),
                    if built.diagnostics.warning_count() == 1 {
                        ""
                    } else {
                        "s"
                    },
                    start.elapsed().as_secs_f64()
                );
            }
            Ok(ExitCode::from(exit::OK))
        }
        Command::Check(common) => {
            let style = if common.offline {
                LinkStyle::Offline
            } else {
                LinkStyle::Hosted
            };
            let reporting = Reporting {
                progress: !common.quiet && std::io::stderr().is_terminal(),
                list_written: false,
                exits_after: true,
            };
            match build_site_with(&common.root, style, common.strict, None, &reporting)? {
                Ok(built) => {
                    if !common.quiet {
                        eprint!("{}", built.diagnostics.render(colour()));
                        print_coverage(&built);
                        eprintln!(
                            "codesite: {} pages checked, {} warnings; nothing was written",
                            built.plan.pages.len(),
                            built.diagnostics.warning_count()
                        );
                    }
                    Ok(ExitCode::from(exit::OK))
                }
                Err(ds) => Ok(report_failure(&ds, "nothing was written", common.quiet)),
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
