//! Load: read every input of a site into one [`Sources`] value. Nothing is rendered here.
//!
//! Each file is parsed on its own (site.toml, each catalog.toml, each locale's `.ftl` files,
//! templates, Markdown); checks that need several files at once are [`crate::validate`]'s.
//! Input problems become diagnostics, with every file read so that one run reports them all;
//! only failures to read the disk are `anyhow` errors.

pub mod catalog;
mod codes;
pub mod site;
pub mod toml;

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::i18n::{FtlSource, I18n};
use catalog::Catalog;
use site::SiteConfig;

/// A template, built in or from the site's templates/ folder.
#[derive(Debug, Clone)]
pub struct Template {
    /// Name used by Tera (`pair.html`).
    pub name: String,
    /// Where it came from, for diagnostics (`templates/pair.html`, or `(built-in)/pair.html`).
    pub path: PathBuf,
    /// Its text.
    pub source: String,
}

/// A Markdown page, in each locale that has it.
#[derive(Debug, Clone)]
pub struct Prose {
    /// URL segment (`about`).
    pub slug: String,
    /// Per locale (site order): the file and its text, when the locale has one.
    pub by_locale: Vec<Option<(PathBuf, String)>>,
}

/// Everything a site is made of.
#[derive(Debug)]
pub struct Sources {
    /// The site's root folder.
    pub root: PathBuf,
    /// site.toml.
    pub config: SiteConfig,
    /// The catalogs, sorted by id.
    pub catalogs: Vec<Catalog>,
    /// Every locale's messages.
    pub i18n: I18n,
    /// Tera templates.
    pub templates: Vec<Template>,
    /// Static files copied as they are.
    pub assets: Assets,
    /// Markdown pages.
    pub prose: Vec<Prose>,
    /// A BLAKE3 hash of every input file and of codesite itself: equal fingerprints give
    /// equal sites.
    pub fingerprint: String,
}

impl Sources {
    /// Adds the pseudo-locale `en-xa` (see [`I18n::add_pseudo`]), which a build makes only when
    /// asked (`--pseudo`) and which the site's own locales never link to from outside it.
    pub fn add_pseudo_locale(&mut self) {
        let locale = site::Locale {
            code: "en-xa".into(),
            name: "Pseudo".into(),
            dir: site::Direction::Ltr,
            langid: "en-XA".parse().expect("a valid tag"),
        };
        self.i18n.add_pseudo(&locale);
        self.config.locales.push(locale);
        for p in &mut self.prose {
            p.by_locale.push(None);
        }
    }
}

/// The templates built into codesite; a site overrides any of them by putting a file of the
/// same name in its templates/ folder.
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    (
        "components.html",
        include_str!("../../templates/components.html"),
    ),
    ("chooser.html", include_str!("../../templates/chooser.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("catalog.html", include_str!("../../templates/catalog.html")),
    ("code.html", include_str!("../../templates/code.html")),
    ("pair.html", include_str!("../../templates/pair.html")),
    ("page.html", include_str!("../../templates/page.html")),
    ("404.html", include_str!("../../templates/404.html")),
];

/// Built-in static files, under templates/assets/, written to assets/ in the output.
pub const BUILTIN_ASSETS: &[(&str, &str)] = &[
    (
        "style.css",
        include_str!("../../templates/assets/style.css"),
    ),
    ("find.js", include_str!("../../templates/assets/find.js")),
    (
        "chooser.js",
        include_str!("../../templates/assets/chooser.js"),
    ),
];

/// Whether a file name is an editor's leftover or a hidden file, which a site never means
/// to publish: `.#ui.ftl` (an Emacs lock), `ui.ftl~`, `#ui.ftl#`, `.ui.ftl.swp`.
fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('#') || name.ends_with('~')
}

/// The entries of a folder that a site may use, sorted by name.
fn sorted_dir(path: &Path) -> Result<Vec<PathBuf>> {
    let mut v: Vec<PathBuf> = Vec::new();
    for e in fs::read_dir(path).with_context(|| format!("failed to list `{}`", path.display()))? {
        let e = e.with_context(|| format!("failed to list `{}`", path.display()))?;
        if !e.file_name().to_str().is_some_and(is_ignored) {
            v.push(e.path());
        }
    }
    v.sort();
    Ok(v)
}

