//! `codesite serve`: build into a private folder, serve it on 127.0.0.1, rebuild when a file
//! of the site changes, and reload the open pages. A failed rebuild keeps the last good site
//! and shows its diagnostics over every page until a good rebuild removes them.
//!
//! The reload script and the overlay are added to HTML responses as they are sent; the files
//! on disk are exactly what `codesite build` writes.

use std::fs;
use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant, SystemTime};

use anyhow::{Context as _, Result};

use crate::build::build_site;
use crate::plan::LinkStyle;

/// The path the reload script listens on (server-sent events).
const EVENTS: &str = "/__codesite/events";

/// What the server shows: the build generation, and the diagnostics of a failed rebuild.
#[derive(Default)]
struct State {
    generation: u64,
    error: Option<String>,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

/// Options of `codesite serve`.
pub struct Options {
    pub root: PathBuf,
    pub port: u16,
    pub style: LinkStyle,
    pub strict: bool,
}

/// Serves the site until the process is stopped.
pub fn serve(opts: Options) -> Result<()> {
    // One private folder per site, kept between runs: a restart rebuilds only what changed.
    let key = {
        use std::hash::{Hash as _, Hasher as _};
        let mut h = std::hash::DefaultHasher::new();
        fs::canonicalize(&opts.root)
            .unwrap_or_else(|_| opts.root.clone())
            .hash(&mut h);
        format!("{:?}", opts.style).hash(&mut h);
        h.finish()
    };
    let out = std::env::temp_dir().join(format!("codesite-serve-{key:016x}"));
    let shared = Arc::new(Shared {
        state: Mutex::new(State::default()),
        changed: Condvar::new(),
    });
    rebuild(&opts, &out, &shared);
    let listener = TcpListener::bind(("127.0.0.1", opts.port))
        .with_context(|| format!("failed to listen on 127.0.0.1:{}", opts.port))?;
    let addr = listener.local_addr()?;
    println!(
        "codesite: serving {} at http://{addr}/ (Ctrl-C to stop)",
        opts.root.display()
    );
    let _ = std::io::stdout().flush();
    {
        let shared = Arc::clone(&shared);
        let out = out.clone();
        std::thread::spawn(move || watch(&opts, &out, &shared));
    }
    for stream in listener.incoming().flatten() {
        let shared = Arc::clone(&shared);
        let out = out.clone();
        std::thread::spawn(move || {
            let _ = handle(stream, &out, &shared);
        });
    }
    Ok(())
}

/// Builds into `out` and tells the open pages.
fn rebuild(opts: &Options, out: &Path, shared: &Shared) {
    let started = Instant::now();
    let result = build_site(&opts.root, opts.style, opts.strict, Some(out));
    let mut state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
    match result {
        Ok(Ok(built)) => {
            let stats = built.stats.unwrap_or_default();
            eprintln!(
                "codesite: built in {:.2} s: {} files written, {} unchanged",
                started.elapsed().as_secs_f64(),
                stats.written,
                stats.unchanged
            );
            state.error = None;
        }
        Ok(Err(ds)) => {
            let text = ds.render(false);
            eprint!(
                "{}",
                ds.render(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            );
            eprintln!("codesite: the rebuild failed; still serving the last good site");
            state.error = Some(text);
        }
        Err(e) => {
            eprintln!("codesite: {e:#}");
            state.error = Some(format!("{e:#}"));
        }
    }
    state.generation += 1;
    shared.changed.notify_all();
}

/// Polls the site's folders; on a change, waits for the edits to settle, then rebuilds.
fn watch(opts: &Options, out: &Path, shared: &Shared) {
    let mut last = snapshot(&opts.root);
    loop {
        std::thread::sleep(Duration::from_millis(150));
        let now = snapshot(&opts.root);
        if now == last {
            continue;
        }
        // Editors save in several steps: rebuild once the files stay still.
        let mut settled = now;
        loop {
            std::thread::sleep(Duration::from_millis(60));
            let again = snapshot(&opts.root);
            if again == settled {
                break;
            }
            settled = again;
        }
        last = settled;
        rebuild(opts, out, shared);
    }
}

/// Every file below content/, locales/ and templates/ with its size and modification time.
fn snapshot(root: &Path) -> Vec<(PathBuf, u64, Option<SystemTime>)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, u64, Option<SystemTime>)>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            match e.metadata() {
                Ok(m) if m.is_dir() => walk(&p, out),
                Ok(m) => out.push((p, m.len(), m.modified().ok())),
                Err(_) => {}
            }
        }
    }
    let mut v = Vec::new();
    for d in ["content", "locales", "templates"] {
        walk(&root.join(d), &mut v);
    }
    v.sort();
    v
}

