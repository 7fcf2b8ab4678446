//! `codesite serve`: build into a private folder, serve it over HTTP, rebuild when a file of
//! the site changes, and reload the open pages. A failed rebuild keeps the last good site and
//! shows its diagnostics over every page until a good rebuild removes them.
//!
//! The server is axum on tokio (as Zola's and mdBook's), run by hyper's HTTP/1 connection
//! loop so that every connection has bounds: the request head must arrive within
//! [`HEADER_TIMEOUT`] and fit in [`MAX_HEAD`] bytes, a body may not pass [`MAX_BODY`], and
//! each response must start within [`REQUEST_TIMEOUT`]. The one long-lived response is the
//! reload stream at `/__codesite/events`.
//!
//! Changes are seen by `notify` (inotify, FSEvents, ReadDirectoryChangesW; polling where none
//! works), debounced, and rebuilt one at a time on a blocking thread.
//!
//! The reload script and the overlay are added to HTML responses as they are sent; the files
//! on disk are exactly what `codesite build` writes.

use std::convert::Infallible;
use std::io::Write as _;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::header::{ALLOW, CACHE_CONTROL, CONTENT_TYPE, LOCATION};
use axum::http::{HeaderValue, Method, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse as _, Response};
use axum::routing::get;
use notify_debouncer_full::notify::event::{AccessKind, AccessMode, MetadataKind, ModifyKind};
use notify_debouncer_full::notify::{
    self, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode,
};
use notify_debouncer_full::{DebounceEventResult, Debouncer, NoCache, RecommendedCache};
use tokio::sync::{Notify, Semaphore, watch};

use crate::build;
use crate::diag::{Diagnostic, Diagnostics, Refusal, Severity, plural};
use crate::plan::LinkStyle;

/// The path the reload script listens on (server-sent events).
const EVENTS: &str = "/__codesite/events";
/// A client must send a whole request head within this time, on a new connection and
/// between requests on a kept-alive one; otherwise the connection is closed.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// The largest request head (request line and headers) read; a larger one is answered 431.
pub const MAX_HEAD: usize = 64 * 1024;
/// The largest request body accepted; a larger one is answered 413. No route reads one.
pub const MAX_BODY: usize = 16 * 1024;
/// Every response must have started by then (the event stream starts at once).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// How often the event stream says it is still there.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// Connections served at once; more wait in the kernel's queue.
const MAX_CONNECTIONS: usize = 256;
/// How many ports after `--port` are tried when it is busy.
pub const PORT_TRIES: u16 = 19;
/// The folders of the site whose changes start a rebuild.
const INPUTS: [&str; 3] = ["content", "locales", "templates"];

/// Options of `codesite serve`.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub style: LinkStyle,
    pub strict: bool,
    /// The address to listen on.
    pub bind: IpAddr,
    /// The port to listen on: 0 for any free one; when busy, one of the [`PORT_TRIES`] after.
    pub port: u16,
    /// Open the site in the default browser once it is built.
    pub open: bool,
    /// Publish the site at this URL; `None` publishes it at the address served.
    pub base_url: Option<String>,
}

/// Writes a line to stderr; a closed stderr does not stop the server.
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

mod http;
mod overlay;

use http::{accept, router};
use overlay::{inject, overlay, overlay_of_failure};

