//! Any catalog, any theme: catalogs of other protocols and codes of any shape build beside
//! SMTP with no change to codesite, their facts reach templates as data, a theme that tests
//! values builds, and a broken link is found however a template quotes it.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::util::*;

/// A copy of the default site with the catalogs of tests/fixtures/protocols added: HTTP
/// status codes and SMTP enhanced status codes.
fn protocols_site_source(name: &str) -> PathBuf {
    let root = fresh_dir(name);
    for dir in ["content", "locales"] {
        copy_dir(&repo().join(dir), &root.join(dir));
    }
    copy_dir(
        &repo().join("tests/fixtures/protocols/content"),
        &root.join("content"),
    );
    copy_dir(
        &repo().join("tests/fixtures/protocols/locales"),
        &root.join("locales"),
    );
    root
}

fn build(root: &Path, name: &str) -> Site {
    let out = fresh_dir(name);
    build_into(root, &out, &[]);
    Site { dir: out }
}

/// The protocols site, built once and shared.
fn protocols() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| build(&protocols_site_source("protocols"), "protocols-out"))
}

/// Words that belong to mail and its protocol, which no page of another protocol may use.
const MAIL_WORDS: &[&str] = &[
    "smtp",
    "rfc 5321",
    "reply",
    "mail",
    "ehlo",
    "rcpt",
    "envelope",
    "recipient",
    "sender",
    "bounce",
];

