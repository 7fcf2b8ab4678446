//! The pages with little of their own: a Markdown page (`page.html`), the language chooser
//! (`chooser.html`) and the 404 page (`404.html`).

use serde::Serialize;

use super::{Common, Cx, Html, common};
use crate::diag::Diagnostic;
use crate::id::{LocaleId, ProseId};
use crate::plan::{Page, PageKind};

/// What `page.html` receives, besides [`Common`].
#[derive(Serialize)]
pub struct ProseView<'a> {
    /// Every page's part.
    #[serde(flatten)]
    pub common: Common<'a>,
    /// The page's text.
    pub prose: Prose,
}

/// A Markdown page's text.
#[derive(Serialize)]
pub struct Prose {
    /// Its first heading, the page's title.
    pub title: String,
    /// The rest, as HTML.
    pub html: Html,
    /// The language it is written in when that is not the page's (a fallback), else empty.
    pub lang: String,
    /// That language's direction, when `lang` is set.
    pub dir: String,
}

/// The view of Markdown page `p` in locale `l`.
pub fn prose<'a>(
    cx: &Cx<'a>,
    page: &Page,
    l: LocaleId,
    p: ProseId,
) -> Result<ProseView<'a>, Diagnostic> {
    let ls = cx.locale(l);
    let doc = &ls.prose[p.index()];
    let reference = cx.site.config.default();
    let fallback = ls.prose_fallback[p.index()];
    let crumb = Html(crate::i18n::escape(&doc.title));
    Ok(ProseView {
        common: common(cx, page, l, doc.title.clone(), &doc.summary, Some(crumb)),
        prose: Prose {
            title: doc.title.clone(),
            html: Html(doc.html.clone()),
            lang: if fallback {
                reference.code.clone()
            } else {
                String::new()
            },
            dir: if fallback {
                reference.dir.as_str().to_owned()
            } else {
                String::new()
            },
        },
    })
}

/// What `chooser.html` and `404.html` receive, besides [`Common`] (in the default locale).
#[derive(Serialize)]
pub struct RootView<'a> {
    /// Every page's part, in the default locale.
    #[serde(flatten)]
    pub common: Common<'a>,
    /// Every locale, with its texts for these pages.
    pub languages: Vec<Language<'a>>,
    /// The chooser's script, which sends a first visit to the browser's language.
    pub chooser_js: String,
}

/// One locale on the chooser or the 404 page.
#[derive(Serialize)]
pub struct Language<'a> {
    /// Its code.
    pub code: &'a str,
    /// Its own name.
    pub name: &'a str,
    /// Its direction.
    pub dir: &'static str,
    /// Its home.
    pub href: String,
    /// "Read in English", in that language.
    pub choose_html: Html,
    /// The 404 page's title in that language.
    pub notfound_title: String,
    /// Its text.
    pub notfound_html: Html,
    /// Its link home.
    pub notfound_home_html: Html,
}

/// The view of the chooser or the 404 page.
pub fn root<'a>(cx: &Cx<'a>, page: &Page) -> Result<RootView<'a>, Diagnostic> {
    let default = cx.site.config.default_id();
    let mut languages = Vec::new();
    for l in cx.site.config.locale_ids() {
        let loc = cx.site.config.locale(l);
        let html = |id: &str| cx.fmt(l, id, &[]).map(|t| Html(t.html));
        languages.push(Language {
            code: &loc.code,
            name: &loc.name,
            dir: loc.dir.as_str(),
            href: cx.plan.href(page, &Page::new(PageKind::Home, l)),
            choose_html: html("chooser-choose")?,
            notfound_title: cx.fmt(l, "notfound-title", &[])?.plain,
            notfound_html: html("notfound-text")?,
            notfound_home_html: html("notfound-home")?,
        });
    }
    let title = match page.kind {
        PageKind::NotFound => {
            let titles: Vec<&str> = languages
                .iter()
                .map(|x| x.notfound_title.as_str())
                .collect();
            titles.join(" · ")
        }
        _ => cx.site.config.title.clone(),
    };
    let description = cx.fmt(default, "site-tagline", &[])?.plain;
    Ok(RootView {
        common: common(cx, page, default, title, &description, None),
        languages,
        chooser_js: cx.plan.file_href(page, "assets/chooser.js"),
    })
}
