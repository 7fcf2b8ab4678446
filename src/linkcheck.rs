//! Proves, before anything is written, that every internal link of the rendered site leads
//! somewhere: each `href` and `src` to a file of the site, each `#fragment` to an element with
//! that id, each canonical and hreflang URL under the base URL to a page of the site.
//!
//! Templates belong to the site and can be edited, so this is a check of the output, not of
//! the plan: it reads the bytes each page will have, the way a browser follows them. One kind
//! of link is taken as it is: on pages filled into a skeleton, a link whose whole value is a
//! link the plan made to one of its own pages (see [`ShapeScan::new`]). Those are right by
//! construction, unique to each page and most of its links; the tests follow every one of them
//! on whole sites with a resolver of their own (`tests/it/links.rs`; canonical URLs in
//! `tests/it/contract.rs`). Whatever a template writes, or adds around such a link, is
//! checked on every page.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Mutex;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::hash::{KeySet, path_key};
use crate::plan::LinkStyle;
use crate::skeleton::{Part, Skeleton};

/// The links and anchors of one HTML page: every `href` and `src` value and every `id` value,
/// unescaped, kept in one buffer, which a thread filling pages from skeletons reuses from page
/// to page.
#[derive(Debug, Default)]
pub struct Scan {
    text: String,
    links: Vec<Range<usize>>,
    ids: Vec<Range<usize>>,
}

impl Scan {
    /// Forgets the last page, keeping the room it took.
    pub fn clear(&mut self) {
        self.text.clear();
        self.links.clear();
        self.ids.clear();
    }

    /// Reads the attribute values the check needs from `html`, after those read so far: true
    /// when `html` ends outside every attribute value. The HTML comes from our templates with
    /// every text escaped, so a double quote only ever closes an attribute value. It works on
    /// bytes: only the values it keeps are read as UTF-8.
    fn read_fragment(&mut self, html: &[u8]) -> bool {
        let mut closed = true;
        for (name, r) in quoted_values(html, &mut closed) {
            let Some(name) = name else { continue };
            let value = &html[r];
            let start = self.text.len();
            match std::str::from_utf8(value) {
                Ok(v) => unescape_into(v, &mut self.text),
                Err(_) => unescape_into(&String::from_utf8_lossy(value), &mut self.text),
            }
            self.push(name, start);
        }
        closed
    }

    /// The scan of an HTML fragment, when it ends outside every attribute value (as a hole's
    /// text must, for [`ShapeScan::fill`]).
    pub fn fragment(html: &str) -> Option<Scan> {
        let mut s = Scan::default();
        s.read_fragment(html.as_bytes()).then_some(s)
    }

    /// Adds the values of `other` after those read so far.
    fn append(&mut self, other: &Scan) {
        let at = self.text.len();
        self.text.push_str(&other.text);
        let shift = |r: &Range<usize>| r.start + at..r.end + at;
        self.links.extend(other.links.iter().map(shift));
        self.ids.extend(other.ids.iter().map(shift));
    }

    /// Records the value written into the buffer since `start`.
    fn push(&mut self, name: Attr, start: usize) {
        let r = start..self.text.len();
        match name {
            Attr::Link => self.links.push(r),
            Attr::Id => self.ids.push(r),
        }
    }

    /// Every `href` and `src` value, in document order.
    pub fn links(&self) -> impl Iterator<Item = &str> {
        self.links.iter().map(|r| &self.text[r.clone()])
    }

    /// Every `id` value, in document order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(|r| &self.text[r.clone()])
    }

    fn has_id(&self, id: &str) -> bool {
        self.ids().any(|i| i == id)
    }
}

/// The scan of a whole page.
pub fn scan(html: &[u8]) -> Scan {
    let mut s = Scan::default();
    s.read_fragment(html);
    s
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    /// `href` or `src`.
    Link,
    Id,
}

