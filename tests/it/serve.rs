//! `codesite serve`: a real server on a free port, fetched over HTTP while files change.

use std::fs;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::*;

pub struct Server {
    child: Child,
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn start(root: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(["serve", "--root", root.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split("http://")
        .nth(1)
        .unwrap_or_else(|| panic!("no URL in {line:?}"));
    let addr = url.split('/').next().unwrap().to_owned();
    Server { child, addr }
}

fn get(addr: &str, path: &str) -> (String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    s.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_owned(), body.to_owned())
}

fn wait_until(what: &str, limit: Duration, mut ok: impl FnMut() -> bool) -> Duration {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
    start.elapsed()
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

    // Nothing of the server reaches a build.
    let out = fresh_dir("serve-then-build");
    codesite_ok(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert!(
        !fs::read_to_string(out.join("en/mini/220/index.html"))
            .unwrap()
            .contains("__codesite")
    );
}
