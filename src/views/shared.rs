//! What many pages share, made once per build: each locale's chrome, each catalog's texts,
//! and each code's texts and facts in each locale, as Tera values that pages clone by
//! reference count.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::Serialize;
use tera::Value;

use super::{Html, fmt};
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::{Arg, I18n, Rich, Text};
use crate::id::{CatalogId, CodeId, CodeRef, LocaleId};
use crate::load::catalog::{Catalog, Code, Value as FactValue};
use crate::markdown;
use crate::plan::{Page, PageKind, Plan};
use crate::validate::{Site, UI_MESSAGES};

/// What every page of every locale shares.
pub struct Shared {
    /// Per locale, in site order.
    pub locales: Vec<LocaleShared>,
}

/// What every page of one locale shares.
pub struct LocaleShared {
    /// `site`: the site's title and its name in this language.
    pub site: Value,
    /// `ui`: every chrome message without variables, as HTML.
    pub ui: Value,
    /// `ui_text`: the same as plain text.
    pub ui_text: Value,
    /// The site's name as plain text (JSON-LD).
    pub site_name: String,
    /// The first breadcrumb.
    pub nav_home: Html,
    /// What joins the items of a list inside a sentence.
    pub list_join: String,
    /// The Markdown pages in this language (or the default one, marked as such).
    pub prose: Vec<markdown::Rendered>,
    /// Per Markdown page, whether it is shown in the default language for want of a version.
    pub prose_fallback: Vec<bool>,
    /// Per catalog.
    pub catalogs: Vec<CatalogShared>,
}

/// What every page of one catalog in one locale shares.
pub struct CatalogShared {
    /// `catalog`: its id, label, name, introduction and number of codes.
    pub value: Value,
    /// Its name.
    pub name: Text,
    /// Its introduction.
    pub intro: Text,
    /// Its label as shown text (a literal).
    pub label: Rich,
    /// Per fact, its name.
    pub fact_names: Vec<Text>,
    /// Per code.
    pub codes: Vec<CodeShared>,
}

/// One code of one catalog in one locale.
pub struct CodeShared {
    /// Which code it is.
    pub id: CodeId,
    /// `code` on its page, `a` and `b` on pair pages: see `CodeView`.
    pub value: Value,
    /// Its facts, the values inside `value.facts`.
    pub facts: Vec<Value>,
    /// The code as a literal.
    pub code: Rich,
    /// Its name.
    pub name: Rich,
    /// Its description's start, for meta descriptions and the catalog index.
    pub summary: String,
    /// Its description as plain text, for the find script.
    pub description_text: String,
    /// Per fact: the key sentences select on.
    pub keys: Vec<Key>,
    /// Per fact: its value's label, as shown text.
    pub labels: Vec<Rich>,
    /// Per list fact: each item, as shown text.
    pub items: Vec<Vec<Rich>>,
    /// Codes of the same catalog its links name, in order: the comparisons its pair pages
    /// suggest.
    pub related: Vec<CodeId>,
}

/// A fact's value as a Fluent selector sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    /// A keyword: a choice's value, `yes` or `no` for a flag, `none` when it does not apply.
    Word(String),
    /// A number: a number fact, a choice value that is a whole number, a list's length.
    Num(i64),
}

impl Key {
    /// As a Fluent argument.
    pub fn arg(&self) -> Arg<'_> {
        match self {
            Key::Word(w) => Arg::Key(w),
            Key::Num(n) => Arg::Num(*n),
        }
    }

    fn of(cat: &Catalog, fact: usize, v: &FactValue) -> Key {
        match v {
            FactValue::Absent => Key::Word("none".into()),
            FactValue::Choice(i) => {
                let value = &cat.facts[fact].values[*i];
                match value.parse() {
                    Ok(n) => Key::Num(n),
                    Err(_) => Key::Word(value.clone()),
                }
            }
            FactValue::Number(n) => Key::Num(*n),
            FactValue::Flag(b) => Key::Word(if *b { "yes" } else { "no" }.into()),
            list => Key::Num(list.len() as i64),
        }
    }
}

/// One fact of one code, as templates see it.
#[derive(Serialize)]
pub struct FactView<'a> {
    /// The fact's id.
    pub id: &'a str,
    /// Its kind: `choice`, `number`, `flag`, `literals`, `lines`, `references` or `codes`.
    pub kind: &'static str,
    /// Its name.
    pub name_html: Html,
    /// Its name as plain text.
    pub name_text: String,
    /// The fact's note (its `.note`), shown beside it; may be empty.
    pub note_html: Html,
    /// Whether it applies to the code: given, true, or a list that is not empty.
    pub applies: bool,
    /// The raw value: a choice's value id, a number, true or false, or a list of texts
    /// (literals, lines, reference URLs, codes); null when it does not apply.
    pub value: RawValue<'a>,
    /// The value in words: a choice's name, a number, "yes" or "no", or the list's items
    /// joined; empty when a choice or number does not apply.
    pub label_html: Html,
    /// The same as plain text.
    pub label_text: String,
    /// What a choice's value means (its `.about`); may be empty.
    pub about_html: Html,
    /// What to say when the fact does not apply (the fact's `.none`); may be empty.
    pub none_html: Html,
    /// A list's items.
    pub items: Vec<Item>,
}

