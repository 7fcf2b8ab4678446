//! `cargo bench`: codesite's build against the disk's own speed, at several catalog sizes.
//!
//! For each N it generates a five-locale site with N codes (texts of real length in each
//! script, taken from the default site's translations), then measures, in one run:
//!
//! - a full build into a new folder: wall time, pages per second and peak memory (the
//!   `codesite` binary in a child process, its peak resident set from `wait4`);
//! - a plain parallel writer that writes the very same files with the same bytes from memory
//!   into another new folder: the floor for any generator on this machine;
//! - the same writer naming each file relative to the folder that holds the page's folder,
//!   held open (`openat`, as codesite writes on Unix): the kernel then walks two names per
//!   file instead of the whole path, so this floor is lower;
//! - a rebuild with nothing changed (it should write no file);
//! - a build of the same site with a theme that tests values (the built-in templates with an
//!   `{% if %}` on a page value, a filter and a loop over facts added to each, none of which
//!   fires): its time against the built-in theme's, and whether its bytes are the same.
//!
//! The headline is the ratio of the build's time to the writer's. Folders are never reused
//! and, on a disk, are deleted only at the end: creating files right after deleting many is
//! much slower on some filesystems, which would measure the deletes instead of the build. In
//! memory (tmpfs, such as `/dev/shm`), where a delete frees memory at once, each pair's
//! folders are deleted right after it, so that copies piling up in memory do not slow the
//! later runs.
//!
//! When `hugo` is installed, it also builds a Hugo site of the same shape (the same pages,
//! languages, chrome and page bodies) into a new folder, for a side-by-side figure.
//!
//! The machine may be shared and noisy, and a disk's speed drifts from second to second, so
//! each is run several times, a build and then the writer, each into a new folder. The ratio
//! is taken within each such pair, and the headline is the median of those ratios: a slow
//! moment of the disk slows both halves of a pair. The best time of each, and every run's
//! time, are printed too.
//!
//! Options (after `--`): the sizes, e.g. `cargo bench -- 40 100`; `--runs K` runs each K
//! times (default 5); `--keep` keeps the folders; `--dir DIR` puts them elsewhere (default
//! target/bench); `--no-hugo` skips Hugo.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rayon::prelude::*;

const LOCALES: [&str; 5] = ["en", "tr", "vi", "ar", "hi"];