/// A fingerprint of what a build reads: every file below content/, locales/ and templates/
/// (names and bytes, in a fixed order), and codesite's version with its built-in templates,
/// hashed with BLAKE3. Equal fingerprints give equal sites, so a build whose output holds
/// this fingerprint, untouched, has nothing to do.
fn fingerprint(root: &Path, gate: &Gate) -> Result<String> {
    fn field(h: &mut blake3::Hasher, bytes: &[u8]) {
        h.update(&(bytes.len() as u64).to_le_bytes());
        h.update(bytes);
    }
    fn walk(dir: &Path, gate: &Gate, h: &mut blake3::Hasher) -> Result<()> {
        if !dir.is_dir() {
            return Ok(());
        }
        for p in sorted_dir(dir)? {
            field(h, p.file_name().unwrap_or_default().as_encoded_bytes());
            if p.is_dir() {
                walk(&p, gate, h)?;
            } else if gate.admits(dir, &p, &mut Diagnostics::new()) {
                let bytes =
                    fs::read(&p).with_context(|| format!("failed to read `{}`", p.display()))?;
                field(h, &bytes);
            }
        }
        Ok(())
    }
    let mut h = blake3::Hasher::new();
    field(&mut h, env!("CARGO_PKG_VERSION").as_bytes());
    for (name, text) in BUILTIN_TEMPLATES.iter().chain(BUILTIN_ASSETS) {
        field(&mut h, name.as_bytes());
        field(&mut h, text.as_bytes());
    }
    for dir in ["content", "locales", "templates"] {
        field(&mut h, dir.as_bytes());
        walk(&root.join(dir), gate, &mut h)?;
    }
    Ok(h.finalize().to_hex().to_string())
}

/// How deep brackets may nest in a TOML or Fluent file. Their parsers recurse, and real
/// files nest a few levels; a file a million levels deep is refused before it is parsed.
pub const MAX_NESTING: usize = 100;

/// The files of a site that codesite reads: regular files inside the site's folder, or
/// outside it when site.toml allows links out. Anything else is reported and skipped.
#[derive(Debug, Clone)]
struct Gate {
    /// The site's folder, resolved.
    root: PathBuf,
    allow_outside: bool,
}

impl Gate {
    fn new(root: &Path) -> Gate {
        Gate {
            root: fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
            allow_outside: false,
        }
    }

    /// Whether `path` may be read as a file: a regular file (a FIFO would block the build for
    /// ever, a device could be endless), inside the site unless links out are allowed. A
    /// problem is reported and `false` returned.
    fn admits(&self, root: &Path, path: &Path, ds: &mut Diagnostics) -> bool {
        let Ok(meta) = fs::metadata(path) else {
            return false;
        };
        if !meta.is_file() {
            if !meta.is_dir() {
                ds.push(
                    Diagnostic::warning(
                        Location::file(rel(root, path)),
                        "this is not a regular file (a FIFO, socket or device); it is skipped",
                    )
                    .with_help("remove it from the site's folders"),
                );
            }
            return false;
        }
        if !self.allow_outside {
            let real = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            if !real.starts_with(&self.root) {
                ds.push(
                    Diagnostic::error(
                        Location::file(rel(root, path)),
                        format!("this is a link to `{}`, outside the site's folder", real.display()),
                    )
                    .with_help("copy the file into the site, or set `allow_links_outside = true` in content/site.toml"),
                );
                return false;
            }
        }
        true
    }
}

/// Reads a text input. A file that is not UTF-8, that holds a control character, or that
/// nests brackets deeper than [`MAX_NESTING`] is an input problem, not a crash; a byte order
/// mark at its start is dropped.
fn read_text(root: &Path, path: &Path, ds: &mut Diagnostics) -> Result<Option<String>> {
    let bytes = fs::read(path).with_context(|| format!("failed to read `{}`", path.display()))?;
    let mut s = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            ds.push(
                Diagnostic::error(
                    Location::at_offset(rel(root, path), &text, valid),
                    "the file is not valid UTF-8",
                )
                .with_help("save the file as UTF-8"),
            );
            return Ok(None);
        }
    };
    if s.starts_with('\u{feff}') {
        s.drain(..'\u{feff}'.len_utf8());
    }
    if let Some((i, c)) = s
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
    {
        ds.push(
            Diagnostic::error(
                Location::at_offset(rel(root, path), &s, i),
                format!(
                    "the file holds the control character {}",
                    c.escape_unicode()
                ),
            )
            .with_help("remove it; a page cannot show it, and a terminal would obey it"),
        );
        return Ok(None);
    }
    let nested = path
        .extension()
        .is_some_and(|e| e == "toml" || e == "ftl")
        .then(|| too_deep(&s))
        .flatten();
    if let Some(i) = nested {
        ds.push(
            Diagnostic::error(
                Location::at_offset(rel(root, path), &s, i),
                format!("brackets nest more than {MAX_NESTING} levels deep here"),
            )
            .with_help("a catalog or translation needs a few levels at most; close the brackets"),
        );
        return Ok(None);
    }
    Ok(Some(s))
}

