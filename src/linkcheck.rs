//! Proves, before anything is written, that every internal link of the rendered site leads
//! somewhere: each `href` and `src` to a file of the site, each `#fragment` to an element with
//! that id, each canonical and hreflang URL under the base URL to a page of the site.
//!
//! Templates belong to the site and can be edited, so this is a check of the output, not of
//! the plan: it reads the bytes each page will have, the way a browser follows them.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::plan::LinkStyle;

/// The links and anchors of one HTML page, borrowed from it where no entity needs decoding.
#[derive(Debug, Default)]
pub struct Scan<'h> {
    /// Every `href` and `src` value, unescaped.
    pub links: Vec<Cow<'h, str>>,
    /// Every `id` value.
    pub ids: Vec<Cow<'h, str>>,
}

impl Scan<'_> {
    fn has_id(&self, id: &str) -> bool {
        self.ids.iter().any(|i| i == id)
    }
}

/// Reads the attribute values the check needs from `html`. The HTML comes from our templates
/// with every text escaped, so a double quote only ever closes an attribute value. It works on
/// bytes: only the values it keeps are read as UTF-8, never the whole page.
pub fn scan(html: &[u8]) -> Scan<'_> {
    let mut out = Scan {
        links: Vec::with_capacity(32),
        ids: Vec::with_capacity(16),
    };
    for (name, value) in attributes(html) {
        let value = match std::str::from_utf8(value) {
            Ok(v) => unescape(v),
            Err(_) => Cow::Owned(unescape(&String::from_utf8_lossy(value)).into_owned()),
        };
        match name {
            Attr::Link => out.links.push(value),
            Attr::Id => out.ids.push(value),
        }
    }
    out
}

enum Attr {
    /// `href` or `src`.
    Link,
    Id,
}

/// The values of the attributes named href, src and id, in document order.
fn attributes(bytes: &[u8]) -> impl Iterator<Item = (Attr, &[u8])> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(i) = memchr::memchr(b'=', &bytes[at..]) {
            let eq = at + i;
            at = eq + 1;
            if bytes.get(eq + 1) != Some(&b'"') {
                continue; // an equals sign in text, or an unquoted value
            }
            let start = eq + 2;
            let end = start + memchr::memchr(b'"', &bytes[start..])?;
            // Whatever the attribute, its value is skipped whole.
            at = end + 1;
            let name = match &bytes[..eq] {
                [.., b' ' | b'\n' | b'\t', b'h', b'r', b'e', b'f'] => Attr::Link,
                [.., b' ' | b'\n' | b'\t', b's', b'r', b'c'] => Attr::Link,
                [.., b' ' | b'\n' | b'\t', b'i', b'd'] => Attr::Id,
                _ => continue,
            };
            return Some((name, &bytes[start..end]));
        }
        None
    })
}