fn main() {
    let mut sizes: Vec<usize> = Vec::new();
    let mut keep = false;
    let mut runs = 5usize;
    let mut with_hugo = true;
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--writer-child" | "--writer-at-child" => {
                // The plain writer runs in its own process, so that the gigabytes it holds never
                // count towards a later build's peak memory (a child starts as a copy of us).
                let from = PathBuf::from(args.next().expect("from"));
                let to = PathBuf::from(args.next().expect("to"));
                let files = read_tree(&from);
                let t = if a == "--writer-at-child" {
                    writer_at(&to, &files)
                } else {
                    plain_writer(&to, &files)
                };
                println!("{}", t.as_secs_f64());
                return;
            }
            "--keep" => keep = true,
            "--no-hugo" => with_hugo = false,
            "--runs" => {
                runs = args
                    .next()
                    .and_then(|r| r.parse().ok())
                    .filter(|&r| r > 0)
                    .expect("--runs needs a count of at least 1");
            }
            "--dir" => dir = PathBuf::from(args.next().expect("--dir needs a folder")),
            "--bench" => {} // passed by cargo bench
            n => match n.parse() {
                Ok(n) => sizes.push(n),
                Err(_) => eprintln!("ignoring argument {n:?}"),
            },
        }
    }
    if sizes.is_empty() {
        sizes = vec![40, 100, 200];
    }
    let hugo = with_hugo.then(hugo_version).flatten();
    let run_dir = dir.join(format!("run-{}", std::process::id()));
    fs::create_dir_all(&run_dir).expect("bench folder");
    println!(
        "codesite build benchmark: {} threads available",
        rayon::current_num_threads()
    );
    println!(
        "{:>5} {:>9} {:>9} {:>9} {:>10} {:>9} {:>9} {:>10} {:>7} {:>8} {:>7} {:>9} {:>8}",
        "N",
        "pages",
        "files",
        "MB",
        "build s",
        "pages/s",
        "peak MB",
        "writer s",
        "ratio",
        "at s",
        "at rat",
        "noop s",
        "noop wr"
    );
    let in_memory = is_tmpfs(&run_dir);
    for &n in &sizes {
        let site = run_dir.join(format!("site-{n}"));
        generate_site(&site, n);
        let tested = run_dir.join(format!("site-{n}-tested"));
        value_testing_site(&site, &tested);
        let built = run_dir.join(format!("build-{n}-0"));
        let (mut build_times, mut writer_times, mut at_times) =
            (Vec::new(), Vec::new(), Vec::new());
        let mut tested_times = Vec::new();
        let mut peak = 0;
        let mut tested_peak = 0;
        for r in 0..runs {
            // The two themes in turn, so that a slow moment of the machine slows both.
            let (t, p) = run_build(&site, &run_dir.join(format!("build-{n}-{r}")));
            build_times.push(t);
            peak = peak.max(p);
            let (t, p) = run_build(&tested, &run_dir.join(format!("tested-{n}-{r}")));
            tested_times.push(t);
            tested_peak = tested_peak.max(p);
            let copy = run_dir.join(format!("writer-{n}-{r}"));
            writer_times.push(writer_child("--writer-child", &built, &copy));
            let copy_at = run_dir.join(format!("writer-at-{n}-{r}"));
            at_times.push(writer_child("--writer-at-child", &built, &copy_at));
            if in_memory && !keep {
                // Memory is not a disk: deleting frees it at once and holds no inode back, and
                // copies left in memory slow later runs (the writer's most). So each pair
                // starts from the same memory in use.
                let _ = fs::remove_dir_all(&copy);
                let _ = fs::remove_dir_all(&copy_at);
                if r > 0 {
                    let _ = fs::remove_dir_all(run_dir.join(format!("build-{n}-{r}")));
                    let _ = fs::remove_dir_all(run_dir.join(format!("tested-{n}-{r}")));
                }
            }
        }
        let build_time = *build_times.iter().min().expect("one run");
        let writer_time = *writer_times.iter().min().expect("one run");
        // Each build against the writer run right after it, in run order.
        let ratios_to = |writer: &[Duration]| -> (Vec<f64>, f64) {
            let ratios: Vec<f64> = build_times
                .iter()
                .zip(writer)
                .map(|(b, w)| b.as_secs_f64() / w.as_secs_f64())
                .collect();
            let mut sorted = ratios.clone();
            sorted.sort_by(f64::total_cmp);
            let m = median(&sorted);
            (ratios, m)
        };
        let (ratios, ratio) = ratios_to(&writer_times);
        let (at_ratios, at_ratio) = ratios_to(&at_times);
        let at_time = *at_times.iter().min().expect("one run");
        let mut paths = Vec::new();
        walk(&built, &built, &mut paths);
        let pages = paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .count();
        let bytes: u64 = paths
            .iter()
            .map(|p| fs::metadata(built.join(p)).map(|m| m.len()).unwrap_or(0))
            .sum();
        let noop_time = (0..runs)
            .map(|_| run_build(&site, &built).0)
            .min()
            .expect("one run");
        let noop_written = last_written(&site, &built);
        println!(
            "{:>5} {:>9} {:>9} {:>9.1} {:>10.3} {:>9.0} {:>9.1} {:>10.3} {:>7.2} {:>8.3} {:>7.2} {:>9.3} {:>8}",
            n,
            pages,
            count_files(&built),
            bytes as f64 / 1e6,
            build_time.as_secs_f64(),
            pages as f64 / build_time.as_secs_f64(),
            peak as f64 / 1e6,
            writer_time.as_secs_f64(),
            ratio,
            at_time.as_secs_f64(),
            at_ratio,
            noop_time.as_secs_f64(),
            noop_written,
        );
        let secs = |v: &[Duration]| {
            v.iter()
                .map(|d| format!("{:.3}", d.as_secs_f64()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let list = |v: &[f64]| {
            v.iter()
                .map(|r| format!("{r:.2}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        println!(
            "      every run: build {} s; writer {} s; ratios {} (median {ratio:.2}); best build / best writer {:.2}",
            secs(&build_times),
            secs(&writer_times),
            list(&ratios),
            build_time.as_secs_f64() / writer_time.as_secs_f64(),
        );
        println!(
            "      writer at its folders (openat): {} s; ratios {} (median {at_ratio:.2}); best build / best {:.2}",
            secs(&at_times),
            list(&at_ratios),
            build_time.as_secs_f64() / at_time.as_secs_f64(),
        );
        let tested_time = *tested_times.iter().min().expect("one run");
        let theme_ratios: Vec<f64> = tested_times
            .iter()
            .zip(&build_times)
            .map(|(t, b)| t.as_secs_f64() / b.as_secs_f64())
            .collect();
        let mut sorted = theme_ratios.clone();
        sorted.sort_by(f64::total_cmp);
        let same = same_tree(&built, &run_dir.join(format!("tested-{n}-0")));
        println!(
            "      value-testing theme: build {} s ({:.0} pages/s at best), peak {:.1} MB; ratio to the built-in theme per run {} (median {:.2}); same bytes: {}",
            secs(&tested_times),
            pages as f64 / tested_time.as_secs_f64(),
            tested_peak as f64 / 1e6,
            list(&theme_ratios),
            median(&sorted),
            if same { "yes" } else { "NO" },
        );
        let codes = bench_codes(n);
        let pair = built.join(format!("en/bench/{}-vs-{}/index.html", codes[0], codes[1]));
        println!(
            "      pair page en/bench/{}-vs-{}: {} bytes",
            codes[0],
            codes[1],
            fs::metadata(pair).map(|m| m.len()).unwrap_or(0)
        );
        if let Some(version) = &hugo {
            let src = run_dir.join(format!("hugo-site-{n}"));
            hugo_site(&built, &src);
            let mut hugo_times = Vec::new();
            let mut peak = 0;
            for r in 0..runs {
                let (t, p) = run_hugo(&src, &run_dir.join(format!("hugo-{n}-{r}")));
                hugo_times.push(t);
                peak = peak.max(p);
            }
            let time = *hugo_times.iter().min().expect("one run");
            let out = run_dir.join(format!("hugo-{n}-0"));
            let mut written = Vec::new();
            walk(&out, &out, &mut written);
            let hugo_pages = written
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "html"))
                .count();
            let hugo_rate = hugo_pages as f64 / time.as_secs_f64();
            println!(
                "      {version}: {hugo_pages} pages in {:.3} s (every run: {} s), {hugo_rate:.0} pages/s, peak {:.1} MB; codesite: {:.1}x its pages/s, {:.1}x with the value-testing theme",
                time.as_secs_f64(),
                secs(&hugo_times),
                peak as f64 / 1e6,
                pages as f64 / build_time.as_secs_f64() / hugo_rate,
                pages as f64 / tested_time.as_secs_f64() / hugo_rate,
            );
        }
    }
    if !keep {
        let _ = fs::remove_dir_all(&run_dir);
    }
}

/// A copy of `site` with a theme that tests values: the built-in templates with, in each, an
/// `{% if %}` on a page value, a filter and, on code and pair pages, a loop over facts; none
/// of them changes a byte of the output.
fn value_testing_site(site: &Path, to: &Path) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for dir in ["content", "locales"] {
        copy_tree(&site.join(dir), &to.join(dir));
    }
    let templates = to.join("templates");
    fs::create_dir_all(&templates).unwrap();
    let probe = "{% if page.kind == \"never\" %}<p>never</p>{% endif %}{% set l = lang | lower %}{% if l != lang %}<p>{{ l }}</p>{% endif %}";
    for e in fs::read_dir(repo.join("templates")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "html") {
            continue;
        }
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&p).unwrap();
        let mut text = if text.contains("{% block content %}") {
            text.replacen(
                "{% block content %}",
                &format!("{{% block content %}}{probe}"),
                1,
            )
        } else {
            text.replacen(
                "<main id=\"main\">",
                &format!("<main id=\"main\">{probe}"),
                1,
            )
        };
        text = match name.as_str() {
            "code.html" => text.replacen(
                "<h1>",
                "{% for f in code.facts %}{% if f.id == \"nosuch\" and f.applies %}<p>{{ f.name_text | upper }}</p>{% endif %}{% endfor %}<h1>",
                1,
            ),
            "pair.html" => text.replacen(
                "<h1>",
                "{% for c in comparison %}{% if c.applies == \"nowhere\" %}{{ loop.index }}{% endif %}{% endfor %}<h1>",
                1,
            ),
            _ => text,
        };
        fs::write(templates.join(name), text).unwrap();
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &dest);
        } else {
            fs::copy(&p, &dest).unwrap();
        }
    }
}

