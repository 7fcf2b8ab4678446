//! The plan: every page of the site, its output path, its URL and its alternates, computed
//! once. This is the only place where URLs and hrefs are made, so the hosted and the offline
//! link styles cannot drift apart.
//!
//! The URL contract (DESIGN.md):
//!
//! ```text
//! index.html                         language chooser (x-default)
//! <lang>/index.html                  home of a locale
//! <lang>/<catalog>/index.html        all codes of a catalog
//! <lang>/<catalog>/<code>/index.html one code
//! <lang>/<catalog>/<a>-vs-<b>/index.html  a pair, lower code first
//! <lang>/<page>/index.html           a Markdown page (about)
//! 404.html  sitemap.xml  robots.txt
//! ```

use std::path::PathBuf;

use crate::catalog::Catalog;
use crate::config::SiteConfig;

/// How links between pages are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStyle {
    /// `../553/`: for a web server, which serves `index.html` for a folder.
    Hosted,
    /// `../553/index.html`: every link works when the files are opened from disk.
    Offline,
}

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageKind {
    /// The root language chooser.
    Chooser,
    /// A locale's home.
    Home,
    /// A catalog's list of codes (catalog index).
    Catalog { catalog: usize },
    /// One code (catalog, code index).
    Code { catalog: usize, code: usize },
    /// Two codes, `a < b` (indexes into the catalog's sorted codes).
    Pair { catalog: usize, a: usize, b: usize },
    /// A Markdown page.
    Prose { page: usize },
    /// The 404 page, at the root.
    NotFound,
}

/// One page to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// What it shows.
    pub kind: PageKind,
    /// Its locale (index into the site's locales); `None` for the chooser and the 404 page.
    pub locale: Option<usize>,
}

/// Every page, and the rules for linking them.
#[derive(Debug, Clone)]
pub struct Plan {
    /// All pages: chooser, 404, then per locale home, prose pages, catalogs, codes and pairs.
    pub pages: Vec<Page>,
    /// Link style.
    pub style: LinkStyle,
    base_url: String,
    locale_codes: Vec<String>,
    catalog_ids: Vec<String>,
    codes: Vec<Vec<String>>,
    prose_slugs: Vec<String>,
}

/// Every link to the pair pages of one catalog in one locale, from one place: the pair's folder
/// (`220-vs-553`) between a start and an end that are the same for all of them. Made once, so
/// that each of a pair page's many links to pair pages (its URL, the same page in each
/// language, related comparisons) is a few short copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairLinks {
    /// What comes before the pair's folder.
    pub before: String,
    /// What comes after it.
    pub after: &'static str,
}

impl Plan {
    /// Plans every page of a site.
    pub fn new(
        config: &SiteConfig,
        catalogs: &[Catalog],
        prose_slugs: &[String],
        style: LinkStyle,
    ) -> Plan {
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
        for l in 0..config.locales.len() {
            let locale = Some(l);
            pages.push(Page {
                kind: PageKind::Home,
                locale,
            });
            for page in 0..prose_slugs.len() {
                pages.push(Page {
                    kind: PageKind::Prose { page },
                    locale,
                });
            }
            for (c, cat) in catalogs.iter().enumerate() {
                pages.push(Page {
                    kind: PageKind::Catalog { catalog: c },
                    locale,
                });
                for code in 0..cat.codes.len() {
                    pages.push(Page {
                        kind: PageKind::Code { catalog: c, code },
                        locale,
                    });
                }
                for (a, b) in cat.pairs() {
                    pages.push(Page {
                        kind: PageKind::Pair { catalog: c, a, b },
                        locale,
                    });
                }
            }
        }
        Plan {
            pages,
            style,
            base_url: config.base_url.clone(),
            locale_codes: config.locales.iter().map(|l| l.code.clone()).collect(),
            catalog_ids: catalogs.iter().map(|c| c.id.clone()).collect(),
            codes: catalogs
                .iter()
                .map(|c| c.codes.iter().map(|x| x.code.clone()).collect())
                .collect(),
            prose_slugs: prose_slugs.to_vec(),
        }
    }