#[test]
fn a_catalog_of_another_protocol_builds_beside_smtp_with_no_smtp_word_on_its_pages() {
    let site = protocols();
    let pages: Vec<String> = site
        .pages()
        .into_iter()
        .filter(|p| p.split('/').nth(1) == Some("http"))
        .collect();
    // Six codes: an index, six code pages and fifteen pairs, in each of the five locales.
    assert_eq!(pages.len(), 5 * (1 + 6 + 15), "{pages:?}");
    let mut found = Vec::new();
    for page in &pages {
        let html = site.read(page).to_lowercase();
        for word in MAIL_WORDS {
            if html.contains(word) {
                found.push(format!("{page}: {word}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} mail words, e.g. {:?}",
        found.len(),
        &found[..found.len().min(10)]
    );
    // The SMTP catalog is still there, whole.
    assert!(site.files().contains("en/smtp/220-vs-553/index.html"));
    let home = site.doc("en/index.html");
    let cards: Vec<String> = home
        .select(&sel(".cards h2"))
        .map(|e| fold(&e.text().collect::<String>()))
        .collect();
    assert!(cards.contains(&"HTTP status codes".to_owned()), "{cards:?}");
    assert!(cards.contains(&"SMTP reply codes".to_owned()), "{cards:?}");
}

#[test]
fn a_fact_that_applies_to_one_code_only_is_said_so_and_never_contradicted() {
    let site = protocols();
    let doc = site.doc("en/http/301-vs-404/index.html");
    let differences: Vec<String> = doc
        .select(&sel("ol.differences li"))
        .map(|li| fold(&li.text().collect::<String>()))
        .collect();
    assert_eq!(
        differences,
        [
            "301 is a 3xx: redirection response and 404 a 4xx: client error response.",
            "301 redirects (Permanent); 404 is not a redirect.",
            "301 comes with Location; 404 needs no particular header field.",
        ]
    );
    let common: Vec<String> = doc
        .select(&sel("ul.common li"))
        .map(|li| fold(&li.text().collect::<String>()))
        .collect();
    assert_eq!(
        common,
        ["A cache may store both 301 and 404 without explicit freshness information."]
    );
    // 302 and 503 differ on their header fields, each with its own.
    let doc = site.doc("en/http/302-vs-503/index.html");
    assert!(
        fold(&text_of(&doc, "ol.differences"))
            .contains("302 comes with Location, 503 with Retry-After.")
    );
}

#[test]
fn codes_with_dots_get_plain_segments_and_follow_the_catalogs_order() {
    let site = protocols();
    let files = site.files();
    for f in [
        "en/smtp-enhanced/5-7-1/index.html",
        "en/smtp-enhanced/5-7-9-vs-5-7-10/index.html",
        "ar/smtp-enhanced/2-0-0-vs-5-1-1/index.html",
    ] {
        assert!(files.contains(f), "{f}");
    }
    assert!(
        !files.contains("en/smtp-enhanced/5-7-10-vs-5-7-9/index.html"),
        "natural order: 5.7.9 first"
    );
    let doc = site.doc("en/smtp-enhanced/5-7-1/index.html");
    assert_eq!(
        text_of(&doc, "h1"),
        "SMTP 5.7.1 Delivery not authorized, message refused"
    );
    // Its basic reply codes link into the SMTP catalog.
    let page = "en/smtp-enhanced/5-7-1/index.html";
    let basic: Vec<String> = doc
        .select(&sel("dl.facts a[href]"))
        .filter_map(|a| resolve(page, a.value().attr("href").unwrap(), false))
        .map(|(t, _)| t)
        .filter(|t| t.contains("/smtp/"))
        .collect();
    assert_eq!(basic, ["en/smtp/550/index.html", "en/smtp/554/index.html"]);
    for t in &basic {
        assert!(files.contains(t.as_str()), "{t}");
    }
    let index = site.doc("en/smtp-enhanced/index.html");
    let order: Vec<String> = index
        .select(&sel("ul.codes .code"))
        .map(|e| e.text().collect::<String>())
        .collect();
    assert_eq!(order, ["2.0.0", "5.1.1", "5.7.1", "5.7.9", "5.7.10"]);
}

#[test]
fn a_fact_declared_in_catalog_toml_reaches_templates_as_data() {
    let root = protocols_site_source("facts-as-data");
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/code.html"),
        r#"{% extends "base.html" %}
{% block content %}
<h1 data-catalog="{{ catalog.id }}" data-label="{{ catalog.label }}">{{ title_html }}</h1>
<ul id="probe">{% for f in code.facts %}<li data-id="{{ f.id }}" data-kind="{{ f.kind }}" data-applies="{{ f.applies }}">{{ f.label_text }}</li>{% endfor %}</ul>
<p id="direct">{% if catalog.id == "http" %}{{ code.fact.redirect.value }}{% endif %}</p>
{% endblock content %}
"#,
    )
    .unwrap();
    fs::write(
        root.join("templates/pair.html"),
        r#"{% extends "base.html" %}
{% block content %}
<table id="probe">{% for c in comparison %}<tr data-id="{{ c.id }}" data-same="{{ c.same }}" data-applies="{{ c.applies }}"><td>{{ c.a.label_text }}</td><td>{{ c.b.label_text }}</td></tr>{% endfor %}</table>
{% endblock content %}
"#,
    )
    .unwrap();
    let site = build(&root, "facts-as-data-out");
    let doc = site.doc("en/http/301/index.html");
    let h1 = doc.select(&sel("h1")).next().unwrap();
    assert_eq!(h1.value().attr("data-catalog"), Some("http"));
    assert_eq!(h1.value().attr("data-label"), Some("HTTP"));
    let facts: Vec<(String, String, String, String)> = doc
        .select(&sel("#probe li"))
        .map(|li| {
            let v = li.value();
            (
                v.attr("data-id").unwrap().to_owned(),
                v.attr("data-kind").unwrap().to_owned(),
                v.attr("data-applies").unwrap().to_owned(),
                li.text().collect(),
            )
        })
        .collect();
    let want: Vec<(String, String, String, String)> = [
        ("class", "choice", "true", "3xx: redirection"),
        ("cacheable", "flag", "true", "Yes"),
        ("redirect", "choice", "true", "Permanent"),
        ("headers", "literals", "true", "Location"),
        ("defined_in", "references", "true", "RFC 9110 §15.4.2"),
        ("related", "codes", "true", "302"),
    ]
    .iter()
    .map(|(a, b, c, d)| ((*a).into(), (*b).into(), (*c).into(), (*d).into()))
    .collect();
    assert_eq!(facts, want);
    assert_eq!(text_of(&doc, "#direct"), "permanent");
    let pair = site.doc("en/http/301-vs-404/index.html");
    let rows: Vec<Vec<String>> = pair
        .select(&sel("#probe tr"))
        .map(|tr| {
            let v = tr.value();
            let mut row = vec![
                v.attr("data-id").unwrap().to_owned(),
                v.attr("data-same").unwrap().to_owned(),
                v.attr("data-applies").unwrap().to_owned(),
            ];
            row.extend(
                tr.select(&sel("td"))
                    .map(|td| td.text().collect::<String>()),
            );
            row
        })
        .collect();
    assert_eq!(
        rows,
        [
            [
                "class",
                "false",
                "both",
                "3xx: redirection",
                "4xx: client error"
            ],
            ["cacheable", "true", "both", "Yes", "Yes"],
            ["redirect", "false", "a", "Permanent", ""],
            ["headers", "false", "a", "Location", ""],
        ]
    );
}

/// The built-in templates, each with `edit` applied.
fn theme(root: &Path, edit: impl Fn(&str, &str) -> String) {
    let dir = root.join("templates");
    fs::create_dir_all(&dir).unwrap();
    for e in fs::read_dir(repo().join("templates")).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "html") {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&p).unwrap();
            fs::write(dir.join(&name), edit(&name, &text)).unwrap();
        }
    }
}

