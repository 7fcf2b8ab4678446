//! Render: every planned page to HTML, in parallel.
//!
//! What does not depend on the page is formatted once: each locale's chrome (every message of
//! ui.ftl without variables), each code's texts in each locale, and each code's side of a pair
//! page. A page render then formats only its own sentences (a pair's differences) and runs its
//! template. A page's own texts and lists are made in an [`Arena`] that the rendering thread
//! empties after each page, so a page costs next to no heap allocation.
//!
//! Pair pages, N(N-1)/2 of them per locale, do not even run their template: it is rendered
//! once per page shape with markers in place of the page's own texts, and each page is filled
//! into that [`Skeleton`]. Code pages, each listing every comparison of its code, do the same
//! for shapes that several of them share (see [`View`]). This holds only while the templates
//! print those texts and test nothing but their presence; otherwise those pages go through
//! Tera (see [`does_more_than_print`] and [`crate::skeleton`]). Either way the bytes are the
//! same.
//!
//! Templates receive ready strings: fields named `*_html` (and the `ui` map) are safe HTML made
//! by [`crate::i18n`], which escaped the translation; everything else is plain text that Tera
//! escapes. Templates never build links: every href comes from [`crate::plan`].

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::hash::Hasher;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock, RwLock};

use bumpalo::Bump;
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera, Value};

use crate::catalog::{Catalog, Code};
use crate::config::Direction;
use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::hash::Fnv;
use crate::i18n::{Arg, I18n, Rich, Text};
use crate::linkcheck::{Scan, ShapeScan};
use crate::load::Sources;
use crate::markdown;
use crate::plan::{Page, PageKind, PairLinks, Plan};
use crate::skeleton::{Markers, Skeleton};

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path below the output folder.
    pub path: PathBuf,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// The sitemap protocol's limits for one file.
const SITEMAP_MAX_URLS: usize = 50_000;
const SITEMAP_MAX_BYTES: usize = 50 * 1000 * 1000;
/// At most this many pages in one job of the rendering threads: small enough that no thread
/// is left with a long run of pages to finish alone while the others wait at the end, large
/// enough that handing out jobs costs nothing next to rendering them.
const PAGES_PER_JOB: usize = 64;

/// Puts sitemap `<url>` entries into `sitemap.xml`; past the protocol's limits of one file
/// (`max_urls`, `max_bytes`), into `sitemap-<n>.xml` files, handed to `each` as each fills,
/// and `sitemap.xml` becomes their index.
fn split_sitemap<E>(
    entries: impl Iterator<Item = String>,
    base_url: &str,
    max_urls: usize,
    max_bytes: usize,
    mut each: impl FnMut(&str, &[u8]) -> Result<(), E>,
) -> Result<(), E> {
    const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    const TAIL: &str = "</urlset>\n";
    let mut files = 0;
    let mut current = String::from(HEAD);
    let mut urls = 0;
    for entry in entries {
        let full = urls == max_urls || current.len() + entry.len() + TAIL.len() > max_bytes;
        if urls > 0 && full {
            current.push_str(TAIL);
            files += 1;
            each(&format!("sitemap-{files}.xml"), current.as_bytes())?;
            current.clear();
            current.push_str(HEAD);
            urls = 0;
        }
        current.push_str(&entry);
        urls += 1;
    }
    current.push_str(TAIL);
    if files == 0 {
        return each("sitemap.xml", current.as_bytes());
    }
    files += 1;
    each(&format!("sitemap-{files}.xml"), current.as_bytes())?;
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for i in 1..=files {
        index.push_str(&format!(
            "<sitemap><loc>{}sitemap-{i}.xml</loc></sitemap>\n",
            crate::i18n::escape(base_url)
        ));
    }
    index.push_str("</sitemapindex>\n");
    each("sitemap.xml", index.as_bytes())
}

/// Why rendering stopped: a problem in the site's input, or the receiver of the pages failed.
#[derive(Debug)]
pub enum RenderError<E> {
    Input(Diagnostic),
    Sink(E),
}

/// Longest meta description, in characters.
pub const SUMMARY_CHARS: usize = 160;

/// Shortens `text` to at most `max` characters, at a word boundary, ending in "…".
/// A text that fits is returned whole.
pub fn summarize(text: &str, max: usize) -> Cow<'_, str> {
    if normalized_chars(text).is_some_and(|n| n <= max) {
        return Cow::Borrowed(text);
    }
    // The text with single spaces, as far as one character past `max`: all that the cut
    // below looks at, however long the text.
    let mut joined = String::with_capacity(text.len().min(4 * max + 8));
    let mut chars = 0;
    for word in text.split_whitespace() {
        if !joined.is_empty() {
            joined.push(' ');
            chars += 1;
        }
        joined.push_str(word);
        chars += word.chars().count();
        if chars > max {
            break;
        }
    }
    if chars <= max {
        return Cow::Owned(joined);
    }
    let text = joined;
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    // The character after the cut decides whether the last word is whole.
    let next_is_space = text
        .chars()
        .nth(cut.chars().count())
        .is_some_and(char::is_whitespace);
    let kept = if next_is_space {
        cut.as_str()
    } else {
        match cut.rfind(char::is_whitespace) {
            Some(i) => &cut[..i],
            None => cut.as_str(),
        }
    };
    // A whole sentence that fills at least half the space reads better than a cut one.
    // `kept` ends at a word boundary, so a stop at its very end closes a sentence too.
    let sentence_end = kept
        .char_indices()
        .filter(|&(i, c)| {
            let rest = &kept[i + c.len_utf8()..];
            SENTENCE_ENDS.contains(&c) && (rest.is_empty() || rest.starts_with(char::is_whitespace))
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back();
    if let Some(end) = sentence_end {
        if kept[..end].chars().count() * 2 >= max {
            return Cow::Owned(kept[..end].to_owned());
        }
    }
    let kept = kept.trim_end_matches(|c: char| {
        c.is_whitespace() || ",;:-–—(،؛".contains(c) || SENTENCE_ENDS.contains(&c)
    });
    Cow::Owned(format!("{kept}…"))
}

/// The length in characters of `text` when its spaces are already as [`summarize`] leaves
/// them: single spaces between words, none at either end.
fn normalized_chars(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return None;
    }
    // Each question in one pass over the bytes and the byte after each, which the compiler
    // makes many at a time: ASCII spaces other than ` `, two spaces in a row, and the first
    // two bytes of the only characters outside ASCII that can be spaces (U+0085, U+00A0,
    // U+1680, U+2000 to U+205F, U+3000).
    let Some(&last) = bytes.last() else {
        return Some(0);
    };
    let (other_space, may_be_space) = bytes.iter().zip(&bytes[1..]).fold(
        (matches!(last, 0x09..=0x0d), false),
        |(o, m), (&b, &next)| {
            (
                o | matches!(b, 0x09..=0x0d) | ((b == b' ') & (next == b' ')),
                m | ((b == 0xc2) & ((next == 0x85) | (next == 0xa0)))
                    | ((b == 0xe1) & (next == 0x9a))
                    | ((b == 0xe2) & ((next == 0x80) | (next == 0x81)))
                    | ((b == 0xe3) & (next == 0x80)),
            )
        },
    );
    if other_space || (may_be_space && text.chars().any(|c| !c.is_ascii() && c.is_whitespace())) {
        return None;
    }
    // Characters are counted at their first byte.
    Some(bytes.iter().filter(|&&b| (b as i8) >= -0x40).count())
}

/// Characters that end a sentence in the site's scripts: Latin, Devanagari (danda), Arabic.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '।', '؟'];

#[derive(Serialize, Clone)]
struct CodeTexts {
    code: String,
    class: u8,
    deprecated: bool,
    name_html: String,
    name_plain: String,
    description_html: String,
    when_html: String,
    fix_html: String,
    summary: String,
    #[serde(skip)]
    name_rich: Rich,
    #[serde(skip)]
    description_plain: String,
}

struct LocaleData {
    ui: BTreeMap<String, String>,
    ui_plain: BTreeMap<String, String>,
    /// `ui` and `ui_plain` as template values, converted once: inserting them into each
    /// page's context is then a reference count, not a copy of every string.
    ui_value: Value,
    ui_plain_value: Value,
    /// What JSON-LD says of the site on every page of the locale (see [`json_ld_site`]).
    json_ld_site: String,
    /// Per catalog, per code.
    codes: Vec<Vec<CodeTexts>>,
    /// Per catalog, per code, the same texts as a template value: `code` on its page.
    code_values: Vec<Vec<SharedValue>>,
    /// Per catalog, per code, the code's side of a pair page (`pair_side.html`), rendered
    /// once: every pair page of the locale shows it with the same relative link.
    pair_sides: Vec<Vec<PairSide>>,
    /// Per catalog, per code, the link text of the comparison with each code it lists as
    /// related (in the order of its `related_index`): what pair pages list as related.
    related_texts: Vec<Vec<Vec<String>>>,
    catalog_names: Vec<Text>,
    catalog_intros: Vec<Text>,
    prose: Vec<markdown::Rendered>,
    prose_fallback: Vec<bool>,
}

/// Everything needed to render pages, built once per build.
pub struct Renderer<'s> {
    src: &'s Sources,
    plan: &'s Plan,
    tera: Tera,
    locales: Vec<LocaleData>,
    /// Per kind of [`View`], whether its pages may be filled into skeletons: no template that
    /// its own uses does more with a value than print it (see [`does_more_than_print`]).
    skeletons_allowed: [bool; 2],
    /// Per kind of [`View`], [`View::TERA_PAGES_PER_SHAPE`].
    tera_pages_per_shape: [u32; 2],
    /// What is kept of each shape of page met so far (see [`shape_key`]).
    skeletons: RwLock<SkeletonMap>,
    /// Whether every URL and link the plan makes is free of the characters HTML and XML
    /// escape (`&`, `<`, `>`, `"`, `'`): then they are written as they are, with the same
    /// bytes, without being looked at again on every page.
    urls_plain: bool,
    /// Per locale, per catalog, the links of its pair pages that lead up and out (see
    /// [`UpLinks`]): the same on all of them, which sit at the same depth.
    pair_up: Vec<Vec<UpLinks<'static>>>,
    /// Per locale, per catalog, how its pair pages' links to pair pages are made: their URLs,
    /// and their links to the pair pages of each locale.
    pair_link_parts: Vec<Vec<PairLinkParts>>,
    /// Per catalog, its label as shown text.
    catalog_labels: Vec<Rich>,
    /// Per catalog, the id of its message for two codes of the same stage.
    stage_both_ids: Vec<String>,
}

/// Whether every URL and link the plan can make is free of the characters HTML and XML escape:
/// the base URL and every folder name are. The rest of a link is `../`, `./` and `index.html`.
fn urls_are_plain(src: &Sources) -> bool {
    let plain = |t: &str| !t.contains(['&', '<', '>', '"', '\'']);
    plain(&src.config.base_url)
        && src.config.locales.iter().all(|l| plain(&l.code))
        && src.prose.iter().all(|p| plain(&p.slug))
        && src
            .catalogs
            .iter()
            .all(|c| plain(&c.id) && c.codes.iter().all(|x| plain(&x.code)))
}

/// A pair page of catalog `c` in locale `l`, standing for all of them: they sit at the same
/// depth, so links from one are links from any.
fn any_pair_page(src: &Sources, l: usize, c: usize) -> Page {
    Page {
        kind: PageKind::Pair {
            catalog: c,
            a: 0,
            b: 1.min(src.catalogs[c].codes.len().saturating_sub(1)),
        },
        locale: Some(l),
    }
}

/// Hands `f` the path of every file the site has, pages and the rest, in a fixed order: what a
/// manifest lists and what links may point at. Sitemap files are left out: nothing links to
/// them but robots.txt. One buffer serves every page's path.
pub fn each_output_path(src: &Sources, plan: &Plan, mut f: impl FnMut(&str)) {
    let mut path = String::with_capacity(128);
    for page in &plan.pages {
        path.clear();
        plan.write_out_path(page, &mut path);
        f(&path);
    }
    for l in 0..plan.locale_codes().len() {
        for c in 0..src.catalogs.len() {
            f(&plan.find_data_path(l, c));
        }
    }
    f("robots.txt");
    for (p, _) in &src.assets {
        f(p);
    }
}

type SkeletonMap = HashMap<Vec<u64>, Kept, std::hash::BuildHasherDefault<crate::hash::Words>>;

/// What the renderer keeps of a shape of page.
#[derive(Clone)]
enum Kept {
    /// This many pages of that shape were rendered by Tera, before its skeleton is made.
    Met(u32),
    /// Its skeleton; `None` when pages of that shape are rendered by Tera, because their
    /// template does more with a text than print it.
    Skeleton(Option<Arc<Shaped>>),
}

fn template_diagnostic(src: &Sources, e: &tera::Error) -> Diagnostic {
    let (report, kind) = match e.kind() {
        tera::ErrorKind::SyntaxError(r) => (Some(r), "syntax error"),
        tera::ErrorKind::RenderingError(r) => (Some(r), "template error"),
        _ => (None, "template error"),
    };
    match report {
        Some(r) => {
            let t = src.templates.iter().find(|t| t.name == r.filename());
            let location = match t {
                Some(t) => {
                    let line = r.span().start_line.max(1);
                    let text = t
                        .source
                        .lines()
                        .nth(line - 1)
                        .unwrap_or_default()
                        .to_owned();
                    Location {
                        file: t.path.clone(),
                        line,
                        column: r.span().start_col + 1,
                        width: if r.span().end_line == line {
                            r.span().end_col.saturating_sub(r.span().start_col).max(1)
                        } else {
                            1
                        },
                        source_line: Some(text),
                    }
                }
                None => Location::file(r.filename()),
            };
            let help = if kind == "syntax error" {
                "check that every {% if %}, {% for %} and {% block %} is closed, innermost first"
            } else {
                "fix the template; every variable a template uses must be given by codesite (see README: templates)"
            };
            Diagnostic::error(location, format!("{kind}: {}", r.message())).with_help(help)
        }
        None => {
            // Tera names the template and the missing one, but not the line: find it.
            let text = e.to_string();
            let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
            let location = match quoted.as_slice() {
                [from, missing, ..] => src
                    .templates
                    .iter()
                    .find(|t| t.name == *from)
                    .map(|t| Location::of_text(&t.path, &t.source, missing))
                    .unwrap_or_else(|| Location::file("templates")),
                _ => Location::file("templates"),
            };
            let names: Vec<&str> = src.templates.iter().map(|t| t.name.as_str()).collect();
            Diagnostic::error(location, format!("{kind}: {text}")).with_help(format!(
                "extends, include and import must name a template that exists: {}",
                names.join(", ")
            ))
        }
    }
}