/// Serves the site until Ctrl-C, SIGTERM or SIGHUP; then removes the private folder.
pub fn serve(opts: Options) -> Result<()> {
    if !opts.root.is_dir() {
        return Err(Refusal::new(format!(
            "no folder `{}` to serve; pass the site's folder with --root DIR",
            opts.root.display()
        ))
        .into());
    }
    if let Some(url) = &opts.base_url {
        crate::load::site::parse_base_url(url).map_err(|problem| {
            Refusal::new(format!(
                "--base-url `{}` {problem}; give an absolute http(s) URL such as https://example.org/",
                url.escape_debug()
            ))
        })?;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("codesite-serve")
        .enable_all()
        .build()
        .context("failed to start the server's runtime")?;
    let result = runtime.block_on(run(opts));
    // Open connections (a page's event stream among them) are dropped, not waited for.
    runtime.shutdown_background();
    result
}

/// What the pages show: the build generation, and the overlay of a failed rebuild.
#[derive(Debug, Clone, Default)]
struct Shown {
    generation: u64,
    overlay: Option<Arc<str>>,
}

/// What the handlers and the rebuilds share.
struct Ctx {
    build: build::Options,
    /// The folder served, inside the private folder.
    out: PathBuf,
    shown: watch::Sender<Shown>,
    /// Held while a build runs: one at a time, and the exit waits for it.
    building: Arc<tokio::sync::Mutex<()>>,
    /// The warnings of the last good build, printed again only when they change.
    warnings: Mutex<String>,
    /// A build has succeeded: there is a last good site to show.
    built: AtomicBool,
}

async fn run(opts: Options) -> Result<()> {
    // Before anything is created, so that a signal at any point still cleans up.
    let mut signals = Signals::install().context("failed to handle signals")?;
    let listener = bind(opts.bind, opts.port)?;
    let addr = listener.local_addr()?;
    let url = local_url(addr);
    let base_url = opts.base_url.clone().unwrap_or_else(|| url.clone());
    // A new folder of our own for each run, 0700, with an unpredictable name.
    let mut private = tempfile::Builder::new();
    private.prefix("codesite-serve-");
    #[cfg(unix)]
    private.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
    let private = private
        .tempdir()
        .context("failed to create a private folder to build into")?;
    // The site goes one level down: a first build replaces its folder by renaming a new one
    // into place, and that new one is made beside it, inside the private folder.
    let out = private.path().join("site");
    note!(
        "codesite: building {} into {}",
        opts.root.display(),
        private.path().display()
    );
    if opts.base_url.is_some() {
        note!("codesite: publishing the site at {base_url}");
    }
    let ctx = Arc::new(Ctx {
        build: build::Options {
            root: opts.root.clone(),
            style: opts.style,
            strict: opts.strict,
            output: Some(out.clone()),
            progress: false,
            list_written: false,
            base_url: Some(base_url),
            max_pages: None,
            pseudo: false,
        },
        out,
        shown: watch::Sender::new(Shown {
            // Each run counts from its own start, so that a page left open from an earlier
            // run reloads when its event stream reconnects to this one.
            generation: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64),
            overlay: None,
        }),
        building: Arc::new(tokio::sync::Mutex::new(())),
        warnings: Mutex::new(String::new()),
        built: AtomicBool::new(false),
    });
    let changes = Arc::new(Changes::default());
    // Watching starts before the first build, so that no edit made meanwhile is missed.
    let watcher = Arc::new(Mutex::new(Some(Watching::start(&opts.root, &changes))));

    let stopped = tokio::select! {
        () = rebuild(&ctx) => None,
        s = signals.recv() => Some(s),
    };
    if let Some(signal) = stopped {
        note!("codesite: {signal}; stopping");
        return shut_down(&ctx, &watcher, &mut signals, private).await;
    }

    if addr.ip().is_unspecified() {
        note!(
            "codesite: listening on every address of this machine, port {}",
            addr.port()
        );
    }
    let line = format!(
        "codesite: serving {url} from {}, building into {} (Ctrl-C to stop)",
        opts.root.display(),
        private.path().display()
    );
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{line}");
    let _ = stdout.flush();
    drop(stdout);
    if opts.open {
        let url = url.clone();
        tokio::task::spawn_blocking(move || {
            if let Err(e) = opener::open_browser(&url) {
                note!("codesite: could not open a browser ({e}); open {url} yourself");
            }
        });
    }

    let server = tokio::spawn(accept(listener, router(Arc::clone(&ctx))));
    let rebuilder = tokio::spawn(rebuild_on_change(
        Arc::clone(&ctx),
        Arc::clone(&changes),
        opts.root.clone(),
        Arc::clone(&watcher),
    ));
    let signal = signals.recv().await;
    note!("codesite: {signal}; stopping");
    server.abort();
    rebuilder.abort();
    shut_down(&ctx, &watcher, &mut signals, private).await
}

