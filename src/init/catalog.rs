//! `codesite init --catalog NAME`: a new catalog in a site, as a starting point that builds
//! at once beside the others. `content/NAME/catalog.toml` explains every field above it and
//! holds one fact of each kind and two example codes; `locales/<lang>/NAME.ftl` holds, in the
//! site's default locale, every message the catalog then needs, each with a comment saying
//! where it is shown and which variables it may use, and in every other locale the same
//! messages commented out and marked `# TODO: translate`, so that the build falls back to
//! the default locale's text and says which messages are untranslated.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use crate::diag::Refusal;
use crate::load::catalog::{self, is_plain_id};
use crate::load::site::{self, Locale, SiteConfig};
use crate::validate::{UI_MESSAGES, catalog_messages};

use super::shown;

/// The new catalog.toml: `CATALOG` stands for the catalog's id and `LABEL` for its label.
const CATALOG_TOML: &str = include_str!("new_catalog.toml");
/// Its messages in the default locale, with the same placeholders.
const CATALOG_FTL: &str = include_str!("new_catalog.ftl");

/// What `init --catalog` wrote.
#[derive(Debug)]
pub struct Added {
    /// The files, relative to the site's folder: catalog.toml, then the default locale's
    /// .ftl, then the other locales' in the order of site.toml.
    pub files: Vec<PathBuf>,
    /// The default locale, whose .ftl has every message.
    pub reference: String,
    /// The other locales, whose .ftl are to translate.
    pub to_translate: Vec<String>,
}

/// Adds the catalog `name` to the site in `root`: content/NAME/catalog.toml and
/// `locales/<lang>/NAME.ftl` for each locale of site.toml. Refuses, writing nothing, when
/// `name` is not a plain catalog id, when `root` is not a site, or when the catalog, one of
/// its files, or a page of the same name exists, or when one of its messages would have
/// the id of a message the site has already.
pub fn add_catalog(root: &Path, name: &str) -> Result<Added> {
    check_name(name)?;
    let config = read_site(root)?;
    for taken in [
        PathBuf::from("content").join(name),
        PathBuf::from("content/pages").join(name),
    ] {
        if root.join(&taken).symlink_metadata().is_ok() {
            return Err(refusal(
                name,
                format!(
                    "{} exists already; choose another name, or remove it first",
                    taken.display()
                ),
            ));
        }
    }

    let label = name.to_uppercase();
    let fill = |template: &str| template.replace("CATALOG", name).replace("LABEL", &label);
    let toml_text = fill(CATALOG_TOML);
    let reference = config.default();
    let mut reference_text = fill(CATALOG_FTL);
    if reference.langid.language.as_str() != "en" {
        reference_text = reference_text.replacen(
            "\n\n",
            &format!(
                "\n###\n### TODO: translate. The texts below are English placeholders; write them in {} ({}).\n\n",
                reference.name, reference.code
            ),
            1,
        );
    }
    let toml_file = PathBuf::from("content").join(name).join("catalog.toml");
    let mut files: Vec<(PathBuf, String)> = vec![(toml_file.clone(), toml_text)];
    files.push((ftl_file(&reference.code, name), reference_text.clone()));
    let others: Vec<&Locale> = config
        .locales
        .iter()
        .filter(|l| l.code != reference.code)
        .collect();
    for l in &others {
        files.push((
            ftl_file(&l.code, name),
            untranslated(&reference_text, l, &reference.code, name),
        ));
    }
    for (rel, _) in &files[1..] {
        if root.join(rel).symlink_metadata().is_ok() {
            return Err(refusal(
                name,
                format!("{} exists already; choose another name", rel.display()),
            ));
        }
    }
    check_message_ids(root, &config, name, &toml_file, &files[0].1)?;
    write_new(root, &files)?;
    Ok(Added {
        files: files.into_iter().map(|(rel, _)| rel).collect(),
        reference: reference.code.clone(),
        to_translate: others.iter().map(|l| l.code.clone()).collect(),
    })
}

fn refusal(name: &str, why: String) -> anyhow::Error {
    Refusal::new(format!(
        "refusing to add the catalog `{}`: {why}",
        name.escape_debug()
    ))
    .into()
}

fn ftl_file(locale: &str, name: &str) -> PathBuf {
    PathBuf::from("locales")
        .join(locale)
        .join(format!("{name}.ftl"))
}

