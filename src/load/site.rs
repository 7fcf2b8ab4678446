//! `content/site.toml`: the site's title, base URL and locales.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Diagnostics};
use crate::id::LocaleId;
use crate::load::toml as toml_input;

/// Text direction of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    title: String,
    base_url: Spanned<String>,
    default_locale: Spanned<String>,
    locales: Vec<RawLocale>,
    #[serde(default)]
    allow_links_outside: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocale {
    code: Spanned<String>,
    name: String,
    dir: Direction,
}

/// One language of the site.
#[derive(Debug, Clone)]
pub struct Locale {
    /// BCP 47 tag, also the URL folder (`tr`).
    pub code: String,
    /// The language's name in itself (`Türkçe`).
    pub name: String,
    /// Text direction.
    pub dir: Direction,
    /// Parsed tag, for Fluent's plural rules.
    pub langid: LanguageIdentifier,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// The site's name, used where no locale applies (the language chooser).
    pub title: String,
    /// Absolute base URL, always ending in `/`.
    pub base_url: String,
    /// The locale of `x-default`, and the reference for translations.
    pub default_locale: String,
    /// Every locale, in the order of site.toml.
    pub locales: Vec<Locale>,
    /// Whether files of the site may be symbolic links to files outside its folder.
    pub allow_links_outside: bool,
}

impl SiteConfig {
    /// The default locale.
    pub fn default_id(&self) -> LocaleId {
        LocaleId(
            self.locales
                .iter()
                .position(|l| l.code == self.default_locale)
                .unwrap_or(0) as u32,
        )
    }

    /// The default locale.
    pub fn default(&self) -> &Locale {
        &self.locales[self.default_id().index()]
    }

    /// A locale.
    pub fn locale(&self, id: LocaleId) -> &Locale {
        &self.locales[id.index()]
    }

    /// Every locale's id, in order.
    pub fn locale_ids(&self) -> impl DoubleEndedIterator<Item = LocaleId> + Clone + use<> {
        LocaleId::all(self.locales.len())
    }
}

/// A locale code is also a folder name, so it is held to a strict pattern.
fn is_safe_locale_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 35
        && code
            .split('-')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
        && code.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

/// The base URL, checked: an absolute http(s) URL with a host and no query or fragment,
/// ending in `/`.
pub fn parse_base_url(text: &str) -> Result<String, &'static str> {
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("holds a space or a control character");
    }
    let url = url::Url::parse(text).map_err(|_| "is not an absolute URL")?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err("is not an http(s) URL");
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("has no host");
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("has a query or a fragment, which a base URL cannot have");
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("holds a user name or password");
    }
    let mut s = url.to_string();
    if !s.ends_with('/') {
        s.push('/');
    }
    Ok(s)
}

