//! Fluent behind one small API: `format(locale, id, attribute, args) -> Text`.
//!
//! Each locale has one concurrent bundle holding all of `locales/<lang>/*.ftl`. A message missing
//! in a locale is taken from the reference locale (English) and the result says so, so the page
//! can mark it `lang="en"`. Templates and tests never touch bundles.
//!
//! Markup and direction, decided once here:
//! - Every translation is plain text and is HTML-escaped.
//! - A span in backticks (`` `MAIL FROM` ``) is a protocol literal: it becomes `<code>` in HTML.
//! - Shown variables ([`Arg::Text`]) are isolated: `<bdi>` in HTML, and in plain text
//!   (titles, meta descriptions) U+2068/U+2069 on right-to-left locales. Fluent's own isolation
//!   marks are off, so left-to-right pages carry no invisible characters.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use rayon::prelude::*;

use crate::diag::{Diagnostic, Diagnostics, Lines, Location};
use crate::id::LocaleId;
use crate::load::site::{Direction, Locale};

mod check;

/// A shown value: the same text as plain text and as HTML.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rich {
    /// Plain text, for titles and attributes.
    pub plain: String,
    /// Safe HTML.
    pub html: String,
}

impl Rich {
    /// A literal such as a code: escaped, kept left to right.
    pub fn literal(s: &str) -> Self {
        Rich {
            plain: s.to_owned(),
            html: format!("<bdi>{}</bdi>", escape(s)),
        }
    }

    /// A protocol literal such as a command, shown as code.
    pub fn literal_code(s: &str) -> Self {
        Rich {
            plain: s.to_owned(),
            html: format!("<code dir=\"ltr\">{}</code>", escape(s)),
        }
    }

    /// A formatted message as a shown value, isolated unless it is a fallback (which carries
    /// its own language and direction).
    pub fn from_text(t: &Text) -> Self {
        Rich::from(t)
    }

    /// Items joined by `sep` (a plain text).
    pub fn join(items: &[Rich], sep: &str) -> Self {
        let plain: Vec<&str> = items.iter().map(|r| r.plain.as_str()).collect();
        let html: Vec<&str> = items.iter().map(|r| r.html.as_str()).collect();
        Rich {
            plain: plain.join(sep),
            html: html.join(&escape(sep)),
        }
    }
}

impl From<&Text> for Rich {
    fn from(t: &Text) -> Self {
        Rich {
            plain: t.plain.clone(),
            html: if t.fallback {
                t.html.clone()
            } else {
                format!("<bdi>{}</bdi>", t.html)
            },
        }
    }
}

/// A variable passed to a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// A keyword that a message selects on (`later`, `yes`); never shown as is.
    Key(&'a str),
    /// A number, which selects CLDR plural categories and is shown.
    Num(i64),
    /// Shown text, inserted isolated.
    Text(&'a Rich),
}

/// A formatted message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    /// Safe HTML; wrapped in `<span lang="en" dir="ltr">` when it is a fallback.
    pub html: String,
    /// Plain text, without markup.
    pub plain: String,
    /// The locale lacked the message and English was used.
    pub fallback: bool,
}

/// Where a message was defined, and which variables it uses.
#[derive(Debug, Clone, Default)]
pub struct MessageInfo {
    /// The .ftl file.
    pub file: PathBuf,
    /// 1-based line of the message's id.
    pub line: usize,
    /// The line's text.
    pub source_line: String,
    /// Variables of the value, when it has one.
    pub value_vars: Option<BTreeSet<String>>,
    /// Attributes and the variables of each.
    pub attrs: BTreeMap<String, BTreeSet<String>>,
}

impl MessageInfo {
    /// The location of the message's first line.
    pub fn location(&self) -> Location {
        Location {
            file: self.file.clone(),
            line: self.line,
            column: 1,
            width: self
                .source_line
                .trim_start()
                .split([' ', '='])
                .next()
                .map_or(1, |id| id.chars().count()),
            source_line: Some(self.source_line.clone()),
        }
    }

    /// Variables used by the value (`attr` = None) or by an attribute.
    pub fn vars(&self, attr: Option<&str>) -> Option<&BTreeSet<String>> {
        match attr {
            None => self.value_vars.as_ref(),
            Some(a) => self.attrs.get(a),
        }
    }
}

