//! Check links: before anything is written, every page's bytes are read the way a browser
//! reads them, and every `href` and `src` must lead to a file of the site in the chosen link
//! style, every `#fragment` to an element with that id, every canonical and hreflang URL
//! under the base URL to a page.
//!
//! Pages are read with html5gum, a WHATWG HTML tokenizer (the one the lychee link checker
//! uses), so attribute values are found however a template writes them (`href='x'`, `HREF=x`,
//! `href = "x"`) and with their character references decoded. Nothing is taken on trust:
//! links codesite makes are checked like those a template adds.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use html5gum::{Emitter, State, Tokenizer};

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::load::Template;
use crate::plan::{LinkStyle, Plan, url_path};

/// The links and ids of one page.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    /// Every `href` and `src` value, decoded, with the name of its attribute.
    pub links: Vec<(Attr, String)>,
    /// Every `id` value.
    pub ids: Vec<String>,
}

/// Which attribute a link came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr {
    /// `href`: a link to follow.
    Href,
    /// `src`: something the page loads.
    Src,
}

/// Reads a page's links and ids.
pub fn scan(html: &[u8]) -> Found {
    let mut emitter = LinkEmitter::default();
    let mut tokens = Tokenizer::new_with_emitter(html, &mut emitter);
    while tokens.next().is_some() {}
    emitter.found
}

/// An html5gum emitter that keeps only the values of `href`, `src` and `id` attributes.
#[derive(Default)]
struct LinkEmitter {
    found: Found,
    tag: Vec<u8>,
    last_start_tag: Vec<u8>,
    end_tag: bool,
    attr: Vec<u8>,
    value: Vec<u8>,
    in_attr: bool,
    /// Which of `href`, `src` and `id` the current tag had already: the first of a name wins,
    /// as in a browser.
    seen: [bool; 3],
}

impl LinkEmitter {
    fn end_attr(&mut self) {
        if !std::mem::take(&mut self.in_attr) || self.end_tag {
            return;
        }
        let which = match self.attr.as_slice() {
            b"href" => 0,
            b"src" => 1,
            b"id" => 2,
            _ => return,
        };
        if std::mem::replace(&mut self.seen[which], true) {
            return;
        }
        let value = String::from_utf8_lossy(&self.value).into_owned();
        match which {
            0 => self.found.links.push((Attr::Href, value)),
            1 => self.found.links.push((Attr::Src, value)),
            _ => self.found.ids.push(value),
        }
    }
}

impl Emitter for &mut LinkEmitter {
    type Token = ();

    fn set_last_start_tag(&mut self, last: Option<&[u8]>) {
        self.last_start_tag.clear();
        self.last_start_tag
            .extend_from_slice(last.unwrap_or_default());
    }
    fn emit_eof(&mut self) {}
    fn emit_error(&mut self, _: html5gum::Error) {}
    fn should_emit_errors(&mut self) -> bool {
        false
    }
    fn pop_token(&mut self) -> Option<()> {
        None
    }
    fn emit_string(&mut self, _: &[u8]) {}
    fn init_start_tag(&mut self) {
        self.tag.clear();
        self.end_tag = false;
        self.seen = [false; 3];
    }
    fn init_end_tag(&mut self) {
        self.tag.clear();
        self.end_tag = true;
    }
    fn init_comment(&mut self) {}
    fn emit_current_tag(&mut self) -> Option<State> {
        self.end_attr();
        if self.end_tag {
            return None;
        }
        self.last_start_tag.clone_from(&self.tag);
        // Switch to raw text inside script, style, title and the like, as a browser does.
        html5gum::naive_next_state(&self.tag)
    }
    fn emit_current_comment(&mut self) {}
    fn emit_current_doctype(&mut self) {}
    fn set_self_closing(&mut self) {}
    fn set_force_quirks(&mut self) {}
    fn push_tag_name(&mut self, s: &[u8]) {
        self.tag.extend_from_slice(s);
    }
    fn push_comment(&mut self, _: &[u8]) {}
    fn push_doctype_name(&mut self, _: &[u8]) {}
    fn init_doctype(&mut self) {}
    fn init_attribute(&mut self) {
        self.end_attr();
        self.in_attr = true;
        self.attr.clear();
        self.value.clear();
    }
    fn push_attribute_name(&mut self, s: &[u8]) {
        self.attr.extend_from_slice(s);
    }
    fn push_attribute_value(&mut self, s: &[u8]) {
        self.value.extend_from_slice(s);
    }
    fn set_doctype_public_identifier(&mut self, _: &[u8]) {}
    fn set_doctype_system_identifier(&mut self, _: &[u8]) {}
    fn push_doctype_public_identifier(&mut self, _: &[u8]) {}
    fn push_doctype_system_identifier(&mut self, _: &[u8]) {}
    fn current_is_appropriate_end_tag_token(&mut self) -> bool {
        self.end_tag && self.tag == self.last_start_tag
    }
}