    /// The folders of a page below the output root, without allocating.
    fn folders(&self, page: &Page) -> Folders<'_> {
        let mut f = Folders {
            named: [""; 3],
            n: 0,
            pair: None,
        };
        if let Some(l) = page.locale {
            f.named[f.n] = &self.locale_codes[l];
            f.n += 1;
        }
        match page.kind {
            PageKind::Chooser | PageKind::NotFound | PageKind::Home => {}
            PageKind::Prose { page } => {
                f.named[f.n] = &self.prose_slugs[page];
                f.n += 1;
            }
            PageKind::Catalog { catalog } => {
                f.named[f.n] = &self.catalog_ids[catalog];
                f.n += 1;
            }
            PageKind::Code { catalog, code } => {
                f.named[f.n] = &self.catalog_ids[catalog];
                f.named[f.n + 1] = &self.codes[catalog][code];
                f.n += 2;
            }
            PageKind::Pair { catalog, a, b } => {
                f.named[f.n] = &self.catalog_ids[catalog];
                f.n += 1;
                f.pair = Some((&self.codes[catalog][a], &self.codes[catalog][b]));
            }
        }
        f
    }

    /// The page's path from the site root, as folders (`tr/smtp/220-vs-553/`), empty for
    /// the chooser.
    pub fn dir_path(&self, page: &Page) -> String {
        let mut out = String::with_capacity(32);
        self.folders(page).write_from(0, &mut out);
        out
    }

    /// Where the page is written, relative to the output folder.
    pub fn out_path(&self, page: &Page) -> PathBuf {
        let mut s = String::new();
        self.write_out_path(page, &mut s);
        PathBuf::from(s)
    }

    /// Appends [`Plan::out_path`] to `out`, with `/` separators, without allocating.
    pub fn write_out_path(&self, page: &Page, out: &mut String) {
        if page.kind == PageKind::NotFound {
            out.push_str("404.html");
            return;
        }
        if let Some(l) = page.locale {
            out.push_str(&self.locale_codes[l]);
            out.push('/');
        }
        match page.kind {
            PageKind::Chooser | PageKind::NotFound | PageKind::Home => {}
            PageKind::Prose { page } => {
                out.push_str(&self.prose_slugs[page]);
                out.push('/');
            }
            PageKind::Catalog { catalog } => {
                out.push_str(&self.catalog_ids[catalog]);
                out.push('/');
            }
            PageKind::Code { catalog, code } => {
                out.push_str(&self.catalog_ids[catalog]);
                out.push('/');
                out.push_str(&self.codes[catalog][code]);
                out.push('/');
            }
            PageKind::Pair { catalog, a, b } => {
                out.push_str(&self.catalog_ids[catalog]);
                out.push('/');
                push_pair_folder(&self.codes[catalog][a], &self.codes[catalog][b], out);
                out.push('/');
            }
        }
        out.push_str("index.html");
    }

    /// The page's absolute URL (canonical, hreflang, sitemap): always the hosted form.
    pub fn url(&self, page: &Page) -> String {
        let mut out = String::with_capacity(self.base_url.len() + 48);
        self.write_url(page, &mut out);
        out
    }

    /// Appends [`Plan::url`] to `out`.
    pub fn write_url(&self, page: &Page, out: &mut String) {
        out.push_str(&self.base_url);
        match page.kind {
            PageKind::NotFound => out.push_str("404.html"),
            _ => self.folders(page).write_from(0, out),
        }
    }

    /// The same page in another locale.
    pub fn in_locale(&self, page: &Page, locale: usize) -> Page {
        Page {
            kind: page.kind,
            locale: Some(locale),
        }
    }

    /// A relative link from `from` to `to`, in the plan's style: the shortest relative path
    /// (`../553/`), naming `index.html` in the offline style (`../553/index.html`).
    pub fn href(&self, from: &Page, to: &Page) -> String {
        let mut out = String::with_capacity(48);
        self.write_href(from, to, &mut out);
        out
    }

    /// Appends [`Plan::href`] to `out`.
    pub fn write_href(&self, from: &Page, to: &Page, out: &mut String) {
        let file = match (to.kind, self.style) {
            (PageKind::NotFound, _) => "404.html",
            (_, LinkStyle::Offline) => "index.html",
            (_, LinkStyle::Hosted) => "",
        };
        let target = self.folders(to);
        let start = out.len();
        if from.kind == PageKind::NotFound {
            // Hosts serve the 404 page at any depth, so its links start from the site's root
            // path.
            out.push_str(url_path(&self.base_url));
            target.write_from(0, out);
        } else {
            let here = self.folders(from);
            let common = (0..here.len().min(target.len()))
                .take_while(|&i| here.same_at(&target, i))
                .count();
            for _ in common..here.len() {
                out.push_str("../");
            }
            target.write_from(common, out);
        }
        out.push_str(file);
        if out.len() == start {
            out.push_str("./");
        }
    }

    /// The link made by `links` to the pair page of codes `a` and `b` of `catalog`, in pieces
    /// to be joined: they are few and short, and a caller may copy them where it likes.
    pub fn pair_link_pieces<'p>(
        &'p self,
        links: &'p PairLinks,
        catalog: usize,
        a: usize,
        b: usize,
    ) -> [&'p str; 5] {
        let codes = &self.codes[catalog];
        [&links.before, &codes[a], PAIR_JOIN, &codes[b], links.after]
    }

    /// The URLs of the pair pages of `catalog` in locale `l` ([`Plan::url`]).
    pub fn pair_urls(&self, l: usize, catalog: usize) -> PairLinks {
        let mut before = self.base_url.clone();
        for name in [&self.locale_codes[l], &self.catalog_ids[catalog]] {
            before.push_str(name);
            before.push('/');
        }
        PairLinks { before, after: "/" }
    }

    /// The links ([`Plan::href`]) from any pair page of `catalog` in locale `from` to the pair
    /// pages of `catalog` in locale `to`: all but a page's link to itself, which names no
    /// folder.
    pub fn pair_hrefs(&self, from: usize, to: usize, catalog: usize) -> PairLinks {
        let here = [&self.locale_codes[from], &self.catalog_ids[catalog]];
        let there = [&self.locale_codes[to], &self.catalog_ids[catalog]];
        let common = (0..2).take_while(|&i| here[i] == there[i]).count();
        let mut before = String::new();
        // Up from the page's own pair folder, then from the folders it does not share.
        for _ in common..=here.len() {
            before.push_str("../");
        }
        for name in &there[common..] {
            before.push_str(name);
            before.push('/');
        }
        let after = match self.style {
            LinkStyle::Offline => "/index.html",
            LinkStyle::Hosted => "/",
        };
        PairLinks { before, after }
    }

    /// A relative link from `from` to any pair page of `catalog` in `from`'s locale, with
    /// `{a}` and `{b}` standing for the two codes (lower first): the compare picker's target.
    pub fn pair_href_pattern(&self, from: &Page, catalog: usize) -> String {
        let index = Page {
            kind: PageKind::Catalog { catalog },
            locale: from.locale,
        };
        let file = match self.style {
            LinkStyle::Offline => "index.html",
            LinkStyle::Hosted => "",
        };
        let target = format!("{}{{a}}-vs-{{b}}/{file}", self.dir_path(&index));
        self.relative(from, &target)
    }

    /// Where the find-and-compare data of a catalog index in one locale is written, below the
    /// output root: a classic script beside the index, so it loads from file:// too.
    pub fn find_data_path(&self, locale: usize, catalog: usize) -> String {
        let index = Page {
            kind: PageKind::Catalog { catalog },
            locale: Some(locale),
        };
        format!("{}codes.js", self.dir_path(&index))
    }

    /// A relative link from `from` to a file at `path` below the output root (an asset).
    pub fn asset(&self, from: &Page, path: &str) -> String {
        self.relative(from, path)
    }

    /// Appends [`Plan::asset`] to `out`.
    pub fn write_asset(&self, from: &Page, path: &str, out: &mut String) {
        self.write_relative(from, path, out);
    }

    /// The relative path from the folder of `from` to `target`, a path below the root.
    fn relative(&self, from: &Page, target: &str) -> String {
        let mut out = String::new();
        self.write_relative(from, target, &mut out);
        out
    }

    /// Appends [`Plan::relative`] to `out`.
    fn write_relative(&self, from: &Page, target: &str, out: &mut String) {
        if from.kind == PageKind::NotFound {
            // Hosts serve the 404 page at any depth, so its links start from the site's root
            // path; opened from disk it sits at the root, where the same links work.
            out.push_str(url_path(&self.base_url));
            out.push_str(target);
            return;
        }
        let here = self.folders(from);
        // Folders are what comes before a `/`; the rest is a file name, or "" for a folder.
        let mut rest = target;
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
        for _ in common..here.len() {
            out.push_str("../");
        }
        out.push_str(rest);
    }

    /// Locale codes, in site order.
    pub fn locale_codes(&self) -> &[String] {
        &self.locale_codes
    }

    /// The site's base URL, ending in `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }
}

