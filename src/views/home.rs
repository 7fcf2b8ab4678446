//! A locale's home (`home.html`): its catalogs and its Markdown pages.

use serde::Serialize;

use super::{Common, Cx, Html, common};
use crate::diag::Diagnostic;
use crate::i18n::Arg;
use crate::id::{CatalogId, LocaleId};
use crate::plan::{Page, PageKind};

/// What `home.html` receives, besides [`Common`] (whose `nav.pages` lists the Markdown pages).
#[derive(Serialize)]
pub struct HomeView<'a> {
    /// Every page's part.
    #[serde(flatten)]
    pub common: Common<'a>,
    /// One card per catalog.
    pub catalogs: Vec<CatalogCard<'a>>,
    /// The Markdown pages, with their first paragraph.
    pub pages: Vec<PageCard>,
}

/// A catalog on the home page.
#[derive(Serialize)]
pub struct CatalogCard<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its label (`SMTP`).
    pub label: &'a str,
    /// Its name.
    pub name_html: Html,
    /// Its introduction.
    pub intro_html: Html,
    /// How many codes it has.
    pub count: usize,
    /// The same in words.
    pub count_html: Html,
    /// Its index.
    pub href: String,
}

/// A Markdown page on the home page.
#[derive(Serialize)]
pub struct PageCard {
    /// Its title.
    pub title: String,
    /// Its first paragraph, shortened.
    pub summary: String,
    /// Its link.
    pub href: String,
}

/// The view of locale `l`'s home.
pub fn view<'a>(cx: &Cx<'a>, page: &Page, l: LocaleId) -> Result<HomeView<'a>, Diagnostic> {
    let ls = cx.locale(l);
    let mut catalogs = Vec::new();
    for (c, cat) in CatalogId::all(cx.site.catalogs.len()).zip(&cx.site.catalogs) {
        let cs = &ls.catalogs[c.index()];
        let count = cx.fmt(
            l,
            "home-catalog-count",
            &[("count", Arg::Num(cat.codes.len() as i64))],
        )?;
        catalogs.push(CatalogCard {
            id: &cat.id,
            label: &cat.label,
            name_html: Html(cs.name.html.clone()),
            intro_html: Html(cs.intro.html.clone()),
            count: cat.codes.len(),
            count_html: Html(count.html),
            href: cx.plan.href(page, &Page::new(PageKind::Catalog(c), l)),
        });
    }
    let common = common(
        cx,
        page,
        l,
        text(cx, l, "home-title")?,
        &text(cx, l, "site-tagline")?,
        None,
    );
    let pages = common
        .nav
        .pages
        .iter()
        .zip(&ls.prose)
        .map(|(p, doc)| PageCard {
            title: p.title.clone(),
            summary: super::summarize(&doc.summary, super::SUMMARY_CHARS).into_owned(),
            href: p.href.clone(),
        })
        .collect();
    Ok(HomeView {
        common,
        catalogs,
        pages,
    })
}

fn text(cx: &Cx<'_>, l: LocaleId, id: &str) -> Result<String, Diagnostic> {
    Ok(cx.fmt(l, id, &[])?.plain)
}
