//! What a reader sees on every page of every locale: their own language, no defects of the
//! pages we replace (doubled words, words cut before an ellipsis, mangled addresses), and the
//! facts of the catalog shown where they belong.

use std::collections::{BTreeSet, HashSet};

use scraper::{ElementRef, Html, Node};

use crate::util::*;

const OTHERS: [&str; 4] = ["tr", "vi", "ar", "hi"];

/// The text under `el` as a reader sees it, leaving out the subtrees that may hold English on
/// purpose: protocol literals (`code`, `pre`, `kbd`, `translate="no"`) and text marked
/// `lang="en"`. Left-out parts become a line break, so words on either side never join.
fn reader_text(el: ElementRef) -> String {
    let mut out = String::new();
    walk_text(el, &mut out);
    out
}

fn walk_text(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let skip = matches!(e.name(), "code" | "pre" | "kbd" | "script" | "style")
                    || e.attr("translate") == Some("no")
                    || e.attr("lang").is_some_and(|l| l == "en");
                if skip {
                    out.push('\n');
                } else if let Some(child) = ElementRef::wrap(child) {
                    walk_text(child, out);
                }
            }
            _ => {}
        }
    }
}

/// Words as a reader splits them: runs of letters and marks (Devanagari vowel signs are marks).
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || is_mark(c) || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_mark(c: char) -> bool {
    // Combining marks of the scripts on the site: Devanagari signs, Arabic harakat, and the
    // general combining diacritics Vietnamese text may use when not precomposed.
    matches!(c, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0300}'..='\u{036F}')
}

/// English words of three letters or more from the English message files, lower case. Words
/// written in capitals there (SMTP, TLS, SASL) are acronyms and left out, as are words that
/// only occur inside backticks or placeables.
fn english_vocabulary() -> HashSet<String> {
    let mut vocab = HashSet::new();
    for file in ["locales/en/ui.ftl", "locales/en/smtp.ftl"] {
        let text = std::fs::read_to_string(repo().join(file)).unwrap();
        for line in text.lines() {
            let line = line.trim_start();
            if line.starts_with('#') {
                continue;
            }
            let value = match line.split_once('=') {
                Some((_, v)) => v,
                None => line,
            };
            let cleaned = strip_between(&strip_between(value, '`', '`'), '{', '}');
            for w in words(&cleaned) {
                if w.chars().count() >= 3
                    && w.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
                    && w.chars().any(|c| c.is_ascii_lowercase())
                {
                    vocab.insert(w.to_ascii_lowercase());
                }
            }
        }
    }
    vocab
}

fn strip_between(s: &str, open: char, close: char) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        if c == open && (open != close || depth == 0) {
            depth += 1;
            out.push(' ');
        } else if c == close && depth > 0 {
            depth -= 1;
        } else if depth == 0 {
            out.push(c);
        }
    }
    out
}

/// Runs of three or more consecutive English words in `text`. Acronyms (all capitals), words
/// with digits and words of one or two letters ("is", "to", which are also Turkish or
/// Vietnamese words) are neutral: they neither count nor break a run.
fn english_runs(text: &str, vocab: &HashSet<String>) -> Vec<String> {
    let mut runs = Vec::new();
    for line in text.split('\n') {
        let mut run: Vec<&str> = Vec::new();
        let mut counted = 0;
        let mut flush = |run: &mut Vec<&str>, counted: &mut usize| {
            if *counted >= 3 {
                runs.push(run.join(" "));
            }
            run.clear();
            *counted = 0;
        };
        for w in words(line) {
            let neutral = w.chars().any(|c| c.is_ascii_digit())
                || w.chars().count() < 3
                || (w.chars().all(|c| c.is_ascii_uppercase()) && w.len() > 1);
            if neutral {
                if !run.is_empty() {
                    run.push(w);
                }
            } else if vocab.contains(&w.to_lowercase()) {
                run.push(w);
                counted += 1;
            } else {
                flush(&mut run, &mut counted);
            }
        }
        flush(&mut run, &mut counted);
    }
    runs
}

fn locale_pages(site: &Site, l: &str) -> Vec<String> {
    site.pages()
        .into_iter()
        .filter(|p| p.starts_with(&format!("{l}/")))
        .collect()
}

#[test]
fn the_english_detector_finds_english_and_passes_other_languages() {
    let vocab = english_vocabulary();
    assert!(vocab.contains("mailbox") && vocab.contains("server"));
    assert!(!vocab.contains("smtp"), "acronyms stay out");
    assert_eq!(
        english_runs("Sunucu şunu söyledi: the server is closing now.", &vocab),
        ["the server is closing now"]
    );
    assert!(
        english_runs(
            "Sunucu bağlantıyı kapatıyor; TLS ve SMTP 220 yanıtı.",
            &vocab
        )
        .is_empty()
    );
    assert!(english_runs("Máy chủ đóng kết nối sau QUIT.", &vocab).is_empty());
}

