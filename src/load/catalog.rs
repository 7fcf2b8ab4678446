//! `content/<catalog>/catalog.toml`: a catalog declares its facts, then lists its codes with
//! their values. Nothing here knows any protocol: what a fact means, and every word about it,
//! comes from the catalog itself and its `.ftl` files.
//!
//! The fixed part of the file (label, pattern, sources, facts) is read with serde; the code
//! tables, whose keys are the catalog's own fact ids, are read from toml's span-keeping
//! document tree, so that every problem points at its line and column.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::id::{CodeId, CodeRef};
use crate::load::toml as toml_input;

/// What kind of value a fact holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    /// One of the values the fact declares (`values = [...]`).
    Choice,
    /// A whole number.
    Number,
    /// True or false; a flag applies to a code when it is true.
    Flag,
    /// A list of protocol literals: commands, header names, parameters.
    Literals,
    /// Lines shown as a block, such as an example session.
    Lines,
    /// Links to the texts that define the code, made from the catalog's `sources`.
    References,
    /// Links to codes of this catalog or of another (`catalog = "..."`).
    Codes,
}

impl FactKind {
    /// The name used in catalog.toml and given to templates.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Choice => "choice",
            FactKind::Number => "number",
            FactKind::Flag => "flag",
            FactKind::Literals => "literals",
            FactKind::Lines => "lines",
            FactKind::References => "references",
            FactKind::Codes => "codes",
        }
    }

    /// Whether a value of this kind is a list.
    pub fn is_list(self) -> bool {
        matches!(
            self,
            FactKind::Literals | FactKind::Lines | FactKind::References | FactKind::Codes
        )
    }
}

/// The order of a catalog's codes, and so of its pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// As listed in catalog.toml.
    #[default]
    Listed,
    /// Runs of digits compared as numbers, the rest as text: 5.7.9 before 5.7.10.
    Natural,
}

/// One fact a catalog declares.
#[derive(Debug, Clone)]
pub struct Fact {
    /// Its id (`retry`): a key in each code's table, part of its messages' ids, a Fluent
    /// variable of the sentences that select on it, and its key for templates.
    pub id: String,
    /// What its values are.
    pub kind: FactKind,
    /// Whether comparison pages compare the two codes on it.
    pub compare: bool,
    /// Whether every code must give it.
    pub required: bool,
    /// The declared values of a choice, in order.
    pub values: Vec<String>,
    /// Takes the value from the code itself: the first group of this pattern.
    pub from_code: Option<regex_lite::Regex>,
    /// For links to codes: the catalog they point into, when not this one.
    pub catalog: Option<String>,
    /// Where the fact is declared.
    pub at: Location,
}

/// A reference, with its URL made from the catalog's source pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Link text, from the source's `text` pattern (`RFC 5321 §4.2.3`).
    pub text: String,
    /// Absolute http(s) URL.
    pub url: String,
}

/// A link to a code, as written, and what it leads to once every catalog is known.
#[derive(Debug, Clone)]
pub struct Link {
    /// The code as written.
    pub code: String,
    /// Where it is written.
    pub at: Location,
    /// The code it names; set by validation, which sees every catalog.
    pub target: Option<CodeRef>,
}

/// A code's value of one fact.
#[derive(Debug, Clone)]
pub enum Value {
    /// Not given: the fact does not apply to the code.
    Absent,
    /// Index into the fact's `values`.
    Choice(usize),
    /// A whole number.
    Number(i64),
    /// True or false.
    Flag(bool),
    /// Literals or lines.
    Texts(Vec<String>),
    /// References.
    References(Vec<Reference>),
    /// Links to codes.
    Codes(Vec<Link>),
}

impl Value {
    /// Whether the fact applies to the code: given, a flag that is true, or a list that is
    /// not empty.
    pub fn applies(&self) -> bool {
        match self {
            Value::Absent => false,
            Value::Flag(b) => *b,
            Value::Texts(v) => !v.is_empty(),
            Value::References(v) => !v.is_empty(),
            Value::Codes(v) => !v.is_empty(),
            Value::Choice(_) | Value::Number(_) => true,
        }
    }

