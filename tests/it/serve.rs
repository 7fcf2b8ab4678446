//! `codesite serve`: a real server on a free port, fetched over HTTP while files change.

use std::fs;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::util::*;

pub struct Server {
    child: Child,
    /// host:port, as printed.
    pub addr: String,
    /// The private folder it builds into, as printed.
    pub folder: PathBuf,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    /// What it printed on stderr so far.
    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Sends `signal` and waits for the process to end.
    fn stop(&mut self, signal: i32) -> (ExitStatus, Duration) {
        let start = Instant::now();
        unsafe { libc::kill(self.pid(), signal) };
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status, start.elapsed());
            }
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "the server did not stop on signal {signal}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // SIGTERM first, so that the server removes its folder; SIGKILL if it will not go.
        if let Ok(None) = self.child.try_wait() {
            unsafe { libc::kill(self.pid(), libc::SIGTERM) };
            let start = Instant::now();
            while let Ok(None) = self.child.try_wait() {
                if start.elapsed() > Duration::from_secs(5) {
                    let _ = self.child.kill();
                    break;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        let _ = self.child.wait();
    }
}

/// Serves `root` on any free port.
pub fn start(root: &Path) -> Server {
    start_with(root, &["--port", "0"], &[])
}

/// Serves `root` with more arguments and environment variables.
pub fn start_with(root: &Path, args: &[&str], envs: &[(&str, &str)]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(["serve", "--root", root.to_str().unwrap()])
        .args(args)
        .envs(envs.iter().copied())
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = Arc::new(Mutex::new(String::new()));
    {
        let stderr = Arc::clone(&stderr);
        let pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                let mut s = stderr.lock().unwrap();
                s.push_str(&line);
                s.push('\n');
            }
        });
    }
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let Some(url) = line.split("http://").nth(1) else {
        let _ = child.kill();
        std::thread::sleep(Duration::from_millis(100));
        panic!("no URL in {line:?}; stderr:\n{}", stderr.lock().unwrap());
    };
    let addr = url.split('/').next().unwrap().to_owned();
    let folder = line
        .split("building into ")
        .nth(1)
        .and_then(|rest| rest.split(" (").next())
        .unwrap_or_else(|| panic!("no folder in {line:?}"));
    Server {
        child,
        addr,
        folder: PathBuf::from(folder),
        stderr,
    }
}

/// Sends `raw` and reads the whole response: (head, body).
fn exchange(addr: &str, raw: &[u8]) -> (String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(raw).unwrap();
    let mut response = Vec::new();
    s.read_to_end(&mut response).unwrap();
    let response = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    (head.to_owned(), body.to_owned())
}

fn request(addr: &str, method: &str, path: &str) -> (String, String) {
    exchange(
        addr,
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

/// (status line, body)
fn get(addr: &str, path: &str) -> (String, String) {
    let (head, body) = request(addr, "GET", path);
    (head.lines().next().unwrap_or("").to_owned(), body)
}

/// The value of header `name` in a response head.
fn header<'h>(head: &'h str, name: &str) -> Option<&'h str> {
    head.lines().skip(1).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn wait_until(what: &str, limit: Duration, mut ok: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(25));
    }
    start.elapsed()
}

