//! Render: a page's view through its Tera template, into bytes; and the files that are not
//! pages (find data, robots.txt, the sitemap, the assets).
//!
//! One path for every page and every template: the page kind's module in [`crate::views`]
//! builds its view, and Tera renders it. Nothing here depends on what a template does with
//! its values.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use serde::Serialize;

use crate::diag::{Diagnostic, Location};
use crate::id::{CatalogId, LocaleId};
use crate::plan::{Page, PageKind, Plan, SITEMAP_MAX_URLS};
use crate::templates;
use crate::views::{self, Cx};

/// The template that renders a page of `kind`.
pub fn template_of(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Pair(..) => "pair.html",
        PageKind::Code(_) => "code.html",
        PageKind::Catalog(_) => "catalog.html",
        PageKind::Home => "home.html",
        PageKind::Prose(_) => "page.html",
        PageKind::NotFound => "404.html",
        PageKind::Chooser => "chooser.html",
    }
}

/// Renders `page` into `buf` (appended).
pub fn page(cx: &Cx<'_>, page: &Page, buf: &mut Vec<u8>) -> Result<(), Diagnostic> {
    let template = template_of(page.kind);
    match (page.kind, page.locale) {
        (PageKind::Pair(c, a, b), Some(l)) => run(
            cx,
            template,
            &views::pair::view(cx, page, l, (c, a, b))?,
            buf,
        ),
        (PageKind::Code(r), Some(l)) => run(cx, template, &views::code::view(cx, page, l, r)?, buf),
        (PageKind::Catalog(c), Some(l)) => {
            run(cx, template, &views::catalog::view(cx, page, l, c)?, buf)
        }
        (PageKind::Home, Some(l)) => run(cx, template, &views::home::view(cx, page, l)?, buf),
        (PageKind::Prose(p), Some(l)) => {
            run(cx, template, &views::simple::prose(cx, page, l, p)?, buf)
        }
        _ => run(cx, template, &views::simple::root(cx, page)?, buf),
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

/// Every output file that is not a page, with its path, in the plan's order: one at a time,
/// so that a large sitemap is never whole in memory beside the others.
pub fn extras<'a>(
    cx: &'a Cx<'a>,
) -> impl Iterator<Item = Result<(String, Vec<u8>), Diagnostic>> + 'a {
    let plan = cx.plan;
    let assets = cx.site.assets.iter().map(|a| Ok(a.clone()));
    let find = cx.site.config.locale_ids().flat_map(move |l| {
        CatalogId::all(cx.site.catalogs.len())
            .map(move |c| find_data(cx, l, c).map(|bytes| (plan.find_data_path(l, c), bytes)))
    });
    let robots = std::iter::once_with(move || {
        let text = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            plan.base_url()
        );
        Ok(("robots.txt".to_owned(), text.into_bytes()))
    });
    assets
        .chain(find)
        .chain(robots)
        .chain(sitemaps(plan).map(Ok))
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
/// Each file is made when it is asked for, and written straight into its bytes by an XML
/// writer, which escapes it: as a Tera template, the 10,000 URLs of a part were first a
/// Tera value of about 70 MB, twice the peak memory of the rest of the build.
fn sitemaps(plan: &Plan) -> impl Iterator<Item = (String, Vec<u8>)> + '_ {
    const NS: (&str, &str) = ("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
    let names = plan.sitemap_files();
    let parts = names.len().saturating_sub(1).max(1);
    let part_names = names.clone();
    let files = (0..parts).map(move |i| {
        let pages = plan
            .pages
            .iter()
            .filter(|p| p.kind != PageKind::NotFound)
            .skip(i * SITEMAP_MAX_URLS)
            .take(SITEMAP_MAX_URLS);
        let xml = xml_file(
            "urlset",
            &[NS, ("xmlns:xhtml", "http://www.w3.org/1999/xhtml")],
            |w| {
                for page in pages {
                    w.create_element("url").write_inner_content(|w| {
                        w.create_element("loc")
                            .write_text_content(BytesText::new(&plan.url(page)))?;
                        for (hreflang, to) in plan.alternates(page) {
                            w.create_element("xhtml:link")
                                .with_attributes([
                                    ("rel", "alternate"),
                                    ("hreflang", hreflang),
                                    ("href", &plan.url(&to)),
                                ])
                                .write_empty()?;
                        }
                        Ok(())
                    })?;
                    w.get_mut().push(b'\n');
                }
                Ok(())
            },
        );
        (part_names[i].clone(), xml)
    });
    let index = (names.len() > 1).then(move || {
        let xml = xml_file("sitemapindex", &[NS], |w| {
            for name in &names[..names.len() - 1] {
                w.create_element("sitemap").write_inner_content(|w| {
                    w.create_element("loc")
                        .write_text_content(BytesText::new(&plan.url_of_path(name)))?;
                    Ok(())
                })?;
                w.get_mut().push(b'\n');
            }
            Ok(())
        });
        ("sitemap.xml".to_owned(), xml)
    });
    files.chain(index)
}

/// An XML file: its declaration, and the element `root` with `attributes` around what
/// `content` writes.
fn xml_file(
    root: &str,
    attributes: &[(&str, &str)],
    content: impl FnOnce(&mut Writer<Vec<u8>>) -> std::io::Result<()>,
) -> Vec<u8> {
    let mut w = Writer::new(Vec::new());
    let written = w
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .and_then(|()| {
            w.get_mut().push(b'\n');
            w.create_element(root)
                .with_attributes(attributes.iter().copied())
                .write_inner_content(|w| {
                    w.get_mut().push(b'\n');
                    content(w)
                })
                .map(|_| ())
        });
    // Writing into a Vec<u8> cannot fail.
    debug_assert!(written.is_ok());
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::LinkStyle;
    use std::path::Path;

    #[test]
    fn a_sitemap_past_its_limit_becomes_an_index_of_parts_that_list_every_page_once() {
        let site = crate::load::site::parse(
            Path::new("site.toml"),
            "title='t'\nbase_url='https://x.example/a&b/'\ndefault_locale='en'\n[[locales]]\ncode='en'\nname='English'\ndir='ltr'\n",
        )
        .unwrap();
        let codes: String = (100..250)
            .map(|c| format!("[[codes]]\ncode='{c}'\n"))
            .collect();
        let cat = crate::load::catalog::parse(
            "x",
            Path::new("c.toml"),
            &format!("label='X'\ncode_pattern='.'\n{codes}"),
        )
        .unwrap();
        let plan = Plan::new(&site, &[cat], &[], &[], LinkStyle::Files).unwrap();
        let files: Vec<(String, Vec<u8>)> = sitemaps(&plan).collect();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"]);
        assert_eq!(names, plan.sitemap_files());
        let text = |i: usize| String::from_utf8(files[i].1.clone()).unwrap();
        assert_eq!(text(0).matches("<url>").count(), SITEMAP_MAX_URLS);
        let listed = text(0).matches("<url>").count() + text(1).matches("<url>").count();
        assert_eq!(
            listed,
            plan.pages.len() - 1,
            "every page but the 404 page, once"
        );
        let index = text(2);
        assert!(
            index.starts_with("<?xml") && index.contains("<sitemapindex"),
            "{index}"
        );
        assert!(
            index.contains("<loc>https://x.example/a&amp;b/sitemap-2.xml</loc>"),
            "{index}"
        );
    }
}