    /// The number of items of a list value (1 for a single value, 0 when it does not apply).
    pub fn len(&self) -> usize {
        match self {
            Value::Texts(v) => v.len(),
            Value::References(v) => v.len(),
            Value::Codes(v) => v.len(),
            other => usize::from(other.applies()),
        }
    }

    /// Whether the value has no item ([`Value::len`] is 0).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items of a list value as keys to compare two lists by.
    pub fn item_keys(&self) -> Vec<&str> {
        match self {
            Value::Texts(v) => v.iter().map(String::as_str).collect(),
            Value::References(v) => v.iter().map(|r| r.url.as_str()).collect(),
            Value::Codes(v) => v.iter().map(|l| l.code.as_str()).collect(),
            _ => Vec::new(),
        }
    }

    /// Whether two values of the same fact are equal (list items compared in any order).
    pub fn same_as(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Choice(a), Value::Choice(b)) => a == b,
            (Value::Number(a), Value::Number(b)) => a == b,
            (Value::Flag(a), Value::Flag(b)) => a == b,
            (Value::Absent, Value::Absent) => true,
            _ => {
                let (mut a, mut b) = (self.item_keys(), other.item_keys());
                a.sort_unstable();
                b.sort_unstable();
                a == b
            }
        }
    }
}

/// One code and its values, one per fact of its catalog, in the order of the facts.
#[derive(Debug, Clone)]
pub struct Code {
    /// The code as written (`553`, `5.7.1`, `0x1F`).
    pub code: String,
    /// Its URL segment and the end of its message id ([`slug`]).
    pub slug: String,
    /// Its value of each fact of the catalog.
    pub values: Vec<Value>,
    /// Where its `code = ...` line is.
    pub at: Location,
}

/// A validated catalog.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Its folder's name: its URL segment, and the start of its message ids (`smtp`).
    pub id: String,
    /// The protocol's name, shown as a literal in titles (`SMTP`).
    pub label: String,
    /// Its facts, in the order declared.
    pub facts: Vec<Fact>,
    /// Its codes, in the catalog's order.
    pub codes: Vec<Code>,
    /// The choice fact that groups the codes on the catalog's index.
    pub group_by: Option<usize>,
    /// catalog.toml, relative to the site's root.
    pub file: PathBuf,
}

impl Catalog {
    /// Every pair of codes, each once, the earlier code (in the catalog's order) first.
    pub fn pairs(&self) -> impl Iterator<Item = (CodeId, CodeId)> + '_ {
        let n = self.codes.len() as u32;
        (0..n).flat_map(move |a| (a + 1..n).map(move |b| (CodeId(a), CodeId(b))))
    }

    /// The code at `id`.
    pub fn code(&self, id: CodeId) -> &Code {
        &self.codes[id.index()]
    }

    /// The position of a fact, by id.
    pub fn fact(&self, id: &str) -> Option<usize> {
        self.facts.iter().position(|f| f.id == id)
    }

    /// A message id of this catalog: `<catalog>-<rest>`.
    pub fn message(&self, rest: &str) -> String {
        format!("{}-{rest}", self.id)
    }
}

/// The URL segment of a code, also the end of its message id: the code in lower case, with
/// each run of characters other than `a`-`z` and `0`-`9` turned into one `-`, and none at
/// either end (`5.7.1` gives `5-7-1`, `0x1F` gives `0x1f`).
pub fn slug(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for c in code.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Natural order: runs of digits compare as numbers, everything else as text.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    fn runs(s: &str) -> impl Iterator<Item = (bool, &str)> {
        let mut rest = s;
        std::iter::from_fn(move || {
            let first = rest.chars().next()?;
            let digits = first.is_ascii_digit();
            let end = rest
                .find(|c: char| c.is_ascii_digit() != digits)
                .unwrap_or(rest.len());
            let (run, after) = rest.split_at(end);
            rest = after;
            Some((digits, run))
        })
    }
    let (mut x, mut y) = (runs(a), runs(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some((true, p)), Some((true, q))) => {
                let (p, q) = (p.trim_start_matches('0'), q.trim_start_matches('0'));
                let o = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
                if o != Ordering::Equal {
                    return o;
                }
            }
            (Some((_, p)), Some((_, q))) => {
                if p != q {
                    return p.cmp(q);
                }
            }
        }
    }
}

