//! Render: a page's view through its Tera template, into bytes; and the files that are not
//! pages (find data, robots.txt, the sitemap, the assets).
//!
//! One path for every page and every template: the page kind's module in [`crate::views`]
//! builds its view, and Tera renders it. Nothing here depends on what a template does with
//! its values.

use serde::Serialize;

use crate::diag::{Diagnostic, Location};
use crate::id::{CatalogId, LocaleId};
use crate::plan::{Page, PageKind, Plan, SITEMAP_MAX_URLS};
use crate::templates;
use crate::views::{self, Cx};

/// Renders `page` into `buf` (appended).
pub fn page(cx: &Cx<'_>, page: &Page, buf: &mut Vec<u8>) -> Result<(), Diagnostic> {
    match (page.kind, page.locale) {
        (PageKind::Pair(c, a, b), Some(l)) => run(
            cx,
            "pair.html",
            &views::pair::view(cx, page, l, (c, a, b))?,
            buf,
        ),
        (PageKind::Code(r), Some(l)) => {
            run(cx, "code.html", &views::code::view(cx, page, l, r)?, buf)
        }
        (PageKind::Catalog(c), Some(l)) => run(
            cx,
            "catalog.html",
            &views::catalog::view(cx, page, l, c)?,
            buf,
        ),
        (PageKind::Home, Some(l)) => run(cx, "home.html", &views::home::view(cx, page, l)?, buf),
        (PageKind::Prose(p), Some(l)) => {
            run(cx, "page.html", &views::simple::prose(cx, page, l, p)?, buf)
        }
        (PageKind::NotFound, _) => run(cx, "404.html", &views::simple::root(cx, page)?, buf),
        _ => run(cx, "chooser.html", &views::simple::root(cx, page)?, buf),
    }
}

/// Runs `template` over `view`.
fn run(
    cx: &Cx<'_>,
    template: &str,
    view: &impl Serialize,
    buf: &mut Vec<u8>,
) -> Result<(), Diagnostic> {
    let ctx = tera::Context::from_serialize(view).map_err(|e| {
        Diagnostic::error(
            Location::file(template),
            format!("codesite could not build this page's values: {e}"),
        )
        .with_help("this is a bug in codesite; please report it")
    })?;
    cx.site
        .tera
        .render_to(template, &ctx, buf)
        .map_err(|e| templates::diagnostic(&cx.site.templates, &e))
}

/// Every output file that is not a page, with its path, in the plan's order.
pub fn extras(cx: &Cx<'_>) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let plan = cx.plan;
    let mut out: Vec<(String, Vec<u8>)> = cx.site.assets.clone();
    for l in cx.site.config.locale_ids() {
        for c in CatalogId::all(cx.site.catalogs.len()) {
            out.push((plan.find_data_path(l, c), find_data(cx, l, c)?));
        }
    }
    out.push((
        "robots.txt".into(),
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            plan.base_url()
        )
        .into_bytes(),
    ));
    out.extend(sitemaps(plan));
    Ok(out)
}

/// The data of a catalog index's find and compare script: a classic script, not JSON for
/// `fetch()`, so that it works from file:// as well as from a host.
fn find_data(cx: &Cx<'_>, l: LocaleId, c: CatalogId) -> Result<Vec<u8>, Diagnostic> {
    let cs = &cx.locale(l).catalogs[c.index()];
    let cat = cx.site.catalog(c);
    let counts = (1..=cat.codes.len())
        .map(|n| {
            cx.fmt(
                l,
                "find-count",
                &[("count", crate::i18n::Arg::Num(n as i64))],
            )
            .map(|t| t.plain)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let codes: Vec<[&str; 4]> = cat
        .codes
        .iter()
        .zip(&cs.codes)
        .map(|(code, s)| {
            [
                code.code.as_str(),
                code.slug.as_str(),
                s.name.plain.as_str(),
                s.description_text.as_str(),
            ]
        })
        .collect();
    let ui = |id: &str| cx.fmt(l, id, &[]).map(|t| t.plain);
    let data = serde_json::json!({
        "codes": codes,
        "counts": counts,
        "none": ui("find-none")?,
        "same": ui("compare-same")?,
    });
    Ok(format!(
        "window.codesiteFind = {};\n",
        data.to_string().replace('<', "\\u003c")
    )
    .into_bytes())
}

/// The sitemap: every page but the 404 page, with its alternates; past the protocol's limit
/// of URLs per file, in parts listed by an index (the files [`Plan::sitemap_files`] names).
fn sitemaps(plan: &Plan) -> Vec<(String, Vec<u8>)> {
    const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    let esc = crate::i18n::escape;
    let pages: Vec<&Page> = plan
        .pages
        .iter()
        .filter(|p| p.kind != PageKind::NotFound)
        .collect();
    let names = plan.sitemap_files();
    let mut files: Vec<(String, Vec<u8>)> = pages
        .chunks(SITEMAP_MAX_URLS)
        .zip(&names)
        .map(|(chunk, name)| {
            let mut xml = String::with_capacity(chunk.len() * 600);
            xml.push_str(HEAD);
            for page in chunk {
                xml.push_str("<url><loc>");
                xml.push_str(&esc(&plan.url(page)));
                xml.push_str("</loc>");
                for (hreflang, to) in plan.alternates(page) {
                    xml.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
                    xml.push_str(&esc(hreflang));
                    xml.push_str("\" href=\"");
                    xml.push_str(&esc(&plan.url(&to)));
                    xml.push_str("\"/>");
                }
                xml.push_str("</url>\n");
            }
            xml.push_str("</urlset>\n");
            (name.clone(), xml.into_bytes())
        })
        .collect();
    if names.len() > 1 {
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        for name in &names[..names.len() - 1] {
            index.push_str(&format!(
                "<sitemap><loc>{}</loc></sitemap>\n",
                esc(&plan.url_of_path(name))
            ));
        }
        index.push_str("</sitemapindex>\n");
        files.push(("sitemap.xml".into(), index.into_bytes()));
    }
    files
}