/// One .ftl file as read from disk.
#[derive(Debug, Clone)]
pub struct FtlSource {
    /// Path shown in diagnostics.
    pub path: PathBuf,
    /// Contents.
    pub text: String,
}

struct LocaleBundle {
    code: String,
    /// The resources of the bundle, kept to make a pseudo-locale from them.
    resources: Vec<Arc<FluentResource>>,
    /// Files with Fluent syntax errors: the messages they hold are not all known.
    broken_files: Vec<PathBuf>,
    dir: Direction,
    bundle: FluentBundle<Arc<FluentResource>>,
    info: HashMap<String, MessageInfo>,
}

/// Every locale's messages.
pub struct I18n {
    locales: Vec<LocaleBundle>,
    reference: LocaleId,
    /// Messages already formatted, keyed by locale, id and the arguments that select the text,
    /// with placeholders where shown texts go: a pair page's sentences depend on a few facts,
    /// so most are formatted once per site instead of once per page.
    prepared: RwLock<PreparedCache>,
}

thread_local! {
    /// Where [`I18n::prepared`] builds its keys.
    static KEY_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

type PreparedCache = HashMap<Vec<u8>, Arc<Prepared>, foldhash::fast::RandomState>;

/// A message formatted once for the arguments that select its text, with holes where the
/// shown texts go.
struct Prepared {
    html: Holed,
    plain: Holed,
    fallback: bool,
}

/// A text with holes: `(offset, arg)` puts the shown text of argument `arg` at byte `offset`.
struct Holed {
    text: String,
    holes: Vec<(usize, usize)>,
}

impl Holed {
    /// Takes the placeholders out of `marked`; placeholder `k` stands for `slot_args[k]`. A
    /// placeholder character that does not make a placeholder stays as it is.
    fn new(marked: &str, slot_args: &[usize]) -> Holed {
        let mut text = String::with_capacity(marked.len());
        let mut holes = Vec::new();
        let mut rest = marked;
        while let Some(start) = rest.find(SENTINEL_OPEN) {
            text.push_str(&rest[..start]);
            let after = &rest[start + SENTINEL_OPEN.len_utf8()..];
            let Some(end) = after.find(SENTINEL_CLOSE) else {
                text.push_str(&rest[start..]);
                rest = "";
                break;
            };
            match after[..end]
                .parse::<usize>()
                .ok()
                .and_then(|k| slot_args.get(k))
            {
                Some(&arg) => holes.push((text.len(), arg)),
                None => text.push_str(&after[..end]),
            }
            rest = &after[end + SENTINEL_CLOSE.len_utf8()..];
        }
        text.push_str(rest);
        Holed { text, holes }
    }

    /// Appends the text to `out`, with each hole filled by `f` from its argument, which is
    /// always shown text.
    fn fill_into(
        &self,
        args: &[(&str, Arg<'_>)],
        f: impl Fn(&Rich, &mut String),
        out: &mut String,
    ) {
        let mut at = 0;
        for &(offset, arg) in &self.holes {
            out.push_str(&self.text[at..offset]);
            if let (_, Arg::Text(r)) = args[arg] {
                f(r, out);
            }
            at = offset;
        }
        out.push_str(&self.text[at..]);
    }
}

/// Past this many prepared messages, new ones are formatted each time: arguments that vary
/// without bound (which codesite does not pass) must not grow memory without bound.
const PREPARED_MAX: usize = 50_000;

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field(
                "locales",
                &self.locales.iter().map(|l| &l.code).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// How much of one locale is translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Locale code.
    pub locale: String,
    /// Messages and attributes of the reference locale.
    pub total: usize,
    /// Of those, present in this locale.
    pub translated: usize,
    /// The missing ones, as `id` or `id.attribute`.
    pub missing: Vec<String>,
}

const SENTINEL_OPEN: char = '\u{E000}';
const SENTINEL_CLOSE: char = '\u{E001}';

impl I18n {
    /// Builds every locale's bundle from its files. Syntax errors and duplicate ids are
    /// reported, with their positions; what parsed is still loaded, so that one run finds
    /// every problem.
    pub fn load(
        locales: &[Locale],
        reference: &str,
        files: &[Vec<FtlSource>],
    ) -> (I18n, Diagnostics) {
        // One locale per worker; their problems are reported in locale order.
        let built: Vec<(LocaleBundle, Diagnostics)> = locales
            .par_iter()
            .zip(files)
            .map(|(locale, sources)| {
                let mut ds = Diagnostics::new();
                let mut bundle = FluentBundle::new_concurrent(vec![locale.langid.clone()]);
                bundle.set_use_isolating(false);
                let mut info: HashMap<String, MessageInfo> = HashMap::new();
                let mut broken_files = Vec::new();
                let mut resources = Vec::new();
                for src in sources {
                    let res = match FluentResource::try_new(src.text.clone()) {
                        Ok(r) => r,
                        Err((r, errors)) => {
                            broken_files.push(src.path.clone());
                            for e in errors {
                                ds.push(
                                    Diagnostic::error(
                                        Location::at_offset(
                                            &src.path,
                                            &src.text,
                                            error_offset(&src.text, e.pos.start, e.slice.as_ref()),
                                        ),
                                        format!("Fluent syntax error: {}", e.kind),
                                    )
                                    .with_help(syntax_help(&e.kind)),
                                );
                            }
                            r
                        }
                    };
                    let lines = Lines::new(res.source());
                    for entry in res.entries() {
                        if let ast::Entry::Message(m) = entry {
                            let id = m.id.name.to_owned();
                            // The parser's names are slices of the source it keeps.
                            let at = (m.id.name.as_ptr() as usize)
                                .checked_sub(res.source().as_ptr() as usize)
                                .filter(|&at| at < res.source().len());
                            let loc = match at {
                                Some(at) => lines.location(&src.path, at),
                                None => Location::of_line_starting(&src.path, &src.text, &id),
                            };
                            if let Some(prev) = info.get(&id) {
                                ds.push(
                                    Diagnostic::error(
                                        loc.clone(),
                                        format!(
                                            "message `{id}` is defined twice in locale `{}`",
                                            locale.code
                                        ),
                                    )
                                    .with_help(format!(
                                        "remove one; the other is at {}:{}",
                                        prev.file.display(),
                                        prev.line
                                    )),
                                );
                                continue;
                            }
                            let mi = MessageInfo {
                                file: src.path.clone(),
                                line: loc.line,
                                source_line: loc.source_line.clone().unwrap_or_default(),
                                value_vars: m.value.as_ref().map(pattern_vars),
                                attrs: m
                                    .attributes
                                    .iter()
                                    .map(|a| (a.id.name.to_owned(), pattern_vars(&a.value)))
                                    .collect(),
                            };
                            info.insert(id, mi);
                        }
                    }
                    // Duplicates were reported above; keep the first definition.
                    let res = Arc::new(res);
                    resources.push(Arc::clone(&res));
                    let _ = bundle.add_resource(res);
                }
                let bundle = LocaleBundle {
                    code: locale.code.clone(),
                    resources,
                    broken_files,
                    dir: locale.dir,
                    bundle,
                    info,
                };
                (bundle, ds)
            })
            .collect();
        let mut ds = Diagnostics::new();
        let mut out = Vec::with_capacity(built.len());
        for (bundle, d) in built {
            out.push(bundle);
            ds.extend(d);
        }
        let reference = LocaleId(out.iter().position(|l| l.code == reference).unwrap_or(0) as u32);
        (
            I18n {
                locales: out,
                reference,
                prepared: RwLock::new(PreparedCache::default()),
            },
            ds,
        )
    }

    /// Number of locales.
    pub fn len(&self) -> usize {
        self.locales.len()
    }

    /// True when no locale is loaded.
    pub fn is_empty(&self) -> bool {
        self.locales.is_empty()
    }

    /// Adds a pseudo-locale: the reference locale's messages with every letter of their text
    /// accented and the text made longer (fluent-pseudo), so that text a template writes
    /// itself stands out unchanged, and layouts that break when translations run longer show.
    /// Protocol literals in backticks are left as they are.
    pub fn add_pseudo(&mut self, locale: &Locale) {
        fn pseudo(s: &str) -> std::borrow::Cow<'_, str> {
            // Outside backticks only: `MAIL FROM` stays a protocol literal.
            let mut out = String::with_capacity(s.len() * 2);
            for (i, part) in s.split('`').enumerate() {
                if i > 0 {
                    out.push('`');
                }
                if i % 2 == 0 {
                    out.push_str(&fluent_pseudo::transform(part, false, true));
                } else {
                    out.push_str(part);
                }
            }
            std::borrow::Cow::Owned(out)
        }
        let reference = &self.locales[self.reference.index()];
        let mut bundle = FluentBundle::new_concurrent(vec![locale.langid.clone()]);
        bundle.set_use_isolating(false);
        bundle.set_transform(Some(pseudo));
        for res in &reference.resources {
            let _ = bundle.add_resource(Arc::clone(res));
        }
        let pseudo_bundle = LocaleBundle {
            code: locale.code.clone(),
            resources: reference.resources.clone(),
            broken_files: Vec::new(),
            dir: locale.dir,
            bundle,
            info: reference.info.clone(),
        };
        self.locales.push(pseudo_bundle);
    }

    /// Every locale.
    pub fn locale_ids(&self) -> impl Iterator<Item = LocaleId> + use<> {
        LocaleId::all(self.locales.len())
    }

    /// The reference locale.
    pub fn reference(&self) -> LocaleId {
        self.reference
    }

    /// Whether the file at `path` of `locale` has Fluent syntax errors (reported already):
    /// a message missing from it may be one the parser could not read.
    pub fn has_syntax_errors(&self, locale: LocaleId, path: &std::path::Path) -> bool {
        self.locales[locale.index()]
            .broken_files
            .iter()
            .any(|f| f == path)
    }

    /// Where a message is defined in a locale, if it is.
    pub fn info(&self, locale: LocaleId, id: &str) -> Option<&MessageInfo> {
        self.locales[locale.index()].info.get(id)
    }

    /// True when the message (or its attribute) exists in `locale` itself.
    pub fn has(&self, locale: LocaleId, id: &str, attr: Option<&str>) -> bool {
        self.info(locale, id)
            .is_some_and(|i| i.vars(attr).is_some())
    }

    /// Formats a message or one of its attributes. Missing in `locale`, it comes from the
    /// reference locale, marked as a fallback. Missing there too, or failing to format, it is an
    /// error naming the message.
    pub fn format(
        &self,
        locale: LocaleId,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, Arg<'_>)],
    ) -> Result<Text, String> {
        let (mut html, mut plain) = (String::new(), String::new());
        let fallback =
            self.format_into(locale, id, attr, args, Some(&mut html), Some(&mut plain))?;
        Ok(Text {
            html,
            plain,
            fallback,
        })
    }

    /// [`I18n::format`] into buffers: the HTML appended to `html` and the plain text to
    /// `plain`, each when it is wanted. True when the message is a fallback.
    pub fn format_into(
        &self,
        locale: LocaleId,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, Arg<'_>)],
        html: Option<&mut String>,
        plain: Option<&mut String>,
    ) -> Result<bool, String> {
        let prepared = self.prepared(locale, id, attr, args)?;
        if let Some(html) = html {
            prepared
                .html
                .fill_into(args, |r, out| out.push_str(&r.html), html);
        }
        if let Some(plain) = plain {
            let rtl = self.locales[locale.index()].dir == Direction::Rtl;
            prepared.plain.fill_into(
                args,
                |r, out| {
                    if rtl {
                        out.push('\u{2068}');
                        out.push_str(&r.plain);
                        out.push('\u{2069}');
                    } else {
                        out.push_str(&r.plain);
                    }
                },
                plain,
            );
        }
        Ok(prepared.fallback)
    }

    /// The message prepared for the arguments that select its text: from the cache when it
    /// was prepared before.
    fn prepared(
        &self,
        locale: LocaleId,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, Arg<'_>)],
    ) -> Result<Arc<Prepared>, String> {
        // The key is built in a buffer the thread keeps, so a hit allocates nothing.
        let mut key = KEY_BUFFER.with_borrow_mut(std::mem::take);
        key.clear();
        key.extend_from_slice(&locale.0.to_le_bytes());
        for part in [id, attr.unwrap_or("")] {
            key.extend_from_slice(part.as_bytes());
            key.push(0);
        }
        for (name, arg) in args {
            key.extend_from_slice(name.as_bytes());
            match arg {
                Arg::Key(k) => {
                    key.push(b'=');
                    key.extend_from_slice(k.as_bytes());
                    key.push(0);
                }
                Arg::Num(n) => {
                    key.push(b'#');
                    key.extend_from_slice(&n.to_le_bytes());
                }
                Arg::Text(_) => key.push(b'*'),
            }
        }
        let cached = self
            .prepared
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(key.as_slice())
            .cloned();
        let p = match cached {
            Some(p) => p,
            None => {
                let p = Arc::new(self.prepare(locale, id, attr, args)?);
                let mut cache = self.prepared.write().unwrap_or_else(|e| e.into_inner());
                if cache.len() < PREPARED_MAX {
                    cache.insert(key.clone(), Arc::clone(&p));
                }
                p
            }
        };
        KEY_BUFFER.with_borrow_mut(|k| *k = key);
        Ok(p)
    }

    /// Formats a message with a placeholder for each shown text (`Arg::Text`), in order.
    fn prepare(
        &self,
        locale: LocaleId,
        id: &str,
        attr: Option<&str>,
        args: &[(&str, Arg<'_>)],
    ) -> Result<Prepared, String> {
        let (which, fallback) = if self.has(locale, id, attr) {
            (locale, false)
        } else if self.has(self.reference, id, attr) {
            (self.reference, true)
        } else {
            return Err(format!(
                "message `{}` is not defined in the reference locale",
                display_id(id, attr)
            ));
        };
        let lb = &self.locales[which.index()];
        let msg = lb
            .bundle
            .get_message(id)
            .ok_or_else(|| format!("message `{id}` is missing"))?;
        let pattern = match attr {
            None => msg.value(),
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
        }
        .ok_or_else(|| format!("message `{}` is missing", display_id(id, attr)))?;
        let mut fargs = FluentArgs::with_capacity(args.len());
        let mut slot_args = Vec::new();
        for (i, (name, arg)) in args.iter().enumerate() {
            match arg {
                Arg::Key(k) => fargs.set(*name, FluentValue::from(*k)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                Arg::Text(_) => {
                    fargs.set(
                        *name,
                        FluentValue::from(format!(
                            "{SENTINEL_OPEN}{}{SENTINEL_CLOSE}",
                            slot_args.len()
                        )),
                    );
                    slot_args.push(i);
                }
            }
        }
        let mut errors = Vec::new();
        let raw = lb.bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            return Err(format!(
                "message `{}` in locale `{}` failed to format: {e}",
                display_id(id, attr),
                lb.code
            ));
        }
        // Control characters (from a Fluent escape such as `{"\u0000"}`) are shown as U+FFFD,
        // in plain text as in HTML.
        let raw: String = raw
            .chars()
            .map(|c| {
                if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                    '\u{fffd}'
                } else {
                    c
                }
            })
            .collect();
        let rtl = self.locales[locale.index()].dir == Direction::Rtl;
        let mut html = code_spans(&escape(&raw));
        let plain = plain_spans(&raw, rtl);
        if fallback {
            html = format!(
                "<span lang=\"{}\" dir=\"{}\">{html}</span>",
                lb.code,
                lb.dir.as_str()
            );
        }
        Ok(Prepared {
            html: Holed::new(&html, &slot_args),
            plain: Holed::new(&plain, &slot_args),
            fallback,
        })
    }
}

pub(crate) fn display_id(id: &str, attr: Option<&str>) -> String {
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_owned(),
    }
}

/// Every variable a pattern refers to, in selectors and variants alike.
fn pattern_vars(p: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    collect_pattern(p, &mut out);
    out
}

fn collect_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_pattern(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => collect_inline(i, out),
    }
}

fn collect_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => collect_call(arguments, out),
        ast::InlineExpression::TermReference {
            arguments: Some(a), ..
        } => collect_call(a, out),
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        _ => {}
    }
}