fn unescape(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// What a link is, once resolved against the page it is on.
#[derive(Debug, PartialEq, Eq)]
enum Resolved<'h> {
    /// It leaves the site.
    Outside,
    /// It cannot work, for the reason given.
    Broken(String),
    /// It leads to the path written into the buffer, and to this fragment there.
    Inside(Option<&'h str>),
}

/// Resolves `href` on `page` the way a browser does, writing the target's path below the
/// output root into `target` (cleared first).
fn resolve_into<'h>(
    page: &str,
    href: &'h str,
    base: &Base<'_>,
    folders_allowed: bool,
    target: &mut String,
) -> Resolved<'h> {
    target.clear();
    let Base {
        url: base_url,
        path: base_path,
    } = *base;
    let (path, fragment) = match memchr::memchr(b'#', href.as_bytes()) {
        Some(i) => (&href[..i], Some(&href[i + 1..])),
        None => (href, None),
    };
    let path = match memchr::memchr(b'?', path.as_bytes()) {
        Some(i) => &path[..i],
        None => path,
    };
    let rest: &str;
    let mut folders_allowed = folders_allowed;
    if let Some(inside) = path.strip_prefix(base_url) {
        // Canonical and hreflang URLs are for hosts and crawlers: always the hosted form.
        folders_allowed = true;
        rest = inside;
    } else if has_scheme(path) || path.starts_with("//") {
        return Resolved::Outside;
    } else if let Some(inside) = path
        .strip_prefix(base_path)
        .filter(|_| path.starts_with('/'))
    {
        rest = inside;
    } else if path.starts_with('/') {
        return Resolved::Broken(format!("leaves the site's base path {base_path}"));
    } else {
        if path.is_empty() {
            target.push_str(page);
            return Resolved::Inside(fragment);
        }
        if let Some(i) = memchr::memrchr(b'/', page.as_bytes()) {
            target.push_str(&page[..i]);
        }
        rest = path;
    }
    let mut rest = rest;
    loop {
        let (seg, more) = match memchr::memchr(b'/', rest.as_bytes()) {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        match seg {
            ".." => match memchr::memrchr(b'/', target.as_bytes()) {
                Some(i) => target.truncate(i),
                None if !target.is_empty() => target.clear(),
                None => return Resolved::Broken("climbs above the site's root".to_owned()),
            },
            "." | "" => {}
            name => {
                if !target.is_empty() {
                    target.push('/');
                }
                target.push_str(name);
            }
        }
        if more.is_none() && matches!(seg, "" | "." | "..") {
            // A folder: a web server answers with its index.html; file:// shows a listing.
            if !folders_allowed {
                return Resolved::Broken(
                    "names a folder, which does not open from disk; offline links name index.html"
                        .to_owned(),
                );
            }
            if !target.is_empty() {
                target.push('/');
            }
            target.push_str("index.html");
        }
        match more {
            Some(m) => rest = m,
            None => break,
        }
    }
    Resolved::Inside(fragment)
}

/// The site's base URL, and its path part: `/docs/` for `https://example.org/docs/`.
#[derive(Clone, Copy)]
struct Base<'a> {
    url: &'a str,
    path: &'a str,
}

impl<'a> Base<'a> {
    fn new(url: &'a str) -> Self {
        let path = url
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
            .unwrap_or("/");
        Base { url, path }
    }
}

/// Whether a link starts with a URL scheme (`https:`, `mailto:`, `data:`): it is not a path.
fn has_scheme(href: &str) -> bool {
    match memchr::memchr(b':', href.as_bytes()) {
        Some(i) if i > 0 => {
            let scheme = &href[..i];
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        _ => false,
    }
}

/// How many broken links are described one by one; a template with a broken link breaks it on
/// every page, and a thousand copies of the same error help nobody.
const MAX_SHOWN: usize = 50;

/// Checks the links of pages as they are rendered, against the paths the site will have.
/// Links to an anchor on another page are kept until the end, when that page's ids are read.
pub struct LinkChecker<'a> {
    known: crate::hash::KeySet,
    style: LinkStyle,
    base: Base<'a>,
    found: Mutex<Found>,
}

#[derive(Default)]
struct Found {
    shown: Vec<Diagnostic>,
    more: usize,
    /// Target page -> fragment -> the first page and href that wanted it.
    anchors: BTreeMap<String, BTreeMap<String, (String, String)>>,
}

/// Paths are short and many, and a 64-bit hash of each is all the check keeps.
fn key(path: &str) -> u64 {
    crate::hash::fnv(path.as_bytes())
}

impl<'a> LinkChecker<'a> {
    /// A checker for a site whose files are `paths` (below the output root, `/` separated).
    pub fn new(paths: impl Iterator<Item = String>, style: LinkStyle, base_url: &'a str) -> Self {
        LinkChecker {
            known: paths.map(|p| key(&p)).collect(),
            style,
            base: Base::new(base_url),
            found: Mutex::new(Found::default()),
        }
    }

