//! Views: what each template receives. Each page kind has a module that builds its view, a
//! plain `Serialize` struct; [`crate::render`] hands it to Tera.
//!
//! What does not depend on the page is made once per build and shared into every page's
//! context without copying (a Tera `Value` is reference-counted): each locale's chrome
//! ([`LocaleShared`]), each catalog's texts and each code's texts and facts in each locale
//! ([`CodeShared`]). A page then costs its own work only: its head, its links and, on a pair
//! page, its comparison sentences, whatever its template tests or loops over.
//!
//! Texts that end in `_html` are HTML made by [`crate::i18n`] from escaped translations,
//! marked safe for Tera; every other string is plain text, which Tera escapes.

pub mod catalog;
pub mod code;
pub mod home;
pub mod pair;
pub mod shared;
pub mod simple;

use std::borrow::Cow;

use serde::{Serialize, Serializer};
use tera::Value;

use crate::diag::{Diagnostic, Location};
use crate::i18n::{Arg, I18n, Text};
use crate::id::LocaleId;
use crate::plan::{Page, PageKind, Plan};
use crate::validate::Site;
pub use shared::{CatalogShared, CodeShared, LocaleShared, Shared};

/// Everything a view is built from.
#[derive(Clone, Copy)]
pub struct Cx<'a> {
    /// The validated site.
    pub site: &'a Site,
    /// Every page and how to link it.
    pub plan: &'a Plan,
    /// What every page of a locale shares.
    pub shared: &'a Shared,
}

impl<'a> Cx<'a> {
    /// The shared values of a locale.
    pub fn locale(&self, l: LocaleId) -> &'a LocaleShared {
        &self.shared.locales[l.index()]
    }

    /// Formats a message of `l`.
    pub fn fmt(&self, l: LocaleId, id: &str, args: &[(&str, Arg<'_>)]) -> Result<Text, Diagnostic> {
        fmt(&self.site.i18n, l, id, None, args)
    }
}

/// Formats a message or attribute, with a diagnostic naming it when it fails.
pub fn fmt(
    i18n: &I18n,
    l: LocaleId,
    id: &str,
    attr: Option<&str>,
    args: &[(&str, Arg<'_>)],
) -> Result<Text, Diagnostic> {
    i18n.format(l, id, attr, args).map_err(|e| {
        let location = i18n
            .info(l, id)
            .or_else(|| i18n.info(i18n.reference(), id))
            .map(|i| i.location())
            .unwrap_or_else(|| Location::file("locales"));
        Diagnostic::error(location, e)
            .with_help("use only the variables the README lists for this message, and only messages and terms that exist")
    })
}

/// HTML that Tera prints as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Html(pub String);

impl Serialize for Html {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Value::safe_string(&self.0).serialize(s)
    }
}

impl From<String> for Html {
    fn from(s: String) -> Self {
        Html(s)
    }
}

/// What `base.html` and every page receive, whatever their kind.
#[derive(Serialize)]
pub struct Common<'a> {
    /// The page's language (`tr`).
    pub lang: String,
    /// Its direction: `ltr` or `rtl`.
    pub dir: &'static str,
    /// The page itself: kind, title, description, URL, alternates.
    pub page: PageInfo<'a>,
    /// The site: its title, its name in the page's language.
    pub site: Value,
    /// The chrome's texts in the page's language, as HTML, by message id with `_` for `-`.
    pub ui: Value,
    /// The same texts as plain text, for attributes.
    pub ui_text: Value,
    /// Links out of the page.
    pub nav: Nav<'a>,
}

/// A page's head.
#[derive(Serialize)]
pub struct PageInfo<'a> {
    /// `home`, `catalog`, `code`, `pair`, `page`, `chooser` or `notfound`.
    pub kind: &'static str,
    /// Plain-text title.
    pub title: String,
    /// Plain-text description, at most [`SUMMARY_CHARS`] characters.
    pub description: String,
    /// Canonical absolute URL.
    pub url: String,
    /// The page in every locale and x-default.
    pub alternates: Vec<Alternate<'a>>,
    /// Open Graph type: `article` for code and pair pages, `website` for the others.
    pub og_type: &'static str,
    /// JSON-LD for code and pair pages, safe inside `<script type="application/ld+json">`.
    pub json_ld: Html,
}

