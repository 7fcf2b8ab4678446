//! The code tables of a catalog.toml: each `[[codes]]` table's keys are the catalog's own
//! fact ids, so they are read from toml's span-keeping document tree against the declared
//! facts, and every problem points at its line and column.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::DeValue;

use super::catalog::{Code, Fact, FactKind, Link, Reference, Source, Value, slug};
use super::toml as toml_input;
use crate::diag::{Diagnostic, Diagnostics, Location};

/// Reads code tables against the catalog's facts.
pub(super) struct CodeReader<'a, F> {
    pub(super) facts: &'a [Fact],
    pub(super) sources: &'a HashMap<String, Source>,
    pub(super) pattern: Option<&'a regex_lite::Regex>,
    pub(super) pattern_text: &'a str,
    pub(super) at: &'a F,
}

impl<F: Fn(Range<usize>) -> Location> CodeReader<'_, F> {
    /// One `[[codes]]` table; `None` when it has errors, which are reported.
    pub(super) fn read(&self, table: &Spanned<DeValue>, ds: &mut Diagnostics) -> Option<Code> {
        let at = self.at;
        let DeValue::Table(t) = table.get_ref() else {
            ds.push(
                Diagnostic::error(at(table.span()), "each code must be a table")
                    .with_help("write each code as a table headed [[codes]]"),
            );
            return None;
        };
        let errors_before = ds.error_count();
        let Some(code_value) = t.get("code") else {
            ds.push(
                Diagnostic::error(at(table.span()), "this code has no `code`")
                    .with_help("add `code = \"...\"` with the code as the protocol writes it"),
            );
            return None;
        };
        let code = match scalar(code_value.get_ref()) {
            Some(c) => c,
            None => {
                ds.push(
                    Diagnostic::error(at(code_value.span()), "`code` must be text")
                        .with_help("write the code in double quotes, such as code = \"404\""),
                );
                return None;
            }
        };
        let code_at = at(code_value.span());
        let slug = slug(&code);
        if slug.is_empty() || code.chars().any(char::is_control) || code.len() > 64 {
            ds.push(
                Diagnostic::error(code_at.clone(), format!("code `{}` cannot be used", code.escape_debug()))
                    .with_help("a code needs at least one letter or digit, at most 64 characters and no control characters"),
            );
            return None;
        }
        if let Some(p) = self.pattern {
            if !p.is_match(&code) {
                ds.push(
                    Diagnostic::error(
                        code_at.clone(),
                        format!(
                            "code `{code}` does not match the catalog's code_pattern `{}`",
                            self.pattern_text
                        ),
                    )
                    .with_help("correct the code, or widen code_pattern at the top of the file"),
                );
            }
        }
        let ids: Vec<&str> = std::iter::once("code")
            .chain(self.facts.iter().map(|f| f.id.as_str()))
            .collect();
        // Facts a misspelt key is taken for: their absence is that typo, reported once.
        let mut meant: Vec<&str> = Vec::new();
        for key in t.keys() {
            let key_text: &str = key.get_ref();
            if !ids.contains(&key_text) {
                let help = match toml_input::closest(key_text, &ids) {
                    Some(best) => {
                        meant.push(best);
                        format!("did you mean `{best}`?")
                    }
                    None => format!(
                        "the facts of this catalog are: {}; declare a new one under [[facts]]",
                        ids[1..].join(", ")
                    ),
                };
                ds.push(
                    Diagnostic::error(
                        at(key.span()),
                        format!("`{key_text}` is not a fact of this catalog"),
                    )
                    .with_help(help),
                );
            } else if let Some(f) = self.facts.iter().find(|f| f.id == key_text) {
                if f.from_code.is_some() {
                    ds.push(
                        Diagnostic::error(
                            at(key.span()),
                            format!("`{key_text}` is taken from the code itself (from_code)"),
                        )
                        .with_help("remove this line"),
                    );
                }
            }
        }
        let mut values = Vec::with_capacity(self.facts.len());
        for fact in self.facts {
            let value = match (&fact.from_code, t.get(fact.id.as_str())) {
                (Some(p), _) => self.value_from_code(fact, p, &code, &code_at, ds),
                (None, Some(v)) => self.value(fact, v, ds),
                (None, None) => {
                    if fact.required && !meant.contains(&fact.id.as_str()) {
                        ds.push(
                            Diagnostic::error(
                                code_at.clone(),
                                format!(
                                    "code `{code}` has no `{}`, which every code must give",
                                    fact.id
                                ),
                            )
                            .with_help(format!("add `{} = ...` to this code's table", fact.id)),
                        );
                    }
                    match fact.kind {
                        FactKind::Flag => Value::Flag(false),
                        FactKind::Literals | FactKind::Lines => Value::Texts(Vec::new()),
                        FactKind::References => Value::References(Vec::new()),
                        FactKind::Codes => Value::Codes(Vec::new()),
                        FactKind::Choice | FactKind::Number => Value::Absent,
                    }
                }
            };
            values.push(value);
        }
        (ds.error_count() == errors_before).then_some(Code {
            code,
            slug,
            values,
            at: code_at,
        })
    }

    /// The value a fact takes from the code itself.
    fn value_from_code(
        &self,
        fact: &Fact,
        pattern: &regex_lite::Regex,
        code: &str,
        code_at: &Location,
        ds: &mut Diagnostics,
    ) -> Value {
        let found = pattern
            .captures(code)
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_owned());
        let Some(text) = found else {
            ds.push(
                Diagnostic::error(
                    code_at.clone(),
                    format!(
                        "code `{code}` does not match the from_code pattern of `{}`",
                        fact.id
                    ),
                )
                .with_help("correct the code, or the fact's from_code"),
            );
            return Value::Absent;
        };
        match fact.kind {
            FactKind::Number => match text.parse() {
                Ok(n) => Value::Number(n),
                Err(_) => {
                    ds.push(
                        Diagnostic::error(
                            code_at.clone(),
                            format!("`{text}`, taken from code `{code}` for `{}`, is not a whole number", fact.id),
                        )
                        .with_help("make the fact's from_code group match digits only"),
                    );
                    Value::Absent
                }
            },
            _ => match fact.values.iter().position(|v| *v == text) {
                Some(i) => Value::Choice(i),
                None => {
                    ds.push(
                        Diagnostic::error(
                            code_at.clone(),
                            format!(
                                "`{text}`, taken from code `{code}` for `{}`, is not one of its values",
                                fact.id
                            ),
                        )
                        .with_help(format!(
                            "add \"{text}\" to the values of `{}` (now: {})",
                            fact.id,
                            fact.values.join(", ")
                        )),
                    );
                    Value::Absent
                }
            },
        }
    }

    /// A value written in a code's table.
    fn value(&self, fact: &Fact, v: &Spanned<DeValue>, ds: &mut Diagnostics) -> Value {
        let at = self.at;
        let wrong = |ds: &mut Diagnostics, span: Range<usize>, what: &str, example: &str| {
            ds.push(
                Diagnostic::error(at(span), format!("`{}` must be {what}", fact.id))
                    .with_help(format!("write it as {} = {example}", fact.id)),
            );
        };
        let id = &fact.id;
        match fact.kind {
            FactKind::Choice => {
                let Some(text) = scalar(v.get_ref()) else {
                    wrong(
                        ds,
                        v.span(),
                        "one of its values",
                        &format!("\"{}\"", fact.values[0]),
                    );
                    return Value::Absent;
                };
                match fact.values.iter().position(|x| *x == text) {
                    Some(i) => Value::Choice(i),
                    None => {
                        let values: Vec<&str> = fact.values.iter().map(String::as_str).collect();
                        let help = match toml_input::closest(&text, &values) {
                            Some(best) => format!("did you mean `{best}`?"),
                            None => format!("use one of: {}", values.join(", ")),
                        };
                        ds.push(
                            Diagnostic::error(
                                at(v.span()),
                                format!("`{text}` is not a value of `{id}`"),
                            )
                            .with_help(help),
                        );
                        Value::Absent
                    }
                }
            }
            FactKind::Number => match v.get_ref() {
                DeValue::Integer(i) => {
                    match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
                        Ok(n) => Value::Number(n),
                        Err(_) => {
                            wrong(ds, v.span(), "a whole number that fits in 64 bits", "42");
                            Value::Absent
                        }
                    }
                }
                _ => {
                    wrong(ds, v.span(), "a whole number, without quotes", "42");
                    Value::Absent
                }
            },
            FactKind::Flag => match v.get_ref() {
                DeValue::Boolean(b) => Value::Flag(*b),
                _ => {
                    wrong(ds, v.span(), "`true` or `false`, without quotes", "true");
                    Value::Flag(false)
                }
            },
            FactKind::Literals | FactKind::Lines | FactKind::Codes => {
                let Some(items) = self.list(fact, v, ds) else {
                    return Value::Absent;
                };
                let mut texts = Vec::with_capacity(items.len());
                for item in items {
                    match scalar(item.get_ref()) {
                        Some(s) if !s.chars().any(|c| c.is_control() && c != '\t') => {
                            texts.push((s, item.span()))
                        }
                        Some(_) => ds.push(
                            Diagnostic::error(
                                at(item.span()),
                                "this text holds a control character",
                            )
                            .with_help("remove it; write each line as its own item"),
                        ),
                        None => wrong(ds, item.span(), "a list of texts", "[\"a\", \"b\"]"),
                    }
                }
                match fact.kind {
                    FactKind::Codes => Value::Codes(
                        texts
                            .into_iter()
                            .map(|(code, span)| Link {
                                code,
                                at: at(span),
                                target: None,
                            })
                            .collect(),
                    ),
                    _ => Value::Texts(texts.into_iter().map(|(s, _)| s).collect()),
                }
            }
            FactKind::References => {
                let Some(items) = self.list(fact, v, ds) else {
                    return Value::Absent;
                };
                let mut refs = Vec::with_capacity(items.len());
                for item in items {
                    if let Some(r) = self.reference(item, ds) {
                        refs.push(r);
                    }
                }
                Value::References(refs)
            }
        }
    }

    fn list<'v, 'i>(
        &self,
        fact: &Fact,
        v: &'v Spanned<DeValue<'i>>,
        ds: &mut Diagnostics,
    ) -> Option<&'v [Spanned<DeValue<'i>>]> {
        match v.get_ref() {
            DeValue::Array(a) => Some(a),
            _ => {
                ds.push(
                    Diagnostic::error((self.at)(v.span()), format!("`{}` must be a list", fact.id))
                        .with_help(format!(
                            "write it in square brackets: {} = [ ... ]",
                            fact.id
                        )),
                );
                None
            }
        }
    }

    /// A reference: `{ <source> = "<id>", section = "<section>" }`.
    fn reference(&self, item: &Spanned<DeValue>, ds: &mut Diagnostics) -> Option<Reference> {
        let at = self.at;
        let mut names: Vec<&str> = self.sources.keys().map(String::as_str).collect();
        names.sort_unstable();
        let example = match names.first() {
            Some(n) => format!("{{ {n} = \"...\", section = \"...\" }}"),
            None => {
                "{ spec = \"1\", section = \"2.3\" }, after declaring [sources.spec]".to_owned()
            }
        };
        let bad = |ds: &mut Diagnostics, span: Range<usize>, message: String| {
            ds.push(
                Diagnostic::error(at(span), message)
                    .with_help(format!("write a reference as {example}")),
            );
        };
        let DeValue::Table(t) = item.get_ref() else {
            bad(
                ds,
                item.span(),
                "a reference must be a table naming its source".to_owned(),
            );
            return None;
        };
        let mut source = None;
        let mut section = None;
        for (k, v) in t.iter() {
            let key: &str = k.get_ref();
            if key == "section" {
                match scalar(v.get_ref()) {
                    Some(s) => section = Some(s),
                    None => bad(ds, v.span(), "a section must be text".to_owned()),
                }
            } else if let Some(s) = self.sources.get(key) {
                match scalar(v.get_ref()) {
                    Some(id) => source = Some((s, id, v.span())),
                    None => bad(
                        ds,
                        v.span(),
                        format!("the `{key}` id must be text or a number"),
                    ),
                }
            } else {
                let help = match toml_input::closest(key, &names) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None if names.is_empty() => {
                        "declare the source first, such as [sources.spec] with url and text patterns"
                            .to_owned()
                    }
                    None => format!(
                        "the catalog's sources are: {}; or declare [sources.{key}]",
                        names.join(", ")
                    ),
                };
                ds.push(
                    Diagnostic::error(
                        at(k.span()),
                        format!("`{key}` is not a source of this catalog"),
                    )
                    .with_help(help),
                );
                return None;
            }
        }
        let Some((s, id, span)) = source else {
            bad(ds, item.span(), "this reference names no source".to_owned());
            return None;
        };
        if section.is_none() && s.needs_section() {
            ds.push(
                Diagnostic::error(at(span), "this source's URL needs a section")
                    .with_help("add section = \"...\", or give the source a url_whole for references to the whole text"),
            );
            return None;
        }
        Some(s.make(&id, section.as_deref()))
    }
}

/// A string, or a whole number written without quotes, as text.
fn scalar(v: &DeValue) -> Option<String> {
    match v {
        DeValue::String(s) => Some(s.to_string()),
        DeValue::Integer(i) => Some(i.as_str().replace('_', "")),
        _ => None,
    }
}
