//! Plan: every page and every other output file of the site, with its path, URL and links.
//! This is the only place that makes paths, URLs and hrefs, so the two link styles cannot
//! drift apart, and the only place that lists the output files.
//!
//! The URL contract (DESIGN.md):
//!
//! ```text
//! index.html                              language chooser (x-default)
//! <lang>/index.html                       home of a locale
//! <lang>/<catalog>/index.html             all codes of a catalog
//! <lang>/<catalog>/<code>/index.html      one code (its URL segment, see load::catalog::slug)
//! <lang>/<catalog>/<a>-vs-<b>/index.html  a pair, in the catalog's order of codes
//! <lang>/<page>/index.html                a Markdown page (about)
//! 404.html  sitemap.xml  robots.txt  assets/*  <lang>/<catalog>/codes.js
//! ```

use std::collections::HashMap;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::id::{CatalogId, CodeId, CodeRef, LocaleId, ProseId};
use crate::load::catalog::Catalog;
use crate::load::site::SiteConfig;

/// How links between pages are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum LinkStyle {
    /// `../553/index.html`: every link names its file, so the site works opened from disk
    /// and on any host. The default.
    #[default]
    Files,
    /// `../553/`: for hosts that serve a folder's index.html, which gives shorter addresses.
    Folders,
}

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    /// The root language chooser.
    Chooser,
    /// The 404 page, at the root.
    NotFound,
    /// A locale's home.
    Home,
    /// A Markdown page.
    Prose(ProseId),
    /// A catalog's index of codes.
    Catalog(CatalogId),
    /// One code.
    Code(CodeRef),
    /// Two codes of a catalog, the first earlier in its order.
    Pair(CatalogId, CodeId, CodeId),
}

impl PageKind {
    /// The name templates see as `page.kind`.
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Chooser => "chooser",
            PageKind::NotFound => "notfound",
            PageKind::Home => "home",
            PageKind::Prose(_) => "page",
            PageKind::Catalog(_) => "catalog",
            PageKind::Code(_) => "code",
            PageKind::Pair(..) => "pair",
        }
    }

    /// The catalog the page belongs to, if any.
    pub fn catalog(self) -> Option<CatalogId> {
        match self {
            PageKind::Catalog(c) | PageKind::Pair(c, ..) => Some(c),
            PageKind::Code(r) => Some(r.catalog),
            _ => None,
        }
    }
}

/// One page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Page {
    /// What it shows.
    pub kind: PageKind,
    /// Its locale; `None` for the chooser and the 404 page, which speak every language.
    pub locale: Option<LocaleId>,
}

impl Page {
    /// A page of a locale.
    pub fn new(kind: PageKind, locale: LocaleId) -> Page {
        Page {
            kind,
            locale: Some(locale),
        }
    }

    /// The same page in another locale.
    pub fn in_locale(self, locale: LocaleId) -> Page {
        Page {
            kind: self.kind,
            locale: Some(locale),
        }
    }
}

/// How many pages a site of these catalogs has, without listing them: two root pages, and per
/// locale its home, its Markdown pages and, per catalog of N codes, 1 + N + N(N-1)/2.
pub fn page_count(locales: usize, catalogs: &[Catalog], prose: usize) -> u64 {
    let per_locale: u64 = 1
        + prose as u64
        + catalogs
            .iter()
            .map(|c| {
                let n = c.codes.len() as u64;
                1 + n + n * n.saturating_sub(1) / 2
            })
            .sum::<u64>();
    2 + locales as u64 * per_locale
}

/// The bytes a page takes, about: what a comparison page of the built-in theme takes.
pub const BYTES_PER_PAGE: u64 = 10_000;

/// The pages a build makes without being told it may make more.
pub const DEFAULT_MAX_PAGES: u64 = 1_000_000;

/// URLs in one sitemap file. The protocol allows 50,000; parts of 10,000 (about 6 MB each)
/// keep a large site's build from holding a 30 MB file in memory, and crawlers read an index
/// of parts as well as a single file.
pub const SITEMAP_MAX_URLS: usize = 10_000;