#[test]
fn every_page_in_tr_vi_ar_hi_is_in_its_own_language() {
    let site = default_site(Folders);
    let vocab = english_vocabulary();
    for l in OTHERS {
        let mut found = Vec::new();
        let mut fallbacks = Vec::new();
        for page in locale_pages(site, l) {
            let doc = site.doc(&page);
            for region in ["main", "nav.crumbs", "footer", "header a.brand"] {
                for el in doc.select(&sel(region)) {
                    for run in english_runs(&reader_text(el), &vocab) {
                        found.push(format!("{page} ({region}): {run:?}"));
                    }
                    if let Some(marked) = el.select(&sel("[lang=en]")).next() {
                        fallbacks.push(format!(
                            "{page}: {}",
                            fold(&marked.text().collect::<String>())
                        ));
                    }
                }
            }
            for meta in [text_of(&doc, "title"), meta_description(&doc)] {
                for run in english_runs(&meta, &vocab) {
                    found.push(format!("{page} (head): {run:?}"));
                }
            }
        }
        assert!(
            found.is_empty(),
            "{l}: {} English passages, e.g. {:#?}",
            found.len(),
            &found[..found.len().min(8)]
        );
        assert!(
            fallbacks.is_empty(),
            "{l}: {} elements still in English, e.g. {:#?}",
            fallbacks.len(),
            &fallbacks[..fallbacks.len().min(8)]
        );
    }
}

fn meta_description(doc: &Html) -> String {
    doc.select(&sel("meta[name=description]"))
        .next()
        .and_then(|m| m.value().attr("content"))
        .unwrap_or_default()
        .to_owned()
}

/// Reduplication that each language uses on purpose ("tek tek", "dần dần"); anything else
/// repeated is a gluing defect such as "when when".
const INTENDED_REPEATS: &[&str] = &[
    "tek",
    "ayrı",
    "yavaş",
    "sık",
    "harf",
    "dần",
    "từ",
    "धीरे",
    "बार",
    "अलग",
];

#[test]
fn no_page_repeats_a_word_or_mangles_an_address() {
    for style in [Files, Folders] {
        let site = default_site(style);
        let mut doubled = BTreeSet::new();
        for page in site.pages() {
            let html = site.read(&page);
            assert!(!html.contains("[email"), "{page}: a mangled address");
            assert!(
                !html.contains("email&#160;protected") && !html.contains("email protected"),
                "{page}"
            );
            let doc = Html::parse_document(&html);
            let root = doc.root_element();
            let text = format!("{}\n{}", reader_text(root), meta_description(&doc));
            for line in text.split('\n') {
                // Neighbours are words with only white space between them ("<CRLF>.<CRLF>" is
                // one token, not a repeat).
                let ws: Vec<&str> = line
                    .split_whitespace()
                    .map(|t| t.trim_matches(|c: char| !(c.is_alphanumeric() || is_mark(c))))
                    .filter(|t| !t.is_empty())
                    .collect();
                for pair in ws.windows(2) {
                    let (a, b) = (pair[0].to_lowercase(), pair[1].to_lowercase());
                    if a == b
                        && !a.chars().all(|c| c.is_ascii_digit())
                        && !INTENDED_REPEATS.contains(&a.as_str())
                    {
                        doubled.insert(format!("{page}: \"{} {}\"", pair[0], pair[1]));
                    }
                }
            }
        }
        assert!(
            doubled.is_empty(),
            "doubled words: {:#?}",
            doubled.iter().take(10).collect::<Vec<_>>()
        );
    }
}