/// Parses site.toml (`file` is the path shown in diagnostics).
pub fn parse(file: &Path, source: &str) -> Result<SiteConfig, Diagnostics> {
    let mut ds = Diagnostics::new();
    let raw: RawSite = match toml_input::parse_all(
        file,
        source,
        &[
            ("", &["title", "base_url", "default_locale", "locales"]),
            ("locales[]", &["code", "name", "dir"]),
        ],
    ) {
        Ok(r) => r,
        Err(all) => {
            all.into_iter().for_each(|d| ds.push(d));
            return Err(ds);
        }
    };
    let base_url = match parse_base_url(raw.base_url.get_ref()) {
        Ok(url) => url,
        Err(problem) => {
            ds.push(
                Diagnostic::error(
                    toml_input::location(file, source, raw.base_url.span()),
                    format!("base_url `{}` {problem}", raw.base_url.get_ref().escape_debug()),
                )
                .with_help("write the address the site is published at, such as \"https://codes.example.org/\" or \"https://example.org/docs/\""),
            );
            String::new()
        }
    };
    let mut locales = Vec::new();
    for l in raw.locales {
        let code = l.code.get_ref().clone();
        let loc = toml_input::location(file, source, l.code.span());
        if !is_safe_locale_code(&code) {
            ds.push(
                Diagnostic::error(
                    loc,
                    format!("locale code `{code}` is not a plain language tag"),
                )
                .with_help(
                    "use a lowercase BCP 47 tag of letters, digits and hyphens, such as \"pt-br\"",
                ),
            );
            continue;
        }
        let Ok(langid) = code.parse::<LanguageIdentifier>() else {
            ds.push(
                Diagnostic::error(loc, format!("`{code}` is not a valid language tag"))
                    .with_help("use a BCP 47 tag such as \"en\", \"tr\" or \"pt-br\""),
            );
            continue;
        };
        if locales.iter().any(|x: &Locale| x.code == code) {
            ds.push(
                Diagnostic::error(loc, format!("locale `{code}` is listed twice"))
                    .with_help("remove one of them"),
            );
            continue;
        }
        locales.push(Locale {
            code,
            name: l.name,
            dir: l.dir,
            langid,
        });
    }
    if locales.is_empty() && !ds.has_errors() {
        ds.push(
            Diagnostic::error(
                crate::diag::Location::file(file),
                "site.toml lists no locales",
            )
            .with_help("add at least one [[locales]] table with code, name and dir"),
        );
    }
    let default_locale = raw.default_locale.get_ref().clone();
    if !locales.is_empty() && !locales.iter().any(|l| l.code == default_locale) {
        ds.push(
            Diagnostic::error(
                toml_input::location(file, source, raw.default_locale.span()),
                format!("default_locale `{default_locale}` is not one of the [[locales]]"),
            )
            .with_help("set it to the code of one of the listed locales"),
        );
    }
    if ds.has_errors() {
        return Err(ds);
    }
    Ok(SiteConfig {
        title: raw.title,
        base_url,
        default_locale,
        locales,
        allow_links_outside: raw.allow_links_outside,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r#"
title = "T"
base_url = "https://x.example"
default_locale = "en"
[[locales]]
code = "en"
name = "English"
dir = "ltr"
[[locales]]
code = "ar"
name = "العربية"
dir = "rtl"
"#;

    #[test]
    fn base_url_gains_a_trailing_slash() {
        let c = parse(Path::new("site.toml"), OK).unwrap();
        assert_eq!(c.base_url, "https://x.example/");
        assert_eq!(c.locales[1].dir, Direction::Rtl);
    }

    #[test]
    fn a_base_url_with_a_query_fragment_newline_or_no_host_is_refused() {
        for bad in [
            "https://x.example/?a=1",
            "https://x.example/#top",
            "https://x.example/\\nSitemap: evil",
            "https://",
            "ftp://x.example/",
            "x.example",
        ] {
            let src = OK.replace("https://x.example", bad);
            let ds = parse(Path::new("site.toml"), &src);
            assert!(ds.is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn unknown_field_names_the_line_and_the_expected_fields() {
        let src = OK.replace("title =", "titel =");
        let ds = parse(Path::new("site.toml"), &src).unwrap_err();
        let text = ds.render(false);
        assert!(text.contains("unknown field `titel`"), "{text}");
        assert!(text.contains("site.toml:2:1"), "{text}");
    }

    #[test]
    fn every_missing_field_is_reported_at_its_table_in_one_pass() {
        let src = "title = 'T'\n[[locales]]\ncode = 'en'\n[[locales]]\nname = 'x'\ndir = 'ltr'\n";
        let text = parse(Path::new("site.toml"), src)
            .unwrap_err()
            .render(false);
        assert!(text.contains("the file has no `base_url`"), "{text}");
        assert!(text.contains("the file has no `default_locale`"), "{text}");
        assert!(
            text.contains("site.toml:2:1"),
            "the first locale's table: {text}"
        );
        assert!(
            text.contains("this `[[locales]]` table has no `name`"),
            "{text}"
        );
        assert!(
            text.contains("site.toml:4:1"),
            "the second locale's table: {text}"
        );
        assert!(
            text.contains("this `[[locales]]` table has no `code`"),
            "{text}"
        );
    }

    #[test]
    fn locale_codes_that_could_escape_the_output_folder_are_refused() {
        let src = OK.replace("code = \"ar\"", "code = \"../ar\"");
        let ds = parse(Path::new("site.toml"), &src).unwrap_err();
        assert!(ds.render(false).contains("not a plain language tag"));
    }
}