/// The server's resident memory, from /proc (Linux).
fn rss_kb(pid: i32) -> Option<u64> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn serve_rebuilds_on_change_and_shows_errors_over_the_page() {
    let root = fixture("mini");
    let server = start(&root);
    let (status, page) = get(&server.addr, "/en/mini/220/");
    assert!(status.contains("200"), "{status}");
    assert!(page.contains("Service Ready"));
    assert!(
        page.contains("EventSource(\"/__codesite/events\")"),
        "the reload script is injected"
    );
    assert!(
        get(&server.addr, "/ar/mini/220-vs-553/").0.contains("200"),
        "every locale is served"
    );
    assert!(get(&server.addr, "/nope/").0.contains("404"));

    // An edited translation is served within two seconds.
    let ftl = root.join("locales/en/mini.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    fs::write(
        &ftl,
        text.replace("mini-220 = Service Ready", "mini-220 = Service Ready Now"),
    )
    .unwrap();
    let took = wait_until("the new text", Duration::from_secs(2), || {
        get(&server.addr, "/en/mini/220/")
            .1
            .contains("Service Ready Now")
    });
    eprintln!("new text served after {took:?}");

    // A broken catalog: the last good page, with the error over it.
    let cat = root.join("content/mini/catalog.toml");
    let good = fs::read_to_string(&cat).unwrap();
    fs::write(
        &cat,
        good.replacen("retry = \"later\"", "retyr = \"later\"", 1),
    )
    .unwrap();
    wait_until("the error overlay", Duration::from_secs(5), || {
        let (_, body) = get(&server.addr, "/en/mini/220/");
        body.contains("id=\"codesite-error\"")
            && body.contains("content/mini/catalog.toml:")
            && body.contains("Service Ready Now")
    });

    // Fixed: the overlay goes.
    fs::write(&cat, good).unwrap();
    wait_until("the overlay to go", Duration::from_secs(5), || {
        !get(&server.addr, "/en/mini/220/")
            .1
            .contains("codesite-error")
    });

    // Nothing of the server reaches a build, nor its private folder.
    let out = fresh_dir("serve-then-build");
    codesite_ok(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    let built = fs::read_to_string(out.join("en/mini/220/index.html")).unwrap();
    assert!(!built.contains("__codesite"));
    let served = fs::read_to_string(server.folder.join("site/en/mini/220/index.html")).unwrap();
    assert!(!served.contains("__codesite"));
}

#[test]
fn the_overlay_puts_errors_first_and_folds_the_warnings() {
    let root = fixture("mini");
    let server = start(&root);
    // The mini site has three warnings (missing translations); now an error too.
    let cat = root.join("content/mini/catalog.toml");
    let good = fs::read_to_string(&cat).unwrap();
    fs::write(
        &cat,
        good.replacen("retry = \"later\"", "retyr = \"later\"", 1),
    )
    .unwrap();
    let mut page = String::new();
    wait_until("the error overlay", Duration::from_secs(5), || {
        page = get(&server.addr, "/ar/mini/220/").1;
        page.contains("id=\"codesite-error\"")
    });
    let overlay = &page[page.find("id=\"codesite-error\"").unwrap()..];
    let error = overlay.find("error: ").expect("the error is shown");
    let details = overlay.find("<details>").expect("the warnings are folded");
    let folded = &overlay[details..overlay.find("</details>").unwrap()];
    assert!(error < details, "errors come first:\n{overlay}");
    assert!(
        !overlay[..details].contains("warning: "),
        "no warning before the fold:\n{overlay}"
    );
    assert!(folded.contains("3 warnings</summary>"), "{folded}");
    assert_eq!(folded.matches("warning: ").count(), 3, "{folded}");
    assert!(overlay.contains("content/mini/catalog.toml:"));
    // Over a 404 page too.
    let (status, missing) = get(&server.addr, "/nope/");
    assert!(status.contains("404"));
    assert!(missing.contains("id=\"codesite-error\""));
}

#[test]
fn serve_answers_like_a_static_host() {
    let root = fixture("mini");
    let server = start(&root);
    let addr = server.addr.as_str();

    // A folder without its slash is redirected, so that relative links resolve.
    let (head, _) = request(addr, "GET", "/en");
    assert!(head.starts_with("HTTP/1.1 308"), "{head}");
    assert_eq!(header(&head, "location"), Some("/en/"));
    let (head, _) = request(addr, "GET", "/en/mini/220?from=x");
    assert_eq!(header(&head, "location"), Some("/en/mini/220/?from=x"));
    let (head, _) = request(addr, "GET", "//en");
    assert_eq!(
        header(&head, "location"),
        Some("/en/"),
        "never to another host"
    );

    // GET and HEAD only; HEAD tells the length and sends nothing.
    let (head, body) = request(addr, "GET", "/en/");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(header(&head, "cache-control"), Some("no-store"));
    assert_eq!(
        header(&head, "content-type"),
        Some("text/html; charset=utf-8")
    );
    let length = body.len().to_string();
    let (head, body) = request(addr, "HEAD", "/en/");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(header(&head, "content-length"), Some(length.as_str()));
    assert!(body.is_empty());
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let (head, _) = request(addr, method, "/en/");
        assert!(head.starts_with("HTTP/1.1 405"), "{method}: {head}");
        assert_eq!(header(&head, "allow"), Some("GET, HEAD"), "{method}");
    }
    let (head, _) = exchange(
        addr,
        format!(
            "GET /en/ HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 1000000\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    );
    assert!(head.starts_with("HTTP/1.1 413"), "a large body: {head}");

    // A missing file: the site's own 404 page.
    let (head, body) = request(addr, "GET", "/en/nope.html");
    assert!(head.starts_with("HTTP/1.1 404"), "{head}");
    assert_eq!(header(&head, "cache-control"), Some("no-store"));
    assert!(body.contains("Page not found"), "{body}");

    // Nothing outside the folder, however the path is spelt.
    fs::write(server.folder.join("secret.txt"), "secret").unwrap();
    for path in [
        "/../secret.txt",
        "/en/../../secret.txt",
        "/en/%2e%2e/%2e%2e/secret.txt",
        "/en/%2E%2E/%2E%2E/secret.txt",
        "/en/..%2f..%2fsecret.txt",
        "/en/..%5c..%5csecret.txt",
        "/en\\..\\..\\secret.txt",
        "/en/%00/../../secret.txt",
        "/.codesite-manifest",
    ] {
        let (head, body) = request(addr, "GET", path);
        let status = head.lines().next().unwrap_or("");
        assert!(
            status.contains(" 404") || status.contains(" 400"),
            "{path}: {status}"
        );
        assert!(!body.contains("secret"), "{path}");
    }

    // The site is published at the address served: canonical and hreflang links work here.
    let (_, page) = get(addr, "/en/mini/220/");
    assert!(
        page.contains(&format!(
            "rel=\"canonical\" href=\"http://{addr}/en/mini/220/\""
        )),
        "{page}"
    );
    assert!(page.contains(&format!(
        "hreflang=\"ar\" href=\"http://{addr}/ar/mini/220/\""
    )));
}

#[test]
fn a_huge_request_is_refused_without_being_held() {
    let root = fixture("mini");
    let server = start(&root);
    let addr = server.addr.clone();
    assert!(get(&addr, "/en/").0.contains("200"));
    let before = rss_kb(server.pid());

    // 16 MB of request line, and 16 MB of headers, each on a connection of its own.
    let huge = |head: &'static [u8], filler: &'static [u8]| {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let start = Instant::now();
            let mut s = TcpStream::connect(&addr).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
            let _ = s.write_all(head);
            let chunk = filler.repeat(64 * 1024 / filler.len());
            let mut sent = 0;
            while sent < 16 << 20 {
                if s.write_all(&chunk).is_err() {
                    break; // refused: the server closed the connection
                }
                sent += chunk.len();
            }
            let mut answer = [0; 64];
            let n = s.read(&mut answer).unwrap_or(0);
            (
                String::from_utf8_lossy(&answer[..n]).into_owned(),
                sent,
                start.elapsed(),
            )
        })
    };
    let line = huge(b"GET /", b"a");
    let headers = huge(
        b"GET / HTTP/1.1\r\nHost: x\r\n",
        b"X-Filler: aaaaaaaaaaaaaa\r\n",
    );
    // Meanwhile, another connection is served.
    assert!(get(&addr, "/en/mini/220/").0.contains("200"));
    for (what, t) in [("request line", line), ("headers", headers)] {
        let (answer, sent, took) = t.join().unwrap();
        eprintln!("{what}: {sent} bytes sent, answer {answer:?}, in {took:?}");
        assert!(
            answer.is_empty() || answer.starts_with("HTTP/1.1 4"),
            "{what}: {answer:?}"
        );
        assert!(sent < 16 << 20, "{what}: the server read all of it");
        assert!(took < Duration::from_secs(2), "{what}: {took:?}");
    }
    assert!(get(&addr, "/en/").0.contains("200"));
    if let (Some(before), Some(after)) = (before, rss_kb(server.pid())) {
        eprintln!("server memory: {before} kB before, {after} kB after");
        assert!(
            after < before + 4096,
            "the server grew from {before} kB to {after} kB"
        );
    }
}