/// An id of a catalog folder, fact or value: lowercase ASCII, the first a letter.
pub fn is_plain_id(s: &str, extra: &[char]) -> bool {
    s.len() <= 64
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || extra.contains(&c))
}

/// A value of a choice: a plain id, or a whole number (which Fluent selects with `[2]`).
fn is_value_id(s: &str) -> bool {
    (!s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_digit()))
        || is_plain_id(s, &['-', '_'])
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    label: Spanned<String>,
    code_pattern: Spanned<String>,
    #[serde(default)]
    order: Order,
    #[serde(default)]
    group_by: Option<Spanned<String>>,
    #[serde(default)]
    sources: BTreeMap<Spanned<String>, RawSource>,
    #[serde(default)]
    facts: Vec<RawFact>,
    /// Read again below from the span-keeping tree; here only so that serde accepts it.
    #[serde(default)]
    #[allow(dead_code)]
    codes: serde::de::IgnoredAny,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    url: Spanned<String>,
    #[serde(default)]
    url_whole: Option<Spanned<String>>,
    text: String,
    #[serde(default)]
    text_whole: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: Spanned<String>,
    kind: Spanned<FactKind>,
    #[serde(default)]
    values: Option<Spanned<Vec<Spanned<RawScalar>>>>,
    #[serde(default)]
    compare: Option<Spanned<bool>>,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    from_code: Option<Spanned<String>>,
    #[serde(default)]
    catalog: Option<Spanned<String>>,
}

/// A value written as a string or a whole number (`"2"` or `2`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawScalar {
    Text(String),
    Number(i64),
}

impl RawScalar {
    fn to_text(&self) -> String {
        match self {
            RawScalar::Text(s) => s.clone(),
            RawScalar::Number(n) => n.to_string(),
        }
    }
}

/// A source of references, with its URL and text patterns.
#[derive(Debug)]
pub(super) struct Source {
    url: String,
    url_whole: Option<String>,
    text: String,
    text_whole: Option<String>,
}

impl Source {
    pub(super) fn needs_section(&self) -> bool {
        self.url.contains("{section}") && self.url_whole.is_none()
    }

    pub(super) fn make(&self, id: &str, section: Option<&str>) -> Reference {
        let fill = |pattern: &str, encode: bool| {
            let (id, section) = if encode {
                (percent(id), percent(section.unwrap_or("")))
            } else {
                (id.to_owned(), section.unwrap_or("").to_owned())
            };
            pattern.replace("{id}", &id).replace("{section}", &section)
        };
        let (url, text) = match section {
            Some(_) => (&self.url, &self.text),
            None => (
                self.url_whole.as_ref().unwrap_or(&self.url),
                self.text_whole.as_ref().unwrap_or(&self.text),
            ),
        };
        Reference {
            text: fill(text, false),
            url: fill(url, true),
        }
    }
}

/// Percent-encodes what a URL path or fragment may not hold as it is.
fn percent(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// Checks that a URL pattern gives an absolute http(s) URL.
fn check_url_pattern(pattern: &str) -> Result<(), String> {
    let sample = pattern.replace("{id}", "1").replace("{section}", "1");
    match url::Url::parse(&sample) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => Ok(()),
        Ok(u) => Err(format!("a `{}:` URL", u.scheme())),
        Err(e) => Err(e.to_string()),
    }
}

