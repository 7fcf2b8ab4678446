//! `content/<catalog>/catalog.toml`: the codes of one protocol and the facts about them that need
//! no translation.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics};
use crate::toml_input;

/// Whether, and how, a client tries again after this reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Retry {
    /// A success: nothing to retry.
    None,
    /// An intermediate reply: the client goes on with the next step.
    Continue,
    /// Transient: the client keeps the message and tries again later.
    Later,
    /// Permanent: the same request will fail again.
    Never,
    /// Permanent, but to be treated as temporary in a case the RFC names.
    Depends,
}

/// Who has to do something about this reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Actor {
    /// Nobody: all is well.
    None,
    /// The client software or whoever runs it.
    Client,
    /// The person who sends the message.
    Sender,
    /// The user who authenticates.
    User,
    /// The receiving server's administrator.
    Admin,
    /// The recipient or their mailbox.
    Recipient,
}

macro_rules! keyword {
    ($t:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            /// The keyword used in catalog.toml and as a Fluent selector.
            pub fn as_str(self) -> &'static str {
                match self { $(<$t>::$v => $s),* }
            }
        }
    };
}
keyword!(Retry { None => "none", Continue => "continue", Later => "later", Never => "never", Depends => "depends" });
keyword!(Actor { None => "none", Client => "client", Sender => "sender", User => "user", Admin => "admin", Recipient => "recipient" });

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    label: String,
    code_pattern: Spanned<String>,
    rfc_url: String,
    stages: Vec<String>,
    #[serde(default)]
    codes: Vec<RawCode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    code: Spanned<String>,
    class: Spanned<u8>,
    stage: Spanned<String>,
    retry: Retry,
    actor: Actor,
    #[serde(default)]
    commands: Vec<String>,
    #[serde(default)]
    on_connect: bool,
    #[serde(default)]
    any_command: bool,
    references: Vec<Reference>,
    #[serde(default)]
    related: Vec<Spanned<String>>,
    #[serde(default)]
    enhanced: Vec<String>,
    #[serde(default)]
    deprecated: bool,
    #[serde(default)]
    transcript: Vec<String>,
}

/// A reference to the RFC text that defines a code.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// RFC number.
    pub rfc: u32,
    /// Section, such as `4.2.3`; absent when the whole RFC is meant.
    pub section: Option<String>,
}

/// One reply code and its facts.
#[derive(Debug, Clone)]
pub struct Code {
    /// The code as written (`553`); also its URL segment.
    pub code: String,
    /// The first digit.
    pub class: u8,
    /// Where in the session it mainly appears (one of the catalog's stages).
    pub stage: String,
    /// Retry behaviour.
    pub retry: Retry,
    /// Who has to act.
    pub actor: Actor,
    /// Commands that can return it (protocol literals).
    pub commands: Vec<String>,
    /// It can be the server's first reply on a new connection.
    pub on_connect: bool,
    /// It can answer any command.
    pub any_command: bool,
    /// Defining references, the first one primary.
    pub references: Vec<Reference>,
    /// Codes worth comparing with, in the catalog.
    pub related: Vec<String>,
    /// The same codes as indexes into the catalog's (sorted) codes.
    pub related_index: Vec<usize>,
    /// Enhanced status codes that pair with it.
    pub enhanced: Vec<String>,
    /// Kept only for history.
    pub deprecated: bool,
    /// Example dialogue, one line each, `C: ` or `S: ` first.
    pub transcript: Vec<String>,
}

impl Code {
    /// The second digit, which names the reply's category.
    pub fn category_digit(&self) -> char {
        self.code.chars().nth(1).unwrap_or('0')
    }

    /// The second digit as a number, for Fluent selectors (`[0]` … `[5]`).
    pub fn category_digit_number(&self) -> i64 {
        self.category_digit().to_digit(10).map_or(0, i64::from)
    }
}

/// A validated catalog: codes unique, sorted, pattern-checked, cross-references resolved.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The folder name, also the URL segment and the Fluent prefix (`smtp`).
    pub id: String,
    /// The protocol's name as a literal (`SMTP`).
    pub label: String,
    /// URL of an RFC section, with `{rfc}` and `{section}` placeholders.
    pub rfc_url: String,
    /// The stages codes may name.
    pub stages: Vec<String>,
    /// The codes, in ascending order.
    pub codes: Vec<Code>,
}

