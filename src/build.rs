//! The pipeline, for `build`, `check` and `serve` alike:
//!
//! ```text
//! load -> validate -> plan -> render -> check links -> write
//! ```
//!
//! Each step is a function of the values the one before it returned. Pages stream from
//! render through the link check to the writer on codesite's worker threads, so memory stays
//! flat; nothing becomes visible in the output folder until every page has rendered and every
//! link is proved (see [`crate::write`]).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::diag::Diagnostics;
use crate::i18n::Coverage;
use crate::links::Checker;
use crate::plan::{LinkStyle, Plan};
use crate::views::{Cx, Shared};
use crate::write::{WriteStats, Writer};
use crate::{load, plan, render, validate, write};

/// What a build is asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The site's folder.
    pub root: PathBuf,
    /// How links are written.
    pub style: LinkStyle,
    /// Warnings are errors.
    pub strict: bool,
    /// Where to write; `None` checks without writing.
    pub output: Option<PathBuf>,
    /// Show a progress bar.
    pub progress: bool,
    /// Keep the list of files written.
    pub list_written: bool,
    /// Publish at this address instead of site.toml's `base_url` (for `serve`).
    pub base_url: Option<String>,
    /// Allow a site of up to this many pages, even past [`plan::DEFAULT_MAX_PAGES`] or the
    /// output's free space.
    pub max_pages: Option<u64>,
    /// Add the pseudo-locale `en-xa`, to find text a template writes itself.
    pub pseudo: bool,
}

/// What a successful build did.
#[derive(Debug)]
pub struct Built {
    /// What writing did, when the build wrote.
    pub stats: Option<WriteStats>,
    /// Warnings.
    pub warnings: Diagnostics,
    /// Pages per locale code, in site order; the root pages are counted under "".
    pub pages_per_locale: Vec<(String, usize)>,
    /// Every page.
    pub pages: usize,
    /// What the pages take, about, before they are written.
    pub estimated_bytes: u64,
    /// Per locale, how much is translated.
    pub coverage: Vec<Coverage>,
    /// The files written, sorted, when asked for.
    pub written: Vec<String>,
}

/// Runs the pipeline. `Ok(Err(diagnostics))` when the input has errors: then nothing was
/// written. `Err` when codesite failed (the disk, a bug): the output is as it was.
pub fn build(opts: &Options) -> anyhow::Result<Result<Built, Diagnostics>> {
    on_worker_threads(|| run(opts))
}

/// The stack of every thread that parses input or renders pages: deeply nested input must
/// give an error, not overflow a small default stack.
pub const STACK_SIZE: usize = 256 * 1024 * 1024;

/// Runs `f` on codesite's own worker threads, whose stacks are [`STACK_SIZE`], whoever calls.
/// Their number is rayon's default (`RAYON_NUM_THREADS`, or one per core).
pub fn on_worker_threads<R: Send>(f: impl FnOnce() -> R + Send) -> R {
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
        None => f(),
    }
}

/// Why the page stream stopped.
enum Stop {
    Input(crate::diag::Diagnostic),
    Io(anyhow::Error),
}