/// Reads one catalog.toml; `id` is its folder's name and `file` its path for diagnostics.
pub fn parse(id: &str, file: &Path, source: &str) -> Result<Catalog, Diagnostics> {
    let mut ds = Diagnostics::new();
    let raw: RawCatalog = match toml_input::parse_all(
        file,
        source,
        &[
            ("", &["label", "code_pattern"]),
            ("facts[]", &["id", "kind"]),
            ("sources.*", &["url", "text"]),
        ],
    ) {
        Ok(r) => r,
        Err(all) => {
            all.into_iter().for_each(|d| ds.push(d));
            return Err(ds);
        }
    };
    let at = |span: Range<usize>| toml_input::location(file, source, span);

    if raw.label.get_ref().trim().is_empty() {
        ds.push(
            Diagnostic::error(at(raw.label.span()), "the catalog's label is empty")
                .with_help("write the protocol's name as it is shown in titles, such as \"HTTP\""),
        );
    }
    let pattern = match regex_lite::Regex::new(raw.code_pattern.get_ref()) {
        Ok(p) => Some(p),
        Err(e) => {
            ds.push(
                Diagnostic::error(
                    at(raw.code_pattern.span()),
                    format!("code_pattern is not a valid regular expression: {e}"),
                )
                .with_help("write an anchored pattern such as \"^[1-5][0-9]{2}$\""),
            );
            None
        }
    };

    let mut sources: HashMap<String, Source> = HashMap::new();
    for (name, s) in raw.sources {
        let mut ok = true;
        if !is_plain_id(name.get_ref(), &['_']) {
            ds.push(
                Diagnostic::error(
                    at(name.span()),
                    format!("source name `{}` is not a plain name", name.get_ref()),
                )
                .with_help("use lowercase letters, digits and `_`, starting with a letter"),
            );
            ok = false;
        }
        for pattern in [Some(&s.url), s.url_whole.as_ref()].into_iter().flatten() {
            if let Err(what) = check_url_pattern(pattern.get_ref()) {
                ds.push(
                    Diagnostic::error(
                        at(pattern.span()),
                        format!("this URL pattern does not give an absolute http(s) URL: {what}"),
                    )
                    .with_help(
                        "write a pattern such as \"https://specs.example/{id}#section-{section}\"",
                    ),
                );
                ok = false;
            }
        }
        if !s.url.get_ref().contains("{id}") {
            ds.push(
                Diagnostic::error(at(s.url.span()), "this URL pattern has no `{id}`")
                    .with_help("put `{id}` where the reference's id goes, and `{section}` where its section goes"),
            );
            ok = false;
        }
        // Kept even when it has errors, which stop the build anyway: references to it are
        // then read without reporting it unknown as well.
        let _ = ok;
        {
            sources.insert(
                name.into_inner(),
                Source {
                    url: s.url.into_inner(),
                    url_whole: s.url_whole.map(Spanned::into_inner),
                    text: s.text,
                    text_whole: s.text_whole,
                },
            );
        }
    }

    let facts = parse_facts(raw.facts, &at, &mut ds);
    let group_by = raw.group_by.as_ref().and_then(|g| {
        let found = facts.iter().position(|f| f.id == *g.get_ref());
        match found {
            Some(i) if facts[i].kind == FactKind::Choice => Some(i),
            _ => {
                let choices: Vec<&str> = facts
                    .iter()
                    .filter(|f| f.kind == FactKind::Choice)
                    .map(|f| f.id.as_str())
                    .collect();
                ds.push(
                    Diagnostic::error(
                        at(g.span()),
                        format!(
                            "group_by `{}` is not a choice fact of this catalog",
                            g.get_ref()
                        ),
                    )
                    .with_help(if choices.is_empty() {
                        "declare a fact of kind \"choice\", or remove group_by".to_owned()
                    } else {
                        format!("name one of: {}", choices.join(", "))
                    }),
                );
                None
            }
        }
    });

    // The codes, from the tree that keeps every span.
    let tree = match DeTable::parse(source) {
        Ok(t) => t,
        Err(e) => {
            // serde read the same text without error, so this cannot happen; say so plainly.
            ds.push(Diagnostic::error(
                Location::file(file),
                e.message().to_owned(),
            ));
            return Err(ds);
        }
    };
    let code_tables: Vec<&Spanned<DeValue>> = match tree.get_ref().get("codes") {
        Some(v) => match v.get_ref() {
            DeValue::Array(a) => a.iter().collect(),
            _ => {
                ds.push(
                    Diagnostic::error(at(v.span()), "`codes` must be a list of [[codes]] tables")
                        .with_help("write each code as a table headed [[codes]]"),
                );
                Vec::new()
            }
        },
        None => Vec::new(),
    };
    if code_tables.is_empty() && !ds.has_errors() {
        ds.push(
            Diagnostic::error(Location::file(file), "the catalog has no codes").with_help(
                "add a [[codes]] table for each code, with `code = \"...\"` and its facts",
            ),
        );
    }
    let reader = super::codes::CodeReader {
        facts: &facts,
        sources: &sources,
        pattern: pattern.as_ref(),
        pattern_text: raw.code_pattern.get_ref(),
        at: &at,
    };
    let mut codes: Vec<Code> = Vec::with_capacity(code_tables.len());
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    for table in code_tables {
        let Some(code) = reader.read(table, &mut ds) else {
            continue;
        };
        match seen.get(&code.slug) {
            Some((other, line)) if *other == code.code => ds.push(
                Diagnostic::error(code.at.clone(), format!("code `{}` is listed twice", code.code))
                    .with_help(format!("remove this entry or the one on line {line}")),
            ),
            Some((other, line)) => ds.push(
                Diagnostic::error(
                    code.at.clone(),
                    format!(
                        "codes `{}` and `{other}` (line {line}) would share the URL segment `{}`",
                        code.code, code.slug
                    ),
                )
                .with_help("a code's URL segment is the code in lower case with other characters turned into `-`; rename one of them"),
            ),
            None => {
                seen.insert(code.slug.clone(), (code.code.clone(), code.at.line));
                codes.push(code);
            }
        }
    }
    if ds.has_errors() {
        return Err(ds);
    }
    if raw.order == Order::Natural {
        codes.sort_by(|a, b| natural_cmp(&a.code, &b.code));
    }
    Ok(Catalog {
        id: id.to_owned(),
        label: raw.label.into_inner(),
        facts,
        codes,
        group_by,
        file: file.to_path_buf(),
    })
}