/// Every page and file of the site, and the rules for linking them.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Every page: the chooser, the 404 page, then per locale its home, Markdown pages, and
    /// per catalog its index, codes and pairs.
    pub pages: Vec<Page>,
    /// How links are written.
    pub style: LinkStyle,
    base_url: String,
    locales: Vec<String>,
    catalogs: Vec<String>,
    slugs: Vec<Vec<String>>,
    prose: Vec<String>,
    assets: Vec<String>,
    default_locale: LocaleId,
}

impl Plan {
    /// Plans every page of a site; `assets` are the paths of its static files below the
    /// output root. Two outputs on one path are an error, listed with what each one is.
    pub fn new(
        config: &SiteConfig,
        catalogs: &[Catalog],
        prose_slugs: &[String],
        assets: &[String],
        style: LinkStyle,
    ) -> Result<Plan, Diagnostics> {
        let mut pages = vec![
            Page {
                kind: PageKind::Chooser,
                locale: None,
            },
            Page {
                kind: PageKind::NotFound,
                locale: None,
            },
        ];
        for l in config.locale_ids() {
            pages.push(Page::new(PageKind::Home, l));
            for p in ProseId::all(prose_slugs.len()) {
                pages.push(Page::new(PageKind::Prose(p), l));
            }
            for (c, cat) in CatalogId::all(catalogs.len()).zip(catalogs) {
                pages.push(Page::new(PageKind::Catalog(c), l));
                for code in CodeId::all(cat.codes.len()) {
                    pages.push(Page::new(PageKind::Code(CodeRef { catalog: c, code }), l));
                }
                for (a, b) in cat.pairs() {
                    pages.push(Page::new(PageKind::Pair(c, a, b), l));
                }
            }
        }
        let plan = Plan {
            pages,
            style,
            base_url: config.base_url.clone(),
            locales: config.locales.iter().map(|l| l.code.clone()).collect(),
            catalogs: catalogs.iter().map(|c| c.id.clone()).collect(),
            slugs: catalogs
                .iter()
                .map(|c| c.codes.iter().map(|x| x.slug.clone()).collect())
                .collect(),
            prose: prose_slugs.to_vec(),
            assets: assets.to_vec(),
            default_locale: config.default_id(),
        };
        plan.check_collisions()?;
        Ok(plan)
    }

    /// Two outputs on one path: each collision once, naming both.
    fn check_collisions(&self) -> Result<(), Diagnostics> {
        let mut seen: HashMap<String, usize> = HashMap::with_capacity(self.pages.len() + 64);
        let mut ds = Diagnostics::new();
        let what = |i: usize| -> String {
            match self.pages.get(i) {
                Some(p) => self.describe(p),
                None => format!("the file `{}`", self.extra_files()[i - self.pages.len()]),
            }
        };
        let paths = self
            .pages
            .iter()
            .map(|p| self.path(p))
            .chain(self.extra_files());
        for (i, path) in paths.enumerate() {
            if let Some(&first) = seen.get(&path) {
                ds.push(
                    Diagnostic::error(
                        Location::file(self.source_of(first)),
                        format!("two outputs on one path, `{path}`: {} and {}", what(first), what(i)),
                    )
                    .with_help("rename the page folder, catalog, locale or asset so that each output has its own path"),
                );
            } else {
                seen.insert(path, i);
            }
        }
        if ds.is_empty() { Ok(()) } else { Err(ds) }
    }

    /// The input file that makes output `i` (a page, then the other files in order).
    fn source_of(&self, i: usize) -> String {
        let Some(page) = self.pages.get(i) else {
            let file = &self.extra_files()[i - self.pages.len()];
            return match file.strip_prefix("assets/") {
                Some(name) => format!("templates/assets/{name}"),
                None => "content/site.toml".into(),
            };
        };
        match page.kind {
            PageKind::Prose(p) => format!("content/pages/{}", self.prose[p.index()]),
            kind => match kind.catalog() {
                Some(c) => format!("content/{}/catalog.toml", self.catalogs[c.index()]),
                None => "content/site.toml".into(),
            },
        }
    }

