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