#[test]
fn silent_and_slow_clients_are_dropped_while_others_are_served() {
    let root = fixture("mini");
    let server = start(&root);
    let addr = server.addr.clone();
    let silent = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let start = Instant::now();
            let mut s = TcpStream::connect(&addr).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
            let mut buf = [0; 256];
            let _ = s.read(&mut buf); // EOF or a reset when the server closes it
            start.elapsed()
        })
    };
    let slow = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let start = Instant::now();
            let mut s = TcpStream::connect(&addr).unwrap();
            let _ = s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            // One byte at a time, never ending the headers.
            while start.elapsed() < Duration::from_secs(20) {
                if s.write_all(b"a").is_err() {
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            start.elapsed()
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    assert!(get(&addr, "/en/").0.contains("200"), "others are served");
    let silent = silent.join().unwrap();
    let slow = slow.join().unwrap();
    eprintln!("silent client dropped after {silent:?}, slow one after {slow:?}");
    for (what, took) in [("silent", silent), ("slow", slow)] {
        assert!(
            took < Duration::from_secs(8),
            "{what} client kept for {took:?}"
        );
    }
    assert!(get(&addr, "/en/").0.contains("200"));
}

#[test]
fn a_signal_stops_the_server_and_removes_its_private_folder() {
    let root = fixture("mini");
    let mut a = start(&root);
    let mut b = start(&root);
    for s in [&a, &b] {
        assert!(
            s.folder.join("site/en/index.html").is_file(),
            "{:?}",
            s.folder
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            let mode = fs::metadata(&s.folder).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "{:?} is private", s.folder);
        }
    }
    assert_ne!(a.folder, b.folder, "a new folder for each run");
    for (server, signal) in [(&mut a, libc::SIGTERM), (&mut b, libc::SIGINT)] {
        let (status, took) = server.stop(signal);
        eprintln!("stopped by signal {signal} in {took:?}");
        assert!(status.success(), "{status:?}\n{}", server.stderr());
        assert!(!server.folder.exists(), "{:?} is left", server.folder);
    }
}