    /// What a page is, for messages.
    fn describe(&self, page: &Page) -> String {
        let l = page
            .locale
            .map(|l| self.locales[l.index()].as_str())
            .unwrap_or("");
        match page.kind {
            PageKind::Chooser => "the language chooser".into(),
            PageKind::NotFound => "the 404 page".into(),
            PageKind::Home => format!("the home of locale `{l}`"),
            PageKind::Prose(p) => {
                format!("the page content/pages/{}/ in `{l}`", self.prose[p.index()])
            }
            PageKind::Catalog(c) => format!(
                "the index of catalog `{}` in `{l}`",
                self.catalogs[c.index()]
            ),
            PageKind::Code(r) => format!(
                "code `{}` of catalog `{}` in `{l}`",
                self.slugs[r.catalog.index()][r.code.index()],
                self.catalogs[r.catalog.index()]
            ),
            PageKind::Pair(c, ..) => {
                format!("a pair of catalog `{}` in `{l}`", self.catalogs[c.index()])
            }
        }
    }

    /// The folders of a page below the output root: empty for the chooser and the 404 page.
    fn folders(&self, page: &Page) -> Folders<'_> {
        let mut f = Folders {
            names: [""; 3],
            n: 0,
            pair: None,
        };
        if let Some(l) = page.locale {
            f.names[f.n] = &self.locales[l.index()];
            f.n += 1;
        }
        match page.kind {
            PageKind::Chooser | PageKind::NotFound | PageKind::Home => {}
            PageKind::Prose(p) => {
                f.names[f.n] = &self.prose[p.index()];
                f.n += 1;
            }
            PageKind::Catalog(c) => {
                f.names[f.n] = &self.catalogs[c.index()];
                f.n += 1;
            }
            PageKind::Code(r) => {
                f.names[f.n] = &self.catalogs[r.catalog.index()];
                f.names[f.n + 1] = &self.slugs[r.catalog.index()][r.code.index()];
                f.n += 2;
            }
            PageKind::Pair(c, a, b) => {
                let slugs = &self.slugs[c.index()];
                f.names[f.n] = &self.catalogs[c.index()];
                f.n += 1;
                f.pair = Some((&slugs[a.index()], &slugs[b.index()]));
            }
        }
        f
    }

    /// The folders of a page, each followed by `/`, appended to `out`.
    fn folder(&self, page: &Page, out: &mut String) {
        self.folders(page).write_from(0, out);
    }

    /// Where a page is written, below the output folder, with `/` separators.
    pub fn path(&self, page: &Page) -> String {
        if page.kind == PageKind::NotFound {
            return "404.html".into();
        }
        let mut out = String::with_capacity(48);
        self.folder(page, &mut out);
        out.push_str("index.html");
        out
    }

    /// A page's absolute URL (canonical, hreflang, sitemap): always folder style, the
    /// address a host serves.
    pub fn url(&self, page: &Page) -> String {
        let mut out = String::with_capacity(self.base_url.len() + 48);
        out.push_str(&self.base_url);
        match page.kind {
            PageKind::NotFound => out.push_str("404.html"),
            _ => self.folder(page, &mut out),
        }
        out
    }

    /// The absolute URL of any output file, by its path.
    pub fn url_of_path(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// A relative link from `from` to `to` in the plan's style.
    pub fn href(&self, from: &Page, to: &Page) -> String {
        if to.kind == PageKind::NotFound {
            return self.file_href(from, "404.html");
        }
        if from.kind == PageKind::NotFound {
            let mut target = String::with_capacity(48);
            self.folder(to, &mut target);
            if self.style == LinkStyle::Files {
                target.push_str("index.html");
            }
            return self.file_href(from, &target);
        }
        let (here, there) = (self.folders(from), self.folders(to));
        let common = (0..here.len().min(there.len()))
            .take_while(|&i| here.same_at(&there, i))
            .count();
        let mut out = String::with_capacity(64);
        for _ in common..here.len() {
            out.push_str("../");
        }
        there.write_from(common, &mut out);
        match self.style {
            LinkStyle::Files => out.push_str("index.html"),
            LinkStyle::Folders if out.is_empty() => out.push_str("./"),
            LinkStyle::Folders => {}
        }
        out
    }

    /// A relative link from `from` to the file at `path` below the output root (an asset, a
    /// data script). Links from the 404 page start at the site's root path instead: hosts
    /// serve that page at any depth.
    pub fn file_href(&self, from: &Page, path: &str) -> String {
        if from.kind == PageKind::NotFound {
            return format!("{}{path}", url_path(&self.base_url));
        }
        let here = self.folders(from);
        let mut rest = path;
        let mut common = 0;
        while common < here.len() {
            match rest.split_once('/') {
                Some((dir, after)) if here.is_at(common, dir) => {
                    rest = after;
                    common += 1;
                }
                _ => break,
            }
        }
        let mut out = String::with_capacity(3 * (here.len() - common) + rest.len());
        for _ in common..here.len() {
            out.push_str("../");
        }
        out.push_str(rest);
        out
    }

    /// The pages that the hreflang links of `page` name, with their `hreflang`: the page in
    /// every locale (each locale's home, for the chooser), then the one for `x-default`.
    pub fn alternates(&self, page: &Page) -> Vec<(&str, Page)> {
        if page.kind == PageKind::NotFound {
            return Vec::new();
        }
        let mut v: Vec<(&str, Page)> = LocaleId::all(self.locales.len())
            .map(|l| {
                let to = match page.kind {
                    PageKind::Chooser => Page::new(PageKind::Home, l),
                    _ => page.in_locale(l),
                };
                (self.locales[l.index()].as_str(), to)
            })
            .collect();
        let x_default = match page.kind {
            PageKind::Chooser | PageKind::Home => Page {
                kind: PageKind::Chooser,
                locale: None,
            },
            _ => page.in_locale(self.default_locale),
        };
        v.push(("x-default", x_default));
        v
    }

    /// Where the find-and-compare data of a catalog index is written: a classic script beside
    /// the index, so that it loads from file:// too.
    pub fn find_data_path(&self, locale: LocaleId, catalog: CatalogId) -> String {
        format!(
            "{}/{}/codes.js",
            self.locales[locale.index()],
            self.catalogs[catalog.index()]
        )
    }

    /// The link from a catalog's index to any of its pairs, with `{a}` and `{b}` standing for
    /// the two codes' URL segments, earlier code first: the compare form's target.
    pub fn pair_href_pattern(&self, from: &Page, catalog: CatalogId) -> String {
        let l = from.locale.unwrap_or(self.default_locale);
        let mut target = format!(
            "{}/{}/{{a}}-vs-{{b}}/",
            self.locales[l.index()],
            self.catalogs[catalog.index()]
        );
        if self.style == LinkStyle::Files {
            target.push_str("index.html");
        }
        self.file_href(from, &target)
    }

    /// The sitemap files: one, or past the protocol's limit, numbered parts and an index.
    pub fn sitemap_files(&self) -> Vec<String> {
        let urls = self.pages.len() - 1;
        if urls <= SITEMAP_MAX_URLS {
            return vec!["sitemap.xml".into()];
        }
        let parts = urls.div_ceil(SITEMAP_MAX_URLS);
        (1..=parts)
            .map(|i| format!("sitemap-{i}.xml"))
            .chain(["sitemap.xml".into()])
            .collect()
    }

    /// Every output file that is not a page: assets, each catalog's find data per locale,
    /// robots.txt and the sitemap.
    pub fn extra_files(&self) -> Vec<String> {
        let mut v = self.assets.clone();
        for l in LocaleId::all(self.locales.len()) {
            for c in CatalogId::all(self.catalogs.len()) {
                v.push(self.find_data_path(l, c));
            }
        }
        v.push("robots.txt".into());
        v.extend(self.sitemap_files());
        v
    }

    /// Every output file: the pages, then the other files.
    pub fn files(&self) -> impl Iterator<Item = String> + '_ {
        self.pages
            .iter()
            .map(|p| self.path(p))
            .chain(self.extra_files())
    }

    /// The site's base URL, ending in `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
}