/// A raw fact value.
#[derive(Serialize)]
#[serde(untagged)]
pub enum RawValue<'a> {
    /// Does not apply.
    Null(Option<()>),
    /// A choice's value id.
    Text(&'a str),
    /// A number.
    Number(i64),
    /// A flag.
    Flag(bool),
    /// A list.
    List(Vec<&'a str>),
}

/// One item of a list fact.
#[derive(Serialize)]
pub struct Item {
    /// The literal, line, reference text or code.
    pub text: String,
    /// Its link: a reference's URL, a code's page; empty for literals and lines.
    pub href: String,
    /// For a code, its name.
    pub name_html: Html,
}

/// A code's texts and facts in one locale, as templates see it (`code`, `a`, `b`).
#[derive(Serialize)]
struct CodeView<'a> {
    code: &'a str,
    slug: &'a str,
    name_html: Html,
    name_text: &'a str,
    description_html: Html,
    when_html: Html,
    fix_html: Html,
    summary: &'a str,
    href: String,
    guide_html: Html,
    facts: Vec<Value>,
    fact: BTreeMap<&'a str, Value>,
}

impl Shared {
    /// Formats and shares what pages have in common. Every problem is reported, in locale
    /// order.
    pub fn new(site: &Site, plan: &Plan) -> Result<Shared, Diagnostics> {
        let built: Vec<Result<LocaleShared, Diagnostics>> = site
            .config
            .locale_ids()
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|l| locale_shared(site, plan, l))
            .collect();
        let mut ds = Diagnostics::new();
        let mut locales = Vec::with_capacity(built.len());
        for b in built {
            match b {
                Ok(s) => locales.push(s),
                Err(d) => ds.extend(d),
            }
        }
        if ds.has_errors() {
            return Err(ds);
        }
        Ok(Shared { locales })
    }
}

fn locale_shared(site: &Site, plan: &Plan, l: LocaleId) -> Result<LocaleShared, Diagnostics> {
    let i18n = &site.i18n;
    let mut ds = Diagnostics::new();
    let mut ui = BTreeMap::new();
    let mut ui_text = BTreeMap::new();
    for (id, vars) in UI_MESSAGES {
        if vars.is_empty() {
            match fmt(i18n, l, id, None, &[]) {
                Ok(t) => {
                    ui.insert(id.replace('-', "_"), Value::safe_string(&t.html));
                    ui_text.insert(id.replace('-', "_"), Value::from(t.plain));
                }
                Err(d) => ds.push(d),
            }
        }
    }
    let text = |key: &str| {
        ui_text
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let site_name = text("site_name");
    let list_join = text("list_join");
    let nav_home = Html(
        ui.get("nav_home")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned(),
    );
    #[derive(Serialize)]
    struct SiteView<'a> {
        title: &'a str,
        name: &'a str,
        name_html: Html,
        tagline: String,
    }
    let site_value = Value::from_serializable(&SiteView {
        title: &site.config.title,
        name: &site_name,
        name_html: Html(
            ui.get("site_name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
        ),
        tagline: text("site_tagline"),
    });
    let reference = site.config.default_id();
    let mut prose = Vec::new();
    let mut prose_fallback = Vec::new();
    for p in &site.prose {
        let (text, fallback) = match &p.by_locale[l.index()] {
            Some((_, t)) => (t, false),
            None => (
                &p.by_locale[reference.index()]
                    .as_ref()
                    .expect("checked at load")
                    .1,
                true,
            ),
        };
        prose.push(markdown::render(text));
        prose_fallback.push(fallback);
    }
    let mut catalogs = Vec::with_capacity(site.catalogs.len());
    for c in CatalogId::all(site.catalogs.len()) {
        match catalog_shared(site, plan, l, c, &list_join) {
            Ok(cs) => catalogs.push(cs),
            Err(d) => ds.extend(d),
        }
    }
    if ds.has_errors() {
        return Err(ds);
    }
    Ok(LocaleShared {
        site: site_value,
        ui: Value::from_serializable(&ui),
        ui_text: Value::from_serializable(&ui_text),
        site_name,
        nav_home,
        list_join,
        prose,
        prose_fallback,
        catalogs,
    })
}

fn catalog_shared(
    site: &Site,
    plan: &Plan,
    l: LocaleId,
    c: CatalogId,
    list_join: &str,
) -> Result<CatalogShared, Diagnostics> {
    let i18n = &site.i18n;
    let cat = site.catalog(c);
    let mut ds = Diagnostics::new();
    let mut get = |id: String| match fmt(i18n, l, &id, None, &[]) {
        Ok(t) => t,
        Err(d) => {
            ds.push(d);
            Text::default()
        }
    };
    let name = get(cat.message("name"));
    let intro = get(cat.message("intro"));
    let fact_names: Vec<Text> = cat.facts.iter().map(|f| get(cat.message(&f.id))).collect();
    // Codes on the pages of a code's depth (its own page and pair pages) link the same way.
    let any_code_page = Page::new(
        PageKind::Code(CodeRef {
            catalog: c,
            code: CodeId(0),
        }),
        l,
    );
    let codes: Vec<Result<CodeShared, Diagnostic>> = CodeId::all(cat.codes.len())
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|code| code_shared(site, plan, l, c, code, &any_code_page, list_join))
        .collect();
    let mut shared_codes = Vec::with_capacity(codes.len());
    for r in codes {
        match r {
            Ok(s) => shared_codes.push(s),
            Err(d) => ds.push(d),
        }
    }
    if ds.has_errors() {
        return Err(ds);
    }
    #[derive(Serialize)]
    struct CatalogView<'a> {
        id: &'a str,
        label: &'a str,
        name_html: Html,
        name_text: &'a str,
        intro_html: Html,
        intro_text: &'a str,
        count: usize,
    }
    let value = Value::from_serializable(&CatalogView {
        id: &cat.id,
        label: &cat.label,
        name_html: Html(name.html.clone()),
        name_text: &name.plain,
        intro_html: Html(intro.html.clone()),
        intro_text: &intro.plain,
        count: cat.codes.len(),
    });
    Ok(CatalogShared {
        value,
        label: Rich::literal(&cat.label),
        name,
        intro,
        fact_names,
        codes: shared_codes,
    })
}