fn message_diagnostic(i18n: &I18n, locale: usize, id: &str, err: String) -> Diagnostic {
    let location = i18n
        .info(locale, id)
        .or_else(|| i18n.info(i18n.reference(), id))
        .map(|i| i.location())
        .unwrap_or_else(|| Location::file("locales"));
    Diagnostic::error(location, err)
        .with_help("define the message, with the variables the English one uses")
}

impl<'s> Renderer<'s> {
    /// Compiles the templates and formats what every page of a locale shares.
    pub fn new(src: &'s Sources, plan: &'s Plan) -> Result<Self, Diagnostics> {
        let mut ds = Diagnostics::new();
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        if let Err(e) = tera.add_raw_templates(
            src.templates
                .iter()
                .map(|t| (t.name.as_str(), t.source.as_str())),
        ) {
            ds.push(template_diagnostic(src, &e));
            return Err(ds);
        }
        let i18n = &src.i18n;
        let ui_ids = i18n.reference_ids_in("ui.ftl");
        // Each locale's texts are formatted on their own: in parallel, with the diagnostics
        // kept in locale order.
        let built: Vec<(LocaleData, Diagnostics)> = (0..src.config.locales.len())
            .into_par_iter()
            .map(|l| {
                let mut ds = Diagnostics::new();
                let mut ui = BTreeMap::new();
                let mut ui_plain = BTreeMap::new();
                for id in &ui_ids {
                    let info = i18n.info(i18n.reference(), id).expect("reference id");
                    if info.value_vars.as_ref().is_some_and(|v| v.is_empty()) {
                        match i18n.format(l, id, None, &[]) {
                            Ok(t) => {
                                ui.insert(id.replace('-', "_"), t.html);
                                ui_plain.insert(id.replace('-', "_"), t.plain);
                            }
                            Err(e) => ds.push(message_diagnostic(i18n, l, id, e)),
                        }
                    }
                }
                let mut codes = Vec::new();
                let mut catalog_names = Vec::new();
                let mut catalog_intros = Vec::new();
                for cat in &src.catalogs {
                    // Codes in parallel too: five locales alone keep two cores unevenly busy.
                    let texts: Vec<_> = cat
                        .codes
                        .par_iter()
                        .map(|c| code_texts(i18n, l, cat, c))
                        .collect();
                    let mut v = Vec::with_capacity(texts.len());
                    for t in texts {
                        match t {
                            Ok(t) => v.push(t),
                            Err(e) => ds.push(e),
                        }
                    }
                    codes.push(v);
                    for (slot, suffix) in
                        [(&mut catalog_names, "name"), (&mut catalog_intros, "intro")]
                    {
                        let id = format!("{}-{suffix}", cat.id);
                        match i18n.format(l, &id, None, &[]) {
                            Ok(t) => slot.push(t),
                            Err(e) => ds.push(message_diagnostic(i18n, l, &id, e)),
                        }
                    }
                }
                let reference = src.config.default_index();
                let mut prose = Vec::new();
                let mut prose_fallback = Vec::new();
                for p in &src.prose {
                    let (text, fallback) = match &p.by_locale[l] {
                        Some((_, t)) => (t, false),
                        None => (
                            &p.by_locale[reference].as_ref().expect("checked at load").1,
                            true,
                        ),
                    };
                    prose.push(markdown::render(text));
                    prose_fallback.push(fallback);
                }
                let mut related_texts = Vec::new();
                for (c, cat) in src.catalogs.iter().enumerate() {
                    // Each text is formatted once, for the lower code of its pair, and copied
                    // for the other when it lists the first too.
                    let mut done: HashMap<(usize, usize), String> = HashMap::new();
                    let mut per_code = Vec::with_capacity(cat.codes.len());
                    for (x, code) in cat.codes.iter().enumerate() {
                        let mut texts = Vec::with_capacity(code.related_index.len());
                        for &y in &code.related_index {
                            let (lo, hi) = (x.min(y), x.max(y));
                            if let Some(html) = done.get(&(lo, hi)) {
                                texts.push(html.clone());
                                continue;
                            }
                            let (rl, rh) = (
                                Rich::literal(&cat.codes[lo].code),
                                Rich::literal(&cat.codes[hi].code),
                            );
                            let args = [
                                ("a", Arg::Text(&rl)),
                                ("b", Arg::Text(&rh)),
                                ("nameA", Arg::Text(&codes[c][lo].name_rich)),
                                ("nameB", Arg::Text(&codes[c][hi].name_rich)),
                            ];
                            match i18n.format_html(l, "pair-link", None, &args) {
                                Ok(html) => {
                                    done.insert((lo, hi), html.clone());
                                    texts.push(html);
                                }
                                Err(e) => {
                                    ds.push(message_diagnostic(i18n, l, "pair-link", e));
                                    texts.push(String::new());
                                }
                            }
                        }
                        per_code.push(texts);
                    }
                    related_texts.push(per_code);
                }
                let code_values = codes
                    .iter()
                    .map(|cat| {
                        cat.iter()
                            .map(|t| SharedValue::new(Value::from_serializable(t)))
                            .collect()
                    })
                    .collect();
                let data = LocaleData {
                    ui_value: Value::from_serializable(&ui),
                    ui_plain_value: Value::from_serializable(&ui_plain),
                    json_ld_site: json_ld_site(
                        &src.config.locales[l].code,
                        ui_plain.get("site_name").unwrap_or(&src.config.title),
                        &plan.url(&Page {
                            kind: PageKind::Home,
                            locale: Some(l),
                        }),
                    ),
                    ui,
                    ui_plain,
                    code_values,
                    pair_sides: Vec::new(),
                    related_texts,
                    codes,
                    catalog_names,
                    catalog_intros,
                    prose,
                    prose_fallback,
                };
                (data, ds)
            })
            .collect();
        let mut locales = Vec::with_capacity(built.len());
        for (data, d) in built {
            locales.push(data);
            ds.extend(d);
        }
        if ds.has_errors() {
            return Err(ds);
        }
        let sides: Vec<Result<Vec<Vec<PairSide>>, Diagnostics>> = locales
            .par_iter()
            .enumerate()
            .map(|(l, data)| {
                let mut ds = Diagnostics::new();
                let mut all = Vec::with_capacity(src.catalogs.len());
                for (c, cat) in src.catalogs.iter().enumerate() {
                    let from = any_pair_page(src, l, c);
                    // Each code's side on its own worker. A template error stops the locale
                    // (every side would fail the same way); other problems are collected.
                    let made: Vec<Result<Result<PairSide, Diagnostic>, Diagnostic>> =
                        (0..cat.codes.len())
                            .into_par_iter()
                            .map(|i| {
                                let to = Page {
                                    kind: PageKind::Code {
                                        catalog: c,
                                        code: i,
                                    },
                                    locale: Some(l),
                                };
                                let mut side: BTreeMap<&'static str, Value> = BTreeMap::new();
                                side.insert("texts", data.code_values[c][i].value.clone());
                                side.insert("href", Value::from(plan.href(&from, &to)));
                                let mut ctx = Context::new();
                                ctx.insert_value("s", Value::from(side.clone()));
                                ctx.insert_value("ui", data.ui_value.clone());
                                let html = tera
                                    .render("pair_side.html", &ctx)
                                    .map_err(|e| template_diagnostic(src, &e))?;
                                side.insert("html", Value::safe_string(html.trim()));
                                Ok(PairLines::new(i18n, l, cat, &cat.codes[i])
                                    .map(|lines| PairSide::new(Value::from(side), lines)))
                            })
                            .collect();
                    let mut sides = Vec::with_capacity(made.len());
                    for m in made {
                        match m {
                            Ok(Ok(side)) => sides.push(side),
                            Ok(Err(e)) => ds.push(e),
                            Err(e) => {
                                ds.push(e);
                                return Err(ds);
                            }
                        }
                    }
                    all.push(sides);
                }
                if ds.is_empty() { Ok(all) } else { Err(ds) }
            })
            .collect();
        for (data, s) in locales.iter_mut().zip(sides) {
            match s {
                Ok(s) => data.pair_sides = s,
                Err(d) => ds.extend(d),
            }
        }
        if ds.has_errors() {
            return Err(ds);
        }
        let mut renderer = Renderer {
            src,
            plan,
            tera,
            locales,
            skeletons_allowed: [PairPage::TEMPLATE, CodePage::TEMPLATE]
                .map(|t| !does_more_than_print_in(src, t)),
            tera_pages_per_shape: [
                PairPage::TERA_PAGES_PER_SHAPE,
                CodePage::TERA_PAGES_PER_SHAPE,
            ],
            urls_plain: urls_are_plain(src),
            pair_up: Vec::new(),
            pair_link_parts: (0..src.config.locales.len())
                .map(|l| {
                    (0..src.catalogs.len())
                        .map(|c| PairLinkParts {
                            url: plan.pair_urls(l, c),
                            to_locale: (0..src.config.locales.len())
                                .map(|m| plan.pair_hrefs(l, m, c))
                                .collect(),
                        })
                        .collect()
                })
                .collect(),
            skeletons: RwLock::new(SkeletonMap::default()),
            catalog_labels: src
                .catalogs
                .iter()
                .map(|c| Rich::literal(&c.label))
                .collect(),
            stage_both_ids: src
                .catalogs
                .iter()
                .map(|c| format!("{}-stage-both", c.id))
                .collect(),
        };
        let bump = Bump::new();
        renderer.pair_up = (0..renderer.locales.len())
            .map(|l| {
                (0..src.catalogs.len())
                    .map(|c| {
                        let page = any_pair_page(src, l, c);
                        renderer.up_links(&page, l, &Arena::new(&bump)).into_owned()
                    })
                    .collect()
            })
            .collect();
        Ok(renderer)
    }

    /// Renders every page in parallel and hands each to `each` as soon as it is ready, with
    /// its path below the output folder; no page is kept once handed over, so memory does not
    /// grow with the site. Stops at the first template error (the same error would repeat on
    /// every page of that kind) and at the first error `each` returns.
    pub fn render_pages<E: Send>(
        &self,
        each: impl Fn(&str, &[u8], Option<&Scan>) -> Result<(), E> + Sync,
    ) -> Result<(), RenderError<E>> {
        self.plan
            .pages
            .par_iter()
            .with_max_len(PAGES_PER_JOB)
            .try_for_each_init(ScratchLoan::take, |scratch, page| {
                let PageScratch {
                    buf,
                    path,
                    scan,
                    bump,
                } = &mut **scratch.0.get_or_insert_with(Default::default);
                buf.clear();
                bump.reset();
                let scanned = self
                    .render_page_scanned(page, buf, scan, &Arena::new(bump))
                    .map_err(RenderError::Input)?;
                path.clear();
                self.plan.write_out_path(page, path);
                each(path, buf, scanned.then_some(&*scan)).map_err(RenderError::Sink)
            })
    }

    /// Renders the page whose output path is `path`, if the site has one: for checks that need
    /// a page again after it was handed over.
    pub fn render_path(&self, path: &str) -> Option<Vec<u8>> {
        let page = self
            .plan
            .pages
            .iter()
            .find(|p| self.plan.out_path(p).to_str() == Some(path))?;
        let mut buf = Vec::new();
        self.render_page(page, &mut buf).ok()?;
        Some(buf)
    }