/// Every double-quoted attribute value, with the name when it is one the check reads.
/// `closed` is cleared when the last value has no closing quote.
fn quoted_values<'b>(
    bytes: &'b [u8],
    closed: &'b mut bool,
) -> impl Iterator<Item = (Option<Attr>, Range<usize>)> + 'b {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(i) = memchr::memchr(b'=', &bytes[at..]) {
            let eq = at + i;
            at = eq + 1;
            if bytes.get(eq + 1) != Some(&b'"') {
                continue; // an equals sign in text, or an unquoted value
            }
            let start = eq + 2;
            let Some(len) = memchr::memchr(b'"', &bytes[start..]) else {
                *closed = false;
                return None;
            };
            let end = start + len;
            // Whatever the attribute, its value is skipped whole.
            at = end + 1;
            let name = match &bytes[..eq] {
                [.., b' ' | b'\n' | b'\t', b'h', b'r', b'e', b'f'] => Some(Attr::Link),
                [.., b' ' | b'\n' | b'\t', b's', b'r', b'c'] => Some(Attr::Link),
                [.., b' ' | b'\n' | b'\t', b'i', b'd'] => Some(Attr::Id),
                _ => None,
            };
            return Some((name, start..end));
        }
        None
    })
}

/// How many bytes before an equals sign [`quoted_values`] looks at for the attribute's name.
const NAME_LOOKBACK: usize = 5;

/// Decodes the character references our escaping writes, in one pass, as a browser does.
fn unescape_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(i) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (c, len) = [
            ("&amp;", '&'),
            ("&quot;", '"'),
            ("&#39;", '\''),
            ("&lt;", '<'),
            ("&gt;", '>'),
        ]
        .iter()
        .find(|(e, _)| rest.starts_with(e))
        .map_or(('&', 1), |(e, c)| (*c, e.len()));
        out.push(c);
        rest = &rest[len..];
    }
    out.push_str(rest);
}

/// Where the links and anchors are in the pages filled from one skeleton, found once in the
/// text those pages share: a page then needs only its own texts read, not its whole HTML.
///
/// It gives what [`scan`] gives on the filled page, and only when the page's own texts
/// cannot move an attribute of the shared text: no hole is within reach of a shared
/// attribute's name or opening quote; a hole inside an attribute value has no double quote
/// once written; a hole outside every value does not end with an equals sign, and, when it
/// is HTML, has no equals sign within reach of the text before it and closes every value it
/// opens. Otherwise the page is read whole.
#[derive(Debug)]
pub struct ShapeScan {
    /// In document order.
    entries: Vec<Entry>,
    /// Holes written escaped outside every attribute value.
    escaped_in_text: Vec<usize>,
    /// Holes written as HTML outside every attribute value.
    raw_in_text: Vec<usize>,
    /// Holes written unescaped inside an attribute value.
    raw_in_value: Vec<usize>,
}

#[derive(Debug)]
enum Entry {
    /// An attribute the check reads, with its value in pieces.
    Attr(Attr, Vec<Piece>),
    /// A hole written as HTML outside every attribute value: its own attributes.
    Html(usize),
}

#[derive(Debug)]
enum Piece {
    /// A whole value of shared text, decoded.
    Value(String),
    /// Shared text beside a hole, as written in the HTML (still escaped).
    Text(String),
    /// A page's own text, written escaped or as it is.
    Hole { index: usize, escaped: bool },
}

/// A hole's stand-in while the skeleton is read: brackets that hold no `=`, `"` or `&`.
const STAND_IN_OPEN: char = '\u{F8F2}';
const STAND_IN_CLOSE: char = '\u{F8F3}';

