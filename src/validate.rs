//! Validate: the checks that need several files at once, all in one pass, turning the loaded
//! [`Sources`] into a [`Site`] that the later steps can rely on.
//!
//! Each file was checked on its own while loading. Here: links to codes lead to codes of a
//! catalog of the site; every message a page will format exists in the reference locale and
//! uses only the variables codesite passes it; every locale translates what the reference
//! has; the templates compile. Which messages a catalog needs follows from its own facts and
//! data (see [`catalog_messages`]): a comparison sentence for two codes that share a value is
//! needed only if two codes do.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::i18n::I18n;
use crate::id::{CatalogId, CodeId, CodeRef};
use crate::load::catalog::{Catalog, FactKind, Value};
use crate::load::site::SiteConfig;
use crate::load::{Prose, Sources, Template};
use crate::templates;

/// A site whose parts agree with each other: what plan and render work from.
#[derive(Debug)]
pub struct Site {
    /// The site's root folder.
    pub root: PathBuf,
    /// site.toml.
    pub config: SiteConfig,
    /// The catalogs, with every link to a code resolved.
    pub catalogs: Vec<Catalog>,
    /// Every locale's messages.
    pub i18n: I18n,
    /// The templates, compiled.
    pub tera: tera::Tera,
    /// The templates' sources, for diagnostics.
    pub templates: Vec<Template>,
    /// Static files: (path below the output root, bytes).
    pub assets: Vec<(String, Vec<u8>)>,
    /// Markdown pages.
    pub prose: Vec<Prose>,
    /// A hash of every input and of codesite itself.
    pub fingerprint: String,
}

impl Site {
    /// A catalog.
    pub fn catalog(&self, id: CatalogId) -> &Catalog {
        &self.catalogs[id.index()]
    }
}

/// Messages of ui.ftl, the site's chrome, and the variables codesite passes each.
pub const UI_MESSAGES: &[(&str, &[&str])] = &[
    ("site-name", &[]),
    ("site-tagline", &[]),
    ("skip-link", &[]),
    ("nav-breadcrumb", &[]),
    ("nav-languages", &[]),
    ("nav-home", &[]),
    ("footer-note", &[]),
    ("chooser-choose", &[]),
    ("home-title", &[]),
    ("home-intro", &[]),
    ("home-catalog-count", &["count"]),
    ("catalog-count", &["count"]),
    ("catalog-other", &[]),
    ("find-label", &[]),
    ("find-hint", &[]),
    ("find-count", &["count"]),
    ("find-none", &[]),
    ("compare-heading", &[]),
    ("compare-first", &[]),
    ("compare-second", &[]),
    ("compare-go", &[]),
    ("compare-same", &[]),
    ("code-title", &["label", "code", "name"]),
    ("code-facts", &[]),
    ("code-description", &[]),
    ("code-when", &[]),
    ("code-fix", &[]),
    ("code-yes", &[]),
    ("code-no", &[]),
    ("code-compare", &["code", "count"]),
    ("pair-title", &["label", "a", "b", "nameA", "nameB"]),
    ("pair-summary", &["label", "a", "b", "nameA", "nameB"]),
    ("pair-differences", &[]),
    ("pair-no-differences", &["a", "b"]),
    ("pair-common", &[]),
    ("pair-table", &[]),
    ("pair-table-fact", &[]),
    ("pair-not-applicable", &[]),
    ("pair-guide", &[]),
    ("pair-codes", &[]),
    ("pair-related", &[]),
    ("pair-link", &["a", "b", "nameA", "nameB"]),
    ("list-join", &[]),
    ("notfound-title", &[]),
    ("notfound-text", &[]),
    ("notfound-home", &[]),
];

/// Attributes every code's message has.
pub const CODE_ATTRIBUTES: &[&str] = &["description", "when", "fix"];

/// One message a catalog needs in its reference .ftl.
#[derive(Debug, Clone)]
pub struct Need {
    /// Its id.
    pub id: String,
    /// The variables codesite passes it.
    pub vars: Vec<String>,
    /// Attributes it must have.
    pub attrs: &'static [&'static str],
    /// Whether it must exist (an optional one is checked only when it does).
    pub required: bool,
    /// Why it is needed, for the help line.
    pub why: String,
}

/// The variables of a comparison sentence of a fact of kind `kind`: `differ`, `same` or
/// `only` (see README: comparison sentences).
pub fn compare_vars(kind: FactKind, which: &str) -> Vec<String> {
    let mut v: Vec<&str> = match which {
        "differ" => vec!["a", "b", "nameA", "nameB"],
        "same" => vec!["a", "b", "nameA", "nameB"],
        _ => vec!["code", "other", "name", "otherName"],
    };
    match (kind.is_list(), which) {
        (false, "differ") => v.extend(["valueA", "valueB", "labelA", "labelB"]),
        (false, _) => v.extend(["value", "label"]),
        (true, "differ") => v.extend([
            "onlyA",
            "onlyB",
            "both",
            "countA",
            "countB",
            "countOnlyA",
            "countOnlyB",
            "countBoth",
        ]),
        (true, _) => v.extend(["items", "count"]),
    }
    v.into_iter().map(str::to_owned).collect()
}