/// The path part of an absolute URL (`https://x.example/docs/` gives `/docs/`).
fn url_path(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    url[after_scheme..]
        .find('/')
        .map_or("/", |i| &url[after_scheme + i..])
}

/// A page's folders below the root: up to three named ones (locale, catalog or page, code)
/// and, for a pair, its `<a>-vs-<b>` folder, all borrowed from the plan.
#[derive(Clone, Copy)]
struct Folders<'a> {
    named: [&'a str; 3],
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
            (true, true) => self.named[i] == other.named[i],
            (false, false) => self.pair == other.pair,
            _ => false,
        }
    }

    /// Whether folder `i` is named `name`.
    fn is_at(&self, i: usize, name: &str) -> bool {
        if i < self.n {
            return self.named[i] == name;
        }
        self.pair.is_some_and(|(a, b)| {
            name.strip_prefix(a)
                .and_then(|r| r.strip_prefix("-vs-"))
                .is_some_and(|r| r == b)
        })
    }

    /// Appends the folders from the `i`-th on, each followed by `/`.
    fn write_from(&self, i: usize, out: &mut String) {
        for name in self.named.iter().take(self.n).skip(i) {
            out.push_str(name);
            out.push('/');
        }
        if let Some((a, b)) = self.pair {
            if i <= self.n {
                push_pair_folder(a, b, out);
                out.push('/');
            }
        }
    }
}