    /// The files besides the pages: each catalog's find data per locale, robots.txt, the
    /// assets and the sitemap (one file at a time, so a large sitemap is never whole in
    /// memory), handed to `each` like the pages.
    pub fn render_extras<E>(
        &self,
        mut each: impl FnMut(&str, &[u8]) -> Result<(), E>,
    ) -> Result<(), RenderError<E>> {
        for l in 0..self.locales.len() {
            for c in 0..self.src.catalogs.len() {
                let o = self.find_data(l, c).map_err(RenderError::Input)?;
                each(&o.path.to_string_lossy(), &o.bytes).map_err(RenderError::Sink)?;
            }
        }
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            self.plan.base_url()
        );
        each("robots.txt", robots.as_bytes()).map_err(RenderError::Sink)?;
        for (path, bytes) in &self.src.assets {
            each(path, bytes).map_err(RenderError::Sink)?;
        }
        self.sitemaps(SITEMAP_MAX_URLS, SITEMAP_MAX_BYTES, |path, bytes| {
            each(path, bytes)
        })
        .map_err(RenderError::Sink)
    }

    /// The data script of a catalog index: a classic script, not JSON for `fetch()`, so that
    /// find and compare work from file:// as well as from a host.
    fn find_data(&self, l: usize, c: usize) -> Result<Output, Diagnostic> {
        let data = &self.locales[l];
        let texts = &data.codes[c];
        let counts = (1..=texts.len())
            .map(|n| {
                self.fmt(l, "find-count", &[("count", Arg::Num(n as i64))])
                    .map(|t| t.plain)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let find = FindData {
            codes: texts
                .iter()
                .map(|t| {
                    [
                        t.code.as_str(),
                        t.name_plain.as_str(),
                        t.description_plain.as_str(),
                    ]
                })
                .collect(),
            counts,
            none: data.ui_plain.get("find_none").map_or("", String::as_str),
            same: data.ui_plain.get("compare_same").map_or("", String::as_str),
        };
        let json = serde_json::to_string(&find).unwrap_or_default();
        Ok(Output {
            path: self.plan.find_data_path(l, c).into(),
            bytes: format!("window.codesiteFind = {};\n", json.replace('<', "\\u003c"))
                .into_bytes(),
        })
    }

    /// `sitemap.xml` with every page and its alternates, handed to `each` file by file.
    fn sitemaps<E>(
        &self,
        max_urls: usize,
        max_bytes: usize,
        each: impl FnMut(&str, &[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut scratch = String::new();
        let entries = self
            .plan
            .pages
            .iter()
            .filter(|p| p.kind != PageKind::NotFound)
            .map(|page| {
                let mut entry = String::with_capacity(1024);
                let mut text = |entry: &mut String, write: &dyn Fn(&mut String)| {
                    if self.urls_plain {
                        write(entry);
                    } else {
                        scratch.clear();
                        write(&mut scratch);
                        crate::i18n::escape_into(entry, &scratch);
                    }
                };
                entry.push_str("<url><loc>");
                text(&mut entry, &|s| self.write_url(page, s));
                entry.push_str("</loc>");
                for (hreflang, to) in self.alternate_pages(page) {
                    entry.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
                    text(&mut entry, &|s| s.push_str(hreflang));
                    entry.push_str("\" href=\"");
                    text(&mut entry, &|s| self.write_url(&to, s));
                    entry.push_str("\"/>");
                }
                entry.push_str("</url>\n");
                entry
            });
        split_sitemap(entries, self.plan.base_url(), max_urls, max_bytes, each)
    }

    fn alternates<'b>(&'b self, page: &Page, arena: &Arena<'b>) -> BVec<'b, Alternate<'b>> {
        let n = self.plan.locale_codes().len() + 1;
        let mut v: BVec<'b, Alternate<'b>> = arena.vec(n);
        let mut pages: BVec<'b, Page> = arena.vec(n);
        for (hreflang, to) in self.alternate_pages(page) {
            // x-default is one of the others, but for the chooser.
            let href = match pages.iter().position(|p| *p == to) {
                Some(i) => v[i].href.clone(),
                None => Cow::Borrowed(self.url_in(arena, &to)),
            };
            v.push(Alternate {
                hreflang: Cow::Borrowed(hreflang),
                href,
            });
            pages.push(to);
        }
        v
    }

    /// The pages the alternate links of `page` lead to, each with its `hreflang`: the page in
    /// every locale (a locale's home for the chooser), then the one for `x-default`.
    fn alternate_pages(&self, page: &Page) -> impl Iterator<Item = (&str, Page)> + '_ {
        let plan = self.plan;
        let codes = plan.locale_codes();
        let page = page.clone();
        let n = if page.kind == PageKind::NotFound {
            0
        } else {
            codes.len()
        };
        let x_default = match page.kind {
            PageKind::Chooser | PageKind::Home => Page {
                kind: PageKind::Chooser,
                locale: None,
            },
            _ => plan.in_locale(&page, self.src.config.default_index()),
        };
        (0..n)
            .map(move |l| {
                let to = match page.kind {
                    PageKind::Chooser => Page {
                        kind: PageKind::Home,
                        locale: Some(l),
                    },
                    _ => plan.in_locale(&page, l),
                };
                (codes[l].as_str(), to)
            })
            .chain((n > 0).then_some(("x-default", x_default)))
    }

    fn render_page(&self, page: &Page, buf: &mut Vec<u8>) -> Result<(), Diagnostic> {
        let bump = Bump::new();
        self.render_page_scanned(page, buf, &mut Scan::default(), &Arena::new(&bump))
            .map(|_| ())
    }

    /// Renders `page` into `buf`; true when its links and anchors were read into `scan` as
    /// well, from the texts of a page filled into a skeleton.
    fn render_page_scanned<'b>(
        &'b self,
        page: &Page,
        buf: &mut Vec<u8>,
        scan: &mut Scan,
        arena: &Arena<'b>,
    ) -> Result<bool, Diagnostic> {
        match (page.kind, page.locale) {
            (PageKind::Pair { catalog, a, b }, Some(l)) => {
                return self.render_pair(page, (l, catalog, a, b), buf, scan, arena);
            }
            (PageKind::Code { catalog, code }, Some(l)) => {
                return self.render_code(page, (l, catalog, code), buf, scan, arena);
            }
            _ => {}
        }
        let mut ctx = Context::new();
        let (template, head) = match page.locale {
            None => {
                let (template, title) = match page.kind {
                    PageKind::Chooser => ("chooser.html", self.src.config.title.clone()),
                    _ => ("404.html", self.src.config.title.clone()),
                };
                self.root_context(page, &mut ctx);
                (
                    template,
                    Head {
                        title: title.into(),
                        description: "".into(),
                    },
                )
            }
            Some(l) => {
                let head = match page.kind {
                    PageKind::Home => self.home(page, l, &mut ctx)?,
                    PageKind::Catalog { catalog } => self.catalog(page, l, catalog, &mut ctx)?,
                    PageKind::Prose { page: p } => self.prose(l, p, &mut ctx),
                    PageKind::Code { .. }
                    | PageKind::Pair { .. }
                    | PageKind::Chooser
                    | PageKind::NotFound => {
                        unreachable!(
                            "code and pair pages are rendered above; root pages have no locale"
                        )
                    }
                };
                self.insert_chrome(l, &self.chrome(page, l, arena), &mut ctx);
                let template = match page.kind {
                    PageKind::Home => "home.html",
                    PageKind::Catalog { .. } => "catalog.html",
                    _ => "page.html",
                };
                (template, head)
            }
        };
        ctx.insert("head", &self.head_view(page, head, arena));
        self.tera
            .render_to(template, &ctx, buf)
            .map_err(|e| template_diagnostic(self.src, &e))?;
        Ok(false)
    }

    /// What `base.html` puts in `<head>`: title, description, canonical and alternate links,
    /// Open Graph, and JSON-LD for code and pair pages.
    fn head_view<'b>(&'b self, page: &Page, head: Head<'b>, arena: &Arena<'b>) -> HeadView<'b> {
        let alternates = self.alternates(page, arena);
        // A page's own alternate is its URL.
        let canonical = match page.locale.and_then(|l| alternates.get(l)) {
            Some(own) => own.href.clone(),
            None => Cow::Borrowed(self.url_in(arena, page)),
        };
        let site_name = match page.locale {
            Some(l) => self.locales[l].ui_plain.get("site_name"),
            None => None,
        }
        .unwrap_or(&self.src.config.title);
        let article = matches!(page.kind, PageKind::Code { .. } | PageKind::Pair { .. });
        let json_ld = match page.locale {
            Some(l) if article => {
                let site = &self.locales[l].json_ld_site;
                arena.text(|s| json_ld(&head, &canonical, site, s))
            }
            _ => "",
        };
        HeadView {
            og_type: if article { "article" } else { "website" },
            site_name: Cow::Borrowed(site_name),
            json_ld: json_ld.into(),
            title: head.title,
            description: head.description,
            canonical,
            alternates,
            css: self.css_in(page, arena),
        }
    }

    /// A pair page (of codes `a` and `b` of catalog `c`, in locale `l`), filled into a skeleton
    /// when it can be (see [`Renderer::render_shaped`]).
    fn render_pair<'b>(
        &'b self,
        page: &Page,
        (l, c, a, b): (usize, usize, usize, usize),
        buf: &mut Vec<u8>,
        scan: &mut Scan,
        arena: &Arena<'b>,
    ) -> Result<bool, Diagnostic> {
        let p = self.pair(page, l, c, a, b, arena)?;
        let sides = &self.locales[l].pair_sides[c];
        let shared = [&sides[a].shared, &sides[b].shared];
        self.render_shaped((l, c), p, &shared, buf, scan, arena)
    }

    /// A code page (of code `i` of catalog `c`, in locale `l`), filled into a skeleton when it
    /// can be (see [`Renderer::render_shaped`]).
    fn render_code<'b>(
        &'b self,
        page: &Page,
        (l, c, i): (usize, usize, usize),
        buf: &mut Vec<u8>,
        scan: &mut Scan,
        arena: &Arena<'b>,
    ) -> Result<bool, Diagnostic> {
        let view = self.code(page, l, c, i, arena)?;
        let shared = [&self.locales[l].code_values[c][i]];
        self.render_shaped((l, c), view, &shared, buf, scan, arena)
    }

    /// A page of catalog `c` in locale `l` with its own texts in `view` and the values it
    /// shares with other pages in `shared`: filled into the skeleton of its shape when there
    /// is one, rendered by Tera otherwise. True when its links and anchors were read into
    /// `scan` from its texts.
    ///
    /// A skeleton costs Tera three renderings, so a kind of page whose shapes are mostly a
    /// page's own has the first few pages of each shape rendered by Tera
    /// ([`View::TERA_PAGES_PER_SHAPE`]): a shape that few pages have costs no more than them.
    /// Pages that differ only in their shared values (a flag, a class, an empty text the
    /// template may not even use) mostly look alike, though: a page of a new shape takes the
    /// skeleton of the first such page when it writes it byte for byte as Tera does.
    fn render_shaped<'b, V: View<'b>>(
        &'b self,
        (l, c): (usize, usize),
        mut view: V,
        shared: &[&SharedValue],
        buf: &mut Vec<u8>,
        scan: &mut Scan,
        arena: &Arena<'b>,
    ) -> Result<bool, Diagnostic> {
        if !self.skeletons_allowed[V::KIND] {
            return self.render_with_tera(l, &view, shared, buf).map(|()| false);
        }
        let mut key = arena.vec(48);
        key.extend([V::KIND as u64, l as u64, c as u64]);
        key.extend(shared.iter().map(|s| s.shape));
        shape_key(&mut view, &mut key);
        let wait = match self.kept(&key) {
            Some(Kept::Skeleton(Some(s))) => {
                return Ok(self.fill_shaped(&s, &mut view, shared, buf, scan, arena));
            }
            Some(Kept::Skeleton(None)) => {
                return self.render_with_tera(l, &view, shared, buf).map(|()| false);
            }
            Some(Kept::Met(n)) => n < self.tera_pages_per_shape[V::KIND],
            None => self.tera_pages_per_shape[V::KIND] > 0,
        };
        // Its own shape, and as many texts in each shared value: the holes are the same.
        let own_shape = &key[3 + shared.len()..];
        let mut near = arena.vec(4 + shared.len() + own_shape.len());
        near.extend([u64::MAX, V::KIND as u64, l as u64, c as u64]);
        near.extend(shared.iter().map(|s| s.texts.len() as u64));
        near.extend_from_slice(own_shape);
        let found = self.kept(&near);
        if let Some(Kept::Skeleton(Some(shaped))) = &found {
            let mut by_tera = Vec::new();
            self.render_with_tera(l, &view, shared, &mut by_tera)?;
            let texts = hole_texts(&mut view, shared, arena);
            shaped.skeleton.fill(&texts, buf);
            if *buf == by_tera {
                self.keep(&key, Kept::Skeleton(Some(shaped.clone())));
                return Ok(read_links(shaped, &texts, shared, scan));
            }
            buf.clear();
            if wait {
                self.keep(&key, Kept::Met(1));
                buf.extend_from_slice(&by_tera);
                return Ok(false);
            }
        } else if wait {
            self.keep(&key, Kept::Met(1));
            return self.render_with_tera(l, &view, shared, buf).map(|()| false);
        }
        let made = self.make_skeleton(l, &view, shared, arena)?;
        if found.is_none() {
            self.keep(&near, Kept::Skeleton(made.clone()));
        }
        self.keep(&key, Kept::Skeleton(made.clone()));
        match made {
            Some(s) => Ok(self.fill_shaped(&s, &mut view, shared, buf, scan, arena)),
            None => self.render_with_tera(l, &view, shared, buf).map(|()| false),
        }
    }

    /// Fills `s` with the texts of `view` and `shared` into `buf`; true when the page's links
    /// and anchors were read into `scan` from its texts.
    fn fill_shaped<'b, V: View<'b>>(
        &self,
        s: &Shaped,
        view: &mut V,
        shared: &[&SharedValue],
        buf: &mut Vec<u8>,
        scan: &mut Scan,
        arena: &Arena<'b>,
    ) -> bool {
        let texts = hole_texts(view, shared, arena);
        s.skeleton.fill(&texts, buf);
        read_links(s, &texts, shared, scan)
    }

    /// A page of a kind with skeletons, rendered by Tera.
    fn render_with_tera<'b, V: View<'b>>(
        &self,
        l: usize,
        view: &V,
        shared: &[&SharedValue],
        buf: &mut Vec<u8>,
    ) -> Result<(), Diagnostic> {
        let values = shared.iter().map(|s| s.value.clone()).collect();
        let ctx = view.context(self, l, values);
        self.tera
            .render_to(V::TEMPLATE, &ctx, buf)
            .map_err(|e| template_diagnostic(self.src, &e))
    }

    /// What is kept for the shape `key`, if it was met before.
    fn kept(&self, key: &[u64]) -> Option<Kept> {
        self.skeletons
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
            .cloned()
    }

    /// Keeps `kept` for `key`, for every later page of that shape; [`Kept::Met`] adds to the
    /// pages counted. A skeleton, once made, stays.
    fn keep(&self, key: &[u64], kept: Kept) {
        let mut map = self.skeletons.write().unwrap_or_else(|e| e.into_inner());
        match kept {
            Kept::Met(n) => {
                let met = map.entry(key.to_vec()).or_insert(Kept::Met(0));
                if let Kept::Met(m) = met {
                    *m += n;
                }
            }
            Kept::Skeleton(_) => {
                map.insert(key.to_vec(), kept);
            }
        }
    }

    /// The skeleton of pages shaped like `view`, if the templates print each of its texts
    /// whole: rendered with two sets of markers, which must give the same skeleton, and
    /// checked against Tera's rendering of `view` itself.
    fn make_skeleton<'b, V: View<'b>>(
        &self,
        l: usize,
        view: &V,
        shared: &[&SharedValue],
        arena: &Arena<'b>,
    ) -> Result<Option<Arc<Shaped>>, Diagnostic> {
        let mut kinds = Vec::new();
        view.clone().each_text(|_, hole| kinds.push(hole));
        let own = kinds.len();
        let holes = own + shared.iter().map(|s| s.texts.len()).sum::<usize>();
        let mut found: Vec<Skeleton> = Vec::new();
        for markers in [Markers::A, Markers::B] {
            let mut marked = view.clone();
            let mut i = 0;
            marked.each_text(|t, _| {
                if !t.is_empty() {
                    *t = markers.marker(i).into();
                }
                i += 1;
            });
            let mut next = own;
            let values = shared
                .iter()
                .map(|s| marked_value(&s.value, &mut next, markers))
                .collect();
            let ctx = marked.context(self, l, values);
            let out = self
                .tera
                .render(V::TEMPLATE, &ctx)
                .map_err(|e| template_diagnostic(self.src, &e))?;
            match Skeleton::parse(&out, markers, holes) {
                Some(s) => found.push(s),
                None => return Ok(None),
            }
        }
        let skeleton = found.swap_remove(0);
        if found[0] != skeleton {
            return Ok(None);
        }
        let mut by_tera = Vec::new();
        self.render_with_tera(l, view, shared, &mut by_tera)?;
        let mut real = view.clone();
        let texts = hole_texts(&mut real, shared, arena);
        let skeleton = skeleton.with_fixed(|i| kinds.get(i).filter(|k| k.fixed).map(|_| texts[i]));
        let page_link = |i: usize| kinds.get(i).is_some_and(|k| k.page_link);
        // The links are placed as the template escaped them; escaping a plain URL changes
        // nothing, so the pages filled unescaped have the same bytes.
        let links = ShapeScan::new(&skeleton, page_link);
        let skeleton = skeleton.unescaped(|i| self.urls_plain && page_link(i));
        let mut filled = Vec::new();
        skeleton.fill(&texts, &mut filled);
        Ok((filled == by_tera).then(|| Arc::new(Shaped { links, skeleton })))
    }

    fn pair_context(&self, l: usize, p: &PairPage, sides: Vec<Value>) -> Context {
        let mut ctx = Context::new();
        ctx.insert("title_html", &p.title_html);
        ctx.insert("intro_html", &p.intro_html);
        ctx.insert("diffs", &p.diffs);
        ctx.insert("guide", &p.guide);
        ctx.insert_value("sides", Value::from(sides));
        ctx.insert("related", &p.related);
        self.insert_chrome(l, &p.chrome, &mut ctx);
        ctx.insert("head", &p.head);
        ctx
    }

    fn root_context(&self, page: &Page, ctx: &mut Context) {
        let reference = self.src.config.default_index();
        let languages: Vec<RootLanguage> = self
            .src
            .config
            .locales
            .iter()
            .enumerate()
            .map(|(l, loc)| RootLanguage {
                code: loc.code.clone(),
                name: loc.name.clone(),
                dir: loc.dir.as_str(),
                href: self.plan.href(
                    page,
                    &Page {
                        kind: PageKind::Home,
                        locale: Some(l),
                    },
                ),
                choose: self.locales[l]
                    .ui
                    .get("chooser_choose")
                    .cloned()
                    .unwrap_or_default(),
                notfound_title: self.locales[l]
                    .ui_plain
                    .get("notfound_title")
                    .cloned()
                    .unwrap_or_default(),
                notfound_text: self.locales[l]
                    .ui
                    .get("notfound_text")
                    .cloned()
                    .unwrap_or_default(),
                notfound_home: self.locales[l]
                    .ui
                    .get("notfound_home")
                    .cloned()
                    .unwrap_or_default(),
            })
            .collect();
        ctx.insert("lang", &self.src.config.locales[reference].code);
        ctx.insert("dir", self.src.config.locales[reference].dir.as_str());
        ctx.insert("languages", &languages);
        ctx.insert("site_title", &self.src.config.title);
        ctx.insert("chooser_js", &self.plan.asset(page, "assets/chooser.js"));
    }

    /// What `base.html` shows around a page's content in locale `l`.
    fn chrome<'b>(&'b self, page: &Page, l: usize, arena: &Arena<'b>) -> Chrome<'b> {
        let plan = self.plan;
        let href = |to: &Page| Cow::Borrowed(self.href_in(arena, page, to));
        let locales = &self.src.config.locales;
        let mut switcher = arena.vec(locales.len());
        switcher.extend(locales.iter().enumerate().map(|(i, loc)| SwitchView {
            code: Cow::Borrowed(&loc.code),
            name: Cow::Borrowed(&loc.name),
            dir: loc.dir.as_str(),
            href: href(&plan.in_locale(page, i)),
            current: i == l,
        }));
        let up = self.up_links(page, l, arena);
        Chrome {
            switcher,
            breadcrumbs: self.breadcrumbs(page, l, &up, arena),
            home_href: up.home,
            about_href: up.about,
        }
    }

    /// The links of `page` (in locale `l`) that lead up and out of it, to the same pages from
    /// every page of its folder's depth: borrowed from [`Renderer::pair_up`] on pair pages.
    fn up_links<'b>(&'b self, page: &Page, l: usize, arena: &Arena<'b>) -> UpLinks<'b> {
        if let Some(up) = self.pair_up_of(page) {
            return up.borrowed();
        }
        let href = |to: &Page| Cow::Borrowed(self.href_in(arena, page, to));
        let catalog = match page.kind {
            PageKind::Catalog { catalog }
            | PageKind::Code { catalog, .. }
            | PageKind::Pair { catalog, .. } => Some(catalog),
            _ => None,
        };
        let about = self.src.prose.iter().position(|p| p.slug == "about");
        UpLinks {
            home: href(&Page {
                kind: PageKind::Home,
                locale: Some(l),
            }),
            about: about.map(|p| {
                href(&Page {
                    kind: PageKind::Prose { page: p },
                    locale: Some(l),
                })
            }),
            catalog: catalog.map(|c| {
                href(&Page {
                    kind: PageKind::Catalog { catalog: c },
                    locale: Some(l),
                })
            }),
            css: self.css_in(page, arena),
        }
    }

    /// The link from `page` to the site's stylesheet.
    fn css_in<'b>(&'b self, page: &Page, arena: &Arena<'b>) -> Str<'b> {
        match self.pair_up_of(page) {
            Some(up) => Cow::Borrowed(&up.css),
            None => {
                Cow::Borrowed(arena.text(|s| self.plan.write_asset(page, "assets/style.css", s)))
            }
        }
    }

    /// The links up and out of `page` made once, when it is a pair page and they are made
    /// already (not while the renderer is being built).
    fn pair_up_of(&self, page: &Page) -> Option<&UpLinks<'static>> {
        match (page.kind, page.locale) {
            (PageKind::Pair { catalog, .. }, Some(l)) => {
                self.pair_up.get(l).and_then(|c| c.get(catalog))
            }
            _ => None,
        }
    }

    fn insert_chrome(&self, l: usize, chrome: &Chrome, ctx: &mut Context) {
        let locale = &self.src.config.locales[l];
        let data = &self.locales[l];
        ctx.insert("lang", &locale.code);
        ctx.insert("dir", locale.dir.as_str());
        ctx.insert_value("ui", data.ui_value.clone());
        ctx.insert_value("uit", data.ui_plain_value.clone());
        ctx.insert("switcher", &chrome.switcher);
        ctx.insert("home_href", &chrome.home_href);
        ctx.insert("about_href", &chrome.about_href);
        ctx.insert("breadcrumbs", &chrome.breadcrumbs);
    }

    fn breadcrumbs<'b>(
        &'b self,
        page: &Page,
        l: usize,
        up: &UpLinks<'b>,
        arena: &Arena<'b>,
    ) -> BVec<'b, Crumb<'b>> {
        let data = &self.locales[l];
        let mut v = arena.vec(3);
        v.push(Crumb {
            html: Cow::Borrowed(data.ui.get("nav_home").map_or("", String::as_str)),
            href: Some(up.home.clone()),
        });
        let catalog = match page.kind {
            PageKind::Catalog { catalog }
            | PageKind::Code { catalog, .. }
            | PageKind::Pair { catalog, .. } => Some(catalog),
            _ => None,
        };
        if let Some(c) = catalog {
            v.push(Crumb {
                html: Cow::Borrowed(&data.catalog_names[c].html),
                href: up.catalog.clone(),
            });
        }
        match page.kind {
            PageKind::Code { catalog, code } => {
                v.push(Crumb {
                    html: crate::i18n::escape(&self.src.catalogs[catalog].codes[code].code).into(),
                    href: None,
                });
            }
            PageKind::Pair { catalog, a, b } => {
                // Both codes are linked from the page itself; the crumb only names the pair.
                let codes = &self.src.catalogs[catalog].codes;
                v.push(Crumb {
                    html: Cow::Borrowed(arena.text(|s| {
                        s.push_str("<bdi>");
                        crate::i18n::escape_into(s, &codes[a].code);
                        s.push_str("</bdi> – <bdi>");
                        crate::i18n::escape_into(s, &codes[b].code);
                        s.push_str("</bdi>");
                    })),
                    href: None,
                });
            }
            PageKind::Prose { page: p } => v.push(Crumb {
                html: crate::i18n::escape(&self.locales[l].prose[p].title).into(),
                href: None,
            }),
            _ => {}
        }
        // The last crumb is the page itself: named, not linked.
        if let Some(last) = v.last_mut() {
            if matches!(page.kind, PageKind::Home | PageKind::Catalog { .. }) {
                last.href = None;
            }
        }
        v
    }

    fn fmt(&self, l: usize, id: &str, args: &[(&str, Arg<'_>)]) -> Result<Text, Diagnostic> {
        self.src
            .i18n
            .format(l, id, None, args)
            .map_err(|e| message_diagnostic(&self.src.i18n, l, id, e))
    }

    fn home(&self, page: &Page, l: usize, ctx: &mut Context) -> Result<Head<'_>, Diagnostic> {
        let data = &self.locales[l];
        let mut cats = Vec::new();
        for (c, cat) in self.src.catalogs.iter().enumerate() {
            let count = self.fmt(
                l,
                "home-catalog-count",
                &[("count", Arg::Num(cat.codes.len() as i64))],
            )?;
            cats.push(CatalogCard {
                name_html: data.catalog_names[c].html.clone(),
                intro_html: data.catalog_intros[c].html.clone(),
                count_html: count.html,
                href: self.plan.href(
                    page,
                    &Page {
                        kind: PageKind::Catalog { catalog: c },
                        locale: Some(l),
                    },
                ),
            });
        }
        ctx.insert("catalogs", &cats);
        Ok(Head {
            title: data
                .ui_plain
                .get("home_title")
                .map_or(Cow::Borrowed(""), |t| Cow::Borrowed(t)),
            description: summarize(
                data.ui_plain
                    .get("site_tagline")
                    .map(String::as_str)
                    .unwrap_or_default(),
                SUMMARY_CHARS,
            ),
        })
    }

    fn catalog(
        &self,
        page: &Page,
        l: usize,
        c: usize,
        ctx: &mut Context,
    ) -> Result<Head<'_>, Diagnostic> {
        let cat = &self.src.catalogs[c];
        let data = &self.locales[l];
        let mut groups: Vec<ClassGroup> = Vec::new();
        for (i, code) in cat.codes.iter().enumerate() {
            if groups.last().is_none_or(|g| g.class != code.class) {
                let class = i64::from(code.class);
                groups.push(ClassGroup {
                    class: code.class,
                    heading_html: self
                        .fmt(l, "catalog-class-heading", &[("class", Arg::Num(class))])?
                        .html,
                    text_html: self
                        .fmt(l, "catalog-class-text", &[("class", Arg::Num(class))])?
                        .html,
                    codes: Vec::new(),
                });
            }
            let t = &data.codes[c][i];
            groups.last_mut().expect("pushed").codes.push(CodeLink {
                code: Cow::Borrowed(&t.code),
                name_html: Cow::Borrowed(&t.name_html),
                summary: Cow::Borrowed(&t.summary),
                deprecated: t.deprecated,
                href: Cow::Owned(self.plan.href(
                    page,
                    &Page {
                        kind: PageKind::Code {
                            catalog: c,
                            code: i,
                        },
                        locale: Some(l),
                    },
                )),
            });
        }
        let count = self.fmt(
            l,
            "catalog-count",
            &[("count", Arg::Num(cat.codes.len() as i64))],
        )?;
        ctx.insert("name_html", &data.catalog_names[c].html);
        ctx.insert("intro_html", &data.catalog_intros[c].html);
        ctx.insert("count_html", &count.html);
        ctx.insert("groups", &groups);
        let options: Vec<CompareOption> = data.codes[c]
            .iter()
            .map(|t| CompareOption {
                code: t.code.clone(),
                name: t.name_plain.clone(),
            })
            .collect();
        ctx.insert("compare_options", &options);
        ctx.insert("pair_pattern", &self.plan.pair_href_pattern(page, c));
        ctx.insert(
            "find_data_js",
            &self.plan.asset(page, &self.plan.find_data_path(l, c)),
        );
        ctx.insert("find_js", &self.plan.asset(page, "assets/find.js"));
        Ok(Head {
            title: Cow::Borrowed(&data.catalog_names[c].plain),
            description: summarize(&data.catalog_intros[c].plain, SUMMARY_CHARS),
        })
    }

    /// Everything a code page shows that is its own, formatted into `arena`.
    fn code<'b>(
        &'b self,
        page: &Page,
        l: usize,
        c: usize,
        i: usize,
        arena: &Arena<'b>,
    ) -> Result<CodePage<'b>, Diagnostic> {
        let cat = &self.src.catalogs[c];
        let code = &cat.codes[i];
        let data = &self.locales[l];
        let t = &data.codes[c][i];
        let label = &self.catalog_labels[c];
        let code_rich = Rich::literal(&code.code);
        let html = |id: &str, args: &[(&str, Arg<'_>)]| {
            self.fmt_in(arena, l, id, args, Want::Html)
                .map(|(html, _)| Cow::Borrowed(html))
        };
        let (title_html, title) = self.fmt_in(
            arena,
            l,
            "code-title",
            &[
                ("label", Arg::Text(label)),
                ("code", Arg::Text(&code_rich)),
                ("name", Arg::Text(&t.name_rich)),
            ],
            Want::Both,
        )?;
        let class = i64::from(code.class);
        let class_html = html("catalog-class-heading", &[("class", Arg::Num(class))])?;
        // What its category digit says and when it comes: the sentences its pair pages show.
        let lines = &data.pair_sides[c][i].lines;
        let retry_html = html("retry-summary", &[("retry", Arg::Key(code.retry.as_str()))])?;
        let compare_html = html(
            "code-compare",
            &[
                ("code", Arg::Text(&code_rich)),
                ("count", Arg::Num(cat.codes.len() as i64 - 1)),
            ],
        )?;
        let mut references = arena.vec(code.references.len());
        references.extend(code.references.iter().map(|r| RefView {
            rfc: r.rfc,
            section: r.section.as_deref().map(Cow::Borrowed),
            href: Cow::Owned(cat.reference_url(r)),
        }));
        let borrowed = |list: &'b [String]| {
            let mut v = arena.vec(list.len());
            v.extend(list.iter().map(|t| Cow::Borrowed(t.as_str())));
            v
        };
        let link = |j: usize| {
            let (a, b) = if i < j { (i, j) } else { (j, i) };
            let to = Page {
                kind: PageKind::Pair { catalog: c, a, b },
                locale: Some(l),
            };
            let t = &data.codes[c][j];
            CodeLink {
                code: Cow::Borrowed(&t.code),
                name_html: Cow::Borrowed(&t.name_html),
                summary: Cow::Borrowed(""),
                deprecated: t.deprecated,
                href: Cow::Borrowed(arena.text(|s| self.plan.write_href(page, &to, s))),
            }
        };
        let mut compare = arena.vec(cat.codes.len());
        compare.extend((0..cat.codes.len()).filter(|&j| j != i).map(link));
        let mut related = arena.vec(code.related_index.len());
        related.extend(code.related_index.iter().map(|&j| link(j)));
        let head = self.head_view(
            page,
            Head {
                title: title.into(),
                description: Cow::Borrowed(&t.summary),
            },
            arena,
        );
        Ok(CodePage {
            head,
            chrome: self.chrome(page, l, arena),
            title_html: title_html.into(),
            class_html,
            category_html: Cow::Borrowed(&lines.category),
            stage_html: Cow::Borrowed(&lines.stage),
            retry_html,
            compare_html,
            references,
            commands: borrowed(&code.commands),
            on_connect: code.on_connect,
            any_command: code.any_command,
            enhanced: borrowed(&code.enhanced),
            transcript: borrowed(&code.transcript),
            compare,
            related,
        })
    }

    /// Everything a pair page shows that is its own, formatted into `arena`.
    fn pair<'b>(
        &'b self,
        page: &Page,
        l: usize,
        c: usize,
        a: usize,
        b: usize,
        arena: &Arena<'b>,
    ) -> Result<PairPage<'b>, Diagnostic> {
        let cat = &self.src.catalogs[c];
        let data = &self.locales[l];
        let (ca, cb) = (&cat.codes[a], &cat.codes[b]);
        let (ta, tb) = (&data.codes[c][a], &data.codes[c][b]);
        let sides = [&data.pair_sides[c][a], &data.pair_sides[c][b]];
        let (ra, rb) = (&sides[0].lines.code, &sides[1].lines.code);
        let (class_a, class_b) = (i64::from(ca.class), i64::from(cb.class));
        let yes_no = |x: bool| if x { "yes" } else { "no" };
        let names = [
            ("label", Arg::Text(&self.catalog_labels[c])),
            ("a", Arg::Text(ra)),
            ("b", Arg::Text(rb)),
            ("nameA", Arg::Text(&ta.name_rich)),
            ("nameB", Arg::Text(&tb.name_rich)),
        ];
        let (title_html, title) = self.fmt_in(arena, l, "pair-title", &names, Want::Both)?;
        let (_, summary) = self.fmt_in(arena, l, "pair-summary", &names[..3], Want::Plain)?;
        let html = |id: &str, args: &[(&str, Arg<'_>)]| {
            self.fmt_in(arena, l, id, args, Want::Html)
                .map(|(html, _)| Cow::Borrowed(html))
        };
        let same_class = yes_no(ca.class == cb.class);
        let intro_html = html(
            "pair-intro",
            &[
                names[1],
                names[2],
                names[3],
                names[4],
                ("same", Arg::Key(same_class)),
                ("classA", Arg::Num(class_a)),
                ("classB", Arg::Num(class_b)),
            ],
        )?;
        let mut diffs = arena.vec(5);
        diffs.push(html(
            "pair-diff-class",
            &[
                names[1],
                names[2],
                ("same", Arg::Key(same_class)),
                ("classA", Arg::Num(class_a)),
                ("classB", Arg::Num(class_b)),
            ],
        )?);
        // A difference in one fact: `same`, and the fact of each code, as selector keys.
        let fact = |id: &str, var_a: &'static str, var_b: &'static str, fa: &str, fb: &str| {
            html(
                id,
                &[
                    names[1],
                    names[2],
                    ("same", Arg::Key(yes_no(fa == fb))),
                    (var_a, Arg::Key(fa)),
                    (var_b, Arg::Key(fb)),
                ],
            )
        };
        diffs.push(fact(
            "pair-diff-retry",
            "retryA",
            "retryB",
            ca.retry.as_str(),
            cb.retry.as_str(),
        )?);
        let (la, lb) = (&sides[0].lines, &sides[1].lines);
        let joined = |x: &str, y: &str| {
            Cow::Borrowed(arena.text(|s| {
                s.push_str(x);
                s.push(' ');
                s.push_str(y);
            }))
        };
        if ca.stage == cb.stage {
            diffs.push(html(
                &self.stage_both_ids[c],
                &[names[1], names[2], ("stage", Arg::Key(&ca.stage))],
            )?);
        } else {
            diffs.push(joined(&la.stage, &lb.stage));
        }
        let kb = if ca.category_digit_number() == cb.category_digit_number() {
            &lb.category_same
        } else {
            &lb.category
        };
        diffs.push(joined(&la.category, kb));
        diffs.push(fact(
            "pair-diff-actor",
            "actorA",
            "actorB",
            ca.actor.as_str(),
            cb.actor.as_str(),
        )?);
        let mut guide = arena.vec(2);
        guide.extend([Cow::Borrowed(&*la.guide), Cow::Borrowed(&*lb.guide)]);
        let related = self.related_pairs(page, l, c, a, b, arena);
        let head = self.head_view(
            page,
            Head {
                title: title.into(),
                description: summarize(summary, SUMMARY_CHARS),
            },
            arena,
        );
        Ok(PairPage {
            head,
            chrome: self.chrome(page, l, arena),
            title_html: title_html.into(),
            intro_html,
            diffs,
            guide,
            related,
        })
    }

    /// The link from `from` to `to` ([`Plan::href`]), made in `arena`.
    fn href_in<'b>(&self, arena: &Arena<'b>, from: &Page, to: &Page) -> &'b str {
        if let (
            (PageKind::Pair { catalog, .. }, Some(l)),
            (PageKind::Pair { catalog: c, a, b }, Some(m)),
        ) = ((from.kind, from.locale), (to.kind, to.locale))
        {
            if catalog == c && from != to {
                let links = &self.pair_link_parts[l][c].to_locale[m];
                return arena.concat(&self.plan.pair_link_pieces(links, c, a, b));
            }
        }
        arena.text(|s| self.plan.write_href(from, to, s))
    }

    /// The absolute URL of `page` ([`Plan::url`]), made in `arena`.
    fn url_in<'b>(&self, arena: &Arena<'b>, page: &Page) -> &'b str {
        match self.pair_url_pieces(page) {
            Some(pieces) => arena.concat(&pieces),
            None => arena.text(|s| self.plan.write_url(page, s)),
        }
    }

    /// Appends the absolute URL of `page` ([`Plan::url`]) to `out`.
    fn write_url(&self, page: &Page, out: &mut String) {
        match self.pair_url_pieces(page) {
            Some(pieces) => pieces.iter().for_each(|p| out.push_str(p)),
            None => self.plan.write_url(page, out),
        }
    }

    /// The URL of a pair page, in pieces made once for its locale and catalog.
    fn pair_url_pieces(&self, page: &Page) -> Option<[&str; 5]> {
        let (PageKind::Pair { catalog, a, b }, Some(l)) = (page.kind, page.locale) else {
            return None;
        };
        let links = &self.pair_link_parts[l][catalog].url;
        Some(self.plan.pair_link_pieces(links, catalog, a, b))
    }

    /// A message formatted into `arena`: its HTML and its plain text, each left empty when
    /// `want` does not ask for it.
    fn fmt_in<'b>(
        &self,
        arena: &Arena<'b>,
        l: usize,
        id: &str,
        args: &[(&str, Arg<'_>)],
        want: Want,
    ) -> Result<(&'b str, &'b str), Diagnostic> {
        let (html, plain) = match want {
            Want::Html => (true, false),
            Want::Plain => (false, true),
            Want::Both => (true, true),
        };
        arena
            .texts(|h, p| {
                self.src
                    .i18n
                    .format_into(l, id, None, args, html.then_some(h), plain.then_some(p))
                    .map(|_| ())
            })
            .map_err(|e| message_diagnostic(&self.src.i18n, l, id, e))
    }

    /// A bounded set of other comparisons for a pair page: each of the two codes with the codes
    /// it lists as related, taken in turn so both sides get their share, so a pair page's size
    /// does not grow with the catalog.
    fn related_pairs<'b>(
        &'b self,
        page: &Page,
        l: usize,
        c: usize,
        a: usize,
        b: usize,
        arena: &Arena<'b>,
    ) -> BVec<'b, PairLink<'b>> {
        const MAX: usize = 8;
        let cat = &self.src.catalogs[c];
        let links = &self.locales[l].related_texts[c];
        let own = |x: usize| {
            cat.codes[x]
                .related_index
                .iter()
                .zip(&links[x])
                .map(move |(&j, html)| (if x < j { (x, j) } else { (j, x) }, html.as_str()))
        };
        let (mut from_a, mut from_b) = (own(a), own(b));
        let mut pairs: BVec<((usize, usize), &'b str)> = arena.vec(MAX + 1);
        loop {
            let (next_a, next_b) = (from_a.next(), from_b.next());
            if next_a.is_none() && next_b.is_none() {
                break;
            }
            for (p, html) in [next_a, next_b].into_iter().flatten() {
                if p != (a, b) && !pairs.iter().any(|&(q, _)| q == p) {
                    pairs.push((p, html));
                }
            }
            if pairs.len() >= MAX {
                break;
            }
        }
        pairs.truncate(MAX);
        let mut v = arena.vec(pairs.len());
        v.extend(pairs.iter().map(|&((x, y), html)| {
            let to = Page {
                kind: PageKind::Pair {
                    catalog: c,
                    a: x,
                    b: y,
                },
                locale: Some(l),
            };
            PairLink {
                html: Cow::Borrowed(html),
                href: Cow::Borrowed(self.href_in(arena, page, &to)),
            }
        }));
        v
    }

    fn prose(&self, l: usize, p: usize, ctx: &mut Context) -> Head<'_> {
        let doc = &self.locales[l].prose[p];
        let fallback = self.locales[l].prose_fallback[p];
        let reference = self.src.config.default();
        ctx.insert("prose_title", &doc.title);
        ctx.insert("prose_html", &doc.html);
        ctx.insert(
            "prose_lang",
            &if fallback {
                Some(reference.code.clone())
            } else {
                None
            },
        );
        ctx.insert(
            "prose_dir",
            if fallback {
                reference.dir.as_str()
            } else {
                self.src.config.locales[l].dir.as_str()
            },
        );
        Head {
            title: Cow::Borrowed(&doc.title),
            description: summarize(&doc.summary, SUMMARY_CHARS),
        }
    }
}