/// Reads the `[[facts]]` tables.
fn parse_facts(
    raw: Vec<RawFact>,
    at: &impl Fn(Range<usize>) -> Location,
    ds: &mut Diagnostics,
) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::with_capacity(raw.len());
    for rf in raw {
        let id = rf.id.get_ref().clone();
        let kind = *rf.kind.get_ref();
        let id_at = at(rf.id.span());
        let mut ok = true;
        let mut error = |span: Range<usize>, message: String, help: &str| {
            ds.push(Diagnostic::error(at(span), message).with_help(help));
            ok = false;
        };
        if !is_plain_id(&id, &['_']) || id == "code" {
            error(
                rf.id.span(),
                format!("fact id `{id}` cannot be used"),
                "use lowercase letters, digits and `_`, starting with a letter; `code` is taken by the code itself",
            );
        } else if facts.iter().any(|f| f.id == id) {
            error(
                rf.id.span(),
                format!("fact `{id}` is declared twice"),
                "give each fact its own id",
            );
        }
        let mut values = Vec::new();
        match (&rf.values, kind) {
            (Some(v), FactKind::Choice) => {
                if v.get_ref().is_empty() {
                    error(
                        v.span(),
                        format!("choice `{id}` declares no values"),
                        "list the values a code may take, such as values = [\"later\", \"never\"]",
                    );
                }
                for value in v.get_ref() {
                    let text = value.get_ref().to_text();
                    if text == "none" || !is_value_id(&text) {
                        error(
                            value.span(),
                            format!("`{text}` cannot be a value of `{id}`"),
                            "a value is lowercase letters, digits, `-` and `_` starting with a letter, or a whole number; `none` is kept for codes the fact does not apply to",
                        );
                    } else if values.contains(&text) {
                        error(
                            value.span(),
                            format!("value `{text}` is listed twice"),
                            "list each value once",
                        );
                    } else {
                        values.push(text);
                    }
                }
            }
            (None, FactKind::Choice) => error(
                rf.kind.span(),
                format!("choice `{id}` has no `values`"),
                "add values = [...] listing the values a code may take",
            ),
            (Some(v), _) => error(
                v.span(),
                format!("only a choice has `values`; `{id}` is a {}", kind.as_str()),
                "remove `values`, or make the fact a choice",
            ),
            (None, _) => {}
        }
        let from_code = match &rf.from_code {
            Some(p) if matches!(kind, FactKind::Choice | FactKind::Number) => {
                match regex_lite::Regex::new(p.get_ref()) {
                    Ok(r) if r.captures_len() == 2 => Some(r),
                    Ok(_) => {
                        error(
                            p.span(),
                            "from_code needs exactly one group `( )`".to_owned(),
                            "put the part of the code that is the value in parentheses, such as \"^(.)\" for the first character",
                        );
                        None
                    }
                    Err(e) => {
                        error(
                            p.span(),
                            format!("from_code is not a valid regular expression: {e}"),
                            "write a pattern with one group, such as \"^(.)\"",
                        );
                        None
                    }
                }
            }
            Some(p) => {
                error(
                    p.span(),
                    format!(
                        "from_code only gives a choice or a number; `{id}` is a {}",
                        kind.as_str()
                    ),
                    "remove from_code",
                );
                None
            }
            None => None,
        };
        if let Some(c) = &rf.catalog {
            if kind != FactKind::Codes {
                error(
                    c.span(),
                    format!(
                        "only links to codes name a catalog; `{id}` is a {}",
                        kind.as_str()
                    ),
                    "remove `catalog`, or make the fact of kind \"codes\"",
                );
            }
        }
        if let Some(c) = &rf.compare {
            if *c.get_ref() && kind == FactKind::Lines {
                error(
                    c.span(),
                    format!("`{id}` holds lines, which pages show but do not compare"),
                    "remove `compare`, or make the fact of kind \"literals\"",
                );
            }
        }
        if ok {
            facts.push(Fact {
                id,
                kind,
                compare: rf.compare.is_some_and(|c| *c.get_ref()),
                required: rf.required,
                values,
                from_code,
                catalog: rf.catalog.map(Spanned::into_inner),
                at: id_at,
            });
        }
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = r#"
label = "HTTP"
code_pattern = "^[1-5][0-9]{2}$"

[sources.rfc]
url = "https://www.rfc-editor.org/rfc/rfc{id}#section-{section}"
url_whole = "https://www.rfc-editor.org/rfc/rfc{id}"
text = "RFC {id} §{section}"
text_whole = "RFC {id}"

[[facts]]
id = "class"
kind = "choice"
values = ["1", "2", "3", "4", "5"]
from_code = "^(.)"
compare = true

[[facts]]
id = "cacheable"
kind = "flag"
compare = true

[[facts]]
id = "headers"
kind = "literals"

[[facts]]
id = "defined_in"
kind = "references"

[[facts]]
id = "related"
kind = "codes"
"#;

    fn parse_str(codes: &str) -> Result<Catalog, Diagnostics> {
        parse("http", Path::new("c.toml"), &format!("{HEAD}{codes}"))
    }

    #[test]
    fn facts_and_values_are_read_as_the_catalog_declares_them() {
        let c = parse_str(
            "[[codes]]\ncode = \"404\"\ncacheable = true\nheaders = [\"Retry-After\"]\ndefined_in = [{ rfc = 9110, section = \"15.5.5\" }, { rfc = \"9111\" }]\nrelated = [\"410\"]\n\n[[codes]]\ncode = \"410\"\n",
        )
        .unwrap();
        let not_found = &c.codes[0];
        assert!(matches!(not_found.values[0], Value::Choice(3)));
        assert!(not_found.values[1].applies());
        let Value::References(refs) = &not_found.values[3] else {
            panic!()
        };
        assert_eq!(
            refs[0].url,
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
        );
        assert_eq!(refs[0].text, "RFC 9110 §15.5.5");
        assert_eq!(refs[1].url, "https://www.rfc-editor.org/rfc/rfc9111");
        assert_eq!(refs[1].text, "RFC 9111");
        let gone = &c.codes[1];
        assert!(!gone.values[1].applies(), "a flag left out is false");
        assert!(!gone.values[2].applies(), "a list left out is empty");
    }

    #[test]
    fn unknown_facts_values_and_sources_are_reported_with_a_suggestion() {
        let text = parse_str(
            "[[codes]]\ncode = \"404\"\ncachable = true\ndefined_in = [{ rcf = 9110 }]\n[[codes]]\ncode = \"40x\"\n",
        )
        .unwrap_err()
        .render(false);
        assert!(
            text.contains("`cachable` is not a fact of this catalog"),
            "{text}"
        );
        assert!(text.contains("did you mean `cacheable`?"), "{text}");
        assert!(
            text.contains("`rcf` is not a source of this catalog"),
            "{text}"
        );
        assert!(text.contains("did you mean `rfc`?"), "{text}");
        assert!(text.contains("code `40x` does not match"), "{text}");
        assert!(text.contains("c.toml:36:1"), "{text}");
    }

    #[test]
    fn every_missing_field_of_facts_and_sources_is_reported_in_one_pass() {
        let src = "label = \"X\"\n[sources.rfc]\nurl = \"https://x.example/{id}\"\n[[facts]]\nid = \"a\"\n[[facts]]\nkind = \"flag\"\n";
        let text = parse("x", Path::new("c.toml"), src)
            .unwrap_err()
            .render(false);
        for (want, at) in [
            ("the file has no `code_pattern`", "--> c.toml\n"),
            ("this `[sources.rfc]` table has no `text`", "c.toml:2:1"),
            ("this `[[facts]]` table has no `kind`", "c.toml:4:1"),
            ("this `[[facts]]` table has no `id`", "c.toml:6:1"),
        ] {
            assert!(text.contains(want), "{want}: {text}");
            assert!(text.contains(at), "{at}: {text}");
        }
    }

    #[test]
    fn a_catalog_without_codes_is_an_error_not_a_crash() {
        let text = parse_str("").unwrap_err().render(false);
        assert!(text.contains("the catalog has no codes"), "{text}");
    }

    #[test]
    fn codes_of_any_shape_get_a_plain_slug_and_collisions_are_refused() {
        assert_eq!(slug("5.7.1"), "5-7-1");
        assert_eq!(slug("0x1F"), "0x1f");
        assert_eq!(slug("X-Custom Header!"), "x-custom-header");
        let text = parse(
            "e",
            Path::new("c.toml"),
            "label = \"E\"\ncode_pattern = \".\"\n[[codes]]\ncode = \"A.1\"\n[[codes]]\ncode = \"a-1\"\n",
        )
        .unwrap_err()
        .render(false);
        assert!(text.contains("would share the URL segment `a-1`"), "{text}");
    }

    #[test]
    fn natural_order_puts_numbers_in_numeric_order() {
        let mut v = vec!["5.7.10", "5.7.9", "4.2.0", "5.10.1", "5.7.1"];
        v.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(v, ["4.2.0", "5.7.1", "5.7.9", "5.7.10", "5.10.1"]);
    }

    #[test]
    fn source_patterns_must_give_http_urls() {
        let text = parse(
            "e",
            Path::new("c.toml"),
            "label = \"E\"\ncode_pattern = \".\"\n[sources.x]\nurl = \"javascript:alert({id})\"\ntext = \"x\"\n[[codes]]\ncode = \"1\"\n",
        )
        .unwrap_err()
        .render(false);
        assert!(
            text.contains("does not give an absolute http(s) URL"),
            "{text}"
        );
    }
}