/// Which of a fact's three comparison sentences some pair of codes needs: two codes that
/// both have it with different values, with the same value, and one that has it beside one
/// that does not.
fn sentences_needed(cat: &Catalog, f: usize) -> [bool; 3] {
    let having: Vec<&Value> = cat
        .codes
        .iter()
        .map(|c| &c.values[f])
        .filter(|v| v.applies())
        .collect();
    let only = !having.is_empty() && having.len() < cat.codes.len();
    let (mut differ, mut same) = (false, false);
    for (i, x) in having.iter().enumerate() {
        for y in &having[i + 1..] {
            if x.same_as(y) {
                same = true;
            } else {
                differ = true;
            }
            if differ && same {
                return [differ, same, only];
            }
        }
    }
    [differ, same, only]
}

/// Every message a catalog's pages format, with the variables each receives.
pub fn catalog_messages(cat: &Catalog) -> Vec<Need> {
    let need = |id: String, vars: Vec<String>, attrs, required, why: &str| Need {
        id,
        vars,
        attrs,
        required,
        why: why.to_owned(),
    };
    let mut v = vec![
        need(
            cat.message("name"),
            vec![],
            &[],
            true,
            "the catalog's name, on its index and in the navigation",
        ),
        need(
            cat.message("intro"),
            vec![],
            &[],
            true,
            "the introduction on the catalog's index",
        ),
        need(
            cat.message("guide"),
            vec![],
            &[],
            true,
            "the lead of \"which one applies to you\" on comparison pages",
        ),
    ];
    let fact_ids: Vec<String> = cat.facts.iter().map(|f| f.id.clone()).collect();
    let mut line_vars = vec!["code".to_owned(), "name".to_owned()];
    line_vars.extend(fact_ids.iter().cloned());
    v.push(need(
        cat.message("guide-line"),
        line_vars,
        &[],
        true,
        "the line for each code under \"which one applies to you\"",
    ));
    let mut intro_vars: Vec<String> = ["a", "b", "nameA", "nameB"].map(str::to_owned).to_vec();
    for id in &fact_ids {
        intro_vars.push(format!("{id}A"));
        intro_vars.push(format!("{id}B"));
    }
    v.push(need(
        cat.message("pair-intro"),
        intro_vars,
        &[],
        false,
        "the optional lead of a comparison page",
    ));
    for (i, f) in cat.facts.iter().enumerate() {
        v.push(need(
            cat.message(&f.id),
            vec![],
            &[],
            true,
            "the fact's name",
        ));
        for value in &f.values {
            v.push(need(
                cat.message(&format!("{}-{value}", f.id)),
                vec![],
                &[],
                true,
                "the name of a value of the fact",
            ));
        }
        if f.compare {
            let [differ, same, only] = sentences_needed(cat, i);
            for (which, needed, why) in [
                (
                    "differ",
                    differ,
                    "two of its codes have different values of the fact",
                ),
                ("same", same, "two of its codes share a value of the fact"),
                ("only", only, "some codes have the fact and some do not"),
            ] {
                v.push(need(
                    cat.message(&format!("{}-{which}", f.id)),
                    compare_vars(f.kind, which),
                    &[],
                    needed,
                    why,
                ));
            }
        }
    }
    for c in &cat.codes {
        v.push(need(
            cat.message(&c.slug),
            vec![],
            CODE_ATTRIBUTES,
            true,
            "the code's name, with its description, when you see it, and what to do",
        ));
    }
    v
}

/// Checks the loaded sources against each other. `strict` reports each missing translation
/// on its own, since each will be an error. Returns the site and its warnings, or every
/// problem found.
pub fn validate(src: Sources, strict: bool) -> Result<(Site, Diagnostics), Diagnostics> {
    let Sources {
        root,
        config,
        mut catalogs,
        i18n,
        templates,
        assets,
        prose,
        fingerprint,
    } = src;
    let mut ds = Diagnostics::new();
    resolve_links(&mut catalogs, &mut ds);
    check_messages(&config, &catalogs, &i18n, &mut ds);
    ds.extend(i18n.check_against_reference(!strict));
    for p in &prose {
        for (l, loc) in config.locales.iter().enumerate() {
            if p.by_locale[l].is_none() {
                ds.push(
                    Diagnostic::warning(
                        Location::file(format!("content/pages/{}/{}.md", p.slug, loc.code)),
                        format!(
                            "page `{}` has no {} version; {} is shown",
                            p.slug, loc.code, config.default_locale
                        ),
                    )
                    .with_help(format!(
                        "translate content/pages/{}/{}.md",
                        p.slug, config.default_locale
                    )),
                );
            }
        }
    }
    let tera = match templates::compile(&templates) {
        Ok(t) => Some(t),
        Err(d) => {
            ds.push(d);
            None
        }
    };
    if strict {
        ds.make_warnings_errors();
    }
    match tera {
        Some(tera) if !ds.has_errors() => Ok((
            Site {
                root,
                config,
                catalogs,
                i18n,
                tera,
                templates,
                assets,
                prose,
                fingerprint,
            },
            ds,
        )),
        _ => Err(ds),
    }
}