/// Stops watching, lets a running build finish (a second signal does not wait), and removes
/// the private folder.
async fn shut_down(
    ctx: &Ctx,
    watcher: &Mutex<Option<Watching>>,
    signals: &mut Signals,
    private: tempfile::TempDir,
) -> Result<()> {
    drop(watcher.lock().unwrap_or_else(|e| e.into_inner()).take());
    tokio::select! {
        _ = ctx.building.lock() => {}
        _ = signals.recv() => note!("codesite: stopping without waiting for the rebuild"),
    }
    let path = private.path().to_path_buf();
    match private.close() {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("failed to remove {}", path.display()))
        }
        _ => Ok(()),
    }
}

/// Ctrl-C, SIGTERM (a service manager, `kill`) and SIGHUP (the terminal closed).
struct Signals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
    #[cfg(unix)]
    hangup: tokio::signal::unix::Signal,
}

impl Signals {
    fn install() -> std::io::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Signals {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
                hangup: signal(SignalKind::hangup())?,
            })
        }
        #[cfg(not(unix))]
        {
            Ok(Signals {})
        }
    }

    /// Waits for the next signal and names it.
    async fn recv(&mut self) -> &'static str {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.interrupt.recv() => "interrupted",
                _ = self.terminate.recv() => "terminated",
                _ = self.hangup.recv() => "hung up",
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            "interrupted"
        }
    }
}

/// Listens on `port`, or when it is busy on the first free one of the [`PORT_TRIES`] after.
fn bind(ip: IpAddr, port: u16) -> Result<tokio::net::TcpListener> {
    use std::io::ErrorKind::AddrInUse;
    let last = if port == 0 {
        0
    } else {
        port.saturating_add(PORT_TRIES)
    };
    let mut p = port;
    let listener = loop {
        match std::net::TcpListener::bind((ip, p)) {
            Ok(l) => break l,
            Err(e) if e.kind() == AddrInUse && p < last => p += 1,
            Err(e) if e.kind() == AddrInUse && p > port => {
                return Err(Refusal::new(format!(
                    "ports {port} to {last} on {ip} are all busy; choose another with --port N, or any free one with --port 0"
                ))
                .into());
            }
            Err(e) => {
                return Err(Refusal::new(format!(
                    "cannot listen on {}: {e}",
                    SocketAddr::new(ip, p)
                ))
                .into());
            }
        }
    };
    if p != port {
        note!("codesite: port {port} is busy; using port {p}");
    }
    listener.set_nonblocking(true)?;
    Ok(tokio::net::TcpListener::from_std(listener)?)
}

/// The address the site is served at, for a browser on this machine.
fn local_url(addr: SocketAddr) -> String {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}/", SocketAddr::new(ip, addr.port()))
}

// ----- building -----

/// Builds into the private folder on a blocking thread, one build at a time, and tells the
/// open pages.
async fn rebuild(ctx: &Arc<Ctx>) {
    let guard = Arc::clone(&ctx.building).lock_owned().await;
    let ctx = Arc::clone(ctx);
    let _ = tokio::task::spawn_blocking(move || {
        let _guard = guard;
        build_now(&ctx);
    })
    .await;
}