/// Whether two trees hold the same files with the same bytes (the manifest aside: it names
/// the input's fingerprint).
fn same_tree(a: &Path, b: &Path) -> bool {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    walk(a, a, &mut x);
    walk(b, b, &mut y);
    x.retain(|p| !p.ends_with(".codesite-manifest"));
    y.retain(|p| !p.ends_with(".codesite-manifest"));
    x.sort();
    y.sort();
    x == y
        && x.par_iter()
            .all(|p| fs::read(a.join(p)).ok() == fs::read(b.join(p)).ok())
}

/// The median of sorted values.
fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// Runs `codesite build` in a child process; its wall time and peak resident memory in bytes.
fn run_build(site: &Path, out: &Path) -> (Duration, u64) {
    let start = Instant::now();
    #[allow(clippy::zombie_processes)]
    // waited for by wait4 below, which also reads its peak memory
    let child = Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(["build", "--quiet", "--root"])
        .arg(site)
        .arg("--output")
        .arg(out)
        .spawn()
        .expect("codesite starts");
    let (status, peak) = wait_with_peak(child.id() as i32);
    let elapsed = start.elapsed();
    assert!(status == 0, "codesite build failed for {}", site.display());
    (elapsed, peak)
}

/// `hugo`'s version line, if it is installed.
fn hugo_version() -> Option<String> {
    let o = Command::new("hugo").arg("version").output().ok()?;
    let line = String::from_utf8_lossy(&o.stdout);
    // "hugo v0.111.3+extended linux/amd64 BuildDate=..."
    let v = line.split_whitespace().nth(1)?;
    Some(format!("hugo {}", v.split('+').next().unwrap_or(v)))
}

