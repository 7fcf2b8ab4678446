//! The page of one code (`code.html`): its texts and facts, and a link to its comparison
//! with every other code of its catalog.

use serde::Serialize;
use tera::Value;

use super::{Common, Cx, Html, common};
use crate::diag::Diagnostic;
use crate::i18n::{Arg, escape};
use crate::id::{CodeId, CodeRef, LocaleId};
use crate::plan::{Page, PageKind};

/// What `code.html` receives, besides [`Common`].
#[derive(Serialize)]
pub struct CodeView<'a> {
    /// Every page's part.
    #[serde(flatten)]
    pub common: Common<'a>,
    /// The catalog: id, label, name, introduction, number of codes.
    pub catalog: Value,
    /// The code: its texts and facts.
    pub code: Value,
    /// The page's heading.
    pub title_html: Html,
    /// Its comparisons with every other code.
    pub compare: CompareList<'a>,
}

/// The links to a code's comparisons.
#[derive(Serialize)]
pub struct CompareList<'a> {
    /// "Compare 553 with any of the 37 other codes".
    pub heading_html: Html,
    /// One per other code, in the catalog's order.
    pub links: Vec<CompareLink<'a>>,
}

/// A link to one comparison.
#[derive(Serialize)]
pub struct CompareLink<'a> {
    /// The other code.
    pub code: &'a str,
    /// Its name.
    pub name_html: Html,
    /// The comparison page.
    pub href: String,
}

/// The view of the page of code `r` in locale `l`.
pub fn view<'a>(
    cx: &Cx<'a>,
    page: &Page,
    l: LocaleId,
    r: CodeRef,
) -> Result<CodeView<'a>, Diagnostic> {
    let cat = cx.site.catalog(r.catalog);
    let cs = &cx.locale(l).catalogs[r.catalog.index()];
    let me = &cs.codes[r.code.index()];
    let title = cx.fmt(
        l,
        "code-title",
        &[
            ("label", Arg::Text(&cs.label)),
            ("code", Arg::Text(&me.code)),
            ("name", Arg::Text(&me.name)),
        ],
    )?;
    let others = cat.codes.len() as i64 - 1;
    let heading = cx.fmt(
        l,
        "code-compare",
        &[("code", Arg::Text(&me.code)), ("count", Arg::Num(others))],
    )?;
    let links = CodeId::all(cat.codes.len())
        .filter(|&other| other != r.code)
        .map(|other| {
            let (a, b) = if other < r.code {
                (other, r.code)
            } else {
                (r.code, other)
            };
            let to = Page::new(PageKind::Pair(r.catalog, a, b), l);
            CompareLink {
                code: &cat.code(other).code,
                name_html: Html(cs.codes[other.index()].name.html.clone()),
                href: cx.plan.href(page, &to),
            }
        })
        .collect();
    let crumb = Html(format!("<bdi>{}</bdi>", escape(&cat.code(r.code).code)));
    Ok(CodeView {
        common: common(cx, page, l, title.plain, &me.summary, Some(crumb)),
        catalog: cs.value.clone(),
        code: me.value.clone(),
        title_html: Html(title.html),
        compare: CompareList {
            heading_html: Html(heading.html),
            links,
        },
    })
}