/// Where brackets (`[ ] { }`, outside quoted text) first nest deeper than [`MAX_NESTING`].
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q || c == '\n' {
                    quote = None;
                }
            }
            None => match c {
                '"' => quote = Some(c),
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(i);
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            },
        }
    }
    None
}

fn rel(root: &Path, p: &Path) -> PathBuf {
    crate::diag::relative_to(root, p)
}

/// Every folder of content/ with a catalog.toml, parsed.
fn read_catalogs(root: &Path, gate: &Gate) -> Result<(Vec<Catalog>, Diagnostics)> {
    let mut ds = Diagnostics::new();
    let mut found = Vec::new();
    for dir in sorted_dir(&root.join("content"))? {
        let file = dir.join("catalog.toml");
        if file.exists() && gate.admits(root, &file, &mut ds) {
            found.push((dir, file));
        }
    }
    let read: Vec<Result<(Option<Catalog>, Diagnostics)>> = found
        .par_iter()
        .map(|(dir, file)| {
            let mut ds = Diagnostics::new();
            let id = dir
                .file_name()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            if !catalog::is_plain_id(&id, &['-']) || id == "assets" || id == "pages" {
                ds.push(
                    Diagnostic::error(
                        Location::file(rel(root, file)),
                        format!("catalog folder name `{id}` cannot be used in a URL"),
                    )
                    .with_help("rename the folder to lowercase letters, digits and hyphens, starting with a letter (not `assets` or `pages`)"),
                );
                return Ok((None, ds));
            }
            let Some(text) = read_text(root, file, &mut ds)? else {
                return Ok((None, ds));
            };
            match catalog::parse(&id, &rel(root, file), &text) {
                Ok(c) => Ok((Some(c), ds)),
                Err(e) => {
                    ds.extend(e);
                    Ok((None, ds))
                }
            }
        })
        .collect();
    let mut catalogs = Vec::new();
    for r in read {
        let (c, d) = r?;
        ds.extend(d);
        catalogs.extend(c);
    }
    Ok((catalogs, ds))
}

/// The names of the .ftl files a locale may have: `ui`, and each catalog's id, found by its
/// folder so that a catalog.toml with errors still counts.
fn ftl_names(root: &Path) -> Result<Vec<String>> {
    let content = root.join("content");
    let mut names: Vec<String> = if content.is_dir() {
        sorted_dir(&content)?
            .into_iter()
            .filter(|p| p.join("catalog.toml").is_file())
            .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
            .collect()
    } else {
        Vec::new()
    };
    names.push("ui".to_owned());
    Ok(names)
}

/// What in locales/ codesite does not read, which is most likely a mistake: a folder that is
/// not a locale of site.toml, and a .ftl file that is neither ui.ftl nor a catalog's.
fn stray_locale_files(root: &Path, config: &SiteConfig, names: &[String]) -> Result<Diagnostics> {
    let mut ds = Diagnostics::new();
    let locales = root.join("locales");
    if !locales.is_dir() {
        return Ok(ds);
    }
    let known: Vec<&str> = names.iter().map(String::as_str).collect();
    let catalogs = &known[..known.len() - 1];
    let codes: Vec<&str> = config.locales.iter().map(|l| l.code.as_str()).collect();
    for dir in sorted_dir(&locales)? {
        let Some(name) = dir.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !dir.is_dir() {
            continue;
        }
        if !codes.contains(&name) {
            let help = format!(
                "add a [[locales]] with code = \"{name}\" to content/site.toml, or remove the folder"
            );
            ds.push(
                Diagnostic::warning(
                    Location::file(rel(root, &dir)),
                    format!("locales/{name}/ is not a locale of site.toml; it is not read"),
                )
                .with_help(help),
            );
            continue;
        }
        for file in sorted_dir(&dir)? {
            let Some(stem) = file
                .extension()
                .filter(|e| *e == "ftl")
                .and(file.file_stem())
                .and_then(|s| s.to_str())
            else {
                continue;
            };
            if known.contains(&stem) {
                continue;
            }
            let help = match toml::closest(stem, &known) {
                Some(c) => format!("did you mean {c}.ftl?"),
                None => format!(
                    "a locale's files are ui.ftl and one per catalog ({}); add content/{stem}/catalog.toml or rename the file",
                    catalogs.join(", ")
                ),
            };
            ds.push(
                Diagnostic::warning(
                    Location::file(rel(root, &file)),
                    format!("{stem}.ftl belongs to no catalog: content/{stem}/ has no catalog.toml; it is not read"),
                )
                .with_help(help),
            );
        }
    }
    Ok(ds)
}