/// A catalog's id is its folder's name and its URL segment: the rule the loader holds
/// content/ to.
fn check_name(name: &str) -> Result<()> {
    if !is_plain_id(name, &['-']) {
        return Err(refusal(
            name,
            "a catalog's id is its folder's name and a part of its pages' addresses: use lowercase letters, digits and hyphens, starting with a letter, at most 64 of them, such as `http` or `smtp-enhanced`".to_owned(),
        ));
    }
    if name == "assets" || name == "pages" {
        return Err(refusal(
            name,
            format!("`{name}` is kept for the site's own folder of that name; choose another"),
        ));
    }
    Ok(())
}

/// The site's configuration, for its locales.
fn read_site(root: &Path) -> Result<SiteConfig> {
    let path = root.join("content/site.toml");
    if !path.is_file() {
        return Err(Refusal::new(format!(
            "refusing to add a catalog: {} is not a site, as it has no content/site.toml; run this in a site's folder, pass --root DIR, or create a site first with `codesite init`",
            shown(root)
        ))
        .into());
    }
    let text = fs::read_to_string(&path)
        .with_context(|| format!("failed to read `{}`", path.display()))?;
    site::parse(Path::new("content/site.toml"), &text).map_err(|ds| {
        Refusal::new(format!(
            "refusing to add a catalog: the site's content/site.toml has errors, which its locales depend on:\n{}",
            ds.render(false).trim_end()
        ))
        .into()
    })
}

/// The default locale's messages for another locale: every message commented out under a
/// `# TODO: translate` line, with every comment kept, under a header that says so.
fn untranslated(reference_text: &str, locale: &Locale, reference: &str, name: &str) -> String {
    let mut out = format!(
        "### The messages of the catalog `{name}` (content/{name}/catalog.toml) in {} ({}).\n\
         ###\n\
         ### TODO: translate. Each message below is commented out, with the text of\n\
         ### locales/{reference}/{name}.ftl: translate it, then remove its `# TODO: translate`\n\
         ### line and the `# ` before each of its lines. Until then, pages in this language show\n\
         ### the `{reference}` text, and `codesite build` lists the message as untranslated. Keep\n\
         ### every {{ $variable }} and every [value] as they are; translate the text around them.\n",
        locale.name, locale.code
    );
    for line in reference_text.lines().skip_while(|l| l.starts_with("###")) {
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            out.push_str("# TODO: translate\n");
        }
        if !line.is_empty() && !line.starts_with('#') {
            out.push_str("# ");
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Refuses a name whose messages would have the ids of messages the site has or needs
/// already: the chrome's (`pair` would need `pair-guide`), another catalog's whose id starts
/// like this one's (`a` and `a-b`), or any in the default locale's files.
fn check_message_ids(
    root: &Path,
    config: &SiteConfig,
    name: &str,
    toml_file: &Path,
    toml_text: &str,
) -> Result<()> {
    let new = match catalog::parse(name, toml_file, toml_text) {
        Ok(c) => c,
        Err(ds) => bail!(
            "the new catalog does not parse; please report this:\n{}",
            ds.render(false)
        ),
    };
    let mine: Vec<String> = catalog_messages(&new).into_iter().map(|n| n.id).collect();
    let mut taken: Vec<(String, String)> = UI_MESSAGES
        .iter()
        .map(|(id, _)| ((*id).to_owned(), "the site's chrome (ui.ftl)".to_owned()))
        .collect();
    let content = root.join("content");
    if let Ok(entries) = fs::read_dir(&content) {
        for e in entries.flatten() {
            let other = e.file_name().to_string_lossy().into_owned();
            let related =
                other.starts_with(&format!("{name}-")) || name.starts_with(&format!("{other}-"));
            let file = e.path().join("catalog.toml");
            if !related || !file.is_file() {
                continue;
            }
            let text = fs::read_to_string(&file)
                .with_context(|| format!("failed to read `{}`", file.display()))?;
            // A catalog with errors fails the build anyway, which says why.
            if let Ok(c) = catalog::parse(&other, &file, &text) {
                taken.extend(
                    catalog_messages(&c)
                        .into_iter()
                        .map(|n| (n.id, format!("the catalog `{other}`"))),
                );
            }
        }
    }
    let locale_dir = root.join("locales").join(&config.default_locale);
    if let Ok(entries) = fs::read_dir(&locale_dir) {
        for e in entries.flatten() {
            let path = e.path();
            if path.extension().is_none_or(|x| x != "ftl") || !path.is_file() {
                continue;
            }
            let text = fs::read_to_string(&path)
                .with_context(|| format!("failed to read `{}`", path.display()))?;
            let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
            let file = format!(
                "locales/{}/{}",
                config.default_locale,
                e.file_name().to_string_lossy()
            );
            for entry in resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    taken.push((m.id.name.to_owned(), file.clone()));
                }
            }
        }
    }
    match mine
        .iter()
        .find_map(|id| taken.iter().find(|(t, _)| t == id))
    {
        Some((id, owner)) => Err(refusal(
            name,
            format!(
                "its pages would need the message `{id}`, which {owner} has already; choose another name"
            ),
        )),
        None => Ok(()),
    }
}

