//! Every relative link of every page resolves to a file of the site, in both link styles.

use std::collections::{BTreeSet, HashMap};

use crate::util::*;

fn check_links(offline: bool) {
    let site = default_site(offline);
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
            let Some((target, frag)) = resolve(page, href, !offline) else {
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
fn hosted_links_all_resolve() {
    check_links(false);
}

#[test]
fn offline_links_all_resolve_from_disk() {
    check_links(true);
    // And they name files, never folders.
    let site = default_site(true);
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
    let site = default_site(false);
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