    /// Checks the links of the file at `page` (nothing happens for files that are not HTML).
    pub fn check_page(&self, page: &str, bytes: &[u8]) {
        if !page.ends_with(".html") {
            return;
        }
        let scan = scan(bytes);
        // Hosts serve the 404 page for any missing path, so its links are root paths that
        // only a web server resolves, whichever style the rest of the site uses.
        let folders_allowed = self.style == LinkStyle::Hosted || page == "404.html";
        let mut problems: Vec<Diagnostic> = Vec::new();
        let mut anchors = Vec::new();
        let mut target = String::with_capacity(64);
        for href in &scan.links {
            let problem = match resolve_into(page, href, &self.base, folders_allowed, &mut target) {
                Resolved::Outside => continue,
                Resolved::Broken(why) => why,
                Resolved::Inside(fragment) => {
                    if !self.known.contains(&key(&target)) {
                        format!("leads to `{target}`, which the site does not have")
                    } else {
                        match fragment.filter(|f| !f.is_empty()) {
                            Some(f) if target == page => {
                                if scan.has_id(f) {
                                    continue;
                                }
                                format!(
                                    "points at `#{f}`, but the page has no element with that id"
                                )
                            }
                            Some(f) => {
                                anchors.push((target.clone(), f.to_owned(), href.to_string()));
                                continue;
                            }
                            None => continue,
                        }
                    }
                }
            };
            let d = broken(page, href, &problem);
            if !problems.contains(&d) {
                problems.push(d);
            }
        }
        if problems.is_empty() && anchors.is_empty() {
            return;
        }
        let mut found = self.found.lock().unwrap_or_else(|e| e.into_inner());
        for p in problems {
            if found.shown.len() < MAX_SHOWN {
                found.shown.push(p);
            } else {
                found.more += 1;
            }
        }
        for (target, fragment, href) in anchors {
            found
                .anchors
                .entry(target)
                .or_default()
                .entry(fragment)
                .or_insert_with(|| (page.to_owned(), href));
        }
    }

    /// The broken links found, after checking the anchors wanted on other pages against those
    /// pages, which `page_html` gives again by path.
    pub fn finish(self, page_html: impl Fn(&str) -> Option<Vec<u8>>) -> Diagnostics {
        let found = self.found.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut ds = Diagnostics::new();
        let mut more = found.more;
        for d in found.shown {
            ds.push(d);
        }
        for (target, wanted) in found.anchors {
            let html = page_html(&target).unwrap_or_default();
            let scan = scan(&html);
            for (fragment, (page, href)) in wanted {
                if scan.has_id(&fragment) {
                    continue;
                }
                if ds.error_count() < MAX_SHOWN {
                    ds.push(broken(
                        &page,
                        &href,
                        &format!(
                            "points at `#{fragment}`, but `{target}` has no element with that id"
                        ),
                    ));
                } else {
                    more += 1;
                }
            }
        }
        if more > 0 {
            ds.push(
                Diagnostic::error(
                    Location::file("(output)"),
                    format!("{more} more broken links are not shown"),
                )
                .with_help("fix the ones above first: they usually share a cause"),
            );
        }
        ds
    }
}