/// Runs `hugo` on `src` into the new folder `out`, in a child process; wall time and peak memory.
fn run_hugo(src: &Path, out: &Path) -> (Duration, u64) {
    let start = Instant::now();
    #[allow(clippy::zombie_processes)] // waited for by wait4 below
    let child = Command::new("hugo")
        .arg("--quiet")
        .arg("--source")
        .arg(src)
        .arg("--destination")
        .arg(out)
        .arg("--cacheDir")
        .arg(src.join(".cache"))
        .spawn()
        .expect("hugo starts");
    let (status, peak) = wait_with_peak(child.id() as i32);
    let elapsed = start.elapsed();
    assert!(status == 0, "hugo failed on {}", src.display());
    (elapsed, peak)
}

/// A Hugo site of the same shape as the codesite output in `built`: the same languages and
/// pages at the same URLs, each page's `<main>` as its body (raw HTML, which Goldmark passes
/// through: less work than Markdown), and layouts with the same chrome: hreflang alternates,
/// canonical link, language switcher, breadcrumbs, footer.
fn hugo_site(built: &Path, src: &Path) {
    let mut paths = Vec::new();
    walk(built, built, &mut paths);
    let mut languages = String::new();
    for (weight, lang) in LOCALES.iter().enumerate() {
        let dir = if *lang == "ar" { "rtl" } else { "ltr" };
        languages.push_str(&format!(
            "[languages.{lang}]\nweight = {}\nlanguageName = \"{lang}\"\nlanguageDirection = \"{dir}\"\ncontentDir = \"content/{lang}\"\n",
            weight + 1
        ));
    }
    let config = format!(
        "baseURL = \"https://example.org/\"\ntitle = \"Reply codes\"\ndefaultContentLanguage = \"en\"\ndefaultContentLanguageInSubdir = true\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n[markup.goldmark.renderer]\nunsafe = true\n{languages}"
    );
    fs::create_dir_all(src.join("layouts/_default")).unwrap();
    fs::write(src.join("hugo.toml"), config).unwrap();
    fs::write(src.join("layouts/_default/baseof.html"), HUGO_BASEOF).unwrap();
    for name in ["single.html", "list.html", "../index.html"] {
        fs::write(
            src.join("layouts/_default").join(name),
            "{{ define \"main\" }}{{ .Content }}{{ end }}\n",
        )
        .unwrap();
    }
    fs::create_dir_all(src.join("static/assets")).unwrap();
    let _ = fs::copy(
        built.join("assets/style.css"),
        src.join("static/assets/style.css"),
    );
    paths.par_iter().for_each(|rel| {
        let rel_s = rel.to_string_lossy();
        let Some((lang, rest)) = rel_s.split_once('/') else {
            return; // the chooser and the 404 page: Hugo has its own
        };
        if !LOCALES.contains(&lang) || !rel_s.ends_with("index.html") {
            return;
        }
        let html = fs::read_to_string(built.join(rel)).expect("page");
        let between = |open: &str, close: &str| -> String {
            let start = html.find(open).map(|i| i + open.len()).unwrap_or(0);
            let end = html[start..]
                .find(close)
                .map(|i| start + i)
                .unwrap_or(start);
            html[start..end].to_owned()
        };
        let title = unescape(&between("<title>", "</title>"));
        let description = unescape(&between("<meta name=\"description\" content=\"", "\""));
        let body = between("<main id=\"main\">", "</main>");
        let folder = rest.trim_end_matches("index.html").trim_end_matches('/');
        let file = match folder.rsplit_once('/') {
            // A section's index (`bench/`) or the home page.
            _ if folder.is_empty() => "_index.md".to_owned(),
            None if folder == "bench" => "bench/_index.md".to_owned(),
            None => format!("{folder}.md"),
            Some((parent, name)) => format!("{parent}/{name}.md"),
        };
        let target = src.join("content").join(lang).join(file);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        let front = format!(
            "+++\ntitle = {}\ndescription = {}\n+++\n",
            toml_string(&title),
            toml_string(&description)
        );
        fs::write(target, front + &body).unwrap();
    });
}