/// The text a reader would compare a summary with, without the isolation marks that plain
/// text uses where HTML uses `<bdi>`.
fn comparable(s: &str) -> String {
    fold(&s.replace(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'], ""))
}

/// `summary` is either the whole of `full` or a start of it that ends at a word boundary,
/// followed by an ellipsis.
fn check_summary(where_: &str, summary: &str, full: &str, problems: &mut Vec<String>) {
    let (summary, full) = (comparable(summary), comparable(full));
    if summary.chars().count() > 160 {
        problems.push(format!("{where_}: longer than 160 characters: {summary}"));
    }
    let Some(kept) = summary.strip_suffix('…') else {
        if !full.starts_with(&summary) {
            problems.push(format!(
                "{where_}: {summary:?} is not the start of {full:?}"
            ));
        }
        return;
    };
    let kept = kept.trim_end();
    match full.find(kept) {
        None => problems.push(format!("{where_}: {kept:?} is not in {full:?}")),
        Some(i) => {
            let next = full[i + kept.len()..].chars().next();
            if next.is_some_and(|c| c.is_alphanumeric() || is_mark(c)) {
                problems.push(format!("{where_}: cut inside a word: {summary:?}"));
            }
        }
    }
    if kept.ends_with(['.', ',', ';', ':', '।', '،']) {
        problems.push(format!(
            "{where_}: punctuation before the ellipsis: {summary:?}"
        ));
    }
}

#[test]
fn the_summary_check_catches_the_defects_of_the_old_site() {
    let full = "It typically includes the software identification string.";
    let mut problems = Vec::new();
    check_summary(
        "ok",
        "It typically includes the software…",
        full,
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems:?}");
    check_summary(
        "cut",
        "It typically includes the software identificati…",
        full,
        &mut problems,
    );
    check_summary(
        "stop",
        "It typically includes the software identification string.…",
        full,
        &mut problems,
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn summaries_are_cut_at_a_word_boundary_on_every_page() {
    let site = default_site(Folders);
    let mut problems = Vec::new();
    let mut cut = 0;
    for page in site.pages() {
        let doc = site.doc(&page);
        let desc = meta_description(&doc);
        if desc.is_empty() {
            continue;
        }
        cut += usize::from(desc.ends_with('…'));
        let main = doc
            .select(&sel("main"))
            .next()
            .map(|m| m.text().collect::<String>())
            .unwrap_or_default();
        let og = doc
            .select(&sel("meta[property='og:description']"))
            .next()
            .and_then(|m| m.value().attr("content"))
            .map(str::to_owned);
        if desc.ends_with('…') {
            // A shortened description summarises text the page shows in full.
            check_summary(&page, &desc, &find_source(&main, &desc), &mut problems);
        } else if desc.chars().count() > 160 {
            problems.push(format!("{page}: description longer than 160 characters"));
        }
        if let Some(og) = og {
            assert_eq!(
                og, desc,
                "{page}: og:description differs from the description"
            );
        }
    }
    assert!(
        cut > 50,
        "only {cut} descriptions were shortened: the check is not exercised"
    );
    // Catalog cards summarise each code's description, shown in full on the code's page.
    for l in ["en", "tr", "vi", "ar", "hi"] {
        let page = format!("{l}/smtp/index.html");
        let doc = site.doc(&page);
        for li in doc.select(&sel("ul.codes > li")) {
            let code = li.value().attr("id").unwrap().trim_start_matches("c-");
            let summary = li
                .select(&sel("p"))
                .next()
                .unwrap()
                .text()
                .collect::<String>();
            let code_doc = site.doc(&format!("{l}/smtp/{code}/index.html"));
            let full = text_of(&code_doc, "#description + p");
            check_summary(
                &format!("{page} card {code}"),
                &summary,
                &full,
                &mut problems,
            );
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems, e.g. {:#?}",
        problems.len(),
        &problems[..problems.len().min(8)]
    );
}

/// The sentence or paragraph of `main` that a description summarises: the whole text of
/// `main`, from the place where the description's first words appear.
fn find_source(main: &str, desc: &str) -> String {
    let main = comparable(main);
    let desc = comparable(desc);
    let head: String = desc
        .trim_end_matches('…')
        .split(' ')
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    match main.find(&head) {
        Some(i) => main[i..].to_owned(),
        None => main,
    }
}

#[test]
fn every_code_page_shows_a_left_to_right_transcript_with_rfc_true_enhanced_codes() {
    let site = default_site(Folders);
    for l in ["en", "tr", "vi", "ar", "hi"] {
        for page in locale_pages(site, l)
            .into_iter()
            .filter(|p| p.split('/').count() == 4 && !p.contains("-vs-") && p.contains("/smtp/"))
        {
            let code = page.split('/').nth(2).unwrap();
            let doc = site.doc(&page);
            let pre = doc
                .select(&sel("pre.transcript"))
                .next()
                .unwrap_or_else(|| panic!("{page}: no transcript"));
            assert_eq!(pre.value().attr("dir"), Some("ltr"), "{page}");
            let text = pre.text().collect::<String>();
            let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
            assert!(lines.len() >= 2, "{page}: a transcript is a dialogue");
            for line in &lines {
                assert!(
                    line.starts_with("C: ") || line.starts_with("S: "),
                    "{page}: {line:?}"
                );
            }
            let replies: Vec<&str> = lines
                .iter()
                .filter_map(|x| x.strip_prefix("S: "))
                .filter(|r| r.starts_with(code))
                .collect();
            assert!(
                !replies.is_empty(),
                "{page}: the transcript never shows {code}"
            );
            for reply in replies {
                let rest = &reply[3..];
                let enhanced = rest
                    .trim_start_matches(['-', ' '])
                    .split(' ')
                    .next()
                    .filter(|t| {
                        t.split('.').count() == 3
                            && t.split('.')
                                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                    });
                if let Some(e) = enhanced {
                    // RFC 3463: the enhanced code repeats the class; RFC 2034: never on a 3yz
                    // reply or on the greeting.
                    assert_eq!(&e[..1], &code[..1], "{page}: {reply}");
                    assert!(!code.starts_with('3'), "{page}: 3yz with an enhanced code");
                    let greeting = lines
                        .first()
                        .is_some_and(|f| f.starts_with("S: 220") && f.ends_with(reply));
                    assert!(!greeting, "{page}: an enhanced code on the greeting");
                }
            }
            // The defining RFC, on rfc-editor.org.
            let rfc = doc
                .select(&sel("a[href^='https://www.rfc-editor.org/rfc/rfc']"))
                .count();
            assert!(rfc >= 1, "{page}: no link to the defining RFC");
        }
    }
}

#[test]
fn the_catalog_states_the_facts_the_rfcs_give() {
    let site = default_site(Folders);
    let name = |code: &str| text_of(&site.doc(&format!("en/smtp/{code}/index.html")), "h1");
    let main = |code: &str| text_of(&site.doc(&format!("en/smtp/{code}/index.html")), "main");
    assert_eq!(
        name("550"),
        "SMTP 550 Mailbox Unavailable",
        "not only 'not found'"
    );
    assert_eq!(name("553"), "SMTP 553 Mailbox Name Not Allowed");
    let m530 = main("530");
    assert!(
        m530.contains("AUTH") && m530.contains("STARTTLS"),
        "530 has two standard meanings"
    );
    assert!(
        main("220").contains("STARTTLS"),
        "220 is also the reply to STARTTLS"
    );
    let m552 = main("552");
    assert!(
        m552.contains("recipients") && m552.contains("temporary"),
        "552: too many recipients is temporary"
    );
    let d538 = site.doc("en/smtp/538/index.html");
    let terms: Vec<String> = d538
        .select(&sel("dl.facts > dt"))
        .map(|e| fold(&e.text().collect::<String>()))
        .collect();
    let values: Vec<String> = d538
        .select(&sel("dl.facts > dd"))
        .map(|e| fold(&e.text().collect::<String>()))
        .collect();
    let deprecated = terms
        .iter()
        .position(|t| t == "Deprecated")
        .expect("a Deprecated row");
    assert!(
        values[deprecated].starts_with("Yes"),
        "538 is marked deprecated: {values:?}"
    );
    let index = site.doc("en/smtp/index.html");
    let deprecated: Vec<String> = index
        .select(&sel("ul.codes > li"))
        .filter(|li| {
            li.select(&sel(".badge"))
                .any(|b| fold(&b.text().collect::<String>()) == "Deprecated")
        })
        .map(|li| li.value().attr("id").unwrap_or_default().to_owned())
        .collect();
    assert_eq!(
        deprecated,
        ["c-538"],
        "the index marks 538, and only 538, deprecated"
    );
    for code in ["521", "556"] {
        let doc = site.doc(&format!("en/smtp/{code}/index.html"));
        assert!(
            doc.select(&sel("a[href^='https://www.rfc-editor.org/rfc/rfc7504']"))
                .next()
                .is_some(),
            "{code} comes from RFC 7504"
        );
    }
}

#[test]
fn every_home_links_the_about_page_in_its_language() {
    let site = default_site(Files);
    for l in ["en", "tr", "vi", "ar", "hi"] {
        let home = format!("{l}/index.html");
        let doc = site.doc(&home);
        let about = doc
            .select(&sel("main a[href]"))
            .filter_map(|a| resolve(&home, a.value().attr("href").unwrap(), false))
            .any(|(t, _)| t == format!("{l}/about/index.html"));
        assert!(about, "{home} does not link its about page");
        let page = site.doc(&format!("{l}/about/index.html"));
        assert!(
            page.select(&sel("main h2")).count() >= 3,
            "{l}: the about page explains digits, classes, enhanced codes"
        );
        assert!(
            page.select(&sel("main [lang=en]")).next().is_none(),
            "{l}: the about page is not translated"
        );
    }
}

#[test]
fn the_default_site_builds_in_strict_mode() {
    let out = fresh_dir("strict-default");
    let root = repo();
    let o = codesite(&[
        "build",
        "--strict",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    for l in ["en", "tr", "vi", "ar", "hi"] {
        assert!(
            stderr.lines().any(|x| x.trim_start().starts_with(l)
                && x.contains("messages translated")
                && !x.contains("is shown for")),
            "{l} is not fully translated:\n{stderr}"
        );
    }
}