fn code_texts(i18n: &I18n, l: usize, cat: &Catalog, c: &Code) -> Result<CodeTexts, Diagnostic> {
    let id = format!("{}-{}", cat.id, c.code);
    let get = |attr: Option<&str>| {
        i18n.format(l, &id, attr, &[])
            .map_err(|e| message_diagnostic(i18n, l, &id, e))
    };
    let name = get(None)?;
    let description = get(Some("description"))?;
    let when = get(Some("when"))?;
    let fix = get(Some("fix"))?;
    Ok(CodeTexts {
        code: c.code.clone(),
        class: c.class,
        deprecated: c.deprecated,
        name_rich: Rich::from(&name),
        name_html: name.html,
        name_plain: name.plain,
        summary: summarize(&description.plain, SUMMARY_CHARS).into_owned(),
        description_plain: description.plain,
        description_html: description.html,
        when_html: when.html,
        fix_html: fix.html,
    })
}

struct Head<'a> {
    title: Str<'a>,
    description: Str<'a>,
}

/// Structured data for a code or pair page, ready to sit inside
/// `<script type="application/ld+json">`: `<` is escaped so no text can close the element.
fn json_ld(head: &Head, url: &str, site: &str, out: &mut String) {
    // Schema.org's TechArticle, written by hand: serde's machinery cost more than the rest of
    // a pair page's head.
    out.push_str(r#"{"@context":"https://schema.org","@type":"TechArticle","description":"#);
    json_string(&head.description, out);
    out.push_str(r#","headline":"#);
    json_string(&head.title, out);
    out.push_str(site);
    json_string(url, out);
    out.push('}');
}

/// The part of [`json_ld`] that is the same on every page of a locale: its language, and the
/// site the page is part of.
fn json_ld_site(lang: &str, site_name: &str, home: &str) -> String {
    let mut out = String::from(r#","inLanguage":"#);
    json_string(lang, &mut out);
    out.push_str(r#","isPartOf":{"@type":"WebSite","name":"#);
    json_string(site_name, &mut out);
    out.push_str(r#","url":"#);
    json_string(home, &mut out);
    out.push_str(r#"},"url":"#);
    out
}

/// Whether [`json_string`] escapes the byte `b`: control characters, `"`, `\` and `<`.
fn json_escaped(b: u8) -> bool {
    (b < 0x20) | (b == b'"') | (b == b'\\') | (b == b'<')
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it, and with `<` as `\u003c` so
/// that no `</script>` inside it ends the script element early.
fn json_string(s: &str, out: &mut String) {
    out.push('"');
    // Most texts need no escape: one look at all their bytes, which the compiler can do many
    // at a time, then a single copy.
    let clean = !s.bytes().fold(false, |any, b| any | json_escaped(b));
    if clean {
        out.push_str(s);
        out.push('"');
        return;
    }
    let mut rest = s;
    while let Some(i) = rest.bytes().position(json_escaped) {
        out.push_str(&rest[..i]);
        match rest.as_bytes()[i] {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'<' => out.push_str("\\u003c"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            c => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(c >> 4)]));
                out.push(char::from(HEX[usize::from(c & 0xf)]));
            }
        }
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out.push('"');
}

/// A page's texts in the order of its skeleton's holes: its own, then each shared value's.
fn hole_texts<'t, 'a: 't, 'b>(
    view: &'t mut impl View<'a>,
    shared: &[&'t SharedValue],
    arena: &Arena<'b>,
) -> BVec<'b, &'t str> {
    let mut texts = arena.vec(96 + shared.iter().map(|s| s.texts.len()).sum::<usize>());
    view.each_text(|t, _| texts.push(&**t));
    for s in shared {
        texts.extend(s.texts.iter().map(String::as_str));
    }
    texts
}

/// The links and anchors of a page filled into `s` with `texts` (its own, then those of
/// `shared`), read into `scan` from the texts; false when the page must be read whole.
fn read_links(s: &Shaped, texts: &[&str], shared: &[&SharedValue], scan: &mut Scan) -> bool {
    // The holes after the page's own texts are the shared values' texts, in order.
    let first = texts.len() - shared.iter().map(|s| s.texts.len()).sum::<usize>();
    let known = |i: usize| {
        let mut i = i.checked_sub(first)?;
        for s in shared {
            match s.scans().get(i) {
                Some(scan) => return scan.as_ref(),
                None => i -= s.texts.len(),
            }
        }
        None
    };
    s.links
        .as_ref()
        .is_some_and(|links| links.fill(texts, known, scan))
}

/// What a hole of a page's skeleton holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hole {
    /// A link or URL the plan made to one of its own pages: right by construction, so the
    /// link check does not resolve it again on every page (the tests follow every such link
    /// of whole sites, in both link styles, with a resolver of their own: `tests/it/links.rs`,
    /// and `tests/it/contract.rs` for canonical URLs). Otherwise a text, or a link a template
    /// or a translation wrote.
    page_link: bool,
    /// The same on every page of its kind in a locale and catalog, which all sit at the same
    /// depth (the site's name, the stylesheet, the language names, the links home and up):
    /// written into the skeleton once instead of into every page.
    fixed: bool,
}

impl Hole {
    const TEXT: Hole = Hole {
        page_link: false,
        fixed: false,
    };
    const PAGE_LINK: Hole = Hole {
        page_link: true,
        fixed: false,
    };
    const FIXED_TEXT: Hole = Hole {
        page_link: false,
        fixed: true,
    };
    const FIXED_LINK: Hole = Hole {
        page_link: true,
        fixed: true,
    };
}

/// A page skeleton, and where the links of the pages filled from it are (`None` when their
/// texts could move them: those pages are read whole by the link check).
struct Shaped {
    skeleton: Skeleton,
    links: Option<ShapeScan>,
}

/// A text of a page's view: borrowed when it is the same on many pages (a locale's name, a
/// crumb), owned when the page makes it.
type Str<'a> = Cow<'a, str>;

/// Which forms of a message [`Renderer::fmt_in`] makes.
#[derive(Clone, Copy)]
enum Want {
    Html,
    Plain,
    Both,
}

/// A list made in a page's [`Arena`].
type BVec<'a, T> = bumpalo::collections::Vec<'a, T>;

/// Where a page's own texts and lists are made: a bump arena that the rendering thread
/// empties after each page, so that the sixty-odd texts of a pair page cost no allocation of
/// their own.
struct Arena<'b> {
    bump: &'b Bump,
}

/// What a rendering thread reuses from page to page: the page's bytes, its output path, the
/// scan of its links, and the arena of its texts. Each job of pages borrows the thread's own
/// and gives it back when done, so that the room they grew to is kept for the whole build.
struct PageScratch {
    buf: Vec<u8>,
    path: String,
    scan: Scan,
    bump: Bump,
}

impl Default for PageScratch {
    fn default() -> Self {
        PageScratch {
            buf: Vec::with_capacity(32 * 1024),
            path: String::with_capacity(128),
            scan: Scan::default(),
            bump: Bump::new(),
        }
    }
}

/// A job's loan of its thread's [`PageScratch`], returned when dropped. A job that starts
/// while another on the same thread holds it (rayon lets a waiting thread take up other
/// work) makes its own.
struct ScratchLoan(Option<Box<PageScratch>>);

impl ScratchLoan {
    fn take() -> Self {
        ScratchLoan(PAGE_SCRATCH.take())
    }
}

impl Drop for ScratchLoan {
    fn drop(&mut self) {
        if let Some(s) = self.0.take() {
            PAGE_SCRATCH.set(Some(s));
        }
    }
}

thread_local! {
    /// Each rendering thread's [`PageScratch`], while no job holds it.
    static PAGE_SCRATCH: std::cell::Cell<Option<Box<PageScratch>>> = const { std::cell::Cell::new(None) };
    /// Where [`Arena::texts`] writes before copying into the arena.
    static SCRATCH: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

impl<'b> Arena<'b> {
    fn new(bump: &'b Bump) -> Self {
        Arena { bump }
    }

    /// A text written by `f`, kept in the arena. `f` must not make texts itself.
    fn text(&self, f: impl FnOnce(&mut String)) -> &'b str {
        SCRATCH.with_borrow_mut(|(a, _)| {
            a.clear();
            f(a);
            &*self.bump.alloc_str(a)
        })
    }

    /// Two texts written together by `f`, kept in the arena. `f` must not make texts itself.
    fn texts<E>(
        &self,
        f: impl FnOnce(&mut String, &mut String) -> Result<(), E>,
    ) -> Result<(&'b str, &'b str), E> {
        SCRATCH.with_borrow_mut(|(a, b)| {
            a.clear();
            b.clear();
            f(a, b)?;
            Ok((&*self.bump.alloc_str(a), &*self.bump.alloc_str(b)))
        })
    }

    /// `pieces` joined, kept in the arena.
    fn concat(&self, pieces: &[&str]) -> &'b str {
        let mut s = bumpalo::collections::String::with_capacity_in(
            pieces.iter().map(|p| p.len()).sum(),
            self.bump,
        );
        for p in pieces {
            s.push_str(p);
        }
        s.into_bump_str()
    }

    fn vec<T>(&self, capacity: usize) -> BVec<'b, T> {
        BVec::with_capacity_in(capacity, self.bump)
    }
}

#[derive(Serialize, Clone)]
struct HeadView<'a> {
    /// `article` for code and pair pages, `website` for the others (Open Graph).
    og_type: &'static str,
    /// The site's name in the page's language.
    site_name: Str<'a>,
    /// JSON-LD for code and pair pages, empty elsewhere.
    json_ld: Str<'a>,
    title: Str<'a>,
    description: Str<'a>,
    canonical: Str<'a>,
    alternates: BVec<'a, Alternate<'a>>,
    css: Str<'a>,
}

#[derive(Serialize, Clone)]
struct Alternate<'a> {
    hreflang: Str<'a>,
    href: Str<'a>,
}

