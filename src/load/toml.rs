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
