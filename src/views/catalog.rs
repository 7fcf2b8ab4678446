//! A catalog's index (`catalog.html`): every code, grouped by the catalog's `group_by` fact,
//! with the find and compare tools.

use serde::Serialize;
use tera::Value;

use super::shared::{FactView, fact_view};
use super::{Common, Cx, Html, common};
use crate::diag::Diagnostic;
use crate::i18n::Arg;
use crate::id::{CatalogId, CodeId, CodeRef, LocaleId};
use crate::load::catalog::Value as FactValue;
use crate::plan::{Page, PageKind};

/// What `catalog.html` receives, besides [`Common`].
#[derive(Serialize)]
pub struct CatalogView<'a> {
    /// Every page's part.
    #[serde(flatten)]
    pub common: Common<'a>,
    /// The catalog.
    pub catalog: Value,
    /// "This catalog describes 38 codes."
    pub count_html: Html,
    /// The codes in groups, by the value of the catalog's `group_by` fact; one group with
    /// an empty `value` when it has none.
    pub groups: Vec<Group<'a>>,
    /// The compare form: the pair link pattern and the codes to choose from.
    pub compare: Compare<'a>,
    /// Links to the find script and to this catalog's data for it.
    pub scripts: Scripts,
}

/// A group of codes.
#[derive(Serialize)]
pub struct Group<'a> {
    /// The value of the grouping fact (`4`), empty for codes without one.
    pub value: &'a str,
    /// Its name.
    pub name_html: Html,
    /// What it means.
    pub about_html: Html,
    /// Its codes, in the catalog's order.
    pub codes: Vec<IndexCode<'a>>,
}

/// A code on the index.
#[derive(Serialize)]
pub struct IndexCode<'a> {
    /// The code.
    pub code: &'a str,
    /// Its URL segment.
    pub slug: &'a str,
    /// Its name.
    pub name_html: Html,
    /// Its description's start.
    pub summary: &'a str,
    /// Its page.
    pub href: String,
    /// Its facts, as on its page but with links from the index.
    pub facts: Vec<FactView<'a>>,
}

/// The compare form.
#[derive(Serialize)]
pub struct Compare<'a> {
    /// The link to a pair, with `{a}` and `{b}` for the two codes' URL segments, the earlier
    /// code in the catalog's order first.
    pub pattern: String,
    /// Every code, in the catalog's order.
    pub options: Vec<CompareOption<'a>>,
}

/// One code in the compare form.
#[derive(Serialize)]
pub struct CompareOption<'a> {
    /// The code.
    pub code: &'a str,
    /// Its URL segment.
    pub slug: &'a str,
    /// Its name as plain text.
    pub name_text: &'a str,
}

/// The index's scripts.
#[derive(Serialize)]
pub struct Scripts {
    /// The catalog's data (`codes.js`).
    pub find_data: String,
    /// The find and compare script.
    pub find: String,
}

/// The view of catalog `c`'s index in locale `l`.
pub fn view<'a>(
    cx: &Cx<'a>,
    page: &Page,
    l: LocaleId,
    c: CatalogId,
) -> Result<CatalogView<'a>, Diagnostic> {
    let site = cx.site;
    let cat = site.catalog(c);
    let cs = &cx.locale(l).catalogs[c.index()];
    let list_join = &cx.locale(l).list_join;
    let mut groups: Vec<Group<'a>> = Vec::new();
    let key = |code: &crate::load::catalog::Code| match cat.group_by.map(|g| &code.values[g]) {
        Some(FactValue::Choice(i)) => Some(*i),
        _ => None,
    };
    let mut order: Vec<Option<usize>> = match cat.group_by {
        Some(g) => (0..cat.facts[g].values.len()).map(Some).collect(),
        None => Vec::new(),
    };
    order.push(None);
    for group in order {
        let members: Vec<CodeId> = CodeId::all(cat.codes.len())
            .filter(|&x| key(cat.code(x)) == group)
            .collect();
        if members.is_empty() {
            continue;
        }
        let (value, name_html, about_html) = match (group, cat.group_by) {
            (Some(i), Some(g)) => {
                let fact = &cat.facts[g];
                let id = cat.message(&format!("{}-{}", fact.id, fact.values[i]));
                let name = cx.fmt(l, &id, &[])?;
                let about = if site.i18n.has(site.i18n.reference(), &id, Some("about")) {
                    Html(super::fmt(&site.i18n, l, &id, Some("about"), &[])?.html)
                } else {
                    Html::default()
                };
                (fact.values[i].as_str(), Html(name.html), about)
            }
            _ if cat.group_by.is_some() => (
                "",
                Html(cx.fmt(l, "catalog-other", &[])?.html),
                Html::default(),
            ),
            _ => ("", Html::default(), Html::default()),
        };
        let mut codes = Vec::with_capacity(members.len());
        for x in members {
            let code = cat.code(x);
            let shared = &cs.codes[x.index()];
            let mut facts = Vec::with_capacity(cat.facts.len());
            for f in 0..cat.facts.len() {
                facts.push(fact_view(site, cx.plan, l, cat, code, f, page, list_join)?.0);
            }
            codes.push(IndexCode {
                code: &code.code,
                slug: &code.slug,
                name_html: Html(shared.name.html.clone()),
                summary: &shared.summary,
                href: cx.plan.href(
                    page,
                    &Page::new(
                        PageKind::Code(CodeRef {
                            catalog: c,
                            code: x,
                        }),
                        l,
                    ),
                ),
                facts,
            });
        }
        groups.push(Group {
            value,
            name_html,
            about_html,
            codes,
        });
    }
    let count = cx.fmt(
        l,
        "catalog-count",
        &[("count", Arg::Num(cat.codes.len() as i64))],
    )?;
    Ok(CatalogView {
        common: common(cx, page, l, cs.name.plain.clone(), &cs.intro.plain, None),
        catalog: cs.value.clone(),
        count_html: Html(count.html),
        groups,
        compare: Compare {
            pattern: cx.plan.pair_href_pattern(page, c),
            options: cat
                .codes
                .iter()
                .zip(&cs.codes)
                .map(|(code, s)| CompareOption {
                    code: &code.code,
                    slug: &code.slug,
                    name_text: &s.name.plain,
                })
                .collect(),
        },
        scripts: Scripts {
            find_data: cx.plan.file_href(page, &cx.plan.find_data_path(l, c)),
            find: cx.plan.file_href(page, "assets/find.js"),
        },
    })
}
