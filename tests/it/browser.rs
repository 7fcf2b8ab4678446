//! The offline build in a real browser: Debian's Chromium, driven through chromedriver's
//! WebDriver protocol, opens the site from file:// and walks it the way a reader does.
//! Skipped, with a message saying why, where chromium or chromedriver is not installed;
//! `.ci/run` installs both.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::util::*;

/// One browser at a time: two would fight over two cores.
static ONE_BROWSER: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// A chromedriver process and one browser session, closed on drop.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
}

impl Browser {
    fn start() -> Option<Browser> {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
            .into_iter()
            .find(|p| Path::new(p).exists());
        let chromedriver = ["/usr/bin/chromedriver"]
            .into_iter()
            .find(|p| Path::new(p).exists());
        let (Some(chromium), Some(chromedriver)) = (chromium, chromedriver) else {
            skip(
                "browser test: chromium and chromedriver are not installed \
                 (Debian: apt-get install chromium chromium-driver; .ci/run does this)",
            );
            return None;
        };
        let port = TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let mut browser = Browser {
            driver,
            port,
            session: String::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while browser.call("GET", "/status", None).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not answer");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = fresh_dir("chromium-profile");
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--no-first-run", "--lang=en-US",
                    format!("--user-data-dir={}", profile.display()),
                    "--window-size=1280,900",
                ],
                "prefs": {"intl.accept_languages": "en-US,en"},
            },
            "goog:loggingPrefs": {"browser": "ALL"},
        }}});
        let session = browser
            .call("POST", "/session", Some(caps))
            .expect("a browser session");
        browser.session = session["sessionId"]
            .as_str()
            .expect("session id")
            .to_owned();
        Some(browser)
    }

    /// One WebDriver command; the `value` of the answer, or the error it reports.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        stream.set_read_timeout(Some(Duration::from_secs(60))).ok();
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        stream
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        // chromedriver keeps the connection open: read the headers, then Content-Length bytes.
        let mut response = Vec::new();
        let mut byte = [0u8; 1];
        while !response.ends_with(b"\r\n\r\n") {
            let n = stream.read(&mut byte).map_err(|e| e.to_string())?;
            if n == 0 {
                return Err("connection closed".into());
            }
            response.push(byte[0]);
        }
        let headers = String::from_utf8_lossy(&response).to_ascii_lowercase();
        let length: usize = headers
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .ok_or("no Content-Length")?;
        let mut body = vec![0u8; length];
        stream.read_exact(&mut body).map_err(|e| e.to_string())?;
        let json_body = String::from_utf8_lossy(&body);
        let value: Value =
            serde_json::from_str(&json_body).map_err(|e| format!("{e}: {json_body}"))?;
        let value = value["value"].clone();
        if let Some(error) = value.get("error") {
            return Err(format!("{error}: {}", value["message"]));
        }
        Ok(value)
    }

    fn session_call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        self.call(method, &path, body.clone())
            .unwrap_or_else(|e| panic!("{method} {path} {body:?}: {e}"))
    }

    fn open(&self, url: &str) {
        self.session_call("POST", "/url", Some(json!({"url": url})));
    }

    fn url(&self) -> String {
        self.session_call("GET", "/url", None)
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    fn find(&self, css: &str) -> String {
        let v = self.session_call(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_owned()
    }

    fn click(&self, css: &str) {
        let id = self.find(css);
        self.session_call("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.session_call("POST", &format!("/element/{id}/clear"), Some(json!({})));
        self.session_call(
            "POST",
            &format!("/element/{id}/value"),
            Some(json!({"text": text})),
        );
    }

    fn script(&self, js: &str) -> Value {
        self.session_call(
            "POST",
            "/execute/sync",
            Some(json!({"script": js, "args": []})),
        )
    }

    /// Waits until `js` returns true, for pages that navigate or update after an event.
    fn wait_for(&self, what: &str, js: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.script(js) != json!(true) {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what} (at {})",
                self.url()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Console messages of level SEVERE since the last call: errors and failed loads.
    fn console_errors(&self) -> Vec<String> {
        let logs = self.session_call("POST", "/se/log", Some(json!({"type": "browser"})));
        logs.as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Every resource the page loaded: all must come from disk, none from a network.
    fn assert_no_network(&self) {
        let urls = self.script(
            "return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);",
        );
        for u in urls.as_array().unwrap() {
            let u = u.as_str().unwrap();
            assert!(u.starts_with("file://"), "{} requested {u}", self.url());
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
fn a_reader_walks_the_offline_site_from_file_urls() {
    let _one = ONE_BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let Some(b) = Browser::start() else { return };
    let site = default_site(Files);
    let root = format!("file://{}", site.dir.display());

    // The chooser sends a first visit to the browser's language, English here.
    b.open(&format!("{root}/index.html"));
    b.wait_for(
        "the chooser's redirect",
        "return location.pathname.endsWith('/en/index.html');",
    );
    // A second visit shows the list, which works without a script anyway.
    b.open(&format!("{root}/index.html"));
    assert_eq!(
        b.script("return document.querySelectorAll('ul.languages a[hreflang]').length;"),
        json!(5)
    );
    b.open(&format!("{root}/en/index.html"));
    b.assert_no_network();

    // Home -> catalog.
    b.click("main .cards a");
    b.wait_for(
        "the catalog",
        "return location.pathname.endsWith('/en/smtp/index.html');",
    );
    b.assert_no_network();
    b.wait_for(
        "find and compare to appear",
        "return !document.getElementById('tools').hidden;",
    );

    // Filter: digits keep the codes that start with them.
    b.type_into("#find", "55");
    let shown = b.script(
        "return [...document.querySelectorAll('ul.codes > li')].filter(li => !li.hidden).map(li => li.id);",
    );
    assert_eq!(
        shown,
        json!([
            "c-550", "c-551", "c-552", "c-553", "c-554", "c-555", "c-556"
        ])
    );
    assert_eq!(
        b.script("return document.getElementById('find-status').textContent;"),
        json!("7 codes match.")
    );
    // Words match names and descriptions.
    b.type_into("#find", "mailbox name");
    let shown = b.script("return [...document.querySelectorAll('ul.codes > li')].filter(li => !li.hidden).map(li => li.id);");
    assert!(
        shown.as_array().unwrap().contains(&json!("c-553")),
        "{shown}"
    );
    b.type_into("#find", "");

    // Compare picker, in the "wrong" order: the pair page names the earlier code first.
    b.click("#compare-a option[value='553']");
    b.click("#compare-b option[value='220']");
    b.click("#compare button[type=submit]");
    b.wait_for(
        "the pair page",
        "return location.pathname.endsWith('/en/smtp/220-vs-553/index.html');",
    );
    b.assert_no_network();
    assert_eq!(
        b.script("return document.querySelector('h1').textContent;"),
        json!("SMTP 220 Service Ready vs 553 Mailbox Name Not Allowed")
    );

    // Language switch: the same pair, in Arabic, right to left.
    b.click("nav.langs a[hreflang=ar]");
    b.wait_for(
        "the Arabic pair page",
        "return location.pathname.endsWith('/ar/smtp/220-vs-553/index.html');",
    );
    b.assert_no_network();
    assert_eq!(
        b.script("return document.documentElement.dir;"),
        json!("rtl")
    );
    assert_eq!(
        b.script("return getComputedStyle(document.body).direction;"),
        json!("rtl")
    );

    // The Arabic catalog filters Arabic text too.
    b.open(&format!("{root}/ar/smtp/index.html"));
    b.wait_for(
        "find and compare to appear",
        "return !document.getElementById('tools').hidden;",
    );
    b.type_into("#find", "55");
    assert_eq!(
        b.script("return [...document.querySelectorAll('ul.codes > li')].filter(li => !li.hidden).length;"),
        json!(7)
    );

    // Words find codes in every script, without stemmers: case, accents and Arabic vowel
    // signs folded, so a reader may type without them.
    for (l, query, expected) in [
        ("ar", "صندوق البريد", "c-550"),
        ("hi", "मेलबॉक्स", "c-553"),
        ("vi", "hop thu", "c-550"),
        ("tr", "POSTA KUTUSU", "c-450"),
        ("en", "mailbox", "c-550"),
    ] {
        b.open(&format!("{root}/{l}/smtp/index.html"));
        b.wait_for(
            "find and compare to appear",
            "return !document.getElementById('tools').hidden;",
        );
        b.type_into("#find", query);
        let shown = b.script("return [...document.querySelectorAll('ul.codes > li')].filter(li => !li.hidden).map(li => li.id);");
        let shown = shown.as_array().unwrap();
        assert!(
            shown.contains(&json!(expected)),
            "{l}: {query:?} finds {shown:?}"
        );
        assert!(shown.len() < 38, "{l}: {query:?} filters nothing");
        let status = b.script("return document.getElementById('find-status').textContent;");
        assert!(!status.as_str().unwrap().is_empty(), "{l}: no count shown");
    }

    let errors = b.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}

/// axe-core's script, from `AXE_JS` or where `.ci/run` puts it.
fn axe_source() -> Option<String> {
    let candidates = [
        std::env::var_os("AXE_JS").map(std::path::PathBuf::from),
        Some(repo().join("target/ci-tools/node_modules/axe-core/axe.min.js")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|p| p.exists())
        .and_then(|p| std::fs::read_to_string(p).ok())
}

#[test]
fn axe_finds_no_serious_or_critical_violation() {
    let Some(axe) = axe_source() else {
        skip("axe-core test: no axe.min.js (set AXE_JS, or run .ci/run, which installs it)");
        return;
    };
    let _one = ONE_BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let Some(b) = Browser::start() else { return };
    let site = default_site(Files);
    let mut found = Vec::new();
    for l in ["en", "tr", "vi", "ar", "hi"] {
        for page in [
            "index.html",
            "smtp/index.html",
            "smtp/553/index.html",
            "smtp/220-vs-553/index.html",
        ] {
            b.open(&format!("file://{}/{l}/{page}", site.dir.display()));
            b.script(&format!("{axe}\nreturn true;"));
            let violations = b.session_call(
                "POST",
                "/execute/async",
                Some(json!({"script": "const done = arguments[arguments.length - 1];
                    axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))));",
                    "args": []})),
            );
            for v in violations.as_array().unwrap() {
                found.push(format!("{l}/{page}: {}", v.as_str().unwrap()));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_page_open_in_the_browser_reloads_itself_when_a_file_changes() {
    let _one = ONE_BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let Some(b) = Browser::start() else { return };
    let root = fixture("mini");
    let server = crate::serve::start(&root);
    b.open(&format!("http://{}/ar/mini/220/", server.addr));
    b.script("window.codesiteMark = 1; return true;");
    let ftl = root.join("locales/ar/mini.ftl");
    let text = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, text.replacen("الخدمة جاهزة", "الخدمة جاهزة تماما", 1)).unwrap();
    b.wait_for(
        "the page to reload with the new text",
        "return window.codesiteMark === undefined && document.querySelector('h1').textContent.includes('تماما');",
    );
    let errors = b.console_errors();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
}
