//! Hostile and random input: the loaders of site.toml, catalog.toml, .ftl files and Markdown,
//! fed mutated bytes, give an error or a site, and never panic or hang. Bounded in time so
//! CI runs it on every change; the seed is printed, and a failing input is saved.

use std::fs;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use codesite::build::build_site;
use codesite::plan::LinkStyle;

use crate::util::*;

/// xorshift64*: small, deterministic, good enough to mutate bytes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that mean something to TOML, Fluent, Markdown or HTML, and some that are not text.
const SPICE: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"[[",
    b"]]",
    b"\"",
    b"'",
    b"=",
    b"\n",
    b"\r\n",
    b"\t",
    b"->",
    b"*[",
    b"$",
    b".",
    b"#",
    b"`",
    b"<",
    b">",
    b"&",
    b"\\",
    b"```",
    b"<script>",
    b"\xff",
    b"\xc3",
    b"\0",
    "ي".as_bytes(),
    "ं".as_bytes(),
    "\u{202e}".as_bytes(),
    b"-vs-",
    b"../",
    b"999",
    b"code = \"2",
];

fn mutate(rng: &mut Rng, original: &[u8]) -> Vec<u8> {
    let mut b = original.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(b.len() + 1);
        match rng.below(6) {
            0 if !b.is_empty() => {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
            1 => {
                let spice = SPICE[rng.below(SPICE.len())];
                b.splice(at..at, spice.iter().copied());
            }
            2 if !b.is_empty() => {
                let end = (at + rng.below(64)).min(b.len());
                b.drain(at.min(end)..end);
            }
            3 if !b.is_empty() => {
                let start = rng.below(b.len());
                let end = (start + rng.below(200)).min(b.len());
                let chunk = b[start..end].to_vec();
                b.splice(at..at, chunk);
            }
            4 => b.truncate(at),
            _ => {
                let n = rng.below(16);
                let noise: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                b.splice(at..at, noise);
            }
        }
    }
    b
}

/// Builds the site at `root` in memory (no output folder) on another thread; fails the test
/// on a panic or when it takes longer than a generous limit, saving the input.
fn must_not_crash(root: &Path, what: &str, input: &[u8]) {
    let (tx, rx) = mpsc::channel();
    let r = root.to_path_buf();
    // A plain thread: the build must bring its own large stacks for deep input.
    std::thread::Builder::new()
        .spawn(move || {
            let result = std::panic::catch_unwind(|| {
                build_site(&r, LinkStyle::Files, false, None).map(|_| ())
            });
            let _ = tx.send(result.is_ok());
        })
        .unwrap();
    let saved = || {
        let dir = fresh_dir("robust-failure");
        let file = dir.join("input");
        fs::write(&file, input).unwrap();
        file
    };
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(true) => {}
        Ok(false) => panic!(
            "{what}: codesite panicked; input saved at {}",
            saved().display()
        ),
        Err(_) => panic!(
            "{what}: codesite hung; input saved at {}",
            saved().display()
        ),
    }
}

fn fuzz_file(rel: &str, seed: u64, budget: Duration) {
    let root = fixture("mini");
    let path = root.join(rel);
    let original = fs::read(&path).unwrap();
    let mut rng = Rng(seed);
    let start = Instant::now();
    let mut runs = 0;
    while start.elapsed() < budget && runs < 400 {
        let input = mutate(&mut rng, &original);
        fs::write(&path, &input).unwrap();
        must_not_crash(&root, &format!("{rel} (seed {seed}, run {runs})"), &input);
        runs += 1;
    }
    eprintln!("{rel}: {runs} mutated inputs, seed {seed}");
    assert!(runs >= 20, "only {runs} runs in the time budget");
}