/// Where a link leads.
#[derive(Debug, PartialEq, Eq)]
enum Target<'l> {
    /// A file of the site, whose path is in the caller's buffer, and maybe a fragment in it.
    File(Option<&'l str>),
    /// A fragment of the page itself (empty for the page).
    Here(&'l str),
    /// Somewhere else: another host, an e-mail address.
    Outside,
}

/// Checks the pages of one build as they are rendered, against the files the plan lists.
pub struct Checker {
    files: foldhash::HashSet<String>,
    style: LinkStyle,
    base_url: String,
    base_path: String,
    state: Mutex<State_>,
}

#[derive(Default)]
struct State_ {
    /// Broken links by (link as written, problem), with the pages they are on.
    broken: BTreeMap<(String, String), Broken>,
    /// Links to a fragment of another page: (target, fragment) -> (page, template, link).
    wanted: BTreeMap<(String, String), (String, &'static str, String)>,
    /// The ids of every page, as hashes of (page, id): eight bytes each, sorted at the end.
    ids: Vec<u64>,
}

fn id_key(page: &str, id: &str) -> u64 {
    use std::hash::BuildHasher as _;
    foldhash::fast::FixedState::default().hash_one((page, id))
}

/// One broken link, as written, wherever it is.
#[derive(Default)]
struct Broken {
    /// The pages it is on.
    pages: Vec<String>,
    /// The templates of those pages.
    templates: BTreeSet<&'static str>,
    /// Where it leads from the first page (in path order) that has it, when that says more
    /// than the link.
    example: Option<(String, String)>,
}

impl Broken {
    fn add(&mut self, page: &str, template: &'static str, leads_to: Option<&str>) {
        // The first page in path order, whatever order the pages were checked in.
        if let Some(to) = leads_to {
            if self.example.as_ref().is_none_or(|(p, _)| page < p.as_str()) {
                self.example = Some((page.to_owned(), to.to_owned()));
            }
        }
        self.pages.push(page.to_owned());
        self.templates.insert(template);
    }
}

/// How many pages are named for one broken link.
const PAGES_SHOWN: usize = 3;

impl Checker {
    /// A checker for the files of `plan`.
    pub fn new(plan: &Plan) -> Checker {
        Checker {
            files: plan.files().collect(),
            style: plan.style,
            base_url: plan.base_url().to_owned(),
            base_path: url_path(plan.base_url()).to_owned(),
            state: Mutex::default(),
        }
    }

    /// Checks the page at `path` (below the output root), rendered by `template`, whose bytes
    /// are `html`.
    pub fn check(&self, path: &str, template: &'static str, html: &[u8]) {
        let found = scan(html);
        // (link, problem, the file it leads to)
        let mut broken: Vec<(String, String, Option<String>)> = Vec::new();
        let mut wanted: Vec<(String, String, String)> = Vec::new();
        let has_id = |id: &str| found.ids.iter().any(|x| x == id);
        let no_id =
            |id: &str| format!("points at `#{id}`, but the page has no element with that id");
        let mut file = String::with_capacity(96);
        for (attr, link) in &found.links {
            match self.resolve(path, *attr, link, &mut file) {
                Err(problem) => broken.push((link.clone(), problem, None)),
                Ok(Target::Here(fragment)) => {
                    if !fragment.is_empty() && !has_id(fragment) {
                        broken.push((link.clone(), no_id(fragment), None));
                    }
                }
                Ok(Target::File(fragment)) => {
                    if !self.files.contains(file.as_str()) {
                        broken.push((
                            link.clone(),
                            "leads to a file the site does not have".to_owned(),
                            Some(file.clone()),
                        ));
                    } else if let Some(f) = fragment.filter(|f| !f.is_empty()) {
                        if file == path {
                            if !has_id(f) {
                                broken.push((link.clone(), no_id(f), None));
                            }
                        } else {
                            wanted.push((file.clone(), f.to_owned(), link.clone()));
                        }
                    }
                }
                Ok(Target::Outside) => {}
            }
        }
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        for (link, problem, leads_to) in broken {
            state.broken.entry((link, problem)).or_default().add(
                path,
                template,
                leads_to.as_deref(),
            );
        }
        for (file, fragment, link) in wanted {
            state
                .wanted
                .entry((file, fragment))
                .or_insert_with(|| (path.to_owned(), template, link));
        }
        state
            .ids
            .extend(found.ids.iter().map(|id| id_key(path, id)));
    }

    /// Where `link`, found in attribute `attr` of the page at `page`, leads; a file's path is
    /// written into `file`.
    fn resolve<'l>(
        &self,
        page: &str,
        attr: Attr,
        link: &'l str,
        file: &mut String,
    ) -> Result<Target<'l>, String> {
        file.clear();
        let link = link.trim_matches(|c: char| c.is_ascii_whitespace());
        let (rest, fragment) = match link.split_once('#') {
            Some((r, f)) => (r, Some(f)),
            None => (link, None),
        };
        let path = rest.split('?').next().unwrap_or_default();
        if let Some(inside) = path.strip_prefix(self.base_url.as_str()) {
            // Canonical and hreflang URLs are for hosts and crawlers: folder style.
            file.push_str(inside);
            if file.is_empty() || file.ends_with('/') {
                file.push_str("index.html");
            }
            return Ok(Target::File(fragment));
        }
        if let Some((scheme, _)) = path.split_once(':').filter(|(s, _)| is_scheme(s)) {
            return match scheme.to_ascii_lowercase().as_str() {
                "http" | "https" if attr == Attr::Src => Err(
                    "loads from another host; a page of the site loads only its own files".into(),
                ),
                "http" | "https" | "mailto" | "tel" | "data" => Ok(Target::Outside),
                other => Err(format!(
                    "is a `{other}:` link, which codesite does not allow"
                )),
            };
        }
        if path.starts_with("//") {
            return match attr {
                Attr::Src => Err(
                    "loads from another host; a page of the site loads only its own files".into(),
                ),
                Attr::Href => Ok(Target::Outside),
            };
        }
        if path.is_empty() {
            return Ok(Target::Here(fragment.unwrap_or_default()));
        }
        let rest = if let Some(inside) = path.strip_prefix(self.base_path.as_str()) {
            if page != "404.html" {
                return Err("starts at the site's root path, which does not work opened from disk; use a relative link".into());
            }
            inside
        } else if path.starts_with('/') {
            return Err(format!("leaves the site's base path `{}`", self.base_path));
        } else {
            file.push_str(page.rsplit_once('/').map_or("", |(dir, _)| dir));
            path
        };
        let mut folder = false;
        for seg in rest.split('/') {
            folder = matches!(seg, "" | "." | "..");
            match seg {
                ".." => match file.rfind('/') {
                    Some(i) => file.truncate(i),
                    None if !file.is_empty() => file.clear(),
                    None => return Err("climbs above the site's root".into()),
                },
                "" | "." => {}
                name => {
                    if !file.is_empty() {
                        file.push('/');
                    }
                    file.push_str(name);
                }
            }
        }
        if folder {
            if self.style == LinkStyle::Files && page != "404.html" {
                return Err("names a folder, which does not open from disk; name its index.html (or build with --links folders)".into());
            }
            if !file.is_empty() {
                file.push('/');
            }
            file.push_str("index.html");
        }
        if file.contains('%') {
            let decoded = percent_decode(file);
            *file = decoded;
        }
        Ok(Target::File(fragment))
    }

    /// The broken links found, with the links to other pages' fragments now checked against
    /// those pages' ids. Each broken link, as written, is reported once: at the line of the
    /// template that writes it when one does so literally, else at the template of its pages,
    /// naming a few of them.
    pub fn finish(self, templates: &[Template]) -> Diagnostics {
        let mut state = self.state.into_inner().unwrap_or_else(|e| e.into_inner());
        state.ids.sort_unstable();
        let wanted = std::mem::take(&mut state.wanted);
        for ((file, fragment), (page, template, link)) in wanted {
            if state.ids.binary_search(&id_key(&file, &fragment)).is_err() {
                state
                    .broken
                    .entry((
                        link,
                        format!(
                            "points at `#{fragment}`, but `{file}` has no element with that id"
                        ),
                    ))
                    .or_default()
                    .add(&page, template, None);
            }
        }
        let mut ds = Diagnostics::new();
        for ((link, problem), mut broken) in state.broken {
            broken.pages.sort();
            let pages = &broken.pages;
            let shown = pages
                .iter()
                .take(PAGES_SHOWN)
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let on = match pages.len() {
                1 => format!("on {shown}"),
                n if n > PAGES_SHOWN => {
                    format!("on {n} pages: {shown} and {} more", n - PAGES_SHOWN)
                }
                n => format!("on {n} pages: {shown}"),
            };
            let example = match &broken.example {
                Some((page, to)) => format!("; from `{page}` it leads to `{to}`"),
                None => String::new(),
            };
            let (location, written) = locate(&link, &broken.templates, templates);
            let names: Vec<&str> = broken.templates.iter().copied().collect();
            let help = if written {
                "fix the link in the template; the README's \"Templates\" section lists the links each template receives ready-made".to_owned()
            } else {
                format!(
                    "the link comes from a value or a template that {} uses; the README's \"Templates\" section lists the links each template receives ready-made",
                    names.join(", ")
                )
            };
            ds.push(
                Diagnostic::error(
                    location,
                    format!("broken link `{link}`: it {problem}{example} ({on})"),
                )
                .with_help(help),
            );
        }
        ds
    }
}

