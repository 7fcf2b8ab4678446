//! The URL contract of DESIGN.md, on the embedded default site, and what every page carries.

use std::collections::BTreeSet;

use crate::util::*;

const LOCALES: [&str; 5] = ["en", "tr", "vi", "ar", "hi"];

fn codes() -> Vec<String> {
    let toml = std::fs::read_to_string(repo().join("content/smtp/catalog.toml")).unwrap();
    toml.lines()
        .filter_map(|l| l.strip_prefix("code = \""))
        .map(|l| l.trim_end_matches('"').to_owned())
        .collect()
}

#[test]
fn the_default_site_has_exactly_the_pages_of_the_contract() {
    let site = default_site(Folders);
    let codes = codes();
    assert_eq!(
        codes.len(),
        38,
        "the catalog holds the 38 standards-track codes"
    );
    let mut want: BTreeSet<String> = BTreeSet::new();
    want.insert("index.html".into());
    want.insert("404.html".into());
    for l in LOCALES {
        want.insert(format!("{l}/index.html"));
        want.insert(format!("{l}/about/index.html"));
        want.insert(format!("{l}/smtp/index.html"));
        for (i, a) in codes.iter().enumerate() {
            want.insert(format!("{l}/smtp/{a}/index.html"));
            for b in &codes[i + 1..] {
                want.insert(format!("{l}/smtp/{a}-vs-{b}/index.html"));
            }
        }
    }
    let got: BTreeSet<String> = site.pages().into_iter().collect();
    let missing: Vec<_> = want.difference(&got).take(5).collect();
    let extra: Vec<_> = got.difference(&want).take(5).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, unexpected {extra:?}"
    );
    let pairs = got.iter().filter(|p| p.contains("-vs-")).count();
    let code_pages = got
        .iter()
        .filter(|p| p.split('/').count() == 4 && !p.contains("-vs-") && p.contains("/smtp/"))
        .count();
    assert_eq!(pairs, 3515);
    assert_eq!(code_pages, 190);
    for other in ["sitemap.xml", "robots.txt", "assets/style.css"] {
        assert!(site.files().contains(other), "{other}");
    }
}

#[test]
fn a_pair_puts_the_earlier_code_first_in_its_path_and_title() {
    let site = default_site(Files);
    let doc = site.doc("en/smtp/220-vs-553/index.html");
    let h1 = text_of(&doc, "h1");
    assert_eq!(h1, "SMTP 220 Service Ready vs 553 Mailbox Name Not Allowed");
    assert!(!site.dir.join("en/smtp/553-vs-220").exists());
}

#[test]
fn every_page_has_lang_dir_title_description_canonical_and_six_alternates() {
    for style in [Files, Folders] {
        let site = default_site(style);
        for page in site.pages() {
            let doc = site.doc(&page);
            let html = doc.select(&sel("html")).next().unwrap();
            let lang = html
                .value()
                .attr("lang")
                .unwrap_or_else(|| panic!("{page}: no lang"));
            let dir = html
                .value()
                .attr("dir")
                .unwrap_or_else(|| panic!("{page}: no dir"));
            assert_eq!(dir, if lang == "ar" { "rtl" } else { "ltr" }, "{page}");
            if page.starts_with("ar/") {
                assert_eq!(lang, "ar");
            }
            assert!(!text_of(&doc, "title").is_empty(), "{page}: empty title");
            if page == "404.html" {
                continue;
            }
            let canonical: Vec<_> = doc
                .select(&sel("link[rel=canonical]"))
                .filter_map(|e| e.value().attr("href"))
                .collect();
            let want = format!(
                "https://codesite.example.org/{}",
                page.trim_end_matches("index.html")
            );
            assert_eq!(canonical, [want.as_str()], "{page}");
            let langs: BTreeSet<&str> = doc
                .select(&sel("link[rel=alternate][hreflang]"))
                .filter_map(|e| e.value().attr("hreflang"))
                .collect();
            let want_langs: BTreeSet<&str> = LOCALES.iter().copied().chain(["x-default"]).collect();
            assert_eq!(langs, want_langs, "{page}");
            for href in doc
                .select(&sel("link[rel=alternate][hreflang]"))
                .filter_map(|e| e.value().attr("href"))
            {
                assert!(
                    href.starts_with("https://codesite.example.org/"),
                    "{page}: {href}"
                );
            }
            if page != "index.html" {
                let desc = doc
                    .select(&sel("meta[name=description]"))
                    .next()
                    .and_then(|e| e.value().attr("content"));
                assert!(
                    desc.is_some_and(|d| !d.is_empty()),
                    "{page}: no meta description"
                );
            }
        }
    }
}

#[test]
fn the_language_switcher_lands_on_the_same_page_in_each_locale() {
    let site = default_site(Folders);
    let page = "tr/smtp/421-vs-550/index.html";
    let doc = site.doc(page);
    let mut seen = Vec::new();
    for a in doc.select(&sel("nav.langs a")) {
        let hreflang = a.value().attr("hreflang").unwrap();
        let (target, _) = resolve(page, a.value().attr("href").unwrap(), true).unwrap();
        assert_eq!(target, format!("{hreflang}/smtp/421-vs-550/index.html"));
        seen.push(hreflang.to_owned());
    }
    assert_eq!(seen, LOCALES);
    let names: Vec<String> = doc
        .select(&sel("nav.langs a"))
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(
        names,
        ["English", "Türkçe", "Tiếng Việt", "العربية", "हिन्दी"]
    );
}