fn run(opts: &Options) -> anyhow::Result<Result<Built, Diagnostics>> {
    // load
    let (sources, mut ds) = load::load(&opts.root)?;
    let Some(mut sources) = sources else {
        return Ok(Err(ds));
    };
    if opts.pseudo {
        sources.add_pseudo_locale();
    }
    if let Some(url) = &opts.base_url {
        match load::site::parse_base_url(url) {
            Ok(url) => sources.config.base_url = url,
            Err(problem) => {
                ds.push(
                    crate::diag::Diagnostic::error(
                        crate::diag::Location::file("--base-url"),
                        format!("--base-url `{}` {problem}", url.escape_debug()),
                    )
                    .with_help("give an absolute http(s) URL such as http://127.0.0.1:1111/"),
                );
                return Ok(Err(ds));
            }
        }
    }
    // validate
    // Validation runs even when loading found errors, so that one run reports them all.
    let site = match validate::validate(sources, opts.strict) {
        Ok((site, warnings)) if !ds.has_errors() => {
            ds.extend(warnings);
            site
        }
        Ok((_, warnings)) => {
            ds.extend(warnings);
            return Ok(Err(ds));
        }
        Err(errors) => {
            ds.extend(errors);
            return Ok(Err(ds));
        }
    };
    // plan: first the size, counted without listing a page.
    let planned = plan::page_count(site.config.locales.len(), &site.catalogs, site.prose.len());
    if let Some(d) = too_large(opts, &site, planned) {
        ds.push(d);
        return Ok(Err(ds));
    }
    let slugs: Vec<String> = site.prose.iter().map(|p| p.slug.clone()).collect();
    let assets: Vec<String> = site.assets.iter().map(|(p, _)| p.clone()).collect();
    let plan = match Plan::new(&site.config, &site.catalogs, &slugs, &assets, opts.style) {
        Ok(p) => p,
        Err(errors) => {
            ds.extend(errors);
            return Ok(Err(ds));
        }
    };
    let mut pages_per_locale: Vec<(String, usize)> = site
        .config
        .locales
        .iter()
        .map(|l| (l.code.clone(), 0))
        .collect();
    let mut root_pages = 0;
    for p in &plan.pages {
        match p.locale {
            Some(l) => pages_per_locale[l.index()].1 += 1,
            None => root_pages += 1,
        }
    }
    pages_per_locale.push((String::new(), root_pages));
    let built = |stats, ds, written| Built {
        stats,
        warnings: ds,
        pages_per_locale: pages_per_locale.clone(),
        pages: plan.pages.len(),
        estimated_bytes: planned * plan::BYTES_PER_PAGE,
        coverage: site.i18n.coverage(),
        written,
    };
    // What the output depends on besides the input files: the link style and the address.
    let fingerprint = format!(
        "{}-{:?}-{}-{}",
        site.fingerprint,
        opts.style,
        opts.base_url.as_deref().unwrap_or(""),
        if opts.pseudo { "pseudo" } else { "" }
    );
    // The output folder is refused if dangerous (for every caller: build, serve, the tests),
    // then locked from here to the end of the commit: one build at a time.
    let writer = match opts.output.as_deref() {
        Some(o) => {
            write::check_output_dir(&opts.root, o)?;
            Some(Writer::begin(o, &fingerprint)?)
        }
        None => None,
    };
    if let Some(stats) = writer.as_ref().and_then(Writer::up_to_date) {
        // Same input, same codesite, output untouched: the pages would come out the same.
        return Ok(Ok(built(Some(stats), ds, Vec::new())));
    }
    // render, check links and write, page by page
    let shared = match Shared::new(&site, &plan) {
        Ok(s) => s,
        Err(errors) => {
            ds.extend(errors);
            return Ok(Err(ds));
        }
    };
    let cx = Cx {
        site: &site,
        plan: &plan,
        shared: &shared,
    };
    let checker = Checker::new(&plan);
    let bar = progress_bar(opts.progress, plan.pages.len());
    let written = Mutex::new(Vec::new());
    let put = |path: &str, bytes: &[u8]| -> Result<(), Stop> {
        let Some(w) = &writer else { return Ok(()) };
        if w.put(path, bytes).map_err(Stop::Io)? && opts.list_written {
            written
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(path.to_owned());
        }
        Ok(())
    };
    let (pages, extras) = rayon::join(
        || {
            plan.pages
                .par_iter()
                .with_max_len(64)
                .try_for_each_init(Vec::new, |buf, page| {
                    buf.clear();
                    render::page(&cx, page, buf).map_err(Stop::Input)?;
                    let path = plan.path(page);
                    checker.check(&path, render::template_of(page.kind), buf);
                    put(&path, buf)?;
                    bar.inc(1);
                    Ok(())
                })
        },
        || {
            for file in render::extras(&cx) {
                let (path, bytes) = file.map_err(Stop::Input)?;
                put(&path, &bytes)?;
            }
            Ok(())
        },
    );
    bar.finish_and_clear();
    match pages.and(extras) {
        Ok(()) => {}
        Err(Stop::Input(d)) => {
            ds.push(d);
            return Ok(Err(ds));
        }
        Err(Stop::Io(e)) => return Err(e),
    }
    let broken = checker.finish(&site.templates);
    if broken.has_errors() {
        ds.extend(broken);
        return Ok(Err(ds));
    }
    let stats = match writer {
        Some(w) => {
            let mut paths = String::with_capacity(64 * plan.pages.len());
            for f in plan.files() {
                paths.push_str(&f);
                paths.push('\n');
            }
            Some(w.commit(&paths)?)
        }
        None => None,
    };
    let mut written = written.into_inner().unwrap_or_else(|e| e.into_inner());
    written.sort();
    Ok(Ok(built(stats, ds, written)))
}

/// Refuses a site past the page limit, or larger than the output's free space, unless
/// `--max-pages` allows that many pages.
fn too_large(
    opts: &Options,
    site: &validate::Site,
    planned: u64,
) -> Option<crate::diag::Diagnostic> {
    let bytes = planned * plan::BYTES_PER_PAGE;
    let allowed = opts.max_pages.is_some_and(|m| planned <= m);
    let largest = site.catalogs.iter().max_by_key(|c| c.codes.len());
    let at = largest.map_or_else(
        || crate::diag::Location::file("content"),
        |c| crate::diag::Location::file(&c.file),
    );
    let problem = match (opts.max_pages, opts.output.as_deref().and_then(free_space)) {
        _ if allowed => return None,
        (Some(max), _) if planned > max => format!("more than the --max-pages {max} you gave"),
        (None, _) if planned > plan::DEFAULT_MAX_PAGES => {
            format!(
                "more than the {} pages a build makes unless told",
                plan::DEFAULT_MAX_PAGES
            )
        }
        (_, Some(free)) if bytes > free => format!(
            "more than the {} free where the output goes",
            crate::diag::size(free)
        ),
        _ => return None,
    };
    let size = largest.map_or(String::new(), |c| {
        format!("; catalog `{}` alone has {} codes", c.id, c.codes.len())
    });
    Some(
        crate::diag::Diagnostic::error(
            at,
            format!(
                "the site would have {planned} pages, about {}, {problem}{size}",
                crate::diag::size(bytes)
            ),
        )
        .with_help(format!(
            "a catalog of N codes has N(N-1)/2 comparison pages per locale; to build it anyway, pass --max-pages {planned}"
        )),
    )
}

/// The bytes free on the filesystem that holds `path`, or would hold it.
fn free_space(path: &Path) -> Option<u64> {
    let mut dir = path;
    while !dir.exists() {
        dir = dir.parent()?;
    }
    #[cfg(unix)]
    {
        let st = rustix::fs::statvfs(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
        .ok()?;
        Some(st.f_bavail.saturating_mul(st.f_frsize))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

fn progress_bar(shown: bool, len: usize) -> indicatif::ProgressBar {
    if !shown {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {bar:40} {pos}/{len} pages  {per_sec}  {elapsed}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// Builds the site at `root` into `out` (or checks it, without `out`): the shortest call.
pub fn build_site(
    root: &Path,
    style: LinkStyle,
    strict: bool,
    out: Option<&Path>,
) -> anyhow::Result<Result<Built, Diagnostics>> {
    build(&Options {
        root: root.to_path_buf(),
        style,
        strict,
        output: out.map(Path::to_path_buf),
        ..Options::default()
    })
}