#[test]
fn a_busy_port_moves_the_server_to_the_next_free_one() {
    let root = fixture("mini");
    let held = TcpListener::bind("127.0.0.1:0").unwrap();
    let busy = held.local_addr().unwrap().port();
    let server = start_with(&root, &["--port", &busy.to_string()], &[]);
    let port: u16 = server.addr.rsplit(':').next().unwrap().parse().unwrap();
    assert!(
        port > busy && port <= busy + 19,
        "port {port} after busy {busy}"
    );
    assert!(get(&server.addr, "/en/").0.contains("200"));
    wait_until("the message", Duration::from_secs(2), || {
        server
            .stderr()
            .contains(&format!("port {busy} is busy; using port {port}"))
    });
}

#[test]
fn open_bind_and_base_url() {
    let root = fixture("mini");
    let dir = fresh_dir("browser-stand-in");
    let opened = dir.join("opened");
    let script = dir.join("browser");
    fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > '{0}.tmp' && mv '{0}.tmp' '{0}'\n",
            opened.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    }
    let server = start_with(
        &root,
        &[
            "--port",
            "0",
            "--bind",
            "localhost",
            "--open",
            "--base-url",
            "https://docs.example/codes/",
        ],
        &[("BROWSER", script.to_str().unwrap())],
    );
    assert!(server.addr.starts_with("127.0.0.1:"), "{}", server.addr);
    wait_until("the browser to be opened", Duration::from_secs(3), || {
        opened.exists()
    });
    assert_eq!(
        fs::read_to_string(&opened).unwrap(),
        format!("http://{}/", server.addr)
    );
    let (_, page) = get(&server.addr, "/en/mini/220/");
    assert!(
        page.contains("rel=\"canonical\" href=\"https://docs.example/codes/en/mini/220/\""),
        "{page}"
    );

    // A bad --base-url or --bind is refused before anything starts.
    let o = codesite(&[
        "serve",
        "--root",
        root.to_str().unwrap(),
        "--base-url",
        "docs.example",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--base-url"));
    let o = codesite(&["serve", "--bind", "nowhere"]);
    assert_eq!(o.status.code(), Some(2));
}
