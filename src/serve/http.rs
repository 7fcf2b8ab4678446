//! serve's HTTP side: the routes, the connection loop with its bounds, the reload event
//! stream, and the files of the served folder.

use super::*;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

/// What a path segment percent-encodes: everything but unreserved characters and
/// `@:!$&'()*+,;=`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'@')
    .remove(b':')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

pub(super) fn router(ctx: Arc<Ctx>) -> Router {
    Router::new()
        .route(EVENTS, get(events))
        .fallback(file)
        .with_state(ctx)
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(MAX_BODY))
        .layer(tower_http::set_header::SetResponseHeaderLayer::overriding(
            CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

/// Accepts connections and serves each with hyper's bounds, [`MAX_CONNECTIONS`] at a time.
pub(super) async fn accept(listener: tokio::net::TcpListener, app: Router) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT)
        .max_header_size(MAX_HEAD)
        .max_buf_size(MAX_HEAD)
        .max_headers(100);
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else {
            return;
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Out of file descriptors, most likely: wait for some to close.
                note!("codesite: failed to accept a connection: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let connection = http.serve_connection(TokioIo::new(stream), service);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
}

/// Server-sent events: the current generation at once, then one each time a build finishes;
/// the page reloads when it differs from the one it was served with.
async fn events(
    State(ctx): State<Arc<Ctx>>,
) -> Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>> {
    let rx = ctx.shown.subscribe();
    let stream = futures_util::stream::unfold((rx, true), |(mut rx, first)| async move {
        if !first {
            rx.changed().await.ok()?;
        }
        let generation = rx.borrow_and_update().generation;
        Some((
            Ok(Event::default().data(generation.to_string())),
            (rx, false),
        ))
    });
    Sse::new(stream).keep_alive(KeepAlive::new().interval(KEEP_ALIVE).text("still here"))
}

const NOT_FOUND: &[u8] = b"<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><body><p>Not found.</p></body></html>";

/// Any other path: a file of the site.
async fn file(State(ctx): State<Arc<Ctx>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [
                (ALLOW, "GET, HEAD"),
                (CONTENT_TYPE, "text/plain; charset=utf-8"),
            ],
            "only GET and HEAD\n",
        )
            .into_response();
    }
    // Read before the file: a page never carries a generation newer than its content.
    let shown = ctx.shown.borrow().clone();
    let (status, path) = match target(&ctx.out, &uri).await {
        Target::File(path) => (StatusCode::OK, path),
        Target::Redirect(location) => {
            return (
                StatusCode::PERMANENT_REDIRECT,
                [(LOCATION, location)],
                Body::empty(),
            )
                .into_response();
        }
        Target::Missing => (StatusCode::NOT_FOUND, ctx.out.join("404.html")),
    };
    let (status, kind, body) = match tokio::fs::read(&path).await {
        Ok(body) => (status, content_type(&path), body),
        // A file gone between the look and the read, or a site without 404.html yet: an HTML
        // page all the same, so that the overlay shows.
        Err(_) => (
            StatusCode::NOT_FOUND,
            "text/html; charset=utf-8".to_owned(),
            NOT_FOUND.to_vec(),
        ),
    };
    let body = if kind.starts_with("text/html") {
        inject(&body, &shown)
    } else {
        body
    };
    (status, [(CONTENT_TYPE, kind)], body).into_response()
}

/// What a request path names inside the served folder.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A file, or a folder's index.html.
    File(PathBuf),
    /// A folder named without its trailing slash: its address with one (and the query).
    Redirect(String),
    Missing,
}

async fn target(out: &Path, uri: &Uri) -> Target {
    let path = uri.path();
    let Some(segments) = segments(path) else {
        return Target::Missing;
    };
    let mut full = out.to_path_buf();
    full.extend(&segments);
    let Ok(meta) = tokio::fs::metadata(&full).await else {
        return Target::Missing;
    };
    let folder = path.ends_with('/');
    if meta.is_dir() && folder {
        let index = full.join("index.html");
        match tokio::fs::metadata(&index).await {
            Ok(m) if m.is_file() => Target::File(index),
            _ => Target::Missing,
        }
    } else if meta.is_dir() {
        let mut location = String::new();
        for s in &segments {
            location.push('/');
            location.extend(utf8_percent_encode(s, SEGMENT));
        }
        location.push('/');
        if let Some(q) = uri.query() {
            location.push('?');
            location.push_str(q);
        }
        Target::Redirect(location)
    } else if meta.is_file() && !folder {
        Target::File(full)
    } else {
        Target::Missing
    }
}