/// A page's folders below the output root, borrowed from the plan: up to three named ones
/// (locale, catalog or page, code) and, for a pair, its `<a>-vs-<b>` folder.
#[derive(Clone, Copy)]
struct Folders<'a> {
    names: [&'a str; 3],
    n: usize,
    pair: Option<(&'a str, &'a str)>,
}

impl Folders<'_> {
    fn len(&self) -> usize {
        self.n + usize::from(self.pair.is_some())
    }

    /// Whether folder `i` of both is the same folder.
    fn same_at(&self, other: &Folders<'_>, i: usize) -> bool {
        match (i < self.n, i < other.n) {
            (true, true) => self.names[i] == other.names[i],
            (false, false) => self.pair == other.pair,
            _ => false,
        }
    }

    /// Whether folder `i` is named `name`.
    fn is_at(&self, i: usize, name: &str) -> bool {
        if i < self.n {
            return self.names[i] == name;
        }
        self.pair.is_some_and(|(a, b)| {
            name.strip_prefix(a)
                .and_then(|r| r.strip_prefix("-vs-"))
                .is_some_and(|r| r == b)
        })
    }

    /// Appends the folders from the `i`-th on, each followed by `/`.
    fn write_from(&self, i: usize, out: &mut String) {
        for name in self.names.iter().take(self.n).skip(i) {
            out.push_str(name);
            out.push('/');
        }
        if let Some((a, b)) = self.pair {
            if i <= self.n {
                out.push_str(a);
                out.push_str("-vs-");
                out.push_str(b);
                out.push('/');
            }
        }
    }
}