/// One hreflang alternate.
#[derive(Serialize)]
pub struct Alternate<'a> {
    /// A locale code, or `x-default`.
    pub hreflang: &'a str,
    /// Absolute URL.
    pub url: String,
}

/// Links out of a page.
#[derive(Serialize, Default)]
pub struct Nav<'a> {
    /// The locale's home.
    pub home: String,
    /// The stylesheet.
    pub css: String,
    /// The same page in each locale.
    pub switcher: Vec<Switch<'a>>,
    /// From the home to the page; the last one is the page itself, without a link.
    pub crumbs: Vec<Crumb>,
    /// The Markdown pages (about), in the page's locale.
    pub pages: Vec<NavPage>,
}

/// One entry of the language switcher.
#[derive(Serialize)]
pub struct Switch<'a> {
    /// Locale code.
    pub code: &'a str,
    /// The language's own name.
    pub name: &'a str,
    /// Its direction.
    pub dir: &'static str,
    /// The same page in that language.
    pub href: String,
    /// Whether it is the page's own language.
    pub current: bool,
}

/// One breadcrumb.
#[derive(Serialize)]
pub struct Crumb {
    /// Its text, as HTML.
    pub html: Html,
    /// Its link; empty for the page itself.
    pub href: String,
}

/// A link to a Markdown page.
#[derive(Serialize)]
pub struct NavPage {
    /// Its folder (`about`).
    pub slug: String,
    /// Its title in the page's language.
    pub title: String,
    /// Its link.
    pub href: String,
}

/// Longest meta description, in characters.
pub const SUMMARY_CHARS: usize = 160;

/// The parts of a page every kind has, for `page` in locale `l` with its title and
/// description; `crumb` names the page itself at the end of the breadcrumbs.
pub fn common<'a>(
    cx: &Cx<'a>,
    page: &Page,
    l: LocaleId,
    title: String,
    description: &str,
    crumb: Option<Html>,
) -> Common<'a> {
    let plan = cx.plan;
    let ls = cx.locale(l);
    let locale = cx.site.config.locale(l);
    let url = plan.url(page);
    let alternates: Vec<Alternate> = plan
        .alternates(page)
        .into_iter()
        .map(|(hreflang, to)| Alternate {
            hreflang,
            url: if to == *page {
                url.clone()
            } else {
                plan.url(&to)
            },
        })
        .collect();
    let home = Page::new(PageKind::Home, l);
    let mut crumbs = vec![Crumb {
        html: ls.nav_home.clone(),
        href: plan.href(page, &home),
    }];
    if let Some(c) = page.kind.catalog() {
        crumbs.push(Crumb {
            html: Html(ls.catalogs[c.index()].name.html.clone()),
            href: plan.href(page, &Page::new(PageKind::Catalog(c), l)),
        });
    }
    match crumb {
        Some(html) => crumbs.push(Crumb {
            html,
            href: String::new(),
        }),
        // The page is the last crumb already: named, not linked.
        None => {
            if let Some(last) = crumbs.last_mut() {
                last.href.clear();
            }
        }
    }
    let article = matches!(page.kind, PageKind::Code(_) | PageKind::Pair(..));
    let description = summarize(description, SUMMARY_CHARS).into_owned();
    let json_ld = if article {
        json_ld(
            &title,
            &description,
            &url,
            locale.code.as_str(),
            &ls.site_name,
            &plan.url(&home),
        )
    } else {
        Html::default()
    };
    Common {
        lang: locale.code.clone(),
        dir: locale.dir.as_str(),
        page: PageInfo {
            kind: page.kind.name(),
            title,
            description,
            url,
            alternates,
            og_type: if article { "article" } else { "website" },
            json_ld,
        },
        site: ls.site.clone(),
        ui: ls.ui.clone(),
        ui_text: ls.ui_text.clone(),
        nav: Nav {
            home: plan.href(page, &home),
            css: plan.file_href(page, "assets/style.css"),
            switcher: cx
                .site
                .config
                .locale_ids()
                .map(|m| {
                    let loc = cx.site.config.locale(m);
                    Switch {
                        code: &loc.code,
                        name: &loc.name,
                        dir: loc.dir.as_str(),
                        href: plan.href(page, &page.in_locale(m)),
                        current: m == l,
                    }
                })
                .collect(),
            crumbs,
            pages: ls
                .prose
                .iter()
                .enumerate()
                .map(|(p, doc)| NavPage {
                    slug: cx.site.prose[p].slug.clone(),
                    title: doc.title.clone(),
                    href: plan.href(
                        page,
                        &Page::new(PageKind::Prose(crate::id::ProseId(p as u32)), l),
                    ),
                })
                .collect(),
        },
    }
}

