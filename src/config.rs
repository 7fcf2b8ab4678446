//! `content/site.toml`: the site's title, base URL and locales.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Diagnostics};
use crate::toml_input;

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
}

impl SiteConfig {
    /// Index of the default locale in `locales`.
    pub fn default_index(&self) -> usize {
        self.locales
            .iter()
            .position(|l| l.code == self.default_locale)
            .unwrap_or(0)
    }

    /// The default locale.
    pub fn default(&self) -> &Locale {
        &self.locales[self.default_index()]
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

/// Parses site.toml (`file` is the path shown in diagnostics).
pub fn parse(file: &Path, source: &str) -> Result<SiteConfig, Diagnostics> {
    let mut ds = Diagnostics::new();
    let raw: RawSite = match toml_input::parse(file, source) {
        Ok(r) => r,
        Err(d) => {
            ds.push(d);
            return Err(ds);
        }
    };
    let base = raw.base_url.get_ref();
    let base_url = if base.starts_with("https://") || base.starts_with("http://") {
        if base.ends_with('/') {
            base.clone()
        } else {
            format!("{base}/")
        }
    } else {
        ds.push(
            Diagnostic::error(
                toml_input::location(file, source, raw.base_url.span()),
                format!("base_url `{base}` is not an absolute http(s) URL"),
            )
            .with_help("write the address the site is published at, such as \"https://codes.example.org/\""),
        );
        String::new()
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
    fn unknown_field_names_the_line_and_the_expected_fields() {
        let src = OK.replace("title =", "titel =");
        let ds = parse(Path::new("site.toml"), &src).unwrap_err();
        let text = ds.render(false);
        assert!(text.contains("unknown field `titel`"), "{text}");
        assert!(text.contains("site.toml:2:1"), "{text}");
    }

    #[test]
    fn locale_codes_that_could_escape_the_output_folder_are_refused() {
        let src = OK.replace("code = \"ar\"", "code = \"../ar\"");
        let ds = parse(Path::new("site.toml"), &src).unwrap_err();
        assert!(ds.render(false).contains("not a plain language tag"));
    }
}