#[test]
fn a_theme_that_tests_values_builds_the_same_bytes_where_its_tests_never_fire() {
    let root = fresh_dir("value-theme");
    for dir in ["content", "locales"] {
        copy_dir(&repo().join(dir), &root.join(dir));
    }
    // In every template: a test on a page value, a filter, and a loop over facts, none of
    // which changes a byte; in code.html, one test that fires on deprecated codes only.
    theme(&root, |name, text| {
        let probe = "{% if page.kind == \"never\" %}<p>never</p>{% endif %}{% set l = lang | lower %}{% if l != lang %}<p>{{ l }}</p>{% endif %}";
        let text = match text.find("{% block content %}") {
            Some(_) => text.replacen(
                "{% block content %}",
                &format!("{{% block content %}}{probe}"),
                1,
            ),
            None => text.replacen(
                "<main id=\"main\">",
                &format!("<main id=\"main\">{probe}"),
                1,
            ),
        };
        match name {
            "code.html" => text.replacen(
                "<h1>",
                "{% for f in code.facts %}{% if f.id == \"deprecated\" and f.applies %}<p class=\"gone\">{{ f.name_text | upper }}</p>{% endif %}{% endfor %}<h1>",
                1,
            ),
            "pair.html" => text.replacen(
                "<h1>",
                "{% for c in comparison %}{% if c.applies == \"nowhere\" %}{{ loop.index }}{% endif %}{% endfor %}<h1>",
                1,
            ),
            _ => text,
        }
    });
    let themed = build(&root, "value-theme-out");
    let plain = default_site(Files);
    let (a, b) = (plain.files(), themed.files());
    assert_eq!(a, b, "the same files");
    let mut differ = Vec::new();
    for f in &a {
        if fs::read(plain.dir.join(f)).unwrap() != fs::read(themed.dir.join(f)).unwrap()
            && !f.starts_with('.')
        {
            differ.push(f.clone());
        }
    }
    let want: Vec<String> = ["en", "tr", "vi", "ar", "hi"]
        .iter()
        .map(|l| format!("{l}/smtp/538/index.html"))
        .collect();
    differ.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(
        differ, want_sorted,
        "only the pages where a test fires differ"
    );
    let doc = themed.doc("en/smtp/538/index.html");
    assert_eq!(text_of(&doc, "p.gone"), "DEPRECATED");
}

#[test]
fn a_broken_link_in_each_quoting_style_fails_check() {
    let root = fixture("mini");
    fs::create_dir_all(root.join("templates")).unwrap();
    let code = fs::read_to_string(repo().join("templates/code.html")).unwrap();
    fs::write(
        root.join("templates/code.html"),
        code.replacen(
            "<h1>",
            "<a href='../single/index.html'>1</a> <A HREF=../bare/index.html>2</A> <a href = \"../spaced/index.html\">3</a> <a href=\"../&#x6E;amed/index.html\">4</a><h1>",
            1,
        ),
    )
    .unwrap();
    let o = codesite(&["check", "--root", root.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    for link in [
        "../single/index.html",
        "../bare/index.html",
        "../spaced/index.html",
        "../named/index.html",
    ] {
        assert!(
            stderr.contains(&format!(
                "broken link `{link}`: it leads to a file the site does not have; from `ar/mini/"
            )),
            "{link} not reported:\n{stderr}"
        );
    }
    // Each is reported once, at the template that writes it.
    assert_eq!(stderr.matches("error: broken link").count(), 4, "{stderr}");
    assert!(stderr.contains("templates/code.html:"), "{stderr}");
}