/// What joins the two codes of a pair's folder.
const PAIR_JOIN: &str = "-vs-";

/// The folder of the pair of codes `a` and `b`, lower first: `220-vs-553`.
fn push_pair_folder(a: &str, b: &str, out: &mut String) {
    out.push_str(a);
    out.push_str(PAIR_JOIN);
    out.push_str(b);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config;
    use std::path::Path;

    fn plan(style: LinkStyle) -> Plan {
        let site = config::parse(
            Path::new("site.toml"),
            "title='t'\nbase_url='https://x.example/docs'\ndefault_locale='en'\n[[locales]]\ncode='en'\nname='English'\ndir='ltr'\n[[locales]]\ncode='ar'\nname='العربية'\ndir='rtl'\n",
        )
        .unwrap();
        let cat = crate::catalog::parse(
            "smtp",
            Path::new("c.toml"),
            "label='SMTP'\ncode_pattern='^[0-9]+$'\nrfc_url='u'\nstages=['s']\n[[codes]]\ncode='220'\nclass=2\nstage='s'\nretry='none'\nactor='none'\nreferences=[{rfc=1}]\n[[codes]]\ncode='553'\nclass=5\nstage='s'\nretry='never'\nactor='sender'\nreferences=[{rfc=1}]\n",
        )
        .unwrap();
        Plan::new(&site, &[cat], &["about".into()], style)
    }

    #[test]
    fn the_contract_paths_are_planned_once_each() {
        let p = plan(LinkStyle::Hosted);
        let paths: Vec<String> = p
            .pages
            .iter()
            .map(|x| p.out_path(x).display().to_string())
            .collect();
        for want in [
            "index.html",
            "404.html",
            "en/index.html",
            "ar/smtp/index.html",
            "ar/smtp/553/index.html",
            "en/smtp/220-vs-553/index.html",
            "ar/about/index.html",
        ] {
            assert_eq!(paths.iter().filter(|x| *x == want).count(), 1, "{want}");
        }
        assert_eq!(paths.len(), 2 + 2 * (1 + 1 + 1 + 2 + 1));
    }

    #[test]
    fn hosted_links_name_folders_and_offline_links_name_index_html() {
        let code = |c| Page {
            kind: PageKind::Code {
                catalog: 0,
                code: c,
            },
            locale: Some(1),
        };
        let pair = Page {
            kind: PageKind::Pair {
                catalog: 0,
                a: 0,
                b: 1,
            },
            locale: Some(1),
        };
        let home = Page {
            kind: PageKind::Home,
            locale: Some(1),
        };
        let chooser = Page {
            kind: PageKind::Chooser,
            locale: None,
        };
        let hosted = plan(LinkStyle::Hosted);
        assert_eq!(hosted.href(&code(0), &code(1)), "../553/");
        assert_eq!(hosted.href(&code(0), &pair), "../220-vs-553/");
        assert_eq!(hosted.href(&code(0), &home), "../../");
        assert_eq!(hosted.href(&code(0), &code(0)), "./");
        assert_eq!(hosted.href(&chooser, &home), "ar/");
        assert_eq!(hosted.href(&home, &chooser), "../");
        let offline = plan(LinkStyle::Offline);
        assert_eq!(offline.href(&code(0), &code(1)), "../553/index.html");
        assert_eq!(offline.href(&code(0), &code(0)), "index.html");
        assert_eq!(offline.href(&home, &chooser), "../index.html");
        for p in [&hosted, &offline] {
            for from in &p.pages {
                for to in [&code(1), &pair, &home, &chooser] {
                    if from.kind == PageKind::NotFound {
                        continue;
                    }
                    let href = p.href(from, to);
                    assert_eq!(
                        resolve(&p.dir_path(from), &href),
                        p.dir_path(to),
                        "{from:?} -> {href}"
                    );
                }
            }
        }
    }

    fn resolve(dir: &str, href: &str) -> String {
        let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
        for seg in href.split('/') {
            match seg {
                ".." => {
                    parts.pop();
                }
                "" | "." | "index.html" => {}
                s => parts.push(s),
            }
        }
        let mut out = parts.join("/");
        if !out.is_empty() {
            out.push('/');
        }
        out
    }

    #[test]
    fn pair_links_made_from_their_parts_are_the_links_the_plan_makes() {
        let site = config::parse(
            Path::new("site.toml"),
            "title='t'\nbase_url='https://x.example/docs/'\ndefault_locale='en'\n[[locales]]\ncode='en'\nname='English'\ndir='ltr'\n[[locales]]\ncode='tr'\nname='Türkçe'\ndir='ltr'\n",
        )
        .unwrap();
        let code = |c: &str| {
            format!(
                "[[codes]]\ncode='{c}'\nclass=2\nstage='s'\nretry='none'\nactor='none'\nreferences=[{{rfc=1}}]\n"
            )
        };
        let cats: Vec<_> = [
            ("smtp", ["220", "250", "251"]),
            ("x", ["200", "201", "202"]),
        ]
        .iter()
        .map(|(id, codes)| {
            let text = format!(
                "label='L'\ncode_pattern='^[0-9]+$'\nrfc_url='u'\nstages=['s']\n{}",
                codes.map(code).concat()
            );
            crate::catalog::parse(id, Path::new("c.toml"), &text).unwrap()
        })
        .collect();
        for style in [LinkStyle::Hosted, LinkStyle::Offline] {
            let p = Plan::new(&site, &cats, &[], style);
            let pairs: Vec<&Page> = p
                .pages
                .iter()
                .filter(|x| matches!(x.kind, PageKind::Pair { .. }))
                .collect();
            assert_eq!(pairs.len(), 2 * 2 * 3);
            for from in &pairs {
                for to in &pairs {
                    let (
                        PageKind::Pair { catalog: c, .. },
                        PageKind::Pair {
                            catalog: d,
                            a: x,
                            b: y,
                        },
                    ) = (from.kind, to.kind)
                    else {
                        unreachable!()
                    };
                    let (l, m) = (from.locale.unwrap(), to.locale.unwrap());
                    let urls = p.pair_urls(m, d);
                    assert_eq!(p.pair_link_pieces(&urls, d, x, y).concat(), p.url(to));
                    if c != d || from == to {
                        continue;
                    }
                    let hrefs = p.pair_hrefs(l, m, c);
                    let href = p.pair_link_pieces(&hrefs, c, x, y).concat();
                    assert_eq!(href, p.href(from, to), "{from:?} -> {to:?}");
                }
            }
        }
    }

    #[test]
    fn the_compare_picker_pattern_names_pair_pages_in_both_styles() {
        for (style, want) in [
            (LinkStyle::Hosted, "{a}-vs-{b}/"),
            (LinkStyle::Offline, "{a}-vs-{b}/index.html"),
        ] {
            let plan = plan(style);
            let index = Page {
                kind: PageKind::Catalog { catalog: 0 },
                locale: Some(1),
            };
            assert_eq!(plan.pair_href_pattern(&index, 0), want);
            let pair = Page {
                kind: PageKind::Pair {
                    catalog: 0,
                    a: 0,
                    b: 1,
                },
                locale: Some(1),
            };
            let real = plan.href(&index, &pair);
            let codes = (&plan.codes[0][0], &plan.codes[0][1]);
            assert_eq!(want.replace("{a}", codes.0).replace("{b}", codes.1), real);
            assert_eq!(
                plan.find_data_path(1, 0),
                format!(
                    "{}/{}/codes.js",
                    plan.locale_codes()[1],
                    plan.catalog_ids[0]
                )
            );
        }
    }

    #[test]
    fn urls_are_absolute_and_keep_the_base_path() {
        let p = plan(LinkStyle::Offline);
        let pair = Page {
            kind: PageKind::Pair {
                catalog: 0,
                a: 0,
                b: 1,
            },
            locale: Some(0),
        };
        assert_eq!(p.url(&pair), "https://x.example/docs/en/smtp/220-vs-553/");
        assert_eq!(
            p.url(&Page {
                kind: PageKind::Chooser,
                locale: None
            }),
            "https://x.example/docs/"
        );
    }

    #[test]
    fn a_pair_page_links_to_its_codes_beside_it_and_the_404_page_from_the_root_path() {
        let p = plan(LinkStyle::Hosted);
        let pair = Page {
            kind: PageKind::Pair {
                catalog: 0,
                a: 0,
                b: 1,
            },
            locale: Some(0),
        };
        let code = Page {
            kind: PageKind::Code {
                catalog: 0,
                code: 1,
            },
            locale: Some(0),
        };
        assert_eq!(p.href(&pair, &code), "../553/");
        assert_eq!(
            p.asset(&pair, "assets/style.css"),
            "../../../assets/style.css"
        );
        let notfound = Page {
            kind: PageKind::NotFound,
            locale: None,
        };
        assert_eq!(p.href(&notfound, &code), "/docs/en/smtp/553/");
    }
}