#[derive(Serialize, Clone)]
struct SwitchView<'a> {
    code: Str<'a>,
    name: Str<'a>,
    dir: &'static str,
    href: Str<'a>,
    current: bool,
}

#[derive(Serialize)]
struct RootLanguage {
    code: String,
    name: String,
    dir: &'static str,
    href: String,
    choose: String,
    notfound_title: String,
    notfound_text: String,
    notfound_home: String,
}

#[derive(Serialize, Clone)]
struct Crumb<'a> {
    html: Str<'a>,
    href: Option<Str<'a>>,
}

#[derive(Serialize)]
struct CatalogCard {
    name_html: String,
    intro_html: String,
    count_html: String,
    href: String,
}

#[derive(Serialize)]
struct ClassGroup<'a> {
    class: u8,
    heading_html: String,
    text_html: String,
    codes: Vec<CodeLink<'a>>,
}

#[derive(Serialize)]
struct CompareOption {
    code: String,
    name: String,
}

/// What the find box searches and the sentences it shows, for one catalog in one locale.
#[derive(Serialize)]
struct FindData<'a> {
    /// Code, name, description: plain text in the page's language.
    codes: Vec<[&'a str; 3]>,
    /// The sentence for 1, 2, … matches: element `n - 1` is for `n`.
    counts: Vec<String>,
    none: &'a str,
    same: &'a str,
}