impl Catalog {
    /// Every unordered pair of codes, as indexes, the lower code first.
    pub fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.codes.len();
        (0..n).flat_map(move |i| (i + 1..n).map(move |j| (i, j)))
    }

    /// The address of a reference on rfc-editor.org (or wherever rfc_url points).
    pub fn reference_url(&self, r: &Reference) -> String {
        let url = self.rfc_url.replace("{rfc}", &r.rfc.to_string());
        match &r.section {
            Some(s) => url.replace("{section}", s),
            None => match url.find('#') {
                Some(i) => url[..i].to_owned(),
                None => url,
            },
        }
    }
}

/// Catalog ids and codes become folder names: they must be plain.
pub fn is_safe_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && s.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && !s.contains("..")
        && !s.contains("-vs-")
}

/// Parses one catalog.toml; `id` is its folder's name.
pub fn parse(id: &str, file: &Path, source: &str) -> Result<Catalog, Diagnostics> {
    let mut ds = Diagnostics::new();
    let raw: RawCatalog = match toml_input::parse(file, source) {
        Ok(r) => r,
        Err(d) => {
            ds.push(d);
            return Err(ds);
        }
    };
    let at = |span: std::ops::Range<usize>| toml_input::location(file, source, span);
    let pattern = match regex_lite::Regex::new(raw.code_pattern.get_ref()) {
        Ok(p) => Some(p),
        Err(e) => {
            ds.push(
                Diagnostic::error(
                    at(raw.code_pattern.span()),
                    format!("code_pattern is not a valid regular expression: {e}"),
                )
                .with_help("write an anchored pattern such as \"^[2-5][0-9]{2}$\""),
            );
            None
        }
    };
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut codes = Vec::new();
    for rc in &raw.codes {
        let code = rc.code.get_ref().clone();
        let code_loc = at(rc.code.span());
        let mut ok = true;
        if !is_safe_segment(&code) {
            ds.push(
                Diagnostic::error(
                    code_loc.clone(),
                    format!("code `{code}` cannot be used in a URL"),
                )
                .with_help(
                    "a code is letters, digits, `.`, `-` or `_`, starting with a letter or digit",
                ),
            );
            ok = false;
        } else if let Some(p) = &pattern {
            if !p.is_match(&code) {
                ds.push(
                    Diagnostic::error(
                        code_loc.clone(),
                        format!(
                            "code `{code}` does not match the catalog's code_pattern `{}`",
                            raw.code_pattern.get_ref()
                        ),
                    )
                    .with_help("correct the code, or widen code_pattern at the top of the file"),
                );
                ok = false;
            }
        }
        if let Some(&first_line) = seen.get(&code) {
            ds.push(
                Diagnostic::error(code_loc.clone(), format!("code `{code}` is defined twice"))
                    .with_help(format!("remove this entry or the one on line {first_line}")),
            );
            ok = false;
        }
        seen.entry(code.clone()).or_insert(code_loc.line);
        let class = *rc.class.get_ref();
        let first = code.chars().next().and_then(|c| c.to_digit(10));
        if !(1..=5).contains(&class) {
            ds.push(
                Diagnostic::error(
                    at(rc.class.span()),
                    format!("class {class} is not a reply class"),
                )
                .with_help("a class is the code's first digit, from 1 to 5 (RFC 5321 §4.2.1)"),
            );
            ok = false;
        } else if first.is_some() && first != Some(u32::from(class)) {
            ds.push(
                Diagnostic::error(
                    at(rc.class.span()),
                    format!("class {class} does not match code `{code}`"),
                )
                .with_help(format!(
                    "the class is the first digit: write class = {}",
                    first.unwrap_or(0)
                )),
            );
            ok = false;
        }
        if !raw.stages.contains(rc.stage.get_ref()) {
            ds.push(
                Diagnostic::error(
                    at(rc.stage.span()),
                    format!("stage `{}` is not listed in `stages`", rc.stage.get_ref()),
                )
                .with_help(format!("use one of: {}", raw.stages.join(", "))),
            );
            ok = false;
        }
        if rc.references.is_empty() {
            ds.push(
                Diagnostic::error(code_loc.clone(), format!("code `{code}` has no references"))
                    .with_help("add references = [{ rfc = 5321, section = \"4.2.3\" }] naming the defining text"),
            );
        }
        if ok {
            codes.push(Code {
                code,
                class,
                stage: rc.stage.get_ref().clone(),
                retry: rc.retry,
                actor: rc.actor,
                commands: rc.commands.clone(),
                on_connect: rc.on_connect,
                any_command: rc.any_command,
                references: rc.references.clone(),
                related: rc.related.iter().map(|r| r.get_ref().clone()).collect(),
                related_index: Vec::new(),
                enhanced: rc.enhanced.clone(),
                deprecated: rc.deprecated,
                transcript: rc.transcript.clone(),
            });
        }
    }
    let known: BTreeSet<&str> = raw
        .codes
        .iter()
        .map(|c| c.code.get_ref().as_str())
        .collect();
    for rc in &raw.codes {
        for r in &rc.related {
            if !known.contains(r.get_ref().as_str()) {
                ds.push(
                    Diagnostic::error(
                        at(r.span()),
                        format!("related code `{}` is not in this catalog", r.get_ref()),
                    )
                    .with_help("remove it, or add the code to the catalog"),
                );
            } else if r.get_ref() == rc.code.get_ref() {
                ds.push(
                    Diagnostic::error(
                        at(r.span()),
                        format!("code `{}` lists itself as related", r.get_ref()),
                    )
                    .with_help("remove it from `related`"),
                );
            }
        }
    }
    if ds.has_errors() {
        return Err(ds);
    }
    codes.sort_by(|a, b| (a.code.len(), &a.code).cmp(&(b.code.len(), &b.code)));
    let index: BTreeMap<String, usize> = codes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.code.clone(), i))
        .collect();
    for c in &mut codes {
        c.related_index = c
            .related
            .iter()
            .filter_map(|r| index.get(r).copied())
            .collect();
    }
    Ok(Catalog {
        id: id.to_owned(),
        label: raw.label,
        rfc_url: raw.rfc_url,
        stages: raw.stages,
        codes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog(codes: &str) -> String {
        format!(
            "label = \"SMTP\"\ncode_pattern = \"^[2-5][0-9]{{2}}$\"\nrfc_url = \"https://r.example/rfc{{rfc}}#section-{{section}}\"\nstages = [\"envelope\"]\n{codes}"
        )
    }

    fn code(c: &str, class: u8, related: &str) -> String {
        format!(
            "[[codes]]\ncode = \"{c}\"\nclass = {class}\nstage = \"envelope\"\nretry = \"never\"\nactor = \"sender\"\nreferences = [{{ rfc = 5321, section = \"4.2.3\" }}]\nrelated = [{related}]\n"
        )
    }

    #[test]
    fn pairs_put_the_lower_code_first_and_cover_each_pair_once() {
        let src = catalog(&(code("553", 5, "") + &code("220", 2, "") + &code("421", 4, "")));
        let c = parse("smtp", Path::new("c.toml"), &src).unwrap();
        let pairs: Vec<(String, String)> = c
            .pairs()
            .map(|(i, j)| (c.codes[i].code.clone(), c.codes[j].code.clone()))
            .collect();
        assert_eq!(
            pairs,
            [("220", "421"), ("220", "553"), ("421", "553")]
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
        );
    }

    #[test]
    fn duplicate_codes_bad_patterns_wrong_classes_and_unknown_related_codes_are_all_reported() {
        let src = catalog(
            &(code("553", 5, "\"999\"")
                + &code("553", 5, "")
                + &code("2x0", 2, "")
                + &code("421", 5, "")),
        );
        let text = parse("smtp", Path::new("c.toml"), &src)
            .unwrap_err()
            .render(false);
        assert!(text.contains("code `553` is defined twice"), "{text}");
        assert!(
            text.contains("does not match the catalog's code_pattern"),
            "{text}"
        );
        assert!(text.contains("class 5 does not match code `421`"), "{text}");
        assert!(
            text.contains("related code `999` is not in this catalog"),
            "{text}"
        );
    }

    #[test]
    fn reference_urls_point_at_the_section_or_the_whole_rfc() {
        let c = parse("smtp", Path::new("c.toml"), &catalog("")).unwrap();
        let r = Reference {
            rfc: 5321,
            section: Some("4.2.3".into()),
        };
        assert_eq!(
            c.reference_url(&r),
            "https://r.example/rfc5321#section-4.2.3"
        );
        let whole = Reference {
            rfc: 1985,
            section: None,
        };
        assert_eq!(c.reference_url(&whole), "https://r.example/rfc1985");
    }

    #[test]
    fn path_segments_are_strict() {
        for bad in ["", "..", "a/b", "../x", "a b", "220-vs-221", ".hidden"] {
            assert!(!is_safe_segment(bad), "{bad}");
        }
        assert!(is_safe_segment("553"));
        assert!(is_safe_segment("5.1.3"));
    }
}