const HUGO_BASEOF: &str = r#"<!DOCTYPE html>
<html lang="{{ .Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">
{{ end }}<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">
{{ end }}<meta property="og:title" content="{{ .Title }}">
<meta property="og:url" content="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "assets/style.css" | relURL }}">
</head>
<body>
<header class="site">
<a class="brand" href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a>
<nav class="langs"><ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}" lang="{{ .Lang }}">{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></nav>
</header>
<nav class="crumbs"><ol>
{{ with .Parent }}{{ with .Parent }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li>{{ .Title }}</li>
</ol></nav>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site"><p>{{ site.Title }}</p></footer>
</body>
</html>
"#;

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether `dir` is on tmpfs (`/dev/shm`): files in memory, no disk.
fn is_tmpfs(dir: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt as _;
    const TMPFS_MAGIC: i64 = 0x0102_1994;
    let Ok(path) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `statfs` is plain data, zeroed is a valid value, and the call only writes into
    // it; the path is a valid C string that outlives the call.
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::statfs(path.as_ptr(), &mut st) };
    r == 0 && st.f_type as i64 == TMPFS_MAGIC
}

/// Runs a writer (`mode`: `--writer-child` or `--writer-at-child`) in a child process (this
/// benchmark again): the time it took.
fn writer_child(mode: &str, from: &Path, to: &Path) -> Duration {
    let o = Command::new(std::env::current_exe().expect("own path"))
        .arg(mode)
        .arg(from)
        .arg(to)
        .output()
        .expect("writer runs");
    assert!(o.status.success(), "plain writer failed");
    let secs: f64 = String::from_utf8_lossy(&o.stdout)
        .trim()
        .parse()
        .expect("seconds");
    Duration::from_secs_f64(secs)
}

/// Waits for a child; its exit status and peak resident set size.
fn wait_with_peak(pid: i32) -> (i32, u64) {
    let mut status = 0;
    // SAFETY: `rusage` is plain data, zeroed is a valid value, and wait4 only writes into it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, which has not been waited for; the pointers are valid.
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4");
    // ru_maxrss is in kilobytes on Linux.
    (status, usage.ru_maxrss as u64 * 1024)
}