/// Resolves every link to a code, in this catalog or another.
fn resolve_links(catalogs: &mut [Catalog], ds: &mut Diagnostics) {
    let index: HashMap<&str, (CatalogId, HashMap<&str, CodeId>)> = catalogs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let codes = c
                .codes
                .iter()
                .enumerate()
                .map(|(j, x)| (x.code.as_str(), CodeId(j as u32)))
                .collect();
            (c.id.as_str(), (CatalogId(i as u32), codes))
        })
        .collect();
    let mut resolved: Vec<(usize, usize, usize, usize, CodeRef)> = Vec::new();
    for (ci, cat) in catalogs.iter().enumerate() {
        for (fi, fact) in cat.facts.iter().enumerate() {
            if fact.kind != FactKind::Codes {
                continue;
            }
            let target = fact.catalog.as_deref().unwrap_or(&cat.id);
            let Some((tid, codes)) = index.get(target) else {
                let known: Vec<&str> = index.keys().copied().collect();
                ds.push(
                    Diagnostic::error(
                        fact.at.clone(),
                        format!("`{}` links to codes of catalog `{target}`, which this site does not have", fact.id),
                    )
                    .with_help(format!("add content/{target}/catalog.toml, or name one of: {}", known.join(", "))),
                );
                continue;
            };
            for (ki, code) in cat.codes.iter().enumerate() {
                let Value::Codes(links) = &code.values[fi] else {
                    continue;
                };
                for (li, link) in links.iter().enumerate() {
                    match codes.get(link.code.as_str()) {
                        Some(&to) if *tid == CatalogId(ci as u32) && to == CodeId(ki as u32) => ds
                            .push(
                                Diagnostic::error(
                                    link.at.clone(),
                                    format!("code `{}` links to itself", link.code),
                                )
                                .with_help(format!("remove it from `{}`", fact.id)),
                            ),
                        Some(&to) => resolved.push((
                            ci,
                            ki,
                            fi,
                            li,
                            CodeRef {
                                catalog: *tid,
                                code: to,
                            },
                        )),
                        None => ds.push(
                            Diagnostic::error(
                                link.at.clone(),
                                format!("code `{}` is not in catalog `{target}`", link.code),
                            )
                            .with_help("correct the code, or add it to that catalog"),
                        ),
                    }
                }
            }
        }
    }
    for (ci, ki, fi, li, to) in resolved {
        if let Value::Codes(links) = &mut catalogs[ci].codes[ki].values[fi] {
            links[li].target = Some(to);
        }
    }
}