fn broken(page: &str, href: &str, problem: &str) -> Diagnostic {
    Diagnostic::error(
        Location::file(format!("(output) {page}")),
        format!("broken link `{href}`: it {problem}"),
    )
    .with_help(
        "links must come from the hrefs codesite gives the template; check the template that \
         renders this page",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks a whole site given as (path, html) pairs.
    fn check(site: &[(&str, &str)], style: LinkStyle, base: &str) -> Diagnostics {
        let checker = LinkChecker::new(site.iter().map(|(p, _)| p.to_string()), style, base);
        for (p, html) in site {
            checker.check_page(p, html.as_bytes());
        }
        checker.finish(|path| {
            site.iter()
                .find(|(p, _)| *p == path)
                .map(|(_, h)| h.as_bytes().to_vec())
        })
    }

    fn page<'a>(path: &'a str, html: &'a str) -> (&'a str, &'a str) {
        (path, html)
    }

    const BASE: &str = "https://example.org/docs/";

    #[test]
    fn links_resolve_like_a_browser_resolves_them() {
        let r = |page: &str, href: &str, folders: bool| {
            let mut t = String::new();
            match resolve_into(page, href, &Base::new(BASE), folders, &mut t) {
                Resolved::Outside => None,
                Resolved::Broken(why) => Some(Err(why)),
                Resolved::Inside(f) => Some(Ok((t, f.map(str::to_owned)))),
            }
        };
        assert_eq!(
            r("en/a/index.html", "../b/", true),
            Some(Ok(("en/b/index.html".into(), None)))
        );
        assert_eq!(
            r("en/a/index.html", "../b/index.html#x", false),
            Some(Ok(("en/b/index.html".into(), Some("x".into()))))
        );
        assert_eq!(
            r("en/a/index.html", "#top", false),
            Some(Ok(("en/a/index.html".into(), Some("top".into()))))
        );
        assert_eq!(
            r("404.html", "/docs/en/", true),
            Some(Ok(("en/index.html".into(), None)))
        );
        assert_eq!(
            r("en/index.html", "https://example.org/docs/tr/", true),
            Some(Ok(("tr/index.html".into(), None)))
        );
        assert_eq!(
            r(
                "en/index.html",
                "https://www.rfc-editor.org/rfc/rfc5321",
                true
            ),
            None
        );
        assert!(matches!(r("en/a/index.html", "../b/", false), Some(Err(_))));
        assert_eq!(
            r("en/index.html", "https://example.org/docs/tr/", false),
            Some(Ok(("tr/index.html".into(), None)))
        );
        assert!(matches!(
            r("en/index.html", "../../x.html", true),
            Some(Err(_))
        ));
        assert!(matches!(
            r("en/index.html", "/elsewhere/", true),
            Some(Err(_))
        ));
    }

    #[test]
    fn a_broken_link_or_anchor_names_the_page_and_the_link() {
        let site = [
            page(
                "en/index.html",
                r#"<a href="a/">a</a> <a href="a/#here">h</a> <a href="a/#gone">g</a> <a href="b/">b</a>"#,
            ),
            page(
                "en/a/index.html",
                r#"<h2 id="here">x</h2><link rel="canonical" href="https://example.org/docs/en/a/"><link rel="alternate" hreflang="tr" href="https://example.org/docs/tr/a/">"#,
            ),
        ];
        let ds = check(&site, LinkStyle::Hosted, BASE);
        let text = ds.render(false);
        assert_eq!(ds.error_count(), 3, "{text}");
        assert!(text.contains("(output) en/index.html"), "{text}");
        assert!(
            text.contains("broken link `a/#gone`: it points at `#gone`"),
            "{text}"
        );
        assert!(
            text.contains("broken link `b/`: it leads to `en/b/index.html`"),
            "{text}"
        );
        assert!(
            text.contains("broken link `https://example.org/docs/tr/a/`"),
            "{text}"
        );
    }

    #[test]
    fn offline_links_must_name_files() {
        let site = [
            page(
                "en/index.html",
                r#"<a href="a/index.html">a</a> <a href="a/">folder</a>"#,
            ),
            page("en/a/index.html", ""),
        ];
        let ds = check(&site, LinkStyle::Offline, BASE);
        assert_eq!(ds.error_count(), 1);
        assert!(ds.render(false).contains("names a folder"));
    }

    #[test]
    fn escaped_attribute_values_are_read_as_a_browser_reads_them() {
        let s = scan(br#"<a href="x/?a=1&amp;b=2" data-id="no" id="top">"#);
        assert_eq!(s.links, ["x/?a=1&b=2"]);
        assert!(s.has_id("top") && s.ids.len() == 1);
    }

    #[test]
    fn a_link_broken_on_every_page_is_shown_a_few_times_and_counted() {
        let paths: Vec<String> = (0..200).map(|i| format!("p{i}/index.html")).collect();
        let site: Vec<(&str, &str)> = paths
            .iter()
            .map(|p| (p.as_str(), r#"<a href="../nowhere/">x</a>"#))
            .collect();
        let ds = check(&site, LinkStyle::Hosted, BASE);
        assert_eq!(ds.error_count(), MAX_SHOWN + 1);
        assert!(
            ds.render(false)
                .contains("150 more broken links are not shown")
        );
    }
}