/// A link to a code or to a comparison, with the code's texts borrowed from the locale's.
#[derive(Serialize, Clone)]
struct CodeLink<'a> {
    code: Str<'a>,
    name_html: Str<'a>,
    summary: Str<'a>,
    deprecated: bool,
    href: Str<'a>,
}

#[derive(Serialize, Clone)]
struct RefView<'a> {
    rfc: u32,
    section: Option<Str<'a>>,
    href: Str<'a>,
}

#[derive(Serialize, Clone)]
struct PairLink<'a> {
    html: Str<'a>,
    href: Str<'a>,
}

/// The links of a page that lead up and out of it, the same from every page at its folder's
/// depth: home, the about page, the catalog's index, the stylesheet.
#[derive(Clone)]
struct UpLinks<'a> {
    home: Str<'a>,
    about: Option<Str<'a>>,
    catalog: Option<Str<'a>>,
    css: Str<'a>,
}

impl UpLinks<'_> {
    fn into_owned(self) -> UpLinks<'static> {
        let own = |s: Str<'_>| Cow::Owned(s.into_owned());
        UpLinks {
            home: own(self.home),
            about: self.about.map(own),
            catalog: self.catalog.map(own),
            css: own(self.css),
        }
    }

    fn borrowed(&self) -> UpLinks<'_> {
        fn borrow<'s>(s: &'s Str<'_>) -> Str<'s> {
            Cow::Borrowed(s)
        }
        UpLinks {
            home: borrow(&self.home),
            about: self.about.as_ref().map(borrow),
            catalog: self.catalog.as_ref().map(borrow),
            css: borrow(&self.css),
        }
    }
}

/// How the links of the pair pages of one catalog in one locale to pair pages are made.
struct PairLinkParts {
    /// Their URLs.
    url: PairLinks,
    /// Per locale, their links to the pair pages in it.
    to_locale: Vec<PairLinks>,
}

/// What `base.html` shows around a page's content.
#[derive(Clone)]
struct Chrome<'a> {
    switcher: BVec<'a, SwitchView<'a>>,
    home_href: Str<'a>,
    about_href: Option<Str<'a>>,
    breadcrumbs: BVec<'a, Crumb<'a>>,
}

/// A pair page's own texts and links, everything but the two codes' sides.
#[derive(Clone)]
struct PairPage<'a> {
    head: HeadView<'a>,
    chrome: Chrome<'a>,
    title_html: Str<'a>,
    intro_html: Str<'a>,
    diffs: BVec<'a, Str<'a>>,
    guide: BVec<'a, Str<'a>>,
    related: BVec<'a, PairLink<'a>>,
}

/// A page whose texts a skeleton can hold: its own view, and how it is rendered.
trait View<'a>: Clone {
    /// Its place in [`Renderer::skeletons_allowed`], and the first number of its shape's key.
    const KIND: usize;
    /// The template that renders it.
    const TEMPLATE: &'static str;
    /// How many pages of a shape Tera renders before the shape's skeleton is made (see
    /// [`Renderer::render_shaped`]).
    const TERA_PAGES_PER_SHAPE: u32;

    /// Hands `f` every text of the page in a fixed order: the holes of its skeleton, each
    /// with what it is. The patterns name every field, so a field added later cannot be
    /// forgotten here.
    fn each_text<'s>(&'s mut self, f: impl FnMut(&'s mut Str<'a>, Hole))
    where
        'a: 's;

    /// What decides the page's layout besides its texts: list lengths, what is there and what
    /// is not, flags and numbers.
    fn layout(&self, key: &mut BVec<'_, u64>);

    /// The template's context, with the values the page shares with others.
    fn context(&self, r: &Renderer<'_>, l: usize, shared: Vec<Value>) -> Context;
}

/// The shape of `view` into `key`: its layout, then which of its texts are empty. Pages of one
/// shape share a skeleton.
fn shape_key<'a>(view: &mut impl View<'a>, key: &mut BVec<'_, u64>) {
    view.layout(key);
    let mut bits = Bits::new(key);
    view.each_text(|t, _| bits.push(t.is_empty()));
}

/// Flags pushed into a shape's key, 64 to a number; the last, partial one when dropped.
struct Bits<'k, 'b> {
    key: &'k mut BVec<'b, u64>,
    word: u64,
    n: u32,
}

impl<'k, 'b> Bits<'k, 'b> {
    fn new(key: &'k mut BVec<'b, u64>) -> Self {
        Bits { key, word: 0, n: 0 }
    }

    fn push(&mut self, bit: bool) {
        if self.n == 64 {
            self.key.push(self.word);
            (self.word, self.n) = (0, 0);
        }
        self.word |= u64::from(bit) << self.n;
        self.n += 1;
    }
}

impl Drop for Bits<'_, '_> {
    fn drop(&mut self) {
        self.key.push(self.word);
    }
}

/// The texts of the head and chrome every page has, for [`View::each_text`].
fn head_and_chrome_texts<'s, 'a>(
    head: &'s mut HeadView<'a>,
    chrome: &'s mut Chrome<'a>,
    f: &mut impl FnMut(&'s mut Str<'a>, Hole),
) {
    let HeadView {
        og_type: _,
        site_name,
        json_ld,
        title,
        description,
        canonical,
        alternates,
        css,
    } = head;
    f(site_name, Hole::FIXED_TEXT);
    for t in [json_ld, title, description] {
        f(t, Hole::TEXT);
    }
    f(canonical, Hole::PAGE_LINK);
    // The stylesheet is a file of the site's assets, which the plan does not vouch for.
    f(css, Hole::FIXED_TEXT);
    for Alternate { hreflang, href } in alternates.iter_mut() {
        f(hreflang, Hole::FIXED_TEXT);
        f(href, Hole::PAGE_LINK);
    }
    let Chrome {
        switcher,
        home_href,
        about_href,
        breadcrumbs,
    } = chrome;
    for SwitchView {
        code,
        name,
        dir: _,
        href,
        current: _,
    } in switcher.iter_mut()
    {
        f(code, Hole::FIXED_TEXT);
        f(name, Hole::FIXED_TEXT);
        f(href, Hole::PAGE_LINK);
    }
    f(home_href, Hole::FIXED_LINK);
    if let Some(t) = about_href {
        f(t, Hole::FIXED_LINK);
    }
    for Crumb { html, href } in breadcrumbs.iter_mut() {
        // The crumbs with a link lead up, to the home and the catalog; the last one, without,
        // names the page.
        match href {
            Some(t) => {
                f(html, Hole::FIXED_TEXT);
                f(t, Hole::FIXED_LINK);
            }
            None => f(html, Hole::TEXT),
        }
    }
}

/// The layout of the head and chrome every page has, for [`View::layout`].
fn head_and_chrome_layout(head: &HeadView, chrome: &Chrome, key: &mut BVec<'_, u64>) {
    key.push(u64::from(head.og_type == "article"));
    key.push(head.alternates.len() as u64);
    key.push(chrome.switcher.len() as u64);
    for s in &chrome.switcher {
        key.push(u64::from(s.current) | u64::from(s.dir == "rtl") << 1);
    }
    key.push(u64::from(chrome.about_href.is_some()));
    key.push(chrome.breadcrumbs.len() as u64);
    for crumb in &chrome.breadcrumbs {
        key.push(u64::from(crumb.href.is_some()));
    }
}

impl<'a> View<'a> for PairPage<'a> {
    const KIND: usize = 0;
    const TEMPLATE: &'static str = "pair.html";
    /// A catalog of n codes has n(n-1)/2 pairs, most of them alike.
    const TERA_PAGES_PER_SHAPE: u32 = 0;

    fn each_text<'s>(&'s mut self, mut f: impl FnMut(&'s mut Str<'a>, Hole))
    where
        'a: 's,
    {
        let PairPage {
            head,
            chrome,
            title_html,
            intro_html,
            diffs,
            guide,
            related,
        } = self;
        head_and_chrome_texts(head, chrome, &mut f);
        f(title_html, Hole::TEXT);
        f(intro_html, Hole::TEXT);
        for t in diffs.iter_mut().chain(guide.iter_mut()) {
            f(t, Hole::TEXT);
        }
        for PairLink { html, href } in related.iter_mut() {
            f(html, Hole::TEXT);
            f(href, Hole::PAGE_LINK);
        }
    }

    fn layout(&self, key: &mut BVec<'_, u64>) {
        head_and_chrome_layout(&self.head, &self.chrome, key);
        key.push(self.diffs.len() as u64);
        key.push(self.guide.len() as u64);
        key.push(self.related.len() as u64);
    }

    fn context(&self, r: &Renderer<'_>, l: usize, shared: Vec<Value>) -> Context {
        r.pair_context(l, self, shared)
    }
}

/// A code page's own texts and links, everything but the code's texts (`code`).
#[derive(Clone)]
struct CodePage<'a> {
    head: HeadView<'a>,
    chrome: Chrome<'a>,
    title_html: Str<'a>,
    class_html: Str<'a>,
    category_html: Str<'a>,
    stage_html: Str<'a>,
    retry_html: Str<'a>,
    compare_html: Str<'a>,
    references: BVec<'a, RefView<'a>>,
    commands: BVec<'a, Str<'a>>,
    on_connect: bool,
    any_command: bool,
    enhanced: BVec<'a, Str<'a>>,
    transcript: BVec<'a, Str<'a>>,
    /// The comparisons with every other code of the catalog.
    compare: BVec<'a, CodeLink<'a>>,
    /// Those with the codes it lists as related.
    related: BVec<'a, CodeLink<'a>>,
}

