//! Reading TOML input files into serde types, with positions kept for diagnostics.

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Location};

/// Parses `source` (the contents of `file`) into `T`, or explains where and why it is not one.
pub fn parse<T: DeserializeOwned>(file: &Path, source: &str) -> Result<T, Diagnostic> {
    toml::from_str(source).map_err(|e| {
        let location = match e.span() {
            Some(span) => Location::span(file, source, span),
            None => Location::file(file),
        };
        let message = e.message().trim().to_owned();
        let help = help_for(&message);
        let mut d = Diagnostic::error(location, first_line(&message));
        if let Some(h) = help {
            d = d.with_help(h);
        }
        d
    })
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_owned()
}

/// A hint for the messages serde and toml give, so the user knows what to type.
fn help_for(message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("unknown field") {
        // "unknown field `titel`, expected one of `title`, `base_url`"
        if let Some(idx) = rest.find("expected") {
            let given = backticked(rest).next().unwrap_or_default();
            let fields: Vec<&str> = backticked(&rest[idx..]).collect();
            if let Some(best) = closest(given, &fields) {
                return Some(format!("did you mean `{best}`?"));
            }
            return Some(format!("{}; check the spelling", rest[idx..].trim()));
        }
        return Some("remove the field or check its spelling".into());
    }
    if let Some(rest) = message.strip_prefix("invalid type") {
        let wanted = rest.rsplit("expected ").next().unwrap_or_default().trim();
        let what = match wanted {
            "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "usize" => {
                "a whole number, without quotes"
            }
            "a boolean" | "bool" => "`true` or `false`, without quotes",
            "a string" => "text in double quotes",
            "a sequence" => "a list in square brackets, such as [\"a\", \"b\"]",
            _ => "a value of the type shown",
        };
        return Some(format!("write {what}"));
    }
    if message.starts_with("missing field") {
        return Some("add the field".into());
    }
    if message.contains("duplicate key") {
        return Some("remove one of the two keys".into());
    }
    if let Some(rest) = message.strip_prefix("unknown variant") {
        if let Some(idx) = rest.find("expected") {
            let given = backticked(rest).next().unwrap_or_default();
            let values: Vec<&str> = backticked(&rest[idx..]).collect();
            if let Some(best) = closest(given, &values) {
                return Some(format!("did you mean `{best}`?"));
            }
        }
        if let Some(idx) = message.find("expected") {
            let values = message[idx + "expected".len()..].trim();
            let values = values.strip_prefix("one of ").unwrap_or(values);
            return Some(format!("use one of {values}"));
        }
    }
    if message.contains("invalid") || message.contains("expected") {
        return Some("fix the TOML syntax at the marked position".into());
    }
    None
}

/// The texts between backticks in a serde message, in order.
fn backticked(s: &str) -> impl Iterator<Item = &str> {
    s.split('`').skip(1).step_by(2)
}

/// The candidate nearest to `given`, when it is near enough to be a typo (strsim's optimal
/// string alignment distance: a swap of two neighbouring letters counts as one edit).
pub fn closest<'a>(given: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let limit = (given.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|c| (strsim::osa_distance(given, c), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The required fields of a file's tables: `("", &[...])` for the top level, `("locales[]",
/// &[...])` for each table of an array, `("sources.*", &[...])` for each table under a key.
pub type Required<'a> = &'a [(&'a str, &'a [&'a str])];

/// Every required field that a table of `source` lacks, each reported at its table, in one
/// pass: serde stops at the first. Empty when the file does not parse (serde reports that).
pub fn missing_fields(file: &Path, source: &str, required: Required<'_>) -> Vec<Diagnostic> {
    use toml::de::{DeTable, DeValue};
    let Ok(doc) = DeTable::parse(source) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut check = |table: &DeTable<'_>, span: Range<usize>, path: &str, fields: &[&str]| {
        for field in fields {
            if !table.contains_key(*field) {
                let at = if path.is_empty() {
                    Location::file(file)
                } else {
                    location(file, source, span.clone())
                };
                let where_ = if path.is_empty() {
                    "the file".to_owned()
                } else {
                    format!("this `{path}` table")
                };
                out.push(
                    Diagnostic::error(at, format!("{where_} has no `{field}`"))
                        .with_help(format!("add `{field} = ...`; the README lists every field")),
                );
            }
        }
    };
    for (path, fields) in required {
        if path.is_empty() {
            check(doc.get_ref(), doc.span(), "", fields);
        } else if let Some(name) = path.strip_suffix("[]") {
            if let Some(DeValue::Array(items)) = doc.get_ref().get(name).map(|v| v.get_ref()) {
                for item in items.iter() {
                    if let DeValue::Table(t) = item.get_ref() {
                        check(t, item.span(), &format!("[[{name}]]"), fields);
                    }
                }
            }
        } else if let Some(name) = path.strip_suffix(".*") {
            if let Some(DeValue::Table(t)) = doc.get_ref().get(name).map(|v| v.get_ref()) {
                for (key, item) in t.iter() {
                    if let DeValue::Table(inner) = item.get_ref() {
                        let key: &str = key.get_ref();
                        check(inner, item.span(), &format!("[{name}.{key}]"), fields);
                    }
                }
            }
        }
    }
    out
}

/// Parses `source` into `T` like [`parse`], reporting every required field that a table
/// lacks at once ([`missing_fields`]) with serde's own first problem, unless that problem is
/// one of those; a misspelt field is reported once, as a misspelling.
pub fn parse_all<T: DeserializeOwned>(
    file: &Path,
    source: &str,
    required: Required<'_>,
) -> Result<T, Vec<Diagnostic>> {
    let missing = missing_fields(file, source, required);
    match parse::<T>(file, source) {
        Ok(t) if missing.is_empty() => Ok(t),
        Ok(_) => Err(missing),
        Err(d) if d.message.starts_with("missing field") && !missing.is_empty() => Err(missing),
        Err(d) => {
            let meant = d
                .help
                .as_deref()
                .and_then(|h| h.strip_prefix("did you mean `"))
                .and_then(|h| h.strip_suffix("`?"))
                .map(str::to_owned);
            let mut all: Vec<Diagnostic> = missing
                .into_iter()
                .filter(|m| {
                    !meant
                        .as_ref()
                        .is_some_and(|f| m.message.ends_with(&format!("has no `{f}`")))
                })
                .collect();
            all.insert(0, d);
            Err(all)
        }
    }
}

/// The location of a span inside `source`.
pub fn location(file: &Path, source: &str, span: Range<usize>) -> Location {
    Location::span(file, source, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_get_the_nearest_name_and_nothing_far_away() {
        let fields = ["code", "class", "retry", "related"];
        assert_eq!(closest("retyr", &fields), Some("retry"));
        assert_eq!(closest("clas", &fields), Some("class"));
        assert_eq!(closest("colour", &fields), None);
        assert_eq!(closest("rtery", &fields), Some("retry"));
    }

    #[test]
    fn an_unknown_field_is_underlined_and_a_fix_is_offered() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            retry: String,
        }
        let d = parse::<T>(Path::new("x.toml"), "retyr = \"later\"\n").unwrap_err();
        assert_eq!(d.location.line, 1);
        assert_eq!(d.location.width, 5);
        assert_eq!(d.help.as_deref(), Some("did you mean `retry`?"));
    }
}