/// The Fluent files of every locale in site.toml (those `names` names), read and parsed one
/// locale per worker.
fn read_messages(
    root: &Path,
    gate: &Gate,
    site_path: &Path,
    config: &SiteConfig,
    names: &[String],
) -> Result<(I18n, Diagnostics)> {
    let read: Vec<Result<(Vec<FtlSource>, Diagnostics)>> = config
        .locales
        .par_iter()
        .map(|l| {
            let mut ds = Diagnostics::new();
            let dir = root.join("locales").join(&l.code);
            let mut files = Vec::new();
            if !dir.is_dir() {
                let site = fs::read_to_string(site_path).unwrap_or_default();
                ds.push(
                    Diagnostic::error(
                        Location::of_line_starting(
                            rel(root, site_path),
                            &site,
                            &format!("code = \"{}\"", l.code),
                        ),
                        format!("locale `{}` has no folder locales/{}/", l.code, l.code),
                    )
                    .with_help(format!(
                        "create locales/{}/ with its .ftl files, or remove the locale from site.toml",
                        l.code
                    )),
                );
                return Ok((files, ds));
            }
            for p in sorted_dir(&dir)? {
                let named = p
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| names.iter().any(|n| n == s));
                if p.extension().is_some_and(|e| e == "ftl")
                    && named
                    && gate.admits(root, &p, &mut ds)
                {
                    if let Some(text) = read_text(root, &p, &mut ds)? {
                        files.push(FtlSource {
                            path: rel(root, &p),
                            text,
                        });
                    }
                }
            }
            Ok((files, ds))
        })
        .collect();
    let mut ds = Diagnostics::new();
    let mut ftl = Vec::with_capacity(read.len());
    for r in read {
        let (files, d) = r?;
        ds.extend(d);
        ftl.push(files);
    }
    let (i18n, fds) = I18n::load(&config.locales, &config.default_locale, &ftl);
    ds.extend(fds);
    Ok((i18n, ds))
}

/// Static files: (path below the output root, bytes).
pub type Assets = Vec<(String, Vec<u8>)>;

/// The built-in templates and assets, with the site's own of the same name in their place and
/// its new ones added.
fn read_templates(
    root: &Path,
    gate: &Gate,
    ds: &mut Diagnostics,
) -> Result<(Vec<Template>, Assets)> {
    let mut templates: Vec<Template> = BUILTIN_TEMPLATES
        .iter()
        .map(|(n, s)| Template {
            name: (*n).to_owned(),
            path: PathBuf::from("(built-in)").join(n),
            source: (*s).to_owned(),
        })
        .collect();
    let mut assets: Assets = BUILTIN_ASSETS
        .iter()
        .map(|(n, s)| (format!("assets/{n}"), s.as_bytes().to_vec()))
        .collect();
    let tdir = root.join("templates");
    if !tdir.is_dir() {
        return Ok((templates, assets));
    }
    for p in sorted_dir(&tdir)? {
        let Some(name) = p.file_name().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if (name.ends_with(".html") || name.ends_with(".xml")) && gate.admits(root, &p, ds) {
            if let Some(source) = read_text(root, &p, ds)? {
                let t = Template {
                    name: name.clone(),
                    path: rel(root, &p),
                    source,
                };
                match templates.iter_mut().find(|t| t.name == name) {
                    Some(slot) => *slot = t,
                    None => templates.push(t),
                }
            }
        }
    }
    let adir = tdir.join("assets");
    if adir.is_dir() {
        for p in sorted_dir(&adir)? {
            let Some(name) = p.file_name().and_then(|s| s.to_str()).map(str::to_owned) else {
                continue;
            };
            let plain = name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
            if p.is_dir() {
                continue;
            }
            if !gate.admits(root, &p, ds) {
                continue;
            }
            if plain {
                let bytes =
                    fs::read(&p).with_context(|| format!("failed to read `{}`", p.display()))?;
                let key = format!("assets/{name}");
                match assets.iter_mut().find(|(k, _)| *k == key) {
                    Some(slot) => slot.1 = bytes,
                    None => assets.push((key, bytes)),
                }
            } else {
                ds.push(
                    Diagnostic::warning(
                        Location::file(rel(root, &p)),
                        format!("asset `{name}` is not copied: its name cannot be used in a URL"),
                    )
                    .with_help("rename it to letters, digits, `-`, `_` and `.`"),
                );
            }
        }
    }
    Ok((templates, assets))
}