/// Where a broken link is written: the first template, the pages' own first, that has it
/// as an attribute's value (quoted either way, or bare); else the pages' first template.
/// Also says whether it was found written.
fn locate(
    link: &str,
    of_pages: &BTreeSet<&'static str>,
    templates: &[Template],
) -> (Location, bool) {
    let own = |t: &&Template| of_pages.contains(t.name.as_str());
    let ordered = templates
        .iter()
        .filter(own)
        .chain(templates.iter().filter(|t| !own(t)));
    for t in ordered {
        for written in [
            format!("\"{link}\""),
            format!("'{link}'"),
            format!("={link}"),
        ] {
            if t.source.contains(&written) {
                let at = Location::of_text(&t.path, &t.source, &written);
                return (at, true);
            }
        }
    }
    let first = of_pages.iter().next().copied().unwrap_or("base.html");
    let location = templates
        .iter()
        .find(|t| t.name == first)
        .map_or_else(|| Location::file(first), |t| Location::file(&t.path));
    (location, false)
}

/// Whether the text before a link's first colon is a URL scheme.
fn is_scheme(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.'))
}

fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_read_however_they_are_quoted_or_cased() {
        let found = scan(
            br#"<a href='a.html'>x</a><A HREF=b.html>y</A><a href = "c.html">z</a><img src="d&amp;e.png" id=top><script>var s = "<a href='no.html'>";</script>"#,
        );
        let links: Vec<&str> = found.links.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(links, ["a.html", "b.html", "c.html", "d&e.png"]);
        assert_eq!(found.ids, ["top"]);
    }

    fn checker(style: LinkStyle, files: &[&str]) -> Checker {
        Checker {
            files: files.iter().map(|s| (*s).to_owned()).collect(),
            style,
            base_url: "https://x.example/docs/".into(),
            base_path: "/docs/".into(),
            state: Mutex::default(),
        }
    }

    #[test]
    fn links_resolve_like_a_browser_resolves_them() {
        let c = checker(
            LinkStyle::Files,
            &["en/smtp/220/index.html", "en/index.html", "index.html"],
        );
        let page = "en/smtp/553/index.html";
        let at = |link: &str| {
            let mut file = String::new();
            c.resolve(page, Attr::Href, link, &mut file)
                .map(|t| (format!("{t:?}"), file))
        };
        assert_eq!(
            at("../220/index.html"),
            Ok(("File(None)".into(), "en/smtp/220/index.html".into()))
        );
        assert_eq!(
            at("../../../index.html#x"),
            Ok(("File(Some(\"x\"))".into(), "index.html".into()))
        );
        assert_eq!(at("./"), Err("names a folder, which does not open from disk; name its index.html (or build with --links folders)".into()));
        assert!(at("../220/").unwrap_err().contains("names a folder"));
        assert!(
            at("../../../../x.html")
                .unwrap_err()
                .contains("climbs above")
        );
        assert!(
            at("/docs/en/index.html")
                .unwrap_err()
                .contains("does not work opened from disk")
        );
        assert!(
            at("javascript:alert(1)")
                .unwrap_err()
                .contains("`javascript:`")
        );
        assert_eq!(
            at("https://other.example/").map(|x| x.0),
            Ok("Outside".into())
        );
        assert_eq!(
            at("https://x.example/docs/en/"),
            Ok(("File(None)".into(), "en/index.html".into()))
        );
        assert_eq!(at("#top").map(|x| x.0), Ok("Here(\"top\")".into()));
        let mut file = String::new();
        assert!(
            c.resolve(page, Attr::Src, "https://cdn.example/x.js", &mut file)
                .is_err()
        );
        let folders = checker(LinkStyle::Folders, &[]);
        assert!(folders.resolve(page, Attr::Href, "../", &mut file).is_ok());
        assert_eq!(file, "en/smtp/index.html");
    }

    #[test]
    fn a_broken_link_in_any_quoting_style_is_reported_once_at_its_template_line() {
        let c = checker(
            LinkStyle::Files,
            &["en/a/index.html", "en/b/index.html", "tr/c/d/index.html"],
        );
        let html: &[u8] = b"<a href='../nosuch.html'>x</a><a HREF=../gone.html>y</a><a href = \"#nowhere\">z</a><p id=here></p><a href=\"#here\">ok</a>";
        // The same link leads to other files from pages at other depths: still one report.
        for page in ["en/a/index.html", "en/b/index.html", "tr/c/d/index.html"] {
            c.check(page, "code.html", html);
        }
        let templates = [
            Template {
                name: "base.html".into(),
                path: "templates/base.html".into(),
                source: "<body>\n{% block main %}{% endblock %}\n</body>\n".into(),
            },
            Template {
                name: "code.html".into(),
                path: "templates/code.html".into(),
                source: "{% extends \"base.html\" %}\n{% block main %}\n<a href='../nosuch.html'>x</a><a HREF=../gone.html>y</a>\n{% endblock %}\n".into(),
            },
        ];
        let ds = c.finish(&templates);
        let text = ds.render(false);
        assert_eq!(ds.error_count(), 3, "{text}");
        assert!(text.contains("broken link `../nosuch.html`: it leads to a file the site does not have; from `en/a/index.html` it leads to `en/nosuch.html` (on 3 pages"), "{text}");
        assert!(text.contains("templates/code.html:3:"), "{text}");
        assert!(text.contains("broken link `../gone.html`"), "{text}");
        assert!(text.contains("`#nowhere`"), "{text}");
        assert!(!text.contains("`#here`"), "{text}");
    }

    #[test]
    fn a_fragment_on_another_page_is_checked_against_that_pages_ids() {
        let c = checker(LinkStyle::Files, &["en/a/index.html", "en/b/index.html"]);
        c.check(
            "en/a/index.html",
            "code.html",
            b"<a href=\"../b/index.html#yes\">1</a><a href=\"../b/index.html#no\">2</a>",
        );
        c.check("en/b/index.html", "code.html", b"<h2 id=\"yes\">t</h2>");
        let text = c.finish(&[]).render(false);
        assert!(
            text.contains("`#no`, but `en/b/index.html` has no element"),
            "{text}"
        );
        assert!(!text.contains("#yes"), "{text}");
    }
}