impl ShapeScan {
    /// Reads `skeleton` once. `None` when a hole sits where it could change an attribute's
    /// name or where its value starts: pages of that shape are then read whole.
    ///
    /// `page_link(i)` says that hole `i` is always a link the plan made to one of its own
    /// pages. A link whose whole value is such a hole is left out of the scans: it is right by
    /// construction, and unique to its page, so checking it would cost the most for nothing.
    /// Anything a template adds around it (a fragment, a path) makes it a link like any other.
    pub fn new(skeleton: &Skeleton, page_link: impl Fn(usize) -> bool) -> Option<ShapeScan> {
        let mut text = String::new();
        let mut holes: Vec<(Range<usize>, usize, bool)> = Vec::new();
        for part in skeleton.parts() {
            match part {
                Part::Text(t) => {
                    if t.contains([STAND_IN_OPEN, STAND_IN_CLOSE]) {
                        return None;
                    }
                    text.push_str(t);
                }
                Part::Hole { index, escaped } => {
                    let start = text.len();
                    text.push(STAND_IN_OPEN);
                    text.push_str(&index.to_string());
                    text.push(STAND_IN_CLOSE);
                    holes.push((start..text.len(), index, escaped));
                }
            }
        }
        let bytes = text.as_bytes();
        let mut closed = true;
        let values: Vec<(Option<Attr>, Range<usize>)> = quoted_values(bytes, &mut closed).collect();
        if !closed {
            return None;
        }
        // An equals sign inside a value is passed over with it; any other must have no hole
        // within reach. All three lists are in document order, so each is walked once.
        let (mut hole, mut value) = (0, 0);
        for eq in memchr::memchr_iter(b'=', bytes) {
            while values.get(value).is_some_and(|(_, v)| v.end <= eq) {
                value += 1;
            }
            if values.get(value).is_some_and(|(_, v)| v.start <= eq) {
                continue;
            }
            let reach = eq.saturating_sub(NAME_LOOKBACK)..eq + 2;
            while holes.get(hole).is_some_and(|(h, ..)| h.end <= reach.start) {
                hole += 1;
            }
            if holes.get(hole).is_some_and(|(h, ..)| h.start < reach.end) {
                return None;
            }
        }
        let mut in_value = vec![false; holes.len()];
        let mut entries: Vec<(usize, Entry)> = Vec::new();
        for (name, Range { start, end }) in values {
            let inside = |h: &Range<usize>| start <= h.start && h.end <= end;
            for (k, (h, ..)) in holes.iter().enumerate() {
                in_value[k] |= inside(h);
            }
            let Some(name) = name else { continue };
            if name == Attr::Link {
                let mut inner = holes.iter().filter(|(h, ..)| inside(h));
                if let (Some((h, index, true)), None) = (inner.next(), inner.next()) {
                    if h.start == start && h.end == end && page_link(*index) {
                        continue;
                    }
                }
            }
            let mut pieces = Vec::new();
            let mut at = start;
            for (h, index, escaped) in holes.iter().filter(|(h, ..)| inside(h)) {
                if h.start > at {
                    pieces.push(Piece::Text(text[at..h.start].to_owned()));
                }
                pieces.push(Piece::Hole {
                    index: *index,
                    escaped: *escaped,
                });
                at = h.end;
            }
            if pieces.is_empty() {
                let mut v = String::new();
                unescape_into(&text[start..end], &mut v);
                pieces.push(Piece::Value(v));
            } else if end > at {
                pieces.push(Piece::Text(text[at..end].to_owned()));
            }
            entries.push((start, Entry::Attr(name, pieces)));
        }
        let (mut escaped_in_text, mut raw_in_text, mut raw_in_value) =
            (Vec::new(), Vec::new(), Vec::new());
        for (k, (h, index, escaped)) in holes.iter().enumerate() {
            match (in_value[k], escaped) {
                (true, true) => {}
                (true, false) => raw_in_value.push(*index),
                (false, true) => escaped_in_text.push(*index),
                (false, false) => {
                    raw_in_text.push(*index);
                    entries.push((h.start, Entry::Html(*index)));
                }
            }
        }
        entries.sort_by_key(|(at, _)| *at);
        for list in [&mut escaped_in_text, &mut raw_in_text, &mut raw_in_value] {
            list.sort_unstable();
            list.dedup();
        }
        Some(ShapeScan {
            entries: entries.into_iter().map(|(_, e)| e).collect(),
            escaped_in_text,
            raw_in_text,
            raw_in_value,
        })
    }

