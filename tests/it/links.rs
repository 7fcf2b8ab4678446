//! Every relative link of every page resolves to a file of the site, in both link styles.

use std::collections::{BTreeSet, HashMap};

use crate::util::*;

fn check_links(style: Style) {
    let site = default_site(style);
    let files = site.files();
    let mut ids: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut broken = Vec::new();
    let mut checked = 0;
    let mut thin = Vec::new();
    let pages = site.pages();
    let mut docs = Vec::new();
    for page in &pages {
        let doc = site.doc(page);
        ids.insert(
            page.clone(),
            doc.select(&sel("[id]"))
                .filter_map(|e| e.value().attr("id"))
                .map(str::to_owned)
                .collect(),
        );
        docs.push((page, doc));
    }
    for (page, doc) in &docs {
        if page.as_str() == "404.html" {
            continue; // links from the site's root path: checked below
        }
        let before = checked;
        for el in doc.select(&sel("a[href], link[href]")) {
            if el
                .value()
                .attr("rel")
                .is_some_and(|r| r == "canonical" || r == "alternate")
            {
                continue;
            }
            let href = el.value().attr("href").unwrap();
            let Some((target, frag)) = resolve(page, href, style == Folders) else {
                continue;
            };
            checked += 1;
            if !files.contains(&target) {
                broken.push(format!("{page}: {href} -> {target}"));
            } else if let Some(f) = frag {
                if !ids.get(&target).is_some_and(|s| s.contains(&f)) {
                    broken.push(format!("{page}: {href}: no #{f}"));
                }
            }
        }
        // Every page has at least the stylesheet and a link to each of the five languages.
        if checked - before < 6 {
            thin.push(page.to_string());
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken links of {checked}, e.g. {:?}",
        broken.len(),
        &broken[..broken.len().min(10)]
    );
    assert!(thin.is_empty(), "pages with almost no links: {thin:?}");
    assert!(pages.len() > 3700, "only {} pages", pages.len());
}

#[test]
fn folder_links_all_resolve_on_a_host() {
    check_links(Folders);
}

#[test]
fn the_default_links_all_resolve_from_disk() {
    check_links(Files);
    // And they name files, never folders.
    let site = default_site(Files);
    let doc = site.doc("vi/smtp/250/index.html");
    for a in doc.select(&sel("a[href]")) {
        let href = a.value().attr("href").unwrap();
        assert!(
            href.starts_with('#')
                || href.contains("://")
                || href.ends_with(".html")
                || href.contains(".html#"),
            "{href}"
        );
    }
}

#[test]
fn the_404_page_links_from_the_sites_root_path() {
    let site = default_site(Folders);
    let doc = site.doc("404.html");
    let hrefs: Vec<&str> = doc
        .select(&sel("main a[href]"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs.len(), 5);
    for h in hrefs {
        let (target, _) = resolve("index.html", h, true).unwrap();
        assert!(site.files().contains(&target), "{h}");
    }
}

const BASE: &str = "https://codesite.example.org/";

/// The page file an absolute URL of the site names.
fn page_of_url(url: &str) -> String {
    let rest = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not under {BASE}"));
    if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_owned()
    }
}

#[test]
fn hreflang_sets_are_complete_and_reciprocal() {
    let site = default_site(Files);
    let mut alternates: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for page in site.pages() {
        if page == "404.html" {
            continue;
        }
        let doc = site.doc(&page);
        let alts: Vec<(String, String)> = doc
            .select(&sel("link[rel=alternate][hreflang]"))
            .map(|e| {
                (
                    e.value().attr("hreflang").unwrap().to_owned(),
                    page_of_url(e.value().attr("href").unwrap()),
                )
            })
            .collect();
        alternates.insert(page, alts);
    }
    let mut problems = Vec::new();
    for (page, alts) in &alternates {
        let own_lang = page.split('/').next().filter(|_| page.contains('/'));
        for (lang, target) in alts {
            let Some(back) = alternates.get(target) else {
                problems.push(format!(
                    "{page}: hreflang {lang} -> {target}, which does not exist"
                ));
                continue;
            };
            if lang == "x-default" {
                continue;
            }
            // The target names this page under this page's language.
            if let Some(own) = own_lang {
                if !back.iter().any(|(l, t)| l == own && t == page) {
                    problems.push(format!("{target} does not point back to {page} as {own}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems, e.g. {:?}",
        problems.len(),
        &problems[..problems.len().min(5)]
    );
}

#[test]
fn the_sitemap_lists_every_page_once_with_its_alternates() {
    let site = default_site(Folders);
    let xml = site.read("sitemap.xml");
    let mut locs: Vec<String> = Vec::new();
    let mut rest = xml.as_str();
    while let Some(i) = rest.find("<url><loc>") {
        let after = &rest[i + "<url><loc>".len()..];
        let end = after.find("</loc>").unwrap();
        locs.push(page_of_url(&after[..end]));
        let url_end = after.find("</url>").unwrap();
        let entry = &after[..url_end];
        assert_eq!(
            entry.matches("<xhtml:link rel=\"alternate\"").count(),
            6,
            "{entry}"
        );
        assert!(entry.contains("hreflang=\"x-default\""));
        rest = &after[url_end..];
    }
    let unique: BTreeSet<&String> = locs.iter().collect();
    assert_eq!(unique.len(), locs.len(), "a page is listed twice");
    let pages: BTreeSet<String> = site
        .pages()
        .into_iter()
        .filter(|p| p != "404.html")
        .collect();
    let listed: BTreeSet<String> = locs.into_iter().collect();
    assert_eq!(listed, pages);
    let robots = site.read("robots.txt");
    assert!(
        robots.contains(&format!("Sitemap: {BASE}sitemap.xml")),
        "{robots}"
    );
}
