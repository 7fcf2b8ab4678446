//! `codesite init`: a new site that builds at once, in every locale of the default site, with
//! a small example catalog taken from the built-in SMTP one; or, with `--catalog`, a new
//! catalog in a site, as a starting point with every field explained ([`add_catalog`]).

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::diag::Refusal;

use crate::load::{BUILTIN_ASSETS, BUILTIN_TEMPLATES};

mod catalog;

pub use catalog::{Added, add_catalog};

/// The codes of the example catalog: a success, a temporary and two permanent failures.
const EXAMPLE_CODES: &[&str] = &["220", "421", "550", "553"];

/// The default site's files, built into codesite.
const SITE_TOML: &str = include_str!("../content/site.toml");
const CATALOG_TOML: &str = include_str!("../content/smtp/catalog.toml");
const LOCALES: &[(&str, &str, &str)] = &[
    (
        "en",
        include_str!("../locales/en/ui.ftl"),
        include_str!("../locales/en/smtp.ftl"),
    ),
    (
        "tr",
        include_str!("../locales/tr/ui.ftl"),
        include_str!("../locales/tr/smtp.ftl"),
    ),
    (
        "vi",
        include_str!("../locales/vi/ui.ftl"),
        include_str!("../locales/vi/smtp.ftl"),
    ),
    (
        "ar",
        include_str!("../locales/ar/ui.ftl"),
        include_str!("../locales/ar/smtp.ftl"),
    ),
    (
        "hi",
        include_str!("../locales/hi/ui.ftl"),
        include_str!("../locales/hi/smtp.ftl"),
    ),
];
const ABOUT: &[(&str, &str)] = &[
    ("en", include_str!("../content/pages/about/en.md")),
    ("tr", include_str!("../content/pages/about/tr.md")),
    ("vi", include_str!("../content/pages/about/vi.md")),
    ("ar", include_str!("../content/pages/about/ar.md")),
    ("hi", include_str!("../content/pages/about/hi.md")),
];

/// What `init` wrote.
#[derive(Debug)]
pub struct Created {
    /// The files, relative to the site's folder.
    pub files: Vec<PathBuf>,
}

/// How a folder is named in messages: "the current folder" for `.`.
pub fn shown(dir: &Path) -> String {
    if dir == Path::new(".") || dir.as_os_str().is_empty() {
        "the current folder".to_owned()
    } else {
        format!("`{}`", dir.display())
    }
}

/// The command that builds the site in `root`, to print: a folder with characters a shell
/// would read otherwise is quoted.
pub fn build_command(root: &Path) -> String {
    if root == Path::new(".") || root.as_os_str().is_empty() {
        return "codesite build".to_owned();
    }
    let dir = root.display().to_string();
    let plain = dir
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+=:,@".contains(c));
    if plain {
        format!("codesite build --root {dir}")
    } else {
        format!("codesite build --root '{}'", dir.replace('\'', "'\\''"))
    }
}

/// Refuses a `dir` that is a file, or a folder with anything but `.git` in it (unless
/// `force`): a site is made in a new or empty folder, or one that is only a fresh clone.
fn check_target(dir: &Path, force: bool) -> Result<()> {
    let meta = match fs::metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("failed to read `{}`", dir.display())),
    };
    if !meta.is_dir() {
        return Err(Refusal::new(format!(
            "refusing to create a site in {}, which is a file; name a new or empty folder",
            shown(dir)
        ))
        .into());
    }
    if force {
        return Ok(());
    }
    let mut found: Vec<String> = Vec::new();
    for e in fs::read_dir(dir).with_context(|| format!("failed to list `{}`", dir.display()))? {
        let e = e.with_context(|| format!("failed to list `{}`", dir.display()))?;
        let name = e.file_name().to_string_lossy().into_owned();
        if name != ".git" {
            found.push(name);
        }
    }
    if found.is_empty() {
        return Ok(());
    }
    found.sort();
    let listed: Vec<String> = found.iter().take(3).map(|n| format!("`{n}`")).collect();
    let more = match found.len() - listed.len() {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let site = if dir.join("content/site.toml").is_file() {
        ". It is a site already: `codesite init --catalog NAME` adds a catalog to it"
    } else {
        ""
    };
    Err(Refusal::new(format!(
        "refusing to create a site in {}, which is not empty (it holds {}{more}); choose an empty or new folder, or pass --force to add the site's files to it (files of the same names are replaced){site}",
        shown(dir),
        listed.join(", "),
    ))
    .into())
}

/// Writes a new site into `dir`, which must be missing or empty but for a `.git`, unless
/// `force` is set; with `templates`, also copies the built-in templates there, to edit.
pub fn init(dir: &Path, force: bool, templates: bool) -> Result<Created> {
    check_target(dir, force)?;
    let mut files: Vec<(PathBuf, String)> = vec![
        (
            PathBuf::from("content/site.toml"),
            SITE_TOML.replace("https://codesite.example.org/", "https://example.org/"),
        ),
        (
            PathBuf::from("content/smtp/catalog.toml"),
            example_catalog(CATALOG_TOML, EXAMPLE_CODES),
        ),
    ];
    for (code, ui, smtp) in LOCALES {
        files.push((
            PathBuf::from(format!("locales/{code}/ui.ftl")),
            (*ui).to_owned(),
        ));
        files.push((
            PathBuf::from(format!("locales/{code}/smtp.ftl")),
            example_messages(smtp, EXAMPLE_CODES),
        ));
    }
    for (code, text) in ABOUT {
        if !text.is_empty() {
            files.push((
                PathBuf::from(format!("content/pages/about/{code}.md")),
                (*text).to_owned(),
            ));
        }
    }
    if templates {
        for (name, text) in BUILTIN_TEMPLATES {
            files.push((PathBuf::from("templates").join(name), (*text).to_owned()));
        }
        for (name, text) in BUILTIN_ASSETS {
            files.push((
                PathBuf::from("templates/assets").join(name),
                (*text).to_owned(),
            ));
        }
    }
    files.push((PathBuf::from(".gitignore"), "/public\n".to_owned()));
    let mut written = Vec::new();
    for (rel, text) in files {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        fs::write(&path, text).with_context(|| format!("failed to write `{}`", path.display()))?;
        written.push(rel);
    }
    Ok(Created { files: written })
}