fn collect_call(a: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for p in &a.positional {
        collect_inline(p, out);
    }
    for n in &a.named {
        collect_inline(&n.value, out);
    }
}

/// HTML-escapes text. Control characters, which a page cannot show and which no input file
/// may hold but a Fluent escape such as `{"\u0000"}` can make, become U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s);
    out
}

/// [`escape`], appended to `out`.
pub fn escape_into(out: &mut String, s: &str) {
    let shown = |c: char| !c.is_control() || matches!(c, '\t' | '\n' | '\r');
    if s.chars().all(shown) {
        let _ = pulldown_cmark_escape::escape_html(out, s);
    } else {
        let clean: String = s
            .chars()
            .map(|c| if shown(c) { c } else { '\u{fffd}' })
            .collect();
        let _ = pulldown_cmark_escape::escape_html(out, &clean);
    }
}

/// Turns `` `literal` `` spans of escaped text into `<code>`; a lone backtick stays.
fn code_spans(escaped: &str) -> String {
    literal_spans(escaped, "<code dir=\"ltr\">", "</code>")
}

/// Removes the backticks of literal spans; on right-to-left pages the literal is isolated
/// left to right (U+2066 … U+2069) so that `MAIL FROM:<a@b>` keeps its order.
fn plain_spans(text: &str, rtl: bool) -> String {
    if rtl {
        literal_spans(text, "\u{2066}", "\u{2069}")
    } else {
        literal_spans(text, "", "")
    }
}