/// The path part of an absolute URL (`https://x.example/docs/` gives `/docs/`).
pub fn url_path(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    url[after_scheme..]
        .find('/')
        .map_or("/", |i| &url[after_scheme + i..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn plan(style: LinkStyle) -> Plan {
        let site = crate::load::site::parse(
            Path::new("site.toml"),
            "title='t'\nbase_url='https://x.example/docs'\ndefault_locale='en'\n[[locales]]\ncode='en'\nname='English'\ndir='ltr'\n[[locales]]\ncode='ar'\nname='العربية'\ndir='rtl'\n",
        )
        .unwrap();
        let cat = crate::load::catalog::parse(
            "smtp",
            Path::new("c.toml"),
            "label='SMTP'\ncode_pattern='^[0-9.]+$'\n[[codes]]\ncode='553'\n[[codes]]\ncode='220'\n[[codes]]\ncode='5.7.1'\n",
        )
        .unwrap();
        Plan::new(
            &site,
            &[cat],
            &["about".into()],
            &["assets/style.css".into()],
            style,
        )
        .unwrap()
    }

    fn code(c: u32) -> Page {
        Page::new(
            PageKind::Code(CodeRef {
                catalog: CatalogId(0),
                code: CodeId(c),
            }),
            LocaleId(1),
        )
    }

    #[test]
    fn the_contract_paths_are_planned_once_each_in_the_catalogs_order() {
        let p = plan(LinkStyle::Files);
        let paths: Vec<String> = p.files().collect();
        for want in [
            "index.html",
            "404.html",
            "en/index.html",
            "ar/smtp/index.html",
            "ar/smtp/5-7-1/index.html",
            "en/smtp/553-vs-220/index.html",
            "en/smtp/220-vs-5-7-1/index.html",
            "ar/about/index.html",
            "en/smtp/codes.js",
            "sitemap.xml",
            "robots.txt",
            "assets/style.css",
        ] {
            assert_eq!(paths.iter().filter(|x| *x == want).count(), 1, "{want}");
        }
        assert!(!paths.contains(&"en/smtp/220-vs-553/index.html".to_owned()));
    }

    #[test]
    fn file_links_name_index_html_and_folder_links_end_in_a_slash() {
        let pair = Page::new(
            PageKind::Pair(CatalogId(0), CodeId(0), CodeId(1)),
            LocaleId(1),
        );
        let home = Page::new(PageKind::Home, LocaleId(1));
        let chooser = Page {
            kind: PageKind::Chooser,
            locale: None,
        };
        let files = plan(LinkStyle::Files);
        assert_eq!(files.href(&code(0), &code(1)), "../220/index.html");
        assert_eq!(files.href(&code(0), &code(0)), "index.html");
        assert_eq!(files.href(&home, &chooser), "../index.html");
        assert_eq!(files.href(&chooser, &home), "ar/index.html");
        let folders = plan(LinkStyle::Folders);
        assert_eq!(folders.href(&code(0), &code(1)), "../220/");
        assert_eq!(folders.href(&code(0), &pair), "../553-vs-220/");
        assert_eq!(folders.href(&code(0), &home), "../../");
        assert_eq!(folders.href(&code(0), &code(0)), "./");
        assert_eq!(
            folders.file_href(&pair, "assets/style.css"),
            "../../../assets/style.css"
        );
        assert_eq!(
            folders.file_href(&home, "ar/smtp/codes.js"),
            "smtp/codes.js"
        );
    }

    #[test]
    fn every_link_resolves_to_the_page_it_names() {
        for style in [LinkStyle::Files, LinkStyle::Folders] {
            let p = plan(style);
            for from in p.pages.iter().filter(|x| x.kind != PageKind::NotFound) {
                for to in &p.pages {
                    let href = p.href(from, to);
                    let dir = p.path(from);
                    let dir = &dir[..dir.rfind('/').map_or(0, |i| i + 1)];
                    let mut parts: Vec<&str> = dir.split_terminator('/').collect();
                    for seg in href.split('/') {
                        match seg {
                            ".." => {
                                parts.pop();
                            }
                            "" | "." => {}
                            s => parts.push(s),
                        }
                    }
                    let mut got = parts.join("/");
                    if href.ends_with('/') || href == "./" {
                        got = if got.is_empty() {
                            "index.html".into()
                        } else {
                            format!("{got}/index.html")
                        };
                    }
                    assert_eq!(got, p.path(to), "{from:?} -> {to:?} by {href}");
                }
            }
        }
    }

    #[test]
    fn urls_are_absolute_folder_urls_under_the_base() {
        let p = plan(LinkStyle::Files);
        let pair = Page::new(
            PageKind::Pair(CatalogId(0), CodeId(1), CodeId(2)),
            LocaleId(0),
        );
        assert_eq!(p.url(&pair), "https://x.example/docs/en/smtp/220-vs-5-7-1/");
        let notfound = Page {
            kind: PageKind::NotFound,
            locale: None,
        };
        assert_eq!(p.href(&notfound, &code(1)), "/docs/ar/smtp/220/index.html");
    }

    #[test]
    fn two_outputs_on_one_path_are_an_error_naming_both() {
        let site = crate::load::site::parse(
            Path::new("site.toml"),
            "title='t'\nbase_url='https://x.example/'\ndefault_locale='en'\n[[locales]]\ncode='en'\nname='English'\ndir='ltr'\n",
        )
        .unwrap();
        let cat = crate::load::catalog::parse(
            "about",
            Path::new("c.toml"),
            "label='A'\ncode_pattern='.'\n[[codes]]\ncode='1'\n",
        )
        .unwrap();
        let text = Plan::new(&site, &[cat], &["about".into()], &[], LinkStyle::Files)
            .unwrap_err()
            .render(false);
        assert!(
            text.contains("two outputs on one path, `en/about/index.html`"),
            "{text}"
        );
        assert!(text.contains("the page content/pages/about/"), "{text}");
        assert!(text.contains("the index of catalog `about`"), "{text}");
    }
}
