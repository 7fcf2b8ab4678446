//! Validate: cross-file checks over [`Sources`], all in one pass.
//!
//! Each file was already checked on its own while loading (TOML types, Fluent syntax). Here the
//! files are checked against each other: the messages codesite needs exist in the reference
//! locale, every locale translates what the reference has, with the same variables.

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::load::Sources;

/// Messages of ui.ftl that codesite formats with variables, and the variables it passes.
pub const UI_MESSAGES: &[(&str, &[&str])] = &[
    ("home-catalog-count", &["count"]),
    ("catalog-count", &["count"]),
    ("catalog-class-heading", &["class"]),
    ("catalog-class-text", &["class"]),
    ("find-count", &["count"]),
    ("code-title", &["label", "code", "name"]),
    ("retry-summary", &["retry"]),
    ("code-compare", &["code", "count"]),
    ("pair-title", &["label", "a", "b", "nameA", "nameB"]),
    ("pair-summary", &["label", "a", "b"]),
    (
        "pair-intro",
        &["a", "b", "nameA", "nameB", "same", "classA", "classB"],
    ),
    ("pair-diff-class", &["a", "b", "same", "classA", "classB"]),
    ("pair-diff-retry", &["a", "b", "same", "retryA", "retryB"]),
    ("pair-diff-category-same", &["code", "digit"]),
    ("pair-diff-actor", &["a", "b", "same", "actorA", "actorB"]),
    ("pair-guide-line", &["code", "actor", "retry"]),
    ("pair-link", &["a", "b", "nameA", "nameB"]),
];

/// Messages every catalog's .ftl defines, after the catalog's id and a hyphen, with the
/// variables codesite passes.
pub const CATALOG_MESSAGES: &[(&str, &[&str])] = &[
    ("name", &[]),
    ("intro", &[]),
    ("stage", &["code", "stage"]),
    ("stage-both", &["a", "b", "stage"]),
    ("category", &["code", "digit"]),
];

/// Attributes of each code's message.
pub const CODE_ATTRIBUTES: &[&str] = &["description", "when", "fix"];

/// Checks the loaded sources against each other. `strict` reports each missing translation
/// on its own, since each will be an error.
pub fn validate(src: &Sources, strict: bool) -> Diagnostics {
    let mut ds = Diagnostics::new();
    let i18n = &src.i18n;
    let r = i18n.reference();
    let reference_code = &src.config.default_locale;
    let ui_file = format!("locales/{reference_code}/ui.ftl");
    let check = |ds: &mut Diagnostics, id: &str, file: &str, vars: &[&str]| match i18n.info(r, id) {
        None => ds.push(
            Diagnostic::error(
                Location::file(file),
                format!("message `{id}` is missing from the reference locale `{reference_code}`"),
            )
            .with_help(format!("add `{id} = …` to {file}")),
        ),
        Some(info) => {
            let allowed: std::collections::BTreeSet<String> =
                vars.iter().map(|s| (*s).to_owned()).collect();
            if let Some(used) = &info.value_vars {
                let unknown: Vec<&String> = used.difference(&allowed).collect();
                if !unknown.is_empty() {
                    let list = unknown
                        .iter()
                        .map(|v| format!("${v}"))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let offered = if vars.is_empty() {
                        "none".to_owned()
                    } else {
                        vars.iter()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    ds.push(
                        Diagnostic::error(
                            info.location(),
                            format!("message `{id}` uses {list}, which codesite does not pass"),
                        )
                        .with_help(format!("the variables available here are: {offered}")),
                    );
                }
            } else {
                ds.push(
                    Diagnostic::error(info.location(), format!("message `{id}` has no value"))
                        .with_help(format!("write `{id} = …` with a text")),
                );
            }
        }
    };
    for (id, vars) in UI_MESSAGES {
        check(&mut ds, id, &ui_file, vars);
    }
    for cat in &src.catalogs {
        let file = format!("locales/{reference_code}/{}.ftl", cat.id);
        for (suffix, vars) in CATALOG_MESSAGES {
            check(&mut ds, &format!("{}-{suffix}", cat.id), &file, vars);
        }
        for c in &cat.codes {
            let id = format!("{}-{}", cat.id, c.code);
            check(&mut ds, &id, &file, &[]);
            if let Some(info) = i18n.info(r, &id) {
                for attr in CODE_ATTRIBUTES {
                    if !info.attrs.contains_key(*attr) {
                        ds.push(
                            Diagnostic::error(
                                info.location(),
                                format!("message `{id}` has no attribute `{attr}`"),
                            )
                            .with_help(format!("add an indented line `    .{attr} = …`")),
                        );
                    }
                }
            }
        }
    }
    ds.extend(i18n.check_against_reference(!strict));
    for p in &src.prose {
        for (l, loc) in src.config.locales.iter().enumerate() {
            if p.by_locale[l].is_none() {
                ds.push(
                    Diagnostic::warning(
                        Location::file(format!("content/pages/{}/{}.md", p.slug, loc.code)),
                        format!(
                            "page `{}` has no {} version; English is shown",
                            p.slug, loc.code
                        ),
                    )
                    .with_help(format!(
                        "translate content/pages/{}/{}.md",
                        p.slug, src.config.default_locale
                    )),
                );
            }
        }
    }
    ds
}