impl<'a> View<'a> for CodePage<'a> {
    const KIND: usize = 1;
    const TEMPLATE: &'static str = "code.html";
    /// Codes differ in their lists (references, commands, related codes), so that in the
    /// catalogs people write, most code pages have a shape of their own and the rest share it
    /// with one other (the default site: 170 and 10 of 190). A skeleton saves most of what Tera
    /// costs on each page after it is made: made for a shape's third page, it pays off from
    /// its sixth or so.
    const TERA_PAGES_PER_SHAPE: u32 = 2;

    fn each_text<'s>(&'s mut self, mut f: impl FnMut(&'s mut Str<'a>, Hole))
    where
        'a: 's,
    {
        let CodePage {
            head,
            chrome,
            title_html,
            class_html,
            category_html,
            stage_html,
            retry_html,
            compare_html,
            references,
            commands,
            on_connect: _,
            any_command: _,
            enhanced,
            transcript,
            compare,
            related,
        } = self;
        head_and_chrome_texts(head, chrome, &mut f);
        for t in [
            title_html,
            class_html,
            category_html,
            stage_html,
            retry_html,
            compare_html,
        ] {
            f(t, Hole::TEXT);
        }
        for RefView {
            rfc: _,
            section,
            href,
        } in references.iter_mut()
        {
            if let Some(t) = section {
                f(t, Hole::TEXT);
            }
            // A link out of the site, which the link check passes over.
            f(href, Hole::TEXT);
        }
        for t in commands
            .iter_mut()
            .chain(enhanced.iter_mut())
            .chain(transcript.iter_mut())
        {
            f(t, Hole::TEXT);
        }
        for CodeLink {
            code,
            name_html,
            summary,
            deprecated: _,
            href,
        } in compare.iter_mut().chain(related.iter_mut())
        {
            f(code, Hole::TEXT);
            f(name_html, Hole::TEXT);
            f(summary, Hole::TEXT);
            f(href, Hole::PAGE_LINK);
        }
    }

    fn layout(&self, key: &mut BVec<'_, u64>) {
        head_and_chrome_layout(&self.head, &self.chrome, key);
        key.push(self.references.len() as u64);
        for r in &self.references {
            key.push(u64::from(r.rfc) << 1 | u64::from(r.section.is_some()));
        }
        key.extend([
            self.commands.len() as u64,
            u64::from(self.on_connect) | u64::from(self.any_command) << 1,
            self.enhanced.len() as u64,
            self.transcript.len() as u64,
            self.compare.len() as u64,
            self.related.len() as u64,
        ]);
        let mut bits = Bits::new(key);
        for link in self.compare.iter().chain(&self.related) {
            bits.push(link.deprecated);
        }
    }

    fn context(&self, r: &Renderer<'_>, l: usize, shared: Vec<Value>) -> Context {
        let mut ctx = Context::new();
        if let Some(code) = shared.into_iter().next() {
            ctx.insert_value("code", code);
        }
        ctx.insert("title_html", &self.title_html);
        ctx.insert("class_html", &self.class_html);
        ctx.insert("category_html", &self.category_html);
        ctx.insert("stage_html", &self.stage_html);
        ctx.insert("retry_html", &self.retry_html);
        ctx.insert("references", &self.references);
        ctx.insert("commands", &self.commands);
        ctx.insert("on_connect", &self.on_connect);
        ctx.insert("any_command", &self.any_command);
        ctx.insert("enhanced", &self.enhanced);
        ctx.insert("transcript", &self.transcript);
        ctx.insert("compare_html", &self.compare_html);
        ctx.insert("compare", &self.compare);
        ctx.insert("related", &self.related);
        r.insert_chrome(l, &self.chrome, &mut ctx);
        ctx.insert("head", &self.head);
        ctx
    }
}

/// A template value many pages show, made once, with its texts and shape for skeletons: the
/// holes after a page's own texts.
struct SharedValue {
    value: Value,
    /// Every string of `value`, in [`walk_strings`] order.
    texts: Vec<String>,
    /// The links and anchors of each text, read once for the link check, when a page filled
    /// into a skeleton first needs them.
    scans: OnceLock<Vec<Option<Scan>>>,
    /// Everything but the strings' content: keys, lengths, flags, numbers, empty strings.
    shape: u64,
}

impl SharedValue {
    fn new(value: Value) -> Self {
        let mut texts = Vec::new();
        walk_strings(&value, &mut |s, _| texts.push(s.to_owned()));
        let mut shape = Fnv::default();
        shape_of(&value, &mut shape);
        SharedValue {
            value,
            texts,
            scans: OnceLock::new(),
            shape: shape.finish(),
        }
    }

    fn scans(&self) -> &[Option<Scan>] {
        self.scans
            .get_or_init(|| self.texts.iter().map(|t| Scan::fragment(t)).collect())
    }
}

/// One code's side of a pair page (`pair_side.html`, rendered once per code and locale).
struct PairSide {
    /// The sentences of a comparison that speak of this code alone.
    lines: PairLines,
    shared: SharedValue,
}

/// A code's own sentences on every pair page it is on, formatted once per locale.
struct PairLines {
    /// The code itself, as shown text.
    code: Rich,
    /// What to do on seeing it: `pair-guide-line`.
    guide: String,
    /// When it comes: `<catalog>-stage`, used when the two codes' stages differ.
    stage: String,
    /// What its category digit says: `<catalog>-category`.
    category: String,
    /// The same, for the second code when both share the digit: `pair-diff-category-same`.
    category_same: String,
}