#[test]
fn a_pair_page_links_to_both_codes_and_a_bounded_set_of_comparisons() {
    let site = default_site(Folders);
    let page = "en/smtp/550-vs-553/index.html";
    let doc = site.doc(page);
    let targets: Vec<String> = doc
        .select(&sel("main a[href]"))
        .filter_map(|a| resolve(page, a.value().attr("href").unwrap(), true))
        .map(|(t, _)| t)
        .collect();
    assert!(targets.contains(&"en/smtp/550/index.html".to_owned()));
    assert!(targets.contains(&"en/smtp/553/index.html".to_owned()));
    let pair_links = targets.iter().filter(|t| t.contains("-vs-")).count();
    assert!(
        (1..=8).contains(&pair_links),
        "{pair_links} related comparisons"
    );
}

#[test]
fn key_differences_are_the_facts_that_differ_and_shared_facts_are_said_once_as_common() {
    let site = default_site(Files);
    // 220 and 553 differ on every fact the catalog compares but one, which neither has.
    let doc = site.doc("en/smtp/220-vs-553/index.html");
    let differences: Vec<String> = doc
        .select(&sel("ol.differences li"))
        .map(|li| fold(&li.text().collect::<String>()))
        .collect();
    assert_eq!(
        differences.len(),
        5,
        "class, category, retry, actor, stage: {differences:?}"
    );
    assert!(
        differences[0].starts_with("220 starts with 2 and 553 with 5"),
        "{differences:?}"
    );
    assert_eq!(doc.select(&sel("ul.common li")).count(), 0);
    assert!(
        !fold(&text_of(&doc, "main")).contains("Deprecated"),
        "a fact neither has is not mentioned"
    );
    // 550 and 553 share every compared fact: no difference is claimed, what they share is
    // said once, under what they have in common.
    let doc = site.doc("en/smtp/550-vs-553/index.html");
    assert_eq!(doc.select(&sel("ol.differences li")).count(), 0);
    let common: Vec<String> = doc
        .select(&sel("ul.common li"))
        .map(|li| fold(&li.text().collect::<String>()))
        .collect();
    assert_eq!(common.len(), 5, "{common:?}");
    assert!(
        common.iter().any(|c| c.starts_with("Both start with 5")),
        "{common:?}"
    );
    assert!(
        text_of(&doc, "section[aria-labelledby=differences] p")
            .contains("550 and 553 agree on every fact compared here"),
    );
    // A fact that applies to one code only is said so: 538 is deprecated, 535 is not.
    let doc = site.doc("en/smtp/535-vs-538/index.html");
    let differences = fold(&text_of(&doc, "ol.differences"));
    assert!(
        differences.contains(
            "538 is deprecated and kept only so that old replies can be understood; 535 is current."
        ),
        "{differences}"
    );
}

#[test]
fn each_codes_guidance_follows_from_its_own_facts() {
    let site = default_site(Files);
    let doc = site.doc("en/smtp/354-vs-554/index.html");
    let guide: Vec<String> = doc
        .select(&sel("section[aria-labelledby=guide] li"))
        .map(|li| fold(&li.text().collect::<String>()))
        .collect();
    assert_eq!(guide.len(), 2);
    assert!(
        guide[0].starts_with("If you got 354, nothing is wrong"),
        "{guide:?}"
    );
    assert!(
        guide[1].starts_with("If you got 554, look at the message you sent"),
        "{guide:?}"
    );
}

#[test]
fn a_code_page_links_its_rfc_section_and_every_comparison() {
    let site = default_site(Folders);
    let page = "en/smtp/553/index.html";
    let doc = site.doc(page);
    let rfc: Vec<&str> = doc
        .select(&sel(
            "main a[href^='https://www.rfc-editor.org/rfc/rfc5321#section-']",
        ))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(!rfc.is_empty(), "links RFC 5321");
    let compare = doc
        .select(&sel("#compare ~ ul a, section[aria-labelledby=compare] a"))
        .count();
    assert_eq!(compare, 37);
    assert!(text_of(&doc, "main").contains("RCPT"));
}

#[test]
fn code_and_pair_pages_carry_open_graph_and_json_ld_in_their_language() {
    let site = default_site(Files);
    for l in LOCALES {
        for page in [
            format!("{l}/smtp/553/index.html"),
            format!("{l}/smtp/220-vs-553/index.html"),
        ] {
            let doc = site.doc(&page);
            let title = text_of(&doc, "title");
            let meta = |p: &str| {
                doc.select(&sel(&format!("meta[property='{p}']")))
                    .next()
                    .and_then(|m| m.value().attr("content"))
                    .map(str::to_owned)
                    .unwrap_or_else(|| panic!("{page}: no {p}"))
            };
            assert_eq!(meta("og:title"), title);
            assert_eq!(meta("og:type"), "article");
            let canonical = doc
                .select(&sel("link[rel=canonical]"))
                .next()
                .unwrap()
                .value()
                .attr("href")
                .unwrap();
            assert_eq!(meta("og:url"), canonical, "absolute in both link styles");
            let script = doc
                .select(&sel("script[type='application/ld+json']"))
                .next()
                .unwrap_or_else(|| panic!("{page}: no JSON-LD"));
            let data: serde_json::Value =
                serde_json::from_str(&script.inner_html()).expect("JSON-LD parses");
            assert_eq!(data["@type"], "TechArticle");
            assert_eq!(data["headline"], title.as_str());
            assert_eq!(data["inLanguage"], l);
            assert_eq!(data["url"], canonical);
        }
    }
}