/// How many files the last build wrote, from the summary line of a second, verbose-free run.
fn last_written(site: &Path, out: &Path) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(["build", "--root"])
        .arg(site)
        .arg("--output")
        .arg(out)
        .output()
        .expect("codesite runs");
    let stderr = String::from_utf8_lossy(&o.stderr);
    stderr
        .lines()
        .find_map(|l| {
            let i = l.find(" files written")?;
            l[..i].rsplit([' ', ':']).next().map(str::to_owned)
        })
        .unwrap_or_else(|| "?".into())
}

/// Every file below `root`, with its bytes.
fn read_tree(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths = Vec::new();
    walk(root, root, &mut paths);
    paths
        .into_par_iter()
        .map(|rel| {
            let bytes = fs::read(root.join(&rel)).expect("read");
            (rel, bytes)
        })
        .collect()
}

fn count_files(root: &Path) -> usize {
    let mut paths = Vec::new();
    walk(root, root, &mut paths);
    paths.len()
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).expect("read_dir").flatten() {
        let p = e.path();
        if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            walk(root, &p, out);
        } else {
            out.push(p.strip_prefix(root).expect("inside").to_path_buf());
        }
    }
}

/// The floor: create the folders, then write every file in parallel, straight from memory.
fn plain_writer(out: &Path, files: &[(PathBuf, Vec<u8>)]) -> Duration {
    let start = Instant::now();
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|(p, _)| p.parent().map(|d| out.join(d)))
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs.par_iter()
        .for_each(|d| fs::create_dir_all(d).expect("mkdir"));
    files
        .par_iter()
        .for_each(|(p, b)| fs::write(out.join(p), b).expect("write"));
    start.elapsed()
}

/// The plain writer, but each file named relative to the folder that holds its own folder,
/// opened once (`openat`, `mkdirat`): what codesite does on Unix.
fn writer_at(out: &Path, files: &[(PathBuf, Vec<u8>)]) -> Duration {
    use rustix::fs::{CWD, Mode, OFlags, mkdirat, openat};
    use std::collections::HashMap;
    use std::io::Write as _;
    let start = Instant::now();
    // Each file as (the folder holding its folder, the rest): `en/smtp` and `220-vs-553/index.html`.
    let split = |p: &Path| -> (PathBuf, PathBuf) {
        let folder = p.parent().unwrap_or(Path::new(""));
        let holder = folder.parent().unwrap_or(Path::new(""));
        (
            holder.to_path_buf(),
            p.strip_prefix(holder).expect("below").to_path_buf(),
        )
    };
    let mut holders: Vec<PathBuf> = files.iter().map(|(p, _)| split(p).0).collect();
    holders.sort();
    holders.dedup();
    let open: HashMap<PathBuf, std::os::fd::OwnedFd> = holders
        .into_iter()
        .map(|h| {
            let dir = out.join(&h);
            fs::create_dir_all(&dir).expect("mkdir");
            let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
            let fd = openat(CWD, &dir, flags, Mode::empty()).expect("open folder");
            (h, fd)
        })
        .collect();
    files.par_iter().for_each(|(p, b)| {
        let (holder, rest) = split(p);
        let dir = &open[&holder];
        if let Some(folder) = rest.parent().filter(|f| !f.as_os_str().is_empty()) {
            match mkdirat(dir, folder, Mode::from_raw_mode(0o777)) {
                Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                Err(e) => panic!("mkdir: {e}"),
            }
        }
        let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::CLOEXEC;
        let fd = openat(dir, &rest, flags, Mode::from_raw_mode(0o666)).expect("create");
        fs::File::from(fd).write_all(b).expect("write");
    });
    start.elapsed()
}

/// The `i`-th of `n` codes: first digits 2 to 5 in turn, numbered within each class.
/// The codes of a benchmark catalog of `n` codes: a class digit 2 to 5, a second digit 0 to
/// 5, and a third; in natural order.
fn bench_codes(n: usize) -> Vec<String> {
    assert!(
        n <= 240,
        "codes are made of a class digit, a category digit and a third digit"
    );
    let mut codes: Vec<String> = (0..n)
        .map(|k| format!("{}{}{}", 2 + k % 4, (k / 4) % 6, k / 24))
        .collect();
    codes.sort();
    codes
}

