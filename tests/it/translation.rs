//! Pages speak their locale: chrome and sentence frames translated, fallbacks marked.

use crate::util::*;

const OTHERS: [&str; 4] = ["tr", "vi", "ar", "hi"];

fn inner_html(doc: &scraper::Html, selector: &str) -> String {
    doc.select(&sel(selector))
        .next()
        .map(|e| e.inner_html())
        .unwrap_or_default()
}

#[test]
fn headings_labels_and_comparison_sentences_are_in_the_pages_language() {
    let site = default_site(Folders);
    let en = site.doc("en/smtp/220-vs-553/index.html");
    let en_h2: Vec<String> = en
        .select(&sel("main h2"))
        .map(|e| fold(&e.text().collect::<String>()))
        .collect();
    for l in OTHERS {
        let doc = site.doc(&format!("{l}/smtp/220-vs-553/index.html"));
        let h2: Vec<String> = doc
            .select(&sel("main h2"))
            .map(|e| fold(&e.text().collect::<String>()))
            .collect();
        assert_eq!(h2.len(), en_h2.len());
        for (mine, english) in h2.iter().zip(&en_h2) {
            assert_ne!(mine, english, "{l}: heading left in English");
        }
        for el in doc.select(&sel(
            "main h2, main h4, ol.differences li, p.lead, nav.crumbs, footer",
        )) {
            assert!(
                !el.html().contains("lang=\"en\""),
                "{l}: English fallback in {}",
                el.html()
            );
        }
        let diffs: Vec<String> = doc
            .select(&sel("ol.differences li"))
            .map(|e| fold(&e.text().collect::<String>()))
            .collect();
        let en_diffs: Vec<String> = en
            .select(&sel("ol.differences li"))
            .map(|e| fold(&e.text().collect::<String>()))
            .collect();
        for (mine, english) in diffs.iter().zip(&en_diffs) {
            assert_ne!(mine, english, "{l}: difference left in English");
        }
    }
}

#[test]
fn one_pair_page_per_locale_matches_its_reviewed_snapshot() {
    let site = default_site(Folders);
    for l in ["en", "tr", "vi", "ar", "hi"] {
        let doc = site.doc(&format!("{l}/smtp/421-vs-450/index.html"));
        insta::assert_snapshot!(format!("pair_421_450_{l}"), inner_html(&doc, "main"));
    }
}

#[test]
fn a_missing_translation_falls_back_to_english_marked_lang_en() {
    let root = fixture("mini");
    let out = fresh_dir("mini-fallback");
    let o = codesite_ok(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("ar ")
            && stderr.contains("messages translated; the default locale's text is shown for"),
        "{stderr}"
    );
    let site = Site { dir: out };
    let doc = site.doc("ar/mini/220-vs-553/index.html");
    // 220's name is translated: no marking. 553's is not: marked, in English, left to right.
    let h3: Vec<String> = doc
        .select(&sel("article h3"))
        .map(|e| e.inner_html())
        .collect();
    assert!(
        h3[0].contains("الخدمة جاهزة") && !h3[0].contains("lang=\"en\""),
        "{}",
        h3[0]
    );
    let name = doc
        .select(&sel("article h3 [lang=en]"))
        .next()
        .expect("553's name is marked as English");
    assert_eq!(name.value().attr("dir"), Some("ltr"));
    assert_eq!(name.text().collect::<String>(), "Mailbox Name Not Allowed");
    assert!(!h3[1].contains("الخدمة"), "{}", h3[1]);
    let fallback = doc.select(&sel("main [lang=en]")).count();
    assert!(fallback > 5);
}

#[test]
fn strict_fails_on_a_missing_translation() {
    let root = fixture("mini");
    let out = fresh_dir("mini-strict");
    let o = codesite(&[
        "build",
        "--strict",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("error: locale `ar` lacks 42 messages of mini.ftl, shown in `en`")
            && stderr.contains("mini-553 .description .fix .when (line"),
        "{stderr}"
    );
    assert!(
        std::fs::read_dir(&out).unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn the_pseudo_locale_shows_every_translated_text_changed_and_literals_kept() {
    let root = fixture("mini");
    let out = fresh_dir("mini-pseudo");
    codesite_ok(&[
        "build",
        "--quiet",
        "--pseudo",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    let site = Site { dir: out };
    let doc = site.doc("en-xa/mini/220/index.html");
    let h2: Vec<String> = doc
        .select(&sel("main h2"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(!h2.is_empty());
    for h in &h2 {
        assert!(!h.is_ascii(), "a heading left as written: {h}");
    }
    // Protocol literals stay as they are, so a reader still sees what to type.
    let codes: Vec<String> = doc
        .select(&sel("main p code"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert!(codes.contains(&"STARTTLS".to_owned()), "{codes:?}");
    // Only when asked for.
    let plain = fresh_dir("mini-no-pseudo");
    build_into(&root, &plain, &[]);
    assert!(!plain.join("en-xa").exists());
}

#[test]
fn files_in_locales_that_codesite_does_not_read_are_named() {
    let root = fixture("mini");
    std::fs::write(root.join("locales/en/mnii.ftl"), "mnii-name = Typo\n").unwrap();
    std::fs::create_dir_all(root.join("locales/fr")).unwrap();
    std::fs::write(root.join("locales/fr/ui.ftl"), "site-name = Codes\n").unwrap();
    let o = codesite(&["check", "--root", root.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("warning: mnii.ftl belongs to no catalog")
            && stderr.contains("did you mean mini.ftl?"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: locales/fr/ is not a locale of site.toml"),
        "{stderr}"
    );
    // Not read: no other locale is said to lack its messages.
    assert!(!stderr.contains("of mnii.ftl"), "{stderr}");
}