    /// Writes into `out` (cleared first) the scan of the page filled with `holes`: false when
    /// one of them could move an attribute, and the page must be read whole. `known` gives
    /// the scan of a hole's text, from [`Scan::fragment`], when the caller keeps one (a text
    /// on many pages is read once).
    pub fn fill<'k>(
        &self,
        holes: &[&str],
        known: impl Fn(usize) -> Option<&'k Scan>,
        out: &mut Scan,
    ) -> bool {
        out.clear();
        // Escaped, a text has no quote, so only an equals sign at its end could open a value.
        let escaped_in_text_ok = |&i: &usize| !holes[i].ends_with('=');
        let raw_in_text_ok = |&i: &usize| {
            let h = holes[i].as_bytes();
            h.last() != Some(&b'=') && !h[..h.len().min(NAME_LOOKBACK)].contains(&b'=')
        };
        let raw_in_value_ok = |&i: &usize| memchr::memchr(b'"', holes[i].as_bytes()).is_none();
        if !(self.escaped_in_text.iter().all(escaped_in_text_ok)
            && self.raw_in_text.iter().all(raw_in_text_ok)
            && self.raw_in_value.iter().all(raw_in_value_ok))
        {
            return false;
        }
        let mut raw = String::new();
        for entry in &self.entries {
            let (name, pieces) = match entry {
                Entry::Html(i) => {
                    if let Some(scan) = known(*i) {
                        out.append(scan);
                    } else if !out.read_fragment(holes[*i].as_bytes()) {
                        out.clear();
                        return false;
                    }
                    continue;
                }
                Entry::Attr(name, pieces) => (*name, pieces),
            };
            let start = out.text.len();
            match pieces.as_slice() {
                [Piece::Value(decoded)] => out.text.push_str(decoded),
                // Decoding an escaped text gives the text back.
                [
                    Piece::Hole {
                        index,
                        escaped: true,
                    },
                ] => out.text.push_str(holes[*index]),
                _ => {
                    raw.clear();
                    for piece in pieces {
                        match piece {
                            Piece::Value(t) | Piece::Text(t) => raw.push_str(t),
                            Piece::Hole {
                                index,
                                escaped: true,
                            } => {
                                crate::i18n::escape_into(&mut raw, holes[*index]);
                            }
                            Piece::Hole {
                                index,
                                escaped: false,
                            } => raw.push_str(holes[*index]),
                        }
                    }
                    unescape_into(&raw, &mut out.text);
                }
            }
            out.push(name, start);
        }
        true
    }
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
    // One look at each byte finds where the fragment and the query start, and the colon
    // that may end a scheme.
    let (mut fragment_at, mut query_at, mut colon_at) = (None, None, None);
    for (i, c) in href.bytes().enumerate() {
        match c {
            b'#' => {
                fragment_at = Some(i);
                break;
            }
            b'?' if query_at.is_none() => query_at = Some(i),
            b':' if colon_at.is_none() && query_at.is_none() => colon_at = Some(i),
            _ => {}
        }
    }
    let fragment = fragment_at.map(|i| &href[i + 1..]);
    let path = &href[..query_at.or(fragment_at).unwrap_or(href.len())];
    let rest: &str;
    let mut folders_allowed = folders_allowed;
    if let Some(inside) = path.strip_prefix(base_url) {
        // Canonical and hreflang URLs are for hosts and crawlers: always the hosted form.
        folders_allowed = true;
        rest = inside;
    } else if colon_at.is_some_and(|i| is_scheme(&path[..i])) || path.starts_with("//") {
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
        if let Some(i) = page.bytes().rposition(|c| c == b'/') {
            target.push_str(&page[..i]);
        }
        rest = path;
    }
    let mut rest = rest;
    loop {
        let (seg, more) = match rest.bytes().position(|c| c == b'/') {
            Some(i) => (&rest[..i], Some(&rest[i + 1..])),
            None => (rest, None),
        };
        match seg {
            ".." => match target.bytes().rposition(|c| c == b'/') {
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

/// Whether the text before a link's first colon is a URL scheme (`https`, `mailto`, `data`):
/// then the link is not a path.
fn is_scheme(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
}

/// What is wrong with a link to `#id` on its own page when the page has no such id.
fn no_such_id(id: &str) -> String {
    format!("points at `#{id}`, but the page has no element with that id")
}

/// How many broken links are described one by one; a template with a broken link breaks it on
/// every page, and a thousand copies of the same error help nobody.
const MAX_SHOWN: usize = 50;

/// Checks the links of pages as they are rendered, against the paths the site will have.
/// Links to an anchor on another page are kept until the end, when that page's ids are read.
pub struct LinkChecker<'a> {
    known: KeySet,
    style: LinkStyle,
    base: Base<'a>,
    found: Mutex<Found>,
    /// Which checker this is, for each thread's [`GOOD`].
    id: u64,
}

/// How many good links each thread remembers before it starts again.
const GOOD_MAX: usize = 8192;

thread_local! {
    /// Per thread, the checker it last served, links found good, by [`Climbs::memo_key`],
    /// and a buffer for resolved paths. Pages of one folder link to the same pages with the
    /// same `../` links; checked once, they are not resolved again for each page.
    static GOOD: std::cell::RefCell<(u64, KeySet, String)> = Default::default();
}

/// The keys of the folders a page's links can climb to (`../`), for [`Climbs::memo_key`]:
/// the page's own folder, its parent, and so on up to the root, each hashed once per page.
struct Climbs {
    /// `keys[k]` is the key of the folder `k` levels above the page's own.
    keys: [u64; 8],
    /// How many of `keys` there are.
    n: usize,
}

impl Climbs {
    fn new(page: &str) -> Self {
        let mut c = Climbs { keys: [0; 8], n: 0 };
        let mut dir = match page.rfind('/') {
            Some(i) => &page[..i],
            None => return c,
        };
        loop {
            if c.n == c.keys.len() {
                break;
            }
            c.keys[c.n] = path_key(dir);
            c.n += 1;
            if dir.is_empty() {
                break;
            }
            dir = dir.rfind('/').map_or("", |i| &dir[..i]);
        }
        c
    }

    /// A key for what `href` leads to from the page, for links that climb out of the page's
    /// folder (`../x/`): where they lead depends only on the folder they climb to and on the
    /// rest of the link. `None` for any other link, for one with a fragment, which may lead
    /// back to the page itself, and for one that climbs above the root (broken, and said so
    /// by the full check).
    fn memo_key(&self, href: &str) -> Option<u64> {
        let mut rest = href;
        let mut up = 0;
        while let Some(r) = rest.strip_prefix("../") {
            up += 1;
            rest = r;
        }
        if up == 0 || up >= self.n || rest.contains('#') {
            return None;
        }
        // The folder's key and the rest's, kept apart by a rotation.
        Some(self.keys[up].rotate_left(29) ^ path_key(rest))
    }
}

static CHECKERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

#[derive(Default)]
struct Found {
    shown: Vec<Diagnostic>,
    more: usize,
    /// Target page -> fragment -> the first page and href that wanted it.
    anchors: BTreeMap<String, BTreeMap<String, (String, String)>>,
}

impl<'a> LinkChecker<'a> {
    /// A checker for a site whose files are `paths` (below the output root, `/` separated).
    pub fn new(
        paths: impl IntoIterator<Item = impl AsRef<str>>,
        style: LinkStyle,
        base_url: &'a str,
    ) -> Self {
        let known = paths.into_iter().map(|p| path_key(p.as_ref())).collect();
        Self::with_keys(known, style, base_url)
    }

    /// [`LinkChecker::new`], for paths already turned into keys by `hash::path_key`.
    pub(crate) fn with_keys(known: KeySet, style: LinkStyle, base_url: &'a str) -> Self {
        LinkChecker {
            known,
            style,
            base: Base::new(base_url),
            found: Mutex::new(Found::default()),
            id: CHECKERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// Checks the links of the file at `page` (nothing happens for files that are not HTML).
    pub fn check_page(&self, page: &str, bytes: &[u8]) {
        if page.ends_with(".html") {
            self.check_scan(page, &scan(bytes));
        }
    }

    /// Checks the links of the HTML page at `page`, read into `scan`.
    pub fn check_scan(&self, page: &str, scan: &Scan) {
        // Hosts serve the 404 page for any missing path, so its links are root paths that
        // only a web server resolves, whichever style the rest of the site uses.
        let folders_allowed = self.style == LinkStyle::Hosted || page == "404.html";
        let mut problems: Vec<Diagnostic> = Vec::new();
        let mut anchors = Vec::new();
        GOOD.with_borrow_mut(|(owner, good, target)| {
            if *owner != self.id || good.len() >= GOOD_MAX {
                *owner = self.id;
                good.clear();
            }
            let climbs = Climbs::new(page);
            // The page's own URL (canonical, its own hreflang), which needs no resolving.
            let own_url = page.strip_suffix("index.html");
            for href in scan.links() {
                if own_url.is_some_and(|own| href.strip_prefix(self.base.url) == Some(own)) {
                    continue;
                }
                let problem = if let Some(f) = href.strip_prefix('#') {
                    // A place on the page itself, which is being made: only its id is in
                    // question.
                    if f.is_empty() || scan.has_id(f) {
                        continue;
                    }
                    no_such_id(f)
                } else {
                    let memo = climbs.memo_key(href);
                    if memo.is_some_and(|k| good.contains(&k)) {
                        continue;
                    }
                    match resolve_into(page, href, &self.base, folders_allowed, target) {
                        Resolved::Outside => continue,
                        Resolved::Broken(why) => why,
                        // The page itself (its canonical URL, its own hreflang): it is being
                        // made.
                        Resolved::Inside(None) if target == page => continue,
                        Resolved::Inside(fragment) => {
                            if !self.known.contains(&path_key(target)) {
                                format!("leads to `{target}`, which the site does not have")
                            } else {
                                match fragment.filter(|f| !f.is_empty()) {
                                    Some(f) if target == page => {
                                        if scan.has_id(f) {
                                            continue;
                                        }
                                        no_such_id(f)
                                    }
                                    Some(f) => {
                                        anchors.push((
                                            target.clone(),
                                            f.to_owned(),
                                            href.to_string(),
                                        ));
                                        continue;
                                    }
                                    None => {
                                        if let Some(k) = memo {
                                            good.insert(k);
                                        }
                                        continue;
                                    }
                                }
                            }
                        }
                    }
                };
                let d = broken(page, href, &problem);
                if !problems.contains(&d) {
                    problems.push(d);
                }
            }
        });
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
        let checker = LinkChecker::new(site.iter().map(|(p, _)| p), style, base);
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
    fn a_link_found_good_from_one_folder_is_checked_again_from_another() {
        // The same `../z/` from pages of two folders: good from a/, broken from b/. Both
        // orders, so that whichever is checked first, the second is not taken on trust.
        for order in [["a", "b"], ["b", "a"]] {
            let mut site = vec![page("a/z/index.html", ""), page("b/w/index.html", "")];
            let htmls: Vec<(String, &str)> = order
                .iter()
                .flat_map(|d| {
                    (0..3)
                        .map(move |i| (format!("{d}/p{i}/index.html"), r#"<a href="../z/">z</a>"#))
                })
                .collect();
            site.extend(htmls.iter().map(|(p, h)| (p.as_str(), *h)));
            let ds = check(&site, LinkStyle::Hosted, BASE);
            let text = ds.render(false);
            assert_eq!(ds.error_count(), 3, "{text}");
            assert!(
                (0..3).all(|i| text.contains(&format!("(output) b/p{i}/index.html"))),
                "{text}"
            );
        }
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
        assert_eq!(s.links().collect::<Vec<_>>(), ["x/?a=1&b=2"]);
        assert!(s.has_id("top") && s.ids().count() == 1);
    }

    /// A skeleton from a template where `{N}` prints hole N as it is and `[N]` escaped.
    fn skeleton(template: &str, holes: usize) -> Skeleton {
        let mut out = template.to_owned();
        for i in 0..holes {
            let m = crate::skeleton::Markers::A.marker(i);
            out = out
                .replace(&format!("{{{i}}}"), &m)
                .replace(&format!("[{i}]"), &crate::i18n::escape(&m));
        }
        Skeleton::parse(&out, crate::skeleton::Markers::A, holes).expect("parses")
    }

    fn filled(skel: &Skeleton, holes: &[&str]) -> Vec<u8> {
        let mut buf = Vec::new();
        skel.fill(holes, &mut buf);
        buf
    }

    #[test]
    fn links_read_from_a_pages_texts_are_those_of_its_html() {
        let skel = skeleton(
            r#"<html lang="en"><a class="x" href="[0]">x</a><p>{1}</p><a href="../[2]/?a=1&amp;b">y</a><div id="[3]"></div><img alt="" src="{4}"> [5] <a href="/fixed/">f</a>"#,
            6,
        );
        let shape = ShapeScan::new(&skel, |_| false).expect("no hole near a name");
        let cases: [[&str; 6]; 5] = [
            ["../a/", "", "b", "top", "c.png", "text"],
            [
                "x&y <z> \"q\" 'r'",
                r#"<code dir="ltr">MAIL</code> <a href="in/">in</a> <span id="s">=</span>"#,
                "&amp;",
                "a=b",
                "d.png?x=1",
                "a = b",
            ],
            ["", "&lt;b&gt;", "", "", "", ""],
            ["&", "", "lt;", "", "", ""],
            ["#f", "plain", "..", "i", "&amp;", "&"],
        ];
        for holes in &cases {
            let mut from_texts = Scan::default();
            assert!(shape.fill(holes, |_| None, &mut from_texts), "{holes:?}");
            let whole = scan(&filled(&skel, holes));
            assert!(
                from_texts.links().eq(whole.links()) && from_texts.ids().eq(whole.ids()),
                "{holes:?}: {:?} {:?} against {:?} {:?}",
                from_texts.links().collect::<Vec<_>>(),
                from_texts.ids().collect::<Vec<_>>(),
                whole.links().collect::<Vec<_>>(),
                whole.ids().collect::<Vec<_>>()
            );
        }
        // Texts that could move an attribute: the page is read whole instead.
        let unsafe_cases: [[&str; 6]; 4] = [
            // HTML that leaves a value open, and swallows what follows.
            ["a", r#"<a href="x"#, "b", "c", "d", "e"],
            // HTML whose first equals sign reaches back into the text before it.
            ["a", r#"="x" y"#, "b", "c", "d", "e"],
            // A quote in a value written as it is.
            ["a", "", "b", "c", r#"d" id="e"#, "e"],
            // A text ending with an equals sign before a quote of the template.
            ["a", "", "b", "c", "d", "e="],
        ];
        for holes in &unsafe_cases {
            let mut s = Scan::default();
            assert!(!shape.fill(holes, |_| None, &mut s), "{holes:?}");
        }
        // A known scan of a hole's text stands for reading it.
        let html = r#"<a href="known/">k</a>"#;
        let known = Scan::fragment(html).expect("closed");
        let holes = ["a", html, "b", "c", "d", "e"];
        let mut s = Scan::default();
        assert!(shape.fill(&holes, |i| (i == 1).then_some(&known), &mut s));
        assert!(s.links().eq(scan(&filled(&skel, &holes)).links()));
        // A hole where an attribute's name or opening quote would be: no shortcut at all.
        assert!(ShapeScan::new(&skeleton(r#"<a {0}="x">"#, 1), |_| false).is_none());
        assert!(ShapeScan::new(&skeleton(r#"<a href={0}>"#, 1), |_| false).is_none());
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