/// The segments of a request path, decoded, when each names an entry inside the folder:
/// none is `.` or `..`, none holds a slash, a backslash or NUL (encoded or not), and none is
/// codesite's own bookkeeping (`.codesite-…`). Empty segments (`//`) are skipped.
fn segments(path: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for raw in path.split('/').filter(|s| !s.is_empty()) {
        let seg = percent_decode_str(raw).decode_utf8().ok()?.into_owned();
        if seg == "."
            || seg == ".."
            || seg.starts_with(".codesite")
            || seg.contains(['/', '\\', '\0'])
        {
            return None;
        }
        out.push(seg);
    }
    Some(out)
}

/// The Content-Type of a file, from its name; text in UTF-8, as codesite writes it.
fn content_type(path: &Path) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    if mime.type_() == mime_guess::mime::TEXT
        || mime.essence_str() == "application/javascript"
        || mime.essence_str() == "application/xml"
    {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_paths_cannot_leave_the_served_folder() {
        assert_eq!(segments("/"), Some(vec![]));
        assert_eq!(
            segments("/en//mini/"),
            Some(vec!["en".into(), "mini".into()])
        );
        assert_eq!(segments("/caf%C3%A9"), Some(vec!["café".into()]));
        // A malformed escape is taken as written, as browsers do: a name, inside the folder.
        assert_eq!(segments("/%zz"), Some(vec!["%zz".into()]));
        for bad in [
            "/../etc/passwd",
            "/en/../../x",
            "/en/%2e%2e/%2e%2e/etc/passwd",
            "/en/%2E%2E/x",
            "/en/..%2f..%2fetc",
            "/en/..%5c..%5cetc",
            "/en\\..\\x",
            "/a%00b",
            "/./x",
            "/.codesite-manifest",
            "/%c3",
        ] {
            assert_eq!(segments(bad), None, "{bad}");
        }
    }
    #[tokio::test]
    async fn folders_answer_with_their_index_or_a_redirect() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("en/a b")).unwrap();
        std::fs::write(dir.path().join("en/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("en/a b/index.html"), "x").unwrap();
        let t = |p: &'static str| {
            let dir = dir.path().to_path_buf();
            async move { target(&dir, &Uri::from_static(p)).await }
        };
        assert_eq!(
            t("/en/").await,
            Target::File(dir.path().join("en/index.html"))
        );
        assert_eq!(
            t("/en/index.html").await,
            Target::File(dir.path().join("en/index.html"))
        );
        assert_eq!(t("/en").await, Target::Redirect("/en/".into()));
        assert_eq!(t("//en?x=1").await, Target::Redirect("/en/?x=1".into()));
        assert_eq!(t("/en/a%20b").await, Target::Redirect("/en/a%20b/".into()));
        assert_eq!(t("/en/index.html/").await, Target::Missing);
        assert_eq!(t("/nope/").await, Target::Missing);
        assert_eq!(t("/en/%2e%2e/en/").await, Target::Missing);
    }

    #[test]
    fn files_are_served_with_their_types_and_text_as_utf8() {
        let t = |name: &str| content_type(Path::new(name));
        assert_eq!(t("en/index.html"), "text/html; charset=utf-8");
        assert_eq!(t("assets/style.css"), "text/css; charset=utf-8");
        assert!(t("assets/find.js").ends_with("javascript; charset=utf-8"));
        assert!(t("sitemap.xml").ends_with("/xml; charset=utf-8"));
        assert_eq!(t("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(t("font.woff2"), "font/woff2");
        assert_eq!(t("logo.png"), "image/png");
        assert_eq!(t("LICENSE"), "application/octet-stream");
    }
}