fn build_now(ctx: &Ctx) {
    let started = Instant::now();
    let result = build::build(&ctx.build);
    let good = ctx.built.load(Ordering::SeqCst);
    let colour = std::io::IsTerminal::is_terminal(&std::io::stderr())
        && std::env::var_os("NO_COLOR").is_none();
    let overlay = match result {
        Ok(Ok(built)) => {
            let warnings = built.warnings.render(colour);
            let mut last = ctx.warnings.lock().unwrap_or_else(|e| e.into_inner());
            if *last != warnings {
                let _ = write!(std::io::stderr(), "{warnings}");
                *last = warnings;
            }
            ctx.built.store(true, Ordering::SeqCst);
            let stats = built.stats.unwrap_or_default();
            note!(
                "codesite: built in {:.2} s: {} written, {} unchanged, {}",
                started.elapsed().as_secs_f64(),
                plural(stats.written, "file", "files"),
                stats.unchanged,
                plural(built.warnings.warning_count(), "warning", "warnings")
            );
            None
        }
        Ok(Err(ds)) => {
            let _ = write!(std::io::stderr(), "{}", ds.render(colour));
            let kept = if good {
                "still serving the last good site"
            } else {
                "fix them and save to build again"
            };
            note!(
                "codesite: the build failed ({}, {}); {kept}",
                plural(ds.error_count(), "error", "errors"),
                plural(ds.warning_count(), "warning", "warnings")
            );
            ctx.warnings
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clear();
            Some(overlay(&ds, good).into())
        }
        Err(e) => {
            note!("codesite: {e:#}");
            Some(overlay_of_failure(&format!("{e:#}"), good).into())
        }
    };
    ctx.shown.send_modify(|s| {
        s.generation += 1;
        s.overlay = overlay;
    });
}

/// What the watcher tells the rebuilds.
#[derive(Default)]
struct Changes {
    /// A file of the site changed. A change during a build leaves one permit: one more build.
    dirty: Notify,
    /// One of the site's folders appeared or was replaced: watch it anew.
    rewatch: AtomicBool,
}

/// Rebuilds after each change, one build at a time.
async fn rebuild_on_change(
    ctx: Arc<Ctx>,
    changes: Arc<Changes>,
    root: PathBuf,
    watcher: Arc<Mutex<Option<Watching>>>,
) {
    loop {
        changes.dirty.notified().await;
        if changes.rewatch.swap(false, Ordering::SeqCst) {
            let mut w = watcher.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(w) = w.as_mut() {
                w.watch_inputs(&root);
            }
        }
        rebuild(&ctx).await;
    }
}

/// The watcher, debounced: the system's own, or polling where that fails.
enum Watching {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Polling(Debouncer<PollWatcher, NoCache>),
    None,
}

impl Watching {
    /// How long a burst of changes (an editor's save in several steps) is waited out.
    const DEBOUNCE: Duration = Duration::from_millis(60);
    const POLL: Duration = Duration::from_millis(500);

    fn start(root: &Path, changes: &Arc<Changes>) -> Watching {
        let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let native =
            notify_debouncer_full::new_debouncer(Self::DEBOUNCE, None, handler(&root, changes))
                .map(Watching::Native)
                .and_then(|mut w| w.try_watch_inputs(&root).map(|()| w));
        match native {
            Ok(w) => return w,
            // inotify's limit on watches, most often: polling has none.
            Err(e) => note!("codesite: cannot watch the site's files ({e})"),
        }
        match notify_debouncer_full::new_debouncer_opt::<_, PollWatcher, NoCache>(
            Self::DEBOUNCE,
            None,
            handler(&root, changes),
            NoCache,
            notify::Config::default().with_poll_interval(Self::POLL),
        ) {
            Ok(d) => {
                note!(
                    "codesite: looking for changes every {} ms instead",
                    Self::POLL.as_millis()
                );
                let mut polling = Watching::Polling(d);
                polling.watch_inputs(&root);
                polling
            }
            Err(e) => {
                note!("codesite: cannot poll them either ({e}); restart to rebuild");
                Watching::None
            }
        }
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        match self {
            Watching::Native(d) => d.watch(path, mode),
            Watching::Polling(d) => d.watch(path, mode),
            Watching::None => Err(notify::Error::generic("no watcher")),
        }
    }

