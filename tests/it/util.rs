//! Shared helpers: build a site with the real binary into a folder and read its pages the way
//! a browser would.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use scraper::{Html, Selector};

/// The repository's root: the embedded default site.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the codesite binary with `args`.
pub fn codesite(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("codesite runs")
}

/// Runs codesite and insists that it succeeds.
pub fn codesite_ok(args: &[&str]) -> Output {
    let out = codesite(args);
    assert!(
        out.status.success(),
        "codesite {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Builds the site at `root` into `out`, quietly, with `extra` options; fails the test if the
/// build does.
pub fn build_into(root: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        "--quiet",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    codesite_ok(&args)
}

/// A built site on disk.
pub struct Site {
    pub dir: PathBuf,
}

impl Site {
    /// Every file below the site, relative, with `/` separators.
    pub fn files(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        walk(&self.dir, &self.dir, &mut out);
        out
    }

    /// The HTML pages.
    pub fn pages(&self) -> Vec<String> {
        self.files()
            .into_iter()
            .filter(|f| f.ends_with(".html"))
            .collect()
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn doc(&self, rel: &str) -> Html {
        Html::parse_document(&self.read(rel))
    }
}

fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            walk(root, &p, out);
        } else {
            out.insert(
                p.strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/"),
            );
        }
    }
}

/// A new empty folder under the target's temporary folder.
pub fn fresh_dir(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let pid = std::process::id();
    static SWEPT: OnceLock<()> = OnceLock::new();
    SWEPT.get_or_init(|| {
        // Folders of earlier runs (another process id) are of no use any more.
        let mine = format!("-{pid}-");
        for e in fs::read_dir(&base).into_iter().flatten().flatten() {
            if !e.file_name().to_string_lossy().contains(&mine) {
                let _ = fs::remove_dir_all(e.path());
            }
        }
    });
    let dir = base.join(format!("{name}-{pid}-{n}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies a folder.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            fs::copy(&p, &dest).unwrap();
        }
    }
}

/// A copy of tests/fixtures/<name> in a fresh folder, with the repository's English ui.ftl
/// (fixtures keep only what they are about).
pub fn fixture(name: &str) -> PathBuf {
    let dir = fresh_dir(&format!("fixture-{name}"));
    copy_dir(&repo().join("tests/fixtures").join(name), &dir);
    let ui = dir.join("locales/en/ui.ftl");
    if !ui.exists() {
        fs::copy(repo().join("locales/en/ui.ftl"), ui).unwrap();
    }
    dir
}

/// How a site's links are written: `Files` (the default) names each index.html, `Folders`
/// ends links to pages in `/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Files,
    Folders,
}

pub use Style::{Files, Folders};

impl Style {
    /// The `--links` value.
    pub fn arg(self) -> &'static str {
        match self {
            Files => "files",
            Folders => "folders",
        }
    }
}

/// The default site, built once per test run in each link style and shared by the tests.
pub fn default_site(style: Style) -> &'static Site {
    static FILES: OnceLock<Site> = OnceLock::new();
    static FOLDERS: OnceLock<Site> = OnceLock::new();
    let cell = match style {
        Files => &FILES,
        Folders => &FOLDERS,
    };
    cell.get_or_init(|| {
        let dir = fresh_dir(&format!("default-{}", style.arg()));
        build_into(&repo(), &dir, &["--links", style.arg()]);
        Site { dir }
    })
}

pub fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The text of the first element matching `selector`, whitespace folded.
pub fn text_of(doc: &Html, selector: &str) -> String {
    doc.select(&sel(selector))
        .next()
        .map(|e| fold(&e.text().collect::<String>()))
        .unwrap_or_default()
}

pub fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Resolves a relative href against the page at `page` (a path below the site root), the way
/// a browser resolves it against a file:// URL, or an http:// one when `hosted`. Returns the
/// target file and the fragment; `None` for links that leave the site.
pub fn resolve(page: &str, href: &str, hosted: bool) -> Option<(String, Option<String>)> {
    let scheme = href.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if scheme || href.starts_with("//") {
        return None; // another host, or data: and mailto: links
    }
    let (path, frag) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f.to_owned())),
        None => (href, None),
    };
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop(); // the page's own file name
    if path.is_empty() {
        return Some((page.to_owned(), frag));
    }
    if path.starts_with('/') {
        parts.clear();
    }
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            ".." => {
                parts.pop()?;
            }
            "." => {}
            "" if i == segs.len() - 1 => {}
            s => parts.push(s),
        }
    }
    let mut target = parts.join("/");
    if path.ends_with('/') || path == "." || path.ends_with("/.") {
        // A folder: only a web server turns it into index.html.
        if !hosted {
            return Some((
                format!("{target}/ (a folder, which file:// does not open)"),
                frag,
            ));
        }
        if !target.is_empty() {
            target.push('/');
        }
        target.push_str("index.html");
    }
    Some((target, frag))
}

/// A test whose tool is missing: locally it says so and passes; in CI (`CI=true`), where
/// `.ci/run` installs every tool, a missing one is a failure, never a silent pass.
pub fn skip(why: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
        panic!("{why}, and CI=true: .ci/run must install it");
    }
    eprintln!("SKIPPED {why}");
}