/// Schema.org structured data for a code or pair page, escaped so that no text can close
/// the script element it sits in.
fn json_ld(title: &str, description: &str, url: &str, lang: &str, site: &str, home: &str) -> Html {
    let data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "TechArticle",
        "headline": title,
        "description": description,
        "inLanguage": lang,
        "isPartOf": { "@type": "WebSite", "name": site, "url": home },
        "url": url,
    });
    Html(data.to_string().replace('<', "\\u003c"))
}

/// Shortens `text` to at most `max` characters, at a word boundary, ending in "…". A text
/// that fits is returned whole; spaces are evened out either way.
pub fn summarize(text: &str, max: usize) -> Cow<'_, str> {
    let even = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if even.chars().count() <= max {
        return if even == text {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(even)
        };
    }
    let cut: String = even.chars().take(max.saturating_sub(1)).collect();
    // The character after the cut decides whether the last word is whole.
    let next_is_space = even
        .chars()
        .nth(cut.chars().count())
        .is_some_and(char::is_whitespace);
    let kept = if next_is_space {
        cut.as_str()
    } else {
        match cut.rfind(char::is_whitespace) {
            Some(i) => &cut[..i],
            None => cut.as_str(),
        }
    };
    // A whole sentence that fills at least half the space reads better than a cut one.
    let sentence_end = kept
        .char_indices()
        .filter(|&(i, c)| {
            let rest = &kept[i + c.len_utf8()..];
            SENTENCE_ENDS.contains(&c) && (rest.is_empty() || rest.starts_with(char::is_whitespace))
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back();
    if let Some(end) = sentence_end {
        if kept[..end].chars().count() * 2 >= max {
            return Cow::Owned(kept[..end].to_owned());
        }
    }
    let kept = kept.trim_end_matches(|c: char| {
        c.is_whitespace() || ",;:-–—(،؛".contains(c) || SENTENCE_ENDS.contains(&c)
    });
    Cow::Owned(format!("{kept}…"))
}

/// Characters that end a sentence in the site's scripts: Latin, Devanagari (danda), Arabic.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '।', '؟'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_are_cut_at_a_word_boundary_with_an_ellipsis() {
        let text = "The server refuses the mailbox name because its syntax is not allowed, and the client has to change the address before it sends the same request again to the server.";
        let s = summarize(text, 60);
        assert!(s.chars().count() <= 60, "{s}");
        assert!(s.ends_with('…'), "{s}");
        assert!(text.starts_with(s.trim_end_matches('…')), "{s}");
        assert_eq!(summarize("Short  text.", 60), "Short text.");
    }

    #[test]
    fn a_summary_prefers_a_whole_sentence_that_fills_half_the_space() {
        let text =
            "This first sentence is long enough to fill half. And then more words follow here.";
        assert_eq!(
            summarize(text, 60),
            "This first sentence is long enough to fill half."
        );
    }

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let j = json_ld(
            "a</script><b>",
            "\"q\"",
            "https://x/",
            "en",
            "S",
            "https://x/",
        );
        assert!(!j.0.contains("</script>"), "{}", j.0);
        let back: serde_json::Value = serde_json::from_str(&j.0).expect("still JSON");
        assert_eq!(back["headline"], "a</script><b>");
    }
}