    /// Watches the root (to see an input folder appear) and each input folder, recursively.
    fn try_watch_inputs(&mut self, root: &Path) -> notify::Result<()> {
        let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        self.watch(&root, RecursiveMode::NonRecursive)?;
        for dir in INPUTS {
            let dir = root.join(dir);
            if dir.is_dir() {
                self.watch(&dir, RecursiveMode::Recursive)?;
            }
        }
        Ok(())
    }

    fn watch_inputs(&mut self, root: &Path) {
        if let Err(e) = self.try_watch_inputs(root) {
            note!("codesite: cannot watch the site's files ({e})");
        }
    }
}

/// Turns the debounced events into rebuilds.
fn handler(
    root: &Path,
    changes: &Arc<Changes>,
) -> impl FnMut(DebounceEventResult) + Send + 'static {
    let root = root.to_path_buf();
    let changes = Arc::clone(changes);
    move |result: DebounceEventResult| match result {
        Ok(events) => {
            let mut dirty = false;
            for e in &events {
                if e.need_rescan() {
                    dirty = true;
                    changes.rewatch.store(true, Ordering::SeqCst);
                }
                if !changes_content(&e.kind) {
                    continue;
                }
                for path in &e.paths {
                    if let Some(top) = concerns_site(&root, path) {
                        dirty = true;
                        if top {
                            changes.rewatch.store(true, Ordering::SeqCst);
                        }
                    }
                }
            }
            if dirty {
                changes.dirty.notify_one();
            }
        }
        Err(errors) => {
            // Events may have been lost: rebuild to be sure.
            for e in errors {
                note!("codesite: watching the files: {e}");
            }
            changes.dirty.notify_one();
        }
    }
}

/// Whether an event may change what a build reads: not a file opened or read (the build
/// itself opens every file), but a write, a creation, a removal, a rename.
fn changes_content(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        _ => true,
    }
}

/// Whether a change at `path` concerns the site: something below content/, locales/ or
/// templates/, and not an editor's leftover (`.name`, `#name#`, `name~`). `Some(true)` when
/// it is one of those folders itself.
fn concerns_site(root: &Path, path: &Path) -> Option<bool> {
    let rel = path.strip_prefix(root).ok()?;
    let mut parts = rel.components();
    let first = match parts.next()? {
        Component::Normal(first) => first,
        _ => return None,
    };
    if !INPUTS.iter().any(|d| first == *d) {
        return None;
    }
    let mut rest = 0;
    for part in parts {
        rest += 1;
        if part.as_os_str().to_string_lossy().starts_with('.') {
            return None;
        }
    }
    let name = path.file_name()?.to_string_lossy();
    if name.starts_with('#') || name.ends_with('~') {
        return None;
    }
    Some(rest == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_leftovers_do_not_rebuild() {
        let root = Path::new("/site");
        let c = |p: &str| concerns_site(root, &root.join(p));
        assert_eq!(c("locales/en/mini.ftl"), Some(false));
        assert_eq!(c("templates"), Some(true));
        assert_eq!(c("content/a/catalog.toml"), Some(false));
        for leftover in [
            "locales/en/.mini.ftl.swp",
            "locales/en/#mini.ftl#",
            "locales/en/mini.ftl~",
            "content/.git/HEAD",
            "public/index.html",
            "site.toml",
        ] {
            assert_eq!(c(leftover), None, "{leftover}");
        }
    }
    #[test]
    fn unspecified_addresses_are_published_as_loopback() {
        let url = |s: &str| local_url(s.parse().unwrap());
        assert_eq!(url("127.0.0.1:1111"), "http://127.0.0.1:1111/");
        assert_eq!(url("0.0.0.0:1111"), "http://127.0.0.1:1111/");
        assert_eq!(url("[::]:8000"), "http://[::1]:8000/");
        assert_eq!(url("[::1]:8000"), "http://[::1]:8000/");
    }
}
