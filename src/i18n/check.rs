//! How far each locale translates the reference locale: coverage for the build's summary,
//! and the warnings (errors under `--strict`) for missing messages and differing variables.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::{Coverage, I18n, display_id};
use crate::diag::{Diagnostic, Diagnostics, Location};
use crate::id::LocaleId;

impl I18n {
    /// Per locale, how many of the reference locale's messages and attributes it translates.
    pub fn coverage(&self) -> Vec<Coverage> {
        let reference = &self.locales[self.reference.index()];
        let mut units: Vec<(String, Option<String>)> = Vec::new();
        for (id, info) in &reference.info {
            if info.value_vars.is_some() {
                units.push((id.clone(), None));
            }
            for a in info.attrs.keys() {
                units.push((id.clone(), Some(a.clone())));
            }
        }
        units.sort();
        self.locales
            .iter()
            .enumerate()
            .map(|(i, lb)| {
                let missing: Vec<String> = units
                    .iter()
                    .filter(|(id, a)| !self.has(LocaleId(i as u32), id, a.as_deref()))
                    .map(|(id, a)| display_id(id, a.as_deref()))
                    .collect();
                Coverage {
                    locale: lb.code.clone(),
                    total: units.len(),
                    translated: units.len() - missing.len(),
                    missing,
                }
            })
            .collect()
    }

    /// Compares every locale with the reference: missing messages, and messages whose
    /// variables differ. Both are warnings (the page falls back to English, or the text may
    /// lose a value), which `--strict` makes errors. The missing messages of one locale's file
    /// are reported in one diagnostic, so that an untranslated locale does not bury the other
    /// problems; when not `grouped` (`--strict`), its help lists each with the line of its
    /// reference text.
    pub fn check_against_reference(&self, grouped: bool) -> Diagnostics {
        let mut ds = Diagnostics::new();
        let reference = &self.locales[self.reference.index()];
        let mut ids: Vec<&String> = reference.info.keys().collect();
        ids.sort_by_key(|id| (&reference.info[*id].file, reference.info[*id].line));
        for (i, lb) in self.locales.iter().enumerate() {
            if i == self.reference.index() {
                continue;
            }
            // Missing messages per file of this locale, in the reference's order.
            let mut missing: Vec<(PathBuf, Vec<(String, usize)>)> = Vec::new();
            for id in &ids {
                let r = &reference.info[*id];
                let here = lb.info.get(*id);
                let mut parts: Vec<Option<&str>> = Vec::new();
                if r.value_vars.is_some() {
                    parts.push(None);
                }
                parts.extend(r.attrs.keys().map(|a| Some(a.as_str())));
                for part in parts {
                    let want = r.vars(part).expect("reference part exists");
                    match here.and_then(|h| h.vars(part)) {
                        None => {
                            let file = ftl_path_for(&r.file, &lb.code);
                            let item = (display_id(id, part), r.line);
                            match missing.iter_mut().find(|(f, _)| *f == file) {
                                Some((_, v)) => v.push(item),
                                None => missing.push((file, vec![item])),
                            }
                        }
                        Some(got) if got != want => {
                            let h = here.expect("present");
                            ds.push(
                                Diagnostic::warning(
                                    h.location(),
                                    format!(
                                        "`{}` in locale `{}` uses the variables {} but `{}` uses {}",
                                        display_id(id, part),
                                        lb.code,
                                        show_vars(got),
                                        reference.code,
                                        show_vars(want)
                                    ),
                                )
                                .with_help("use exactly the variables of the reference locale's message, spelled the same"),
                            );
                        }
                        Some(_) => {}
                    }
                }
            }
            for (file, list) in missing {
                let shown: Vec<&str> = list.iter().take(5).map(|(id, _)| id.as_str()).collect();
                let more = if list.len() > shown.len() {
                    format!(" and {} more", list.len() - shown.len())
                } else {
                    String::new()
                };
                let name = file
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let help = if grouped {
                    "translate them; `codesite check --strict` lists each with the line of its reference text".to_owned()
                } else {
                    let reference_file = ftl_path_for(&file, &reference.code);
                    // A message's attributes go with it: `x-200 .description .fix (line 7)`.
                    let mut each: Vec<(String, usize)> = Vec::new();
                    for (id, line) in &list {
                        match each.last_mut() {
                            Some((last, at))
                                if id.split('.').next() == last.split(' ').next() && at == line =>
                            {
                                last.push_str(&format!(
                                    " .{}",
                                    id.split_once('.').map_or("", |x| x.1)
                                ));
                            }
                            _ => each.push((id.clone(), *line)),
                        }
                    }
                    let each: Vec<String> = each
                        .iter()
                        .map(|(id, line)| format!("{id} (line {line})"))
                        .collect();
                    format!(
                        "translate them from {}: {}",
                        reference_file.display(),
                        each.join(", ")
                    )
                };
                ds.push(
                    Diagnostic::warning(
                        Location::file(file.clone()),
                        format!(
                            "locale `{}` lacks {} message{} of {name}, shown in `{}`: {}{more}",
                            lb.code,
                            list.len(),
                            if list.len() == 1 { "" } else { "s" },
                            reference.code,
                            shown.join(", ")
                        ),
                    )
                    .with_help(help),
                );
            }
        }
        ds
    }
}

fn ftl_path_for(reference_file: &std::path::Path, locale: &str) -> PathBuf {
    // locales/en/smtp.ftl -> locales/tr/smtp.ftl
    let name = reference_file.file_name().unwrap_or_default();
    match reference_file.parent().and_then(|p| p.parent()) {
        Some(root) => root.join(locale).join(name),
        None => PathBuf::from(locale).join(name),
    }
}

fn show_vars(v: &BTreeSet<String>) -> String {
    if v.is_empty() {
        "none".to_owned()
    } else {
        v.iter()
            .map(|s| format!("${s}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