/// The codes of the same catalog that a code's links name, in order, each once.
fn related(code: &Code, own: CatalogId) -> Vec<CodeId> {
    let mut v = Vec::new();
    for value in &code.values {
        if let FactValue::Codes(links) = value {
            for to in links.iter().filter_map(|l| l.target) {
                if to.catalog == own && !v.contains(&to.code) {
                    v.push(to.code);
                }
            }
        }
    }
    v
}

fn code_shared(
    site: &Site,
    plan: &Plan,
    l: LocaleId,
    c: CatalogId,
    id: CodeId,
    from: &Page,
    list_join: &str,
) -> Result<CodeShared, Diagnostic> {
    let i18n = &site.i18n;
    let cat = site.catalog(c);
    let code = cat.code(id);
    let msg = cat.message(&code.slug);
    let name = fmt(i18n, l, &msg, None, &[])?;
    let description = fmt(i18n, l, &msg, Some("description"), &[])?;
    let when = fmt(i18n, l, &msg, Some("when"), &[])?;
    let fix = fmt(i18n, l, &msg, Some("fix"), &[])?;
    let code_rich = Rich::literal(&code.code);
    let name_rich = Rich::from(&name);
    let keys: Vec<Key> = code
        .values
        .iter()
        .enumerate()
        .map(|(f, v)| Key::of(cat, f, v))
        .collect();
    let mut fact_views = Vec::with_capacity(cat.facts.len());
    let mut labels = Vec::with_capacity(cat.facts.len());
    let mut items = Vec::with_capacity(cat.facts.len());
    for f in 0..cat.facts.len() {
        let (view, label, its_items) = fact_view(site, plan, l, cat, code, f, from, list_join)?;
        fact_views.push(Value::from_serializable(&view));
        labels.push(label);
        items.push(its_items);
    }
    let mut args: Vec<(&str, Arg<'_>)> = vec![
        ("code", Arg::Text(&code_rich)),
        ("name", Arg::Text(&name_rich)),
    ];
    args.extend(
        cat.facts
            .iter()
            .zip(&keys)
            .map(|(f, k)| (f.id.as_str(), k.arg())),
    );
    let guide = fmt(i18n, l, &cat.message("guide-line"), None, &args)?;
    let summary = super::summarize(&description.plain, super::SUMMARY_CHARS).into_owned();
    let view = CodeView {
        code: &code.code,
        slug: &code.slug,
        name_html: Html(name.html.clone()),
        name_text: &name.plain,
        description_html: Html(description.html.clone()),
        when_html: Html(when.html),
        fix_html: Html(fix.html),
        summary: &summary,
        href: plan.href(
            from,
            &Page::new(
                PageKind::Code(CodeRef {
                    catalog: c,
                    code: id,
                }),
                l,
            ),
        ),
        guide_html: Html(guide.html),
        fact: cat
            .facts
            .iter()
            .map(|f| f.id.as_str())
            .zip(fact_views.iter().cloned())
            .collect(),
        facts: fact_views.clone(),
    };
    Ok(CodeShared {
        id,
        value: Value::from_serializable(&view),
        facts: fact_views,
        code: code_rich,
        name: name_rich,
        summary,
        description_text: description.plain,
        keys,
        labels,
        items,
        related: related(code, c),
    })
}

