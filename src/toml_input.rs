//! Reading TOML input files into serde types, with positions kept for diagnostics.

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Location};

/// Parses `source` (the contents of `file`) into `T`, or explains where and why it is not one.
pub fn parse<T: DeserializeOwned>(file: &Path, source: &str) -> Result<T, Diagnostic> {
    toml::from_str(source).map_err(|e| {
        let location = match e.span() {
            Some(span) => Location::at_offset(file, source, span.start),
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
            return Some(format!("{}; check the spelling", rest[idx..].trim()));
        }
        return Some("remove the field or check its spelling".into());
    }
    if message.starts_with("invalid type") {
        return Some("change the value to the type shown".into());
    }
    if message.starts_with("missing field") {
        return Some("add the field".into());
    }
    if message.contains("duplicate key") {
        return Some("remove one of the two keys".into());
    }
    if message.starts_with("unknown variant") {
        if let Some(idx) = message.find("expected") {
            return Some(format!(
                "use one of the values {}",
                message[idx + "expected".len()..].trim()
            ));
        }
    }
    if message.contains("invalid") || message.contains("expected") {
        return Some("fix the TOML syntax at the marked position".into());
    }
    None
}

/// The location of a span inside `source`.
pub fn location(file: &Path, source: &str, span: Range<usize>) -> Location {
    Location::at_offset(file, source, span.start)
}