/// Markdown pages: `content/pages/<slug>/<locale>.md`.
fn read_prose(
    root: &Path,
    gate: &Gate,
    config: &SiteConfig,
    ds: &mut Diagnostics,
) -> Result<Vec<Prose>> {
    let mut prose = Vec::new();
    let pdir = root.join("content").join("pages");
    if !pdir.is_dir() {
        return Ok(prose);
    }
    for dir in sorted_dir(&pdir)? {
        if !dir.is_dir() {
            continue;
        }
        let slug = dir
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        if !catalog::is_plain_id(&slug, &['-']) {
            ds.push(
                Diagnostic::error(
                    Location::file(rel(root, &dir)),
                    format!("page folder `{slug}` cannot be used as a URL segment"),
                )
                .with_help("rename it to lowercase letters, digits and hyphens"),
            );
            continue;
        }
        let mut by_locale = Vec::new();
        for l in &config.locales {
            let f = dir.join(format!("{}.md", l.code));
            if f.exists() && gate.admits(root, &f, ds) {
                by_locale.push(read_text(root, &f, ds)?.map(|t| (rel(root, &f), t)));
            } else {
                by_locale.push(None);
            }
        }
        if by_locale[config.default_id().index()].is_none() {
            ds.push(
                Diagnostic::error(Location::file(rel(root, &dir)), format!("page `{slug}` has no {}.md", config.default_locale))
                    .with_help("every page needs a version in the default locale, which other locales fall back to"),
            );
            continue;
        }
        prose.push(Prose { slug, by_locale });
    }
    Ok(prose)
}

/// Loads the site at `root`. Returns the sources when they could all be parsed, and every
/// problem found either way.
pub fn load(root: &Path) -> Result<(Option<Sources>, Diagnostics)> {
    let mut ds = Diagnostics::new();
    let mut gate = Gate::new(root);
    let site_path = root.join("content").join("site.toml");
    if !site_path.exists() || !gate.admits(root, &site_path, &mut ds) {
        ds.push(
            Diagnostic::error(Location::file(rel(root, &site_path)), format!("no site found in `{}`", root.display()))
                .with_help("run codesite in a site's folder, pass --root DIR, or create one with `codesite init`"),
        );
        return Ok((None, ds));
    }
    let config = match read_text(root, &site_path, &mut ds)? {
        Some(text) => match site::parse(&rel(root, &site_path), &text) {
            Ok(c) => Some(c),
            Err(e) => {
                ds.extend(e);
                None
            }
        },
        None => None,
    };
    gate.allow_outside = config.as_ref().is_some_and(|c| c.allow_links_outside);
    let gate = &gate;

    let ftl_names = ftl_names(root)?;
    // Catalogs, messages and the fingerprint need nothing of each other: they are read
    // side by side, and their problems reported in this order.
    let (catalogs, (messages, fingerprint)) = rayon::join(
        || read_catalogs(root, gate),
        || {
            rayon::join(
                || {
                    config
                        .as_ref()
                        .map(|c| read_messages(root, gate, &site_path, c, &ftl_names))
                        .transpose()
                },
                || fingerprint(root, gate),
            )
        },
    );
    let (catalogs, cds) = catalogs?;
    ds.extend(cds);
    let (Some(config), Some((i18n, mds))) = (config, messages?) else {
        return Ok((None, ds));
    };
    ds.extend(mds);
    ds.extend(stray_locale_files(root, &config, &ftl_names)?);
    let (templates, assets) = read_templates(root, gate, &mut ds)?;
    let prose = read_prose(root, gate, &config, &mut ds)?;
    let sources = Sources {
        root: root.to_path_buf(),
        fingerprint: fingerprint?,
        config,
        catalogs,
        i18n,
        templates,
        assets,
        prose,
    };
    Ok((Some(sources), ds))
}