fn seed() -> u64 {
    std::env::var("CODESITE_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_c0de)
}

const BUDGET: Duration = Duration::from_secs(6);

#[test]
fn mutated_site_toml_never_crashes() {
    fuzz_file("content/site.toml", seed(), BUDGET);
}

#[test]
fn mutated_catalog_toml_never_crashes() {
    fuzz_file("content/mini/catalog.toml", seed() ^ 1, BUDGET);
}

#[test]
fn mutated_fluent_files_never_crash() {
    fuzz_file("locales/en/mini.ftl", seed() ^ 2, BUDGET);
    fuzz_file("locales/ar/mini.ftl", seed() ^ 3, BUDGET);
}

#[test]
fn mutated_markdown_never_crashes() {
    fuzz_file("content/pages/about/en.md", seed() ^ 4, BUDGET);
}

#[test]
fn hostile_but_valid_text_gets_an_error_or_a_site() {
    let cases: Vec<(&str, String)> = vec![
        (
            "locales/en/mini.ftl",
            format!("mini-name = {}\n", "x".repeat(2_000_000)),
        ),
        (
            "locales/en/mini.ftl",
            format!(
                "mini-name = {}x{}\n",
                "{ ".repeat(5_000),
                " }".repeat(5_000)
            ),
        ),
        (
            "content/site.toml",
            format!("title = {}1{}\n", "[".repeat(5_000), "]".repeat(5_000)),
        ),
        (
            "content/mini/catalog.toml",
            format!("label = {}\n", "{ a = ".repeat(5_000)),
        ),
        (
            "content/pages/about/en.md",
            format!("# Deep\n\n{}text\n", "> ".repeat(50_000)),
        ),
        (
            "content/pages/about/en.md",
            format!(
                "# Deep\n\n{}\n",
                (0..20_000)
                    .map(|i| format!("{}- item\n", "  ".repeat(i % 400)))
                    .collect::<String>()
            ),
        ),
        (
            "content/pages/about/en.md",
            format!("# Long\n\n{}\n", "word ".repeat(400_000)),
        ),
    ];
    for (rel, text) in cases {
        let root = fixture("mini");
        fs::write(root.join(rel), &text).unwrap();
        must_not_crash(&root, &format!("hostile {rel}"), text.as_bytes());
    }
}

#[test]
fn a_catalog_of_a_thousand_codes_loads_and_plans() {
    let root = fixture("mini");
    let mut toml = String::from(
        "label = \"BIG\"\ncode_pattern = \"^[1-5][0-9]{3}$\"\n[[facts]]\nid = \"class\"\nkind = \"choice\"\nvalues = [\"1\", \"2\", \"3\", \"4\", \"5\"]\nfrom_code = \"^(.)\"\ncompare = true\n",
    );
    let mut ftl = String::from(
        "big-name = Big\nbig-intro = Many codes.\nbig-guide = Guide.\nbig-guide-line = { $code }\nbig-class = Class\nbig-class-1 = One\nbig-class-2 = Two\nbig-class-3 = Three\nbig-class-4 = Four\nbig-class-5 = Five\nbig-class-differ = { $a } { $b }\nbig-class-same = { $a } { $b }\n",
    );
    for i in 0..1000 {
        let code = format!("{}{:03}", 1 + i % 5, i);
        toml.push_str(&format!("\n[[codes]]\ncode = \"{code}\"\n"));
        ftl.push_str(&format!(
            "big-{code} = Code {code}\n    .description = D.\n    .when = W.\n    .fix = F.\n"
        ));
    }
    fs::create_dir_all(root.join("content/big")).unwrap();
    fs::write(root.join("content/big/catalog.toml"), toml).unwrap();
    fs::write(root.join("locales/en/big.ftl"), ftl).unwrap();
    let start = Instant::now();
    let (sources, ds) = codesite::load::load(&root).unwrap();
    let sources = sources.unwrap_or_else(|| panic!("{ds}"));
    let (site, _) =
        codesite::validate::validate(sources, false).unwrap_or_else(|ds| panic!("{ds}"));
    let slugs: Vec<String> = site.prose.iter().map(|p| p.slug.clone()).collect();
    let plan =
        codesite::plan::Plan::new(&site.config, &site.catalogs, &slugs, &[], LinkStyle::Files)
            .unwrap_or_else(|ds| panic!("{ds}"));
    // 1,000 codes: 499,500 pairs in each of the two locales.
    assert!(plan.pages.len() > 999_000, "{}", plan.pages.len());
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
}

/// Builds `root` (checking only), with a time limit: a hang is a failure too.
fn check_within(root: &Path, limit: Duration, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["check", "--root", root.to_str().unwrap()];
    args.extend_from_slice(extra);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(&args)
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("codesite check did not answer within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn special_files_are_skipped_with_a_warning_and_never_block_the_build() {
    let root = fixture("mini");
    fs::create_dir_all(root.join("templates")).unwrap();
    let fifo = root.join("templates/extra.html");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let o = check_within(&root, Duration::from_secs(20), &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("templates/extra.html"), "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_site_is_refused_unless_the_site_allows_it() {
    let root = fixture("mini");
    let secret = fresh_dir("outside").join("secret.css");
    fs::write(&secret, "body { color: red }").unwrap();
    fs::create_dir_all(root.join("templates/assets")).unwrap();
    std::os::unix::fs::symlink(&secret, root.join("templates/assets/extra.css")).unwrap();
    let o = check_within(&root, Duration::from_secs(20), &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("templates/assets/extra.css"), "{stderr}");
    assert!(stderr.contains("outside the site's folder"), "{stderr}");
    assert!(stderr.contains("allow_links_outside = true"), "{stderr}");
    let site = root.join("content/site.toml");
    let text = fs::read_to_string(&site).unwrap();
    fs::write(&site, format!("allow_links_outside = true\n{text}")).unwrap();
    let out = fresh_dir("outside-allowed");
    build_into(&root, &out, &[]);
    assert_eq!(
        fs::read_to_string(out.join("assets/extra.css")).unwrap(),
        "body { color: red }"
    );
}

#[test]
fn byte_order_marks_editor_leftovers_and_control_characters_are_handled() {
    let root = fixture("mini");
    // A byte order mark before a Markdown page's heading: the heading is still the title.
    let about = root.join("content/pages/about/en.md");
    let text = fs::read_to_string(&about).unwrap();
    fs::write(&about, format!("\u{feff}{text}")).unwrap();
    // An editor's lock file, a dangling link: ignored.
    #[cfg(unix)]
    std::os::unix::fs::symlink("nobody@host.1234", root.join("locales/en/.#mini.ftl")).unwrap();
    fs::write(root.join("locales/en/mini.ftl~"), "not = { fluent").unwrap();
    let out = fresh_dir("bom-out");
    build_into(&root, &out, &[]);
    let site = Site { dir: out };
    let title = text.lines().next().unwrap().trim_start_matches("# ");
    assert_eq!(text_of(&site.doc("en/about/index.html"), "h1"), title);
    // A NUL in a translation is an error at its line.
    let ftl = root.join("locales/en/mini.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    fs::write(
        &ftl,
        text.replacen("The server is ready.", "The server\u{0} is ready.", 1),
    )
    .unwrap();
    let o = check_within(&root, Duration::from_secs(20), &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("the file holds the control character \\u{0}"),
        "{stderr}"
    );
    assert!(stderr.contains("locales/en/mini.ftl:"), "{stderr}");
}

#[test]
fn input_nested_a_million_levels_deep_is_an_error_not_a_crash() {
    for (rel, text) in [
        (
            "locales/en/mini.ftl",
            format!("mini-name = {}x\n", "{ ".repeat(500_000)),
        ),
        (
            "content/mini/catalog.toml",
            format!("label = {}1\n", "[".repeat(500_000)),
        ),
    ] {
        let root = fixture("mini");
        fs::write(root.join(rel), &text).unwrap();
        let o = check_within(&root, Duration::from_secs(20), &[]);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{rel}: {stderr}");
        assert!(
            stderr.contains("nest more than 100 levels"),
            "{rel}: {stderr}"
        );
    }
}

#[test]
fn a_catalog_of_two_thousand_codes_is_refused_in_seconds_unless_allowed() {
    let root = fixture("mini");
    let mut toml = String::from("label = \"BIG\"\ncode_pattern = \"^[0-9]{4}$\"\n");
    let mut ftl = String::from(
        "big-name = Big\nbig-intro = Many.\nbig-guide = G.\nbig-guide-line = { $code }\n",
    );
    for i in 0..2000 {
        toml.push_str(&format!("[[codes]]\ncode = \"{:04}\"\n", 1000 + i));
        ftl.push_str(&format!(
            "big-{:04} = C\n    .description = D.\n    .when = W.\n    .fix = F.\n",
            1000 + i
        ));
    }
    fs::create_dir_all(root.join("content/big")).unwrap();
    fs::write(root.join("content/big/catalog.toml"), toml).unwrap();
    fs::write(root.join("locales/en/big.ftl"), ftl).unwrap();
    let start = Instant::now();
    let o = check_within(&root, Duration::from_secs(30), &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("the site would have 4002022 pages, about 40.0 GB, more than the 1000000 pages a build makes unless told; catalog `big` alone has 2000 codes"),
        "{stderr}"
    );
    assert!(stderr.contains("--max-pages 4002022"), "{stderr}");
    eprintln!("refused in {:?}", start.elapsed());
}

#[test]
fn a_file_given_as_the_output_folder_is_refused_with_status_1() {
    let root = fixture("mini");
    let file = fresh_dir("output-file").join("site.txt");
    fs::write(&file, "mine").unwrap();
    let o = codesite(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
}