impl PairLines {
    fn new(i18n: &I18n, l: usize, cat: &Catalog, code: &Code) -> Result<Self, Diagnostic> {
        let r = Rich::literal(&code.code);
        let fmt = |id: &str, args: &[(&str, Arg<'_>)]| {
            i18n.format_html(l, id, None, args)
                .map_err(|e| message_diagnostic(i18n, l, id, e))
        };
        let digit = code.category_digit_number();
        Ok(PairLines {
            code: r.clone(),
            guide: fmt(
                "pair-guide-line",
                &[
                    ("code", Arg::Text(&r)),
                    ("actor", Arg::Key(code.actor.as_str())),
                    ("retry", Arg::Key(code.retry.as_str())),
                ],
            )?,
            stage: fmt(
                &format!("{}-stage", cat.id),
                &[("code", Arg::Text(&r)), ("stage", Arg::Key(&code.stage))],
            )?,
            category: fmt(
                &format!("{}-category", cat.id),
                &[("code", Arg::Text(&r)), ("digit", Arg::Num(digit))],
            )?,
            category_same: fmt(
                "pair-diff-category-same",
                &[("code", Arg::Text(&r)), ("digit", Arg::Num(digit))],
            )?,
        })
    }
}

impl PairSide {
    fn new(value: Value, lines: PairLines) -> Self {
        PairSide {
            lines,
            shared: SharedValue::new(value),
        }
    }
}

/// A map's entries in key order: the order every walk over a value uses.
fn sorted(map: &tera::value::Map) -> Vec<(&tera::value::Key<'static>, &Value)> {
    let mut v: Vec<_> = map.iter().collect();
    v.sort_by(|a, b| a.0.cmp(b.0));
    v
}

/// Calls `f` on every string inside `value` (and whether it is safe HTML), maps in key order.
fn walk_strings(value: &Value, f: &mut dyn FnMut(&str, bool)) {
    if let Some(map) = value.as_map() {
        for (_, v) in sorted(map) {
            walk_strings(v, f);
        }
    } else if let Some(items) = value.as_array() {
        for v in items {
            walk_strings(v, f);
        }
    } else if let Some(s) = value.as_str() {
        f(s, value.is_safe());
    }
}

/// `value` with every non-empty string replaced by a marker, numbered from `next` in
/// [`walk_strings`] order (empty strings keep their number and stay empty).
fn marked_value(value: &Value, next: &mut usize, markers: Markers) -> Value {
    if let Some(map) = value.as_map() {
        let mut out = BTreeMap::new();
        for (k, v) in sorted(map) {
            out.insert(k.clone(), marked_value(v, next, markers));
        }
        Value::from(out)
    } else if let Some(items) = value.as_array() {
        Value::from(
            items
                .iter()
                .map(|v| marked_value(v, next, markers))
                .collect::<Vec<_>>(),
        )
    } else if let Some(s) = value.as_str() {
        let i = *next;
        *next += 1;
        match (s.is_empty(), value.is_safe()) {
            (true, _) => value.clone(),
            (false, true) => Value::safe_string(&markers.marker(i)),
            (false, false) => Value::from(markers.marker(i)),
        }
    } else {
        value.clone()
    }
}

fn shape_of(value: &Value, h: &mut Fnv) {
    if let Some(map) = value.as_map() {
        h.write(b"{");
        for (k, v) in sorted(map) {
            h.write(k.to_string().as_bytes());
            h.write(b":");
            shape_of(v, h);
        }
        h.write(b"}");
    } else if let Some(items) = value.as_array() {
        h.write(b"[");
        for v in items {
            shape_of(v, h);
        }
        h.write(b"]");
    } else if let Some(s) = value.as_str() {
        h.write(match (s.is_empty(), value.is_safe()) {
            (true, _) => b"e",
            (false, true) => b"h",
            (false, false) => b"s",
        });
    } else {
        // Flags, numbers, none: part of the shape, content and all.
        h.write(value.name().as_bytes());
        h.write(value.to_string().as_bytes());
        h.write(b";");
    }
}

/// Whether `name`, or a template it extends, includes or imports, does more with a value than
/// print it (see [`does_more_than_print`]).
/// A template named by a variable could be any of them.
fn does_more_than_print_in(src: &Sources, name: &str) -> bool {
    let source = |n: &str| {
        src.templates
            .iter()
            .find(|t| t.name == n)
            .map(|t| &t.source)
    };
    let mut todo = vec![name.to_owned()];
    let mut seen = std::collections::BTreeSet::new();
    while let Some(n) = todo.pop() {
        if !seen.insert(n.clone()) {
            continue;
        }
        let Some(text) = source(&n) else {
            return true;
        };
        if does_more_than_print(text) {
            return true;
        }
        for tag in text.split("{%").skip(1) {
            let tag = tag.trim_start_matches('-').trim_start();
            if !["extends", "include", "import"]
                .iter()
                .any(|k| tag.starts_with(k))
            {
                continue;
            }
            let tag = tag.split("%}").next().unwrap_or_default();
            let mut names = tag.split(['"', '\'']).skip(1).step_by(2).peekable();
            if names.peek().is_none() {
                return true;
            }
            todo.extend(names.map(str::to_owned));
        }
    }
    false
}

/// Whether a template does more with a value than print it or test its presence: compares or
/// tests it (`==`, `<`, ` in `, ` is `), passes it through a filter other than `safe`, or
/// calls a function. Then its output may depend on a text's content, and pages are rendered
/// by Tera one by one. Deliberately coarse: a false alarm only costs speed.
fn does_more_than_print(template: &str) -> bool {
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let close = match after.as_bytes().first() {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            _ => {
                rest = after;
                continue;
            }
        };
        let Some(end) = after.find(close) else {
            return true;
        };
        let body = after[1..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        // `for x in list`: that `in` is the loop's, not a test.
        let body = match body.strip_prefix("for ") {
            Some(rest) => rest.split_once(" in ").map_or(rest, |(_, list)| list),
            None => body,
        };
        let compares = ["==", "!=", "<", ">", " in ", " is "]
            .iter()
            .any(|op| body.contains(op));
        let filters = body.split('|').skip(1).any(|f| {
            let name: String = f
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            name != "safe"
        });
        let calls = body.match_indices('(').any(|(i, _)| {
            body[..i]
                .trim_end()
                .ends_with(|c: char| c.is_alphanumeric() || c == '_')
        });
        if compares || filters || calls {
            return true;
        }
        rest = &after[end + close.len()..];
    }
    false
}

impl Direction {
    /// True for right-to-left.
    pub fn is_rtl(self) -> bool {
        self == Direction::Rtl
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::LinkStyle;

    /// The default site, with `edit` applied to its template `name`.
    fn default_site(name: &str, edit: impl Fn(&str) -> String) -> Sources {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let (sources, ds) = crate::load::load(root).expect("loads");
        let mut sources = sources.unwrap_or_else(|| panic!("{ds:?}"));
        for t in &mut sources.templates {
            if t.name == name {
                t.source = edit(&t.source);
            }
        }
        sources
    }

    /// What [`pages_both_ways`] found.
    #[derive(Debug, Default)]
    struct BothWays {
        /// Pages of the kind, in both link styles.
        pages: usize,
        /// Shapes that had a skeleton.
        shapes: usize,
        /// Pages whose links were read from their texts alone.
        scanned: usize,
    }

    /// Renders every page of the [`View`] kind `kind` both ways, skeleton (when the renderer
    /// keeps one) and Tera, in both link styles, and checks that they are the same bytes.
    /// `force` skips the look at the templates' source, to test the checks made on their
    /// output; `at_once` makes each shape's skeleton at its first page.
    fn pages_both_ways(sources: &Sources, kind: usize, force: bool, at_once: bool) -> BothWays {
        let slugs: Vec<String> = sources.prose.iter().map(|p| p.slug.clone()).collect();
        let mut found = BothWays::default();
        for style in [LinkStyle::Hosted, LinkStyle::Offline] {
            let plan = Plan::new(&sources.config, &sources.catalogs, &slugs, style);
            let mut r = Renderer::new(sources, &plan).expect("renderer");
            r.skeletons_allowed[kind] |= force;
            if at_once {
                r.tera_pages_per_shape[kind] = 0;
            }
            let mut bump = Bump::new();
            for page in &plan.pages {
                bump.reset();
                let arena = Arena::new(&bump);
                match (page.kind, page.locale) {
                    (PageKind::Pair { catalog, a, b }, Some(l)) if kind == PairPage::KIND => {
                        let sides = &r.locales[l].pair_sides[catalog];
                        let p = r.pair(page, l, catalog, a, b, &arena).expect("pair");
                        let shared = [&sides[a].shared, &sides[b].shared];
                        both_ways(&r, page, p, &shared, &arena, &mut found);
                    }
                    (PageKind::Code { catalog, code }, Some(l)) if kind == CodePage::KIND => {
                        let v = r.code(page, l, catalog, code, &arena).expect("code");
                        let shared = [&r.locales[l].code_values[catalog][code]];
                        both_ways(&r, page, v, &shared, &arena, &mut found);
                    }
                    _ => {}
                }
            }
            let kept = r.skeletons.read().unwrap();
            found.shapes += kept
                .iter()
                .filter(|(k, s)| k[0] == kind as u64 && matches!(s, Kept::Skeleton(Some(_))))
                .count();
        }
        found
    }

    /// One page of [`pages_both_ways`], whose own view is `v`.
    fn both_ways<'b, V: View<'b>>(
        r: &'b Renderer,
        page: &Page,
        v: V,
        shared: &[&SharedValue],
        arena: &Arena<'b>,
        found: &mut BothWays,
    ) {
        let path = r.plan.out_path(page);
        let mut fast = Vec::new();
        let mut texts_scan = Scan::default();
        if r.render_page_scanned(page, &mut fast, &mut texts_scan, arena)
            .expect("renders")
        {
            // The links read from the page's own texts are those of its whole HTML, but for
            // the links the plan made, which are left out, and only those.
            let mut page_links = Vec::new();
            v.clone().each_text(|t, hole| {
                if hole.page_link {
                    page_links.push(t.to_string());
                }
            });
            let whole = crate::linkcheck::scan(&fast);
            let mut read = texts_scan.links().peekable();
            let mut left_out = 0;
            for link in whole.links() {
                if read.peek() == Some(&link) {
                    read.next();
                } else {
                    assert!(
                        page_links.iter().any(|t| t == link),
                        "{}: link {link} is neither read nor one the plan made",
                        path.display()
                    );
                    left_out += 1;
                }
            }
            assert!(
                read.next().is_none() && texts_scan.ids().eq(whole.ids()),
                "{}: links read from its texts differ from its HTML's",
                path.display()
            );
            // The canonical URL, the alternates and the switcher at least.
            assert!(left_out > 10, "only {left_out} links left out");
            found.scanned += 1;
        }
        let mut slow = Vec::new();
        r.render_with_tera(page.locale.expect("in a locale"), &v, shared, &mut slow)
            .expect("renders");
        assert!(
            fast == slow,
            "{} differs from Tera's rendering",
            path.display()
        );
        found.pages += 1;
    }

    /// [`pages_both_ways`] for pair pages.
    fn pair_pages_both_ways(sources: &Sources, force: bool) -> BothWays {
        let found = pages_both_ways(sources, PairPage::KIND, force, false);
        assert!(
            found.pages > 6000,
            "the default site has thousands of pair pages"
        );
        found
    }

    /// [`pages_both_ways`] for code pages.
    fn code_pages_both_ways(sources: &Sources, force: bool, at_once: bool) -> BothWays {
        let found = pages_both_ways(sources, CodePage::KIND, force, at_once);
        assert!(
            found.pages > 300,
            "the default site has hundreds of code pages"
        );
        found
    }

    #[test]
    fn json_ld_strings_are_escaped_as_serde_json_escapes_them_and_never_close_the_script() {
        for s in [
            "plain",
            "quote \" backslash \\ slash /",
            "</script><b>",
            "tab\tnew\nline\rcr\u{8}\u{c}\u{1}\u{1f}",
            "Türkçe, Tiếng Việt, العربية, हिन्दी",
            "",
        ] {
            let mut ours = String::new();
            json_string(s, &mut ours);
            let theirs = serde_json::to_string(s).unwrap().replace('<', "\\u003c");
            assert_eq!(ours, theirs);
            assert!(!ours.contains('<'));
            assert_eq!(serde_json::from_str::<String>(&ours).unwrap(), s);
        }
        let head = Head {
            title: "220 \"vs\" 553".into(),
            description: "a < b".into(),
        };
        let mut ld = String::new();
        let site = json_ld_site("en", "Site", "https://x/en/");
        json_ld(&head, "https://x/en/a/", &site, &mut ld);
        let v: serde_json::Value = serde_json::from_str(&ld).expect("valid JSON");
        assert_eq!(v["@type"], "TechArticle");
        assert_eq!(v["headline"], "220 \"vs\" 553");
        assert_eq!(v["isPartOf"]["url"], "https://x/en/");
        assert_eq!(v["url"], "https://x/en/a/");
    }

    #[test]
    fn skeleton_pair_pages_are_byte_for_byte_what_tera_writes() {
        let found = pair_pages_both_ways(&default_site("pair.html", str::to_owned), false);
        assert!(
            found.shapes > 0,
            "the built-in templates are filled into skeletons"
        );
        assert!(
            found.scanned > 6000,
            "the link check reads most pair pages from their texts alone ({found:?})"
        );
    }

    #[test]
    fn skeleton_code_pages_are_byte_for_byte_what_tera_writes() {
        let site = default_site("code.html", str::to_owned);
        // Most codes of the default catalog have a list (references, commands, related codes)
        // of their own: Tera renders their pages, and a skeleton is made for no shape that
        // fewer than three pages have.
        let found = code_pages_both_ways(&site, false, false);
        assert!(found.scanned < found.pages / 4, "{found:?}");
        // Made at each shape's first page, skeletons serve most pages, taken over by pages of
        // new shapes that look alike, and refused where the template shows what differs (a
        // deprecated code's notice).
        let found = code_pages_both_ways(&site, false, true);
        assert!(found.shapes > 0, "{found:?}");
        assert!(
            found.scanned > found.pages * 3 / 4,
            "the link check reads most code pages from their texts alone ({found:?})"
        );
    }

    /// `sources` with codes whose lists are alike but for their references' RFC number (one
    /// of two), so that many code pages have one shape.
    fn alike_codes(mut sources: Sources) -> Sources {
        for (i, code) in sources.catalogs[0].codes.iter_mut().enumerate() {
            code.commands = vec!["RCPT".into()];
            (code.on_connect, code.any_command) = (false, false);
            code.references = vec![crate::catalog::Reference {
                rfc: [5321, 3207][i % 2],
                section: Some("4.2.3".into()),
            }];
            (code.related, code.related_index) = (Vec::new(), Vec::new());
            code.enhanced = vec!["5.1.1".into()];
            code.transcript = vec!["S: 250 OK".into()];
        }
        sources
    }

    #[test]
    fn code_pages_of_one_shape_share_a_skeleton_and_pages_that_show_otherwise_do_not() {
        // The default templates print the RFC numbers; the second shows each code's class,
        // and which codes of the list of comparisons are deprecated, as well.
        let shows_more = |t: &str| {
            let (h1, entry) = (
                "<h1>{{ title_html | safe }}</h1>",
                "{{ r.name_html | safe }}</a></li>\n{% endfor %}</ul>\n</section>\n{% endblock",
            );
            assert!(t.contains(h1) && t.contains(entry));
            t.replace(
                h1,
                "<h1 class=\"c{{ code.class }}\">{{ title_html | safe }}</h1>",
            )
            .replace(
                entry,
                &entry.replacen("</a>", "{% if r.deprecated %} (old){% endif %}</a>", 1),
            )
        };
        for site in [
            alike_codes(default_site("code.html", str::to_owned)),
            alike_codes(default_site("code.html", shows_more)),
        ] {
            assert!(!does_more_than_print_in(&site, "code.html"));
            for at_once in [false, true] {
                let found = code_pages_both_ways(&site, false, at_once);
                assert!(found.shapes > 0, "{found:?}");
                assert!(found.scanned > found.pages / 3, "{found:?}");
            }
        }
    }

    #[test]
    fn a_code_template_that_changes_or_compares_texts_is_rendered_by_tera() {
        for (from, to) in [
            ("{{ title_html | safe }}", "{{ title_html | upper | safe }}"),
            (
                "{{ r.name_html | safe }}</a></li>\n{% endfor %}</ul>\n</section>\n{% endblock",
                "{{ r.name_html | truncate(length=3) | safe }}</a></li>\n{% endfor %}</ul>\n</section>\n{% endblock",
            ),
        ] {
            let site = default_site("code.html", |t| {
                assert!(t.contains(from), "{from}");
                t.replace(from, to)
            });
            assert!(does_more_than_print_in(&site, "code.html"), "{to}");
            assert_eq!(code_pages_both_ways(&site, true, true).shapes, 0, "{to}");
        }
    }

    #[test]
    fn pages_whose_sides_differ_in_what_the_template_shows_do_not_share_a_skeleton() {
        // Each side's class and flag are shown: pages whose codes differ in them have as many
        // texts, and look alike, but cannot share a skeleton.
        let sources = default_site("pair.html", |t| {
            t.replace(
                "{{ s.html | safe }}",
                "{{ s.html | safe }}<p>{{ s.texts.class }}{% if s.texts.deprecated %} old{% endif %}</p>",
            )
        });
        assert!(!does_more_than_print_in(&sources, "pair.html"));
        assert!(pair_pages_both_ways(&sources, false).shapes > 0);
    }

    #[test]
    fn a_template_that_changes_or_compares_texts_is_rendered_by_tera() {
        // Each is found in the template's source; and were it not, the checks on the output
        // would still refuse a skeleton.
        let cases: [(&str, &str); 3] = [
            // A filter that changes the text: the markers come out changed.
            ("{{ title_html | safe }}", "{{ title_html | upper | safe }}"),
            // A filter that measures it: the two marker sets print differently.
            (
                "{{ title_html | safe }}",
                "{{ title_html | safe }} {{ intro_html | length }}",
            ),
            // A filter that leaves both marker sets whole but cuts the real page's title.
            (
                "{{ title_html | safe }}",
                "{{ title_html | truncate(length=40) | safe }}",
            ),
        ];
        for (from, to) in cases {
            let site = default_site("pair.html", |t| t.replace(from, to));
            assert!(does_more_than_print_in(&site, "pair.html"), "{to}");
            assert_eq!(pair_pages_both_ways(&site, true).shapes, 0, "{to}");
        }
        let compare = default_site("pair.html", |t| {
            t.replace(
                "{{ title_html | safe }}",
                "{% if title_html == \"x\" %}x{% endif %}{{ title_html | safe }}",
            )
        });
        assert!(does_more_than_print_in(&compare, "pair.html"));
        assert_eq!(pair_pages_both_ways(&compare, false).shapes, 0);
    }

    #[test]
    fn templates_that_do_more_than_print_are_found_with_what_they_use() {
        let prints = "{% extends \"base.html\" %}{% block content %}{% for x in list %}{{ x }}{% endfor %}{% if y %}{{ y.html | safe }}{% endif %}{% endblock content %}";
        assert!(!does_more_than_print(prints));
        assert!(does_more_than_print("{% if loop.index == 2 %}{% endif %}"));
        assert!(does_more_than_print("{%- if a is defined -%}{%- endif -%}"));
        assert!(does_more_than_print("{{ a < b }}"));
        assert!(does_more_than_print("{% if x in list %}{% endif %}"));
        assert!(does_more_than_print("{{ title | truncate(length=40) }}"));
        assert!(does_more_than_print("{{ title | safe | upper }}"));
        assert!(does_more_than_print("{{ now() }}"));
        assert!(!does_more_than_print(
            "<p>a == b, {# x | upper #} not in a tag</p>"
        ));
        let mut sources = default_site("pair.html", str::to_owned);
        assert!(!does_more_than_print_in(&sources, "pair.html"));
        for t in &mut sources.templates {
            if t.name == "base.html" {
                t.source = t
                    .source
                    .replace("{% if l.current %}", "{% if l.code == lang %}");
            }
        }
        assert!(
            does_more_than_print_in(&sources, "pair.html"),
            "base.html is extended"
        );
    }

    #[test]
    fn a_sitemap_past_the_limit_becomes_an_index_of_sitemaps() {
        let entries =
            |n: usize| (0..n).map(|i| format!("<url><loc>https://x.org/{i}/</loc></url>\n"));
        let collect = |n, max_urls, max_bytes| {
            let mut out: Vec<(String, String)> = Vec::new();
            split_sitemap::<()>(entries(n), "https://x.org/", max_urls, max_bytes, |p, b| {
                out.push((p.to_owned(), String::from_utf8_lossy(b).into_owned()));
                Ok(())
            })
            .unwrap();
            out
        };
        let one = collect(3, 3, usize::MAX);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].0, "sitemap.xml");
        assert!(one[0].1.contains("<urlset"));

        let split = collect(7, 3, usize::MAX);
        let names: Vec<&str> = split.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml",
                "sitemap.xml"
            ]
        );
        let index = &split[3].1;
        assert!(
            index.contains("<sitemapindex")
                && index.contains("<loc>https://x.org/sitemap-3.xml</loc>")
        );
        let counts: Vec<usize> = split[..3]
            .iter()
            .map(|(_, b)| b.matches("<url>").count())
            .collect();
        assert_eq!(counts, [3, 3, 1]);

        // The byte limit splits too, and every file stays within it.
        let by_size = collect(10, 1000, 400);
        assert!(by_size.len() > 2);
        assert!(by_size.iter().all(|(_, b)| b.len() <= 400));
    }

    #[test]
    fn a_short_summary_has_its_spaces_evened_out() {
        for t in [
            "",
            " ",
            "one",
            "two words",
            " lead",
            "trail ",
            "two  spaces",
            "tab\there",
            "line\nbreak",
            "no\u{a0}break",
            "कोड 550 ।",
        ] {
            let joined = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(summarize(t, 300), joined, "{t:?}");
        }
        // Every character up to the ideographic space, between two words: the byte-wise
        // look at spaces agrees with `char::is_whitespace`.
        for c in (0..=0x3000).filter_map(char::from_u32) {
            let t = format!("a{c}b");
            let joined = t.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(summarize(&t, 300), joined, "{:?}", c);
        }
    }

    #[test]
    fn a_summary_depends_only_on_the_text_up_to_its_cut() {
        // Texts longer than the limit, with uneven spaces: what follows the cut, however long,
        // changes nothing, and the summary is that of the text with its spaces evened out.
        let words = "Ok.  The\tserver is  ready। now and, it waits (for ever) आगे का पाठ";
        for max in 1..60 {
            for end in (1..=words.len()).filter(|&e| words.is_char_boundary(e)) {
                let head = &words[..end];
                let joined = head.split_whitespace().collect::<Vec<_>>().join(" ");
                if joined.chars().count() <= max {
                    continue;
                }
                let short = summarize(head, max);
                assert_eq!(short, summarize(&joined, max), "{head:?} at {max}");
                let long = format!("{head} {}", "more words follow ".repeat(50));
                assert_eq!(summarize(&long, max), short, "{head:?} at {max}");
                assert!(short.chars().count() <= max, "{short:?} at {max}");
                assert!(short.ends_with(['…', '.', '।']), "{short:?} at {max}");
            }
        }
    }

    #[test]
    fn summaries_are_cut_at_a_word_boundary_with_an_ellipsis() {
        let s = summarize(
            "The server is ready and it typically includes the software identification string",
            60,
        );
        assert_eq!(
            s,
            "The server is ready and it typically includes the software…"
        );
        assert!(s.chars().count() <= 60);
        assert_eq!(summarize("short text", 60), "short text");
        assert_eq!(summarize("abc def", 7), "abc def");
        assert_eq!(summarize("abcd efgh", 8), "abcd…");
        assert_eq!(
            summarize("Gönderici adresi, izin verilmeyen", 20),
            "Gönderici adresi…"
        );
        // A sentence that ends within the limit is kept whole, with no ellipsis after its stop.
        assert_eq!(
            summarize(
                "It is ready now. The text that follows is long enough to be cut.",
                30
            ),
            "It is ready now."
        );
        assert_eq!(
            summarize("यह तैयार है। आगे का पाठ इतना लंबा है कि काटा जाए।", 24),
            "यह तैयार है।"
        );
        // A short first sentence is not enough: cut at a word, never after a stop.
        assert_eq!(
            summarize("Ok. The rest goes on and on and on", 20),
            "Ok. The rest goes…"
        );
    }
}