/// Every message the pages need exists in the reference locale, with no variable that
/// codesite does not pass; no two catalogs need the same message id for different things.
fn check_messages(config: &SiteConfig, catalogs: &[Catalog], i18n: &I18n, ds: &mut Diagnostics) {
    let r = i18n.reference();
    let reference = &config.default_locale;
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut check = |need: &Need, file: &str, owner: String, ds: &mut Diagnostics| {
        if let Some(other) = owners.get(&need.id) {
            ds.push(
                Diagnostic::error(
                    Location::file(file),
                    format!(
                        "message id `{}` is needed by {other} and by {owner}",
                        need.id
                    ),
                )
                .with_help(
                    "rename a code, fact, value or catalog so that each message has its own id",
                ),
            );
            return;
        }
        owners.insert(need.id.clone(), owner);
        // A translation that uses a variable codesite does not pass would fail on every page.
        for l in i18n.locale_ids().filter(|&l| l != r) {
            if let Some(info) = i18n.info(l, &need.id) {
                unknown_variables(need, info, ds);
            }
        }
        let Some(info) = i18n.info(r, &need.id) else {
            // A file the parser could not read whole has its syntax errors reported already.
            if need.required && !i18n.has_syntax_errors(r, std::path::Path::new(file)) {
                ds.push(
                    Diagnostic::error(
                        Location::file(file),
                        format!(
                            "message `{}` is missing from the reference locale `{reference}`",
                            need.id
                        ),
                    )
                    .with_help(format!("add `{} = …` to {file}: {}", need.id, need.why)),
                );
            }
            return;
        };
        if info.value_vars.is_none() {
            ds.push(
                Diagnostic::error(
                    info.location(),
                    format!("message `{}` has no value", need.id),
                )
                .with_help(format!("write `{} = …` with a text", need.id)),
            );
        }
        unknown_variables(need, info, ds);
        for attr in need.attrs {
            if !info.attrs.contains_key(*attr) {
                ds.push(
                    Diagnostic::error(
                        info.location(),
                        format!("message `{}` has no attribute `{attr}`", need.id),
                    )
                    .with_help(format!("add an indented line `    .{attr} = …`")),
                );
            }
        }
    };
    let ui_file = format!("locales/{reference}/ui.ftl");
    for (id, vars) in UI_MESSAGES {
        let need = Need {
            id: (*id).to_owned(),
            vars: vars.iter().map(|v| (*v).to_owned()).collect(),
            attrs: &[],
            required: true,
            why: "part of every page's chrome".to_owned(),
        };
        check(&need, &ui_file, "the site's chrome (ui.ftl)".to_owned(), ds);
    }
    for cat in catalogs {
        let file = format!("locales/{reference}/{}.ftl", cat.id);
        for need in catalog_messages(cat) {
            check(&need, &file, format!("catalog `{}`", cat.id), ds);
        }
    }
}

/// Reports each variable of a message (or of its attributes, which are shown alone) that
/// codesite does not pass it.
fn unknown_variables(need: &Need, info: &crate::i18n::MessageInfo, ds: &mut Diagnostics) {
    let offered: BTreeSet<&str> = need.vars.iter().map(String::as_str).collect();
    let parts = info
        .value_vars
        .iter()
        .map(|vars| (None, vars))
        .chain(info.attrs.iter().map(|(a, vars)| (Some(a.as_str()), vars)));
    for (attr, vars) in parts {
        let unknown: Vec<String> = vars
            .iter()
            .filter(|v| attr.is_some() || !offered.contains(v.as_str()))
            .map(|v| format!("${v}"))
            .collect();
        if unknown.is_empty() {
            continue;
        }
        let shown = match attr {
            Some(a) => format!("{}.{a}", need.id),
            None => need.id.clone(),
        };
        let available = if attr.is_some() || offered.is_empty() {
            "none".to_owned()
        } else {
            need.vars
                .iter()
                .map(|v| format!("${v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        ds.push(
            Diagnostic::error(
                info.location(),
                format!(
                    "message `{shown}` uses {}, which codesite does not pass",
                    unknown.join(", ")
                ),
            )
            .with_help(format!("the variables available here are: {available}")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn catalog(codes: &str) -> Catalog {
        let text = format!(
            "label = \"X\"\ncode_pattern = \".\"\n[[facts]]\nid = \"kind\"\nkind = \"choice\"\nvalues = [\"a\", \"b\"]\ncompare = true\n[[facts]]\nid = \"old\"\nkind = \"flag\"\ncompare = true\n{codes}"
        );
        crate::load::catalog::parse("x", Path::new("c.toml"), &text).unwrap()
    }

    fn needed(cat: &Catalog) -> Vec<String> {
        catalog_messages(cat)
            .into_iter()
            .filter(|n| n.required)
            .map(|n| n.id)
            .collect()
    }

    #[test]
    fn comparison_sentences_are_needed_only_for_what_the_data_holds() {
        let two_values = catalog(
            "[[codes]]\ncode = \"1\"\nkind = \"a\"\n[[codes]]\ncode = \"2\"\nkind = \"b\"\n",
        );
        let ids = needed(&two_values);
        assert!(ids.contains(&"x-kind-differ".to_owned()));
        assert!(!ids.contains(&"x-kind-same".to_owned()));
        assert!(!ids.contains(&"x-kind-only".to_owned()));
        assert!(
            !ids.iter().any(|i| i.starts_with("x-old-")),
            "no code is old: {ids:?}"
        );
        let some_missing = catalog(
            "[[codes]]\ncode = \"1\"\nkind = \"a\"\nold = true\n[[codes]]\ncode = \"2\"\n[[codes]]\ncode = \"3\"\nkind = \"a\"\n",
        );
        let ids = needed(&some_missing);
        assert!(ids.contains(&"x-kind-same".to_owned()));
        assert!(ids.contains(&"x-kind-only".to_owned()));
        assert!(!ids.contains(&"x-kind-differ".to_owned()));
        assert!(ids.contains(&"x-old-only".to_owned()));
        assert!(ids.contains(&"x-1".to_owned()) && ids.contains(&"x-kind-b".to_owned()));
    }
}