/// Replaces the backticks around each `` `literal` `` with `open` and `close`; an empty pair
/// or a lone backtick stays as it is.
fn literal_spans(text: &str, open: &str, close: &str) -> String {
    if !text.contains('`') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let after = &rest[start + 1..];
        match after.find('`') {
            Some(end) if end > 0 => {
                out.push_str(&rest[..start]);
                out.push_str(open);
                out.push_str(&after[..end]);
                out.push_str(close);
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str(&rest[..=start]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where to point at a syntax error. The parser reports an unclosed
/// placeable where it gave up, which can be the start of the next entry or the
/// blank line after the file's end; the reader needs the unfinished line. When
/// the broken entry (`slice`) began on an earlier line than the reported
/// position and nothing but the line's start precedes it, step back to the
/// last character of text before it.
fn error_offset(text: &str, pos: usize, slice: Option<&std::ops::Range<usize>>) -> usize {
    let pos = pos.min(text.len());
    let line_start = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let at_line_start = text[line_start..pos].trim().is_empty();
    let began_earlier = slice.is_some_and(|s| s.start < line_start);
    if at_line_start && began_earlier {
        let trimmed = text[..line_start].trim_end();
        if let Some(last) = trimmed.chars().next_back() {
            return trimmed.len() - last.len_utf8();
        }
    }
    pos
}

fn syntax_help(kind: &fluent_syntax::parser::ErrorKind) -> String {
    let text = kind.to_string();
    if text.contains('}') {
        "a `{` opens a placeable such as `{ $code }`; close it with `}` on the same line, or write `{\"{\"}` for a literal brace".to_owned()
    } else {
        "fix the line; attributes are indented `    .name = text`, continuation lines are indented, and `{` starts a placeable".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(code: &str, dir: Direction) -> Locale {
        Locale {
            code: code.into(),
            name: code.into(),
            dir,
            langid: code.parse().unwrap(),
        }
    }

    fn i18n(en: &str, other: (&str, Direction, &str)) -> (I18n, Diagnostics) {
        let locales = [locale("en", Direction::Ltr), locale(other.0, other.1)];
        let files = vec![
            vec![FtlSource {
                path: "locales/en/ui.ftl".into(),
                text: en.into(),
            }],
            vec![FtlSource {
                path: format!("locales/{}/ui.ftl", other.0).into(),
                text: other.2.into(),
            }],
        ];
        I18n::load(&locales, "en", &files)
    }

    #[test]
    fn missing_messages_fall_back_to_english_and_are_marked() {
        let (i, ds) = i18n(
            "a = Hello\nb = World\n",
            ("tr", Direction::Ltr, "a = Merhaba\n"),
        );
        assert!(ds.is_empty());
        let a = i.format(LocaleId(1), "a", None, &[]).unwrap();
        assert_eq!((a.html.as_str(), a.fallback), ("Merhaba", false));
        let b = i.format(LocaleId(1), "b", None, &[]).unwrap();
        assert_eq!(b.html, "<span lang=\"en\" dir=\"ltr\">World</span>");
        assert!(b.fallback);
        let cov = i.coverage();
        assert_eq!((cov[1].translated, cov[1].total), (1, 2));
        assert_eq!(cov[1].missing, vec!["b".to_owned()]);
    }

    #[test]
    fn text_is_escaped_literals_become_code_and_shown_variables_are_isolated() {
        let (i, _) = i18n(
            "m = <script>x</script> `MAIL FROM` { $code } ok\n",
            ("ar", Direction::Rtl, "m = نص `RCPT TO` { $code }\n"),
        );
        let code = Rich::literal("553");
        let t = i
            .format(LocaleId(0), "m", None, &[("code", Arg::Text(&code))])
            .unwrap();
        assert_eq!(
            t.html,
            "&lt;script&gt;x&lt;/script&gt; <code dir=\"ltr\">MAIL FROM</code> <bdi>553</bdi> ok"
        );
        assert_eq!(t.plain, "<script>x</script> MAIL FROM 553 ok");
        let ar = i
            .format(LocaleId(1), "m", None, &[("code", Arg::Text(&code))])
            .unwrap();
        assert_eq!(ar.plain, "نص \u{2066}RCPT TO\u{2069} \u{2068}553\u{2069}");
    }

    #[test]
    fn plural_categories_follow_cldr_for_each_locale() {
        let msg = "n = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let (i, _) = i18n(msg, ("ar", Direction::Rtl, msg));
        let got: Vec<String> = [0, 1, 2, 3, 11, 100]
            .iter()
            .map(|n| {
                i.format(LocaleId(1), "n", None, &[("n", Arg::Num(*n))])
                    .unwrap()
                    .plain
            })
            .collect();
        assert_eq!(got, ["zero", "one", "two", "few", "many", "other"]);
        let en: Vec<String> = [0, 1, 2]
            .iter()
            .map(|n| {
                i.format(LocaleId(0), "n", None, &[("n", Arg::Num(*n))])
                    .unwrap()
                    .plain
            })
            .collect();
        assert_eq!(en, ["other", "one", "other"]);
    }

    #[test]
    fn different_variables_and_missing_attributes_are_reported_with_their_lines() {
        let en = "x = { $a } and { $b ->\n   *[k] { $c }\n}\n    .fix = Do it\n";
        let (i, _) = i18n(en, ("tr", Direction::Ltr, "\nx = { $a }\n"));
        let text = i.check_against_reference(false).render(false);
        let grouped = i.check_against_reference(true).render(false);
        assert!(
            grouped.contains("locale `tr` lacks 1 message of ui.ftl, shown in `en`: x.fix"),
            "{grouped}"
        );
        assert!(
            text.contains("`x` in locale `tr` uses the variables $a but `en` uses $a, $b, $c"),
            "{text}"
        );
        assert!(text.contains("locales/tr/ui.ftl:2:1"), "{text}");
        assert!(
            text.contains("translate them from locales/en/ui.ftl: x.fix (line 1)"),
            "{text}"
        );
    }

    #[test]
    fn syntax_errors_name_the_file_and_line() {
        let (_, ds) = i18n(
            "a = ok\nb = { oops\n\nc = fine\n",
            ("tr", Direction::Ltr, ""),
        );
        let text = ds.render(false);
        assert!(text.contains("locales/en/ui.ftl:2"), "{text}");
        assert!(text.contains("close it with `}`"), "{text}");
    }

    #[test]
    fn a_syntax_error_at_the_end_of_the_file_points_at_the_last_line() {
        let (_, ds) = i18n("a = ok\nb = { oops\n", ("tr", Direction::Ltr, ""));
        let text = ds.render(false);
        assert!(text.contains("locales/en/ui.ftl:2"), "{text}");
    }

    #[test]
    fn control_characters_a_message_makes_never_reach_the_page() {
        let (i, ds) = i18n(
            "m = a{\"\\u0000\"}b{\"\\u001B\"}[2J\n",
            ("tr", Direction::Ltr, ""),
        );
        assert!(ds.is_empty(), "{ds}");
        let t = i.format(LocaleId(0), "m", None, &[]).unwrap();
        assert_eq!(t.html, "a\u{fffd}b\u{fffd}[2J");
        assert_eq!(t.plain, "a\u{fffd}b\u{fffd}[2J");
    }

    #[test]
    fn a_lone_backtick_is_kept() {
        assert_eq!(code_spans("a ` b"), "a ` b");
        assert_eq!(
            code_spans("`x` and `y`"),
            "<code dir=\"ltr\">x</code> and <code dir=\"ltr\">y</code>"
        );
    }
}