/// One fact of one code, for a page at `from`'s depth: its view, its label as shown text,
/// and a list's items as shown texts.
#[allow(clippy::too_many_arguments)]
pub fn fact_view<'a>(
    site: &Site,
    plan: &Plan,
    l: LocaleId,
    cat: &'a Catalog,
    code: &'a Code,
    f: usize,
    from: &Page,
    list_join: &str,
) -> Result<(FactView<'a>, Rich, Vec<Rich>), Diagnostic> {
    let i18n = &site.i18n;
    let fact = &cat.facts[f];
    let value = &code.values[f];
    let fid = cat.message(&fact.id);
    let name = fmt(i18n, l, &fid, None, &[])?;
    let attr = |a: &str| optional_attr(i18n, l, &fid, a);
    let note = attr("note")?;
    let applies = value.applies();
    let none = if applies {
        Html::default()
    } else {
        attr("none")?
    };
    let mut about = Html::default();
    let mut items: Vec<Item> = Vec::new();
    let mut shown: Vec<Rich> = Vec::new();
    let (raw, label) = match value {
        FactValue::Absent => (RawValue::Null(None), Rich::default()),
        FactValue::Flag(false) => {
            let no = fmt(i18n, l, "code-no", None, &[])?;
            (RawValue::Flag(false), Rich::from_text(&no))
        }
        FactValue::Flag(true) => {
            let yes = fmt(i18n, l, "code-yes", None, &[])?;
            (RawValue::Flag(true), Rich::from_text(&yes))
        }
        FactValue::Number(n) => (RawValue::Number(*n), Rich::literal(&n.to_string())),
        FactValue::Choice(i) => {
            let vid = cat.message(&format!("{}-{}", fact.id, fact.values[*i]));
            let text = fmt(i18n, l, &vid, None, &[])?;
            about = optional_attr(i18n, l, &vid, "about")?;
            (RawValue::Text(&fact.values[*i]), Rich::from_text(&text))
        }
        FactValue::Texts(texts) => {
            for t in texts {
                items.push(Item {
                    text: t.clone(),
                    href: String::new(),
                    name_html: Html::default(),
                });
                shown.push(Rich::literal_code(t));
            }
            (
                RawValue::List(texts.iter().map(String::as_str).collect()),
                Rich::default(),
            )
        }
        FactValue::References(refs) => {
            for r in refs {
                items.push(Item {
                    text: r.text.clone(),
                    href: r.url.clone(),
                    name_html: Html::default(),
                });
                shown.push(Rich::literal(&r.text));
            }
            (
                RawValue::List(refs.iter().map(|r| r.url.as_str()).collect()),
                Rich::default(),
            )
        }
        FactValue::Codes(links) => {
            for link in links {
                let (href, name_html) = match link.target {
                    Some(to) => {
                        let target = site.catalog(to.catalog).code(to.code);
                        let name = fmt(
                            i18n,
                            l,
                            &site.catalog(to.catalog).message(&target.slug),
                            None,
                            &[],
                        )?;
                        (
                            plan.href(from, &Page::new(PageKind::Code(to), l)),
                            Html(name.html),
                        )
                    }
                    None => (String::new(), Html::default()),
                };
                items.push(Item {
                    text: link.code.clone(),
                    href,
                    name_html,
                });
                shown.push(Rich::literal(&link.code));
            }
            (
                RawValue::List(links.iter().map(|x| x.code.as_str()).collect()),
                Rich::default(),
            )
        }
    };
    let label = if fact.kind.is_list() {
        Rich::join(&shown, list_join)
    } else {
        label
    };
    let view = FactView {
        id: &fact.id,
        kind: fact.kind.as_str(),
        name_html: Html(name.html),
        name_text: name.plain,
        note_html: note,
        applies,
        value: raw,
        label_html: Html(label.html.clone()),
        label_text: label.plain.clone(),
        about_html: about,
        none_html: none,
        items,
    };
    Ok((view, label, shown))
}

/// An attribute that a message may have: its HTML, or nothing.
fn optional_attr(i18n: &I18n, l: LocaleId, id: &str, attr: &str) -> Result<Html, Diagnostic> {
    if i18n.has(l, id, Some(attr)) || i18n.has(i18n.reference(), id, Some(attr)) {
        Ok(Html(fmt(i18n, l, id, Some(attr), &[])?.html))
    } else {
        Ok(Html::default())
    }
}