fn handle(stream: TcpStream, out: &Path, shared: &Shared) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    // Read and drop the headers.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let mut stream = stream;
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only\n",
            method,
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS {
        return events(stream, shared);
    }
    let (status, file) = match resolve(out, path) {
        Some(f) => ("200 OK", f),
        None => ("404 Not Found", out.join("404.html")),
    };
    let mut body = fs::read(&file).unwrap_or_else(|_| b"not found\n".to_vec());
    let kind = content_type(&file);
    if kind.starts_with("text/html") {
        let state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        body = inject(&body, state.generation, state.error.as_deref());
    }
    respond(&mut stream, status, kind, &body, method)
}

/// The file a request path names inside `out`: folders answer with their index.html.
/// Paths that climb out of the folder name nothing.
fn resolve(out: &Path, path: &str) -> Option<PathBuf> {
    let mut full = out.to_path_buf();
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        let seg = percent_decode(seg)?;
        if seg == ".." || seg == "." || seg.contains(['/', '\\']) {
            return None;
        }
        full.push(seg);
    }
    if full.is_dir() {
        full.push("index.html");
    }
    full.is_file().then_some(full)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("xml") => "application/xml; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    method: &str,
) -> Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        stream.write_all(body)?;
    }
    Ok(())
}

/// Server-sent events: one message each time a build finishes, so the page reloads.
fn events(mut stream: TcpStream, shared: &Shared) -> Result<()> {
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n",
    )?;
    let mut seen = shared
        .state
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .generation;
    loop {
        let state = shared.state.lock().unwrap_or_else(|e| e.into_inner());
        let (state, timeout) = shared
            .changed
            .wait_timeout_while(state, Duration::from_secs(15), |s| s.generation == seen)
            .unwrap_or_else(|e| e.into_inner());
        let message = if timeout.timed_out() {
            ": still here\n\n".to_owned() // keeps proxies and the browser from closing it
        } else {
            seen = state.generation;
            format!("data: {seen}\n\n")
        };
        drop(state);
        stream.write_all(message.as_bytes())?;
        stream.flush()?;
    }
}

/// Adds the reload script, and the overlay when the last rebuild failed, before `</body>`.
fn inject(html: &[u8], generation: u64, error: Option<&str>) -> Vec<u8> {
    let mut extra = String::new();
    if let Some(error) = error {
        extra.push_str(
            "<div id=\"codesite-error\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;background:rgba(20,20,20,.94);color:#fafafa;font:14px/1.5 ui-monospace,monospace;direction:ltr;text-align:left\"><p style=\"font:600 16px/1.4 system-ui,sans-serif;margin:0 0 1rem\">The last rebuild failed; this is the last good page. Fix the files below and save: the page reloads.</p><pre style=\"white-space:pre-wrap;margin:0\">",
        );
        extra.push_str(&crate::i18n::escape(error));
        extra.push_str("</pre></div>");
    }
    extra.push_str(&format!(
        "<script>(function(){{var g={generation};var s=new EventSource(\"{EVENTS}\");s.onmessage=function(e){{if(Number(e.data)!==g){{location.reload();}}}};}})();</script>"
    ));
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{extra}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{extra}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_cannot_leave_the_served_folder() {
        let dir = std::env::temp_dir().join(format!("codesite-serve-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("en")).unwrap();
        fs::write(dir.join("en/index.html"), "x").unwrap();
        assert_eq!(resolve(&dir, "/en/"), Some(dir.join("en/index.html")));
        assert_eq!(
            resolve(&dir, "/en/index.html"),
            Some(dir.join("en/index.html"))
        );
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);
        assert_eq!(resolve(&dir, "/en/%2e%2e/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(&dir, "/nope/"), None);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_overlay_escapes_the_diagnostics_and_goes_before_the_body_ends() {
        let page = inject(
            b"<html><body><p>x</p></body></html>",
            3,
            Some("error: <b>bad</b>"),
        );
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains("error: &lt;b&gt;bad&lt;/b&gt;"));
        assert!(page.ends_with("</script></body></html>"));
        assert!(page.contains("var g=3;"));
    }
}