/// The catalog's fields and facts, under a header of its own, and the `[[codes]]` entries of
/// `keep`, with links to codes limited to those kept.
fn example_catalog(full: &str, keep: &[&str]) -> String {
    let mut parts = full.split("\n[[codes]]\n");
    let mut out = String::from(
        "# An example catalog: four of the SMTP reply codes of the catalog built into codesite, with\n\
         # the facts their pages show and compare. Nothing here is translated: every word about\n\
         # these facts is in locales/<lang>/smtp.ftl. To add a code, add a [[codes]] table here and\n\
         # its message to every locales/<lang>/smtp.ftl; `codesite build` names what is missing.\n\
         # `codesite init --catalog NAME` adds a new catalog, with every field explained.\n",
    );
    // The built-in catalog's own header speaks of all its codes: it is left out.
    let head = parts.next().unwrap_or_default();
    let fields = head.find("\nlabel = ").map_or(head, |i| &head[i + 1..]);
    out.push_str(fields.trim_end());
    out.push('\n');
    for entry in parts {
        let code = entry
            .lines()
            .find_map(|l| l.strip_prefix("code = \""))
            .map(|c| c.trim_end_matches('"'))
            .unwrap_or_default();
        if !keep.contains(&code) {
            continue;
        }
        out.push_str("\n[[codes]]\n");
        for line in entry.trim_end().lines() {
            match line.strip_prefix("related = ") {
                Some(list) => {
                    let kept: Vec<String> = list
                        .trim_matches(|c| c == '[' || c == ']')
                        .split(',')
                        .map(|c| c.trim().trim_matches('"'))
                        .filter(|c| keep.contains(c))
                        .map(|c| format!("\"{c}\""))
                        .collect();
                    if !kept.is_empty() {
                        out.push_str(&format!("related = [{}]\n", kept.join(", ")));
                    }
                }
                None => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// The catalog-level messages of an smtp.ftl and the messages of the codes in `keep`. The
/// introduction's last sentence, which counts the codes of the whole catalog, is left out.
fn example_messages(full: &str, keep: &[&str]) -> String {
    let mut out = String::new();
    let mut keeping = true;
    for line in full.lines() {
        let code_entry = line
            .strip_prefix("smtp-")
            .and_then(|r| r.get(..3))
            .filter(|c| c.chars().all(|d| d.is_ascii_digit()));
        if let Some(code) = code_entry {
            keeping = keep.contains(&code);
        }
        if !keeping {
            continue;
        }
        if line.starts_with("smtp-intro = ") {
            out.push_str(without_last_sentence(line));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// A one-line text without its last sentence: up to the last full stop (`.` or the Devanagari
/// `।`) that a space follows.
fn without_last_sentence(line: &str) -> &str {
    let body = line.trim_end();
    ["। ", ". "]
        .iter()
        .filter_map(|stop| body.rfind(stop).map(|i| i + stop.len() - 1))
        .max()
        .map_or(body, |end| &body[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::catalog::{self, Value};

    #[test]
    fn the_example_keeps_only_its_codes_and_links_among_them() {
        let text = example_catalog(CATALOG_TOML, EXAMPLE_CODES);
        assert!(
            !text.contains("38"),
            "the header of the whole catalog is left out"
        );
        assert!(!text.contains("= []"), "an empty list is left out");
        let cat = catalog::parse("smtp", Path::new("c.toml"), &text).expect("the example parses");
        let codes: Vec<&str> = cat.codes.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, EXAMPLE_CODES);
        for code in &cat.codes {
            for value in &code.values {
                if let Value::Codes(links) = value {
                    for l in links {
                        assert!(EXAMPLE_CODES.contains(&l.code.as_str()), "{}", l.code);
                    }
                }
            }
        }
    }

    #[test]
    fn the_example_messages_are_its_codes_and_an_intro_that_does_not_count_them() {
        for (locale, _, full) in LOCALES {
            let text = example_messages(full, EXAMPLE_CODES);
            assert!(text.contains("smtp-553 = ") && text.contains("smtp-stage = "));
            assert!(!text.contains("smtp-554 = "), "{locale}");
            let intro = |t: &str| {
                t.lines()
                    .find(|l| l.starts_with("smtp-intro = "))
                    .unwrap()
                    .to_owned()
            };
            let (cut, whole) = (intro(&text), intro(full));
            assert!(
                cut.len() < whole.len() && whole.starts_with(&cut),
                "{locale}"
            );
            assert!(cut.ends_with('.') || cut.ends_with('।'), "{locale}: {cut}");
            for count in ["38", "ثمانية"] {
                assert!(!cut.contains(count), "{locale}: {cut}");
            }
        }
    }
}