/// A five-locale site with `n` codes, shaped like the default site: its catalog declares the
/// SMTP catalog's facts, its texts are the default site's, each code taking the texts of a
/// real code in turn.
fn generate_site(dir: &Path, n: usize) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let codes = bench_codes(n);
    fs::create_dir_all(dir.join("content/bench")).unwrap();
    fs::copy(
        repo.join("content/site.toml"),
        dir.join("content/site.toml"),
    )
    .unwrap();
    let about = dir.join("content/pages/about");
    fs::create_dir_all(&about).unwrap();
    for l in LOCALES {
        let from = repo.join(format!("content/pages/about/{l}.md"));
        if from.exists() {
            fs::copy(from, about.join(format!("{l}.md"))).unwrap();
        }
    }
    // The facts of the SMTP catalog, and values for each code drawn from them in turn.
    let smtp = fs::read_to_string(repo.join("content/smtp/catalog.toml")).unwrap();
    let header = &smtp[..smtp.find("\n[[codes]]").expect("codes")];
    let mut toml = header.to_owned();
    let retries = ["success", "continue", "later", "never"];
    let stages = [
        "connect", "hello", "tls", "auth", "envelope", "data", "query", "quit", "queue", "any",
    ];
    let actors = ["nobody", "client", "sender", "user", "admin", "recipient"];
    for (i, code) in codes.iter().enumerate() {
        let class: usize = code[..1].parse().unwrap();
        let related: Vec<&String> = [i + 1, i + 5, i + n - 1]
            .iter()
            .map(|j| &codes[j % n])
            .filter(|c| *c != code)
            .collect();
        toml.push_str(&format!(
            "\n[[codes]]\ncode = \"{code}\"\nretry = \"{}\"\nactor = \"{}\"\nstage = \"{}\"\ncommands = [\"MAIL\", \"RCPT\"]\nenhanced = [\"{}.1.1\"]\ndefined_in = [{{ rfc = 5321, section = \"4.2.3\" }}]\nrelated = {related:?}\n{}transcript = [\"C: RCPT TO:<user@example.org>\", \"S: {code} {}.1.1 example reply text\"]\n",
            retries[class - 2],
            actors[i % actors.len()],
            stages[i % stages.len()],
            if class == 3 { 2 } else { class },
            if i == 5 { "deprecated = true\n" } else { "" },
            if class == 3 { 2 } else { class },
        ));
    }
    fs::write(dir.join("content/bench/catalog.toml"), toml).unwrap();
    for l in LOCALES {
        let ldir = dir.join("locales").join(l);
        fs::create_dir_all(&ldir).unwrap();
        let src = repo.join("locales").join(l);
        fs::copy(src.join("ui.ftl"), ldir.join("ui.ftl")).unwrap();
        let smtp = fs::read_to_string(src.join("smtp.ftl")).unwrap_or_default();
        fs::write(ldir.join("bench.ftl"), bench_messages(&smtp, &codes)).unwrap();
    }
}

/// The SMTP catalog's messages for the benchmark catalog: its own messages renamed, and each
/// code's message made from a real code's, in turn.
fn bench_messages(smtp: &str, codes: &[String]) -> String {
    let mut preamble = String::new();
    let mut entries: Vec<String> = Vec::new();
    for line in smtp.lines() {
        let starts_code = line.starts_with("smtp-")
            && line.len() > 8
            && line[5..8].chars().all(|c| c.is_ascii_digit())
            && line[8..].starts_with(" =");
        if starts_code {
            entries.push(String::new());
        }
        match entries.last_mut() {
            Some(e) if !line.starts_with('#') => {
                e.push_str(line);
                e.push('\n');
            }
            Some(_) => {}
            None => {
                let renamed = match line.strip_prefix("smtp-") {
                    Some(rest) => format!("bench-{rest}"),
                    None => line.to_owned(),
                };
                preamble.push_str(&renamed);
                preamble.push('\n');
            }
        }
    }
    let mut out = preamble;
    if entries.is_empty() {
        return out; // an untranslated locale: English is shown, as it would be on a real site
    }
    for (i, code) in codes.iter().enumerate() {
        let entry = &entries[i % entries.len()];
        let body = entry.split_once(" = ").map(|(_, b)| b).unwrap_or_default();
        out.push_str(&format!("\nbench-{code} = {body}"));
    }
    out
}