/// Writes each file, creating its folder; none may exist. On a failure, what was written is
/// removed again.
fn write_new(root: &Path, files: &[(PathBuf, String)]) -> Result<()> {
    let mut made: Vec<PathBuf> = Vec::new();
    let result = (|| -> Result<()> {
        for (rel, text) in files {
            let path = root.join(rel);
            if let Some(parent) = path.parent() {
                // The folders that do not exist yet, outermost first, to remove on a failure.
                let mut new_dirs: Vec<PathBuf> = parent
                    .ancestors()
                    .take_while(|d| !d.exists())
                    .map(Path::to_path_buf)
                    .collect();
                new_dirs.reverse();
                fs::create_dir_all(parent)
                    .with_context(|| format!("failed to create `{}`", parent.display()))?;
                made.extend(new_dirs);
            }
            let mut f = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
                .with_context(|| format!("failed to create `{}`", path.display()))?;
            made.push(path.clone());
            f.write_all(text.as_bytes())
                .with_context(|| format!("failed to write `{}`", path.display()))?;
        }
        Ok(())
    })();
    if result.is_err() {
        for p in made.iter().rev() {
            let _ = if p.is_dir() {
                fs::remove_dir(p)
            } else {
                fs::remove_file(p)
            };
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The ids and attributes of the messages a Fluent text defines.
    fn defined(text: &str) -> Vec<(String, BTreeSet<String>)> {
        let resource = fluent_syntax::parser::parse(text).expect("the text parses");
        resource
            .body
            .into_iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some((
                    m.id.name.to_owned(),
                    m.attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                )),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_new_catalog_has_every_message_it_needs_and_no_other() {
        let name = "x-proto";
        let fill = |t: &str| t.replace("CATALOG", name).replace("LABEL", "X-PROTO");
        let (toml_text, ftl) = (fill(CATALOG_TOML), fill(CATALOG_FTL));
        assert!(!toml_text.contains("CATALOG") && !ftl.contains("LABEL"));
        let cat = catalog::parse(name, Path::new("c.toml"), &toml_text).expect("it parses");
        let kinds: BTreeSet<&str> = cat.facts.iter().map(|f| f.kind.as_str()).collect();
        assert_eq!(kinds.len(), 7, "one fact of each kind: {kinds:?}");
        let needs = catalog_messages(&cat);
        let have = defined(&ftl);
        for need in needs.iter().filter(|n| n.required) {
            let found = have.iter().find(|(id, _)| *id == need.id);
            let Some((_, attrs)) = found else {
                panic!("{} is missing", need.id)
            };
            for a in need.attrs {
                assert!(attrs.contains(*a), "{}.{a} is missing", need.id);
            }
        }
        for (id, _) in &have {
            assert!(
                needs.iter().any(|n| n.id == *id),
                "{id} is not a message the catalog uses"
            );
        }
        let comparisons = needs
            .iter()
            .filter(|n| n.required && n.id.ends_with("-differ"));
        assert!(comparisons.count() > 0, "the example codes differ");
    }

    #[test]
    fn other_locales_get_every_message_commented_out_and_marked() {
        let ftl = CATALOG_FTL.replace("CATALOG", "x").replace("LABEL", "X");
        let tr = Locale {
            code: "tr".into(),
            name: "Türkçe".into(),
            dir: site::Direction::Ltr,
            langid: "tr".parse().unwrap(),
        };
        let text = untranslated(&ftl, &tr, "en", "x");
        assert!(defined(&text).is_empty(), "only comments:\n{text}");
        assert_eq!(
            text.matches("# TODO: translate\n").count(),
            defined(&ftl).len()
        );
        assert!(text.contains("# x-name = X codes\n"));
        assert!(text.contains("#     .description = "));
        assert!(text.contains("# }\n"));
    }

    #[test]
    fn names_that_cannot_be_catalog_ids_are_refused() {
        for bad in [
            "", "HTTP", "1xx", "-a", "a_b", "a.b", "pages", "assets", "a/b",
        ] {
            let e = check_name(bad).unwrap_err();
            assert!(e.downcast_ref::<Refusal>().is_some(), "{bad}");
        }
        for good in ["http", "smtp-enhanced", "x1"] {
            check_name(good).unwrap();
        }
    }
}
