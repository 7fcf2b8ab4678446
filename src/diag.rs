//! Diagnostics: problems in the user's input, as data.
//!
//! Plumbing failures (a disk that fails, a bug) are `anyhow` errors. Problems in what the user
//! wrote (a TOML typo, a missing translation) are [`Diagnostic`]s: every step collects all of them
//! in one pass, and the command prints them together, sorted by file and line, before deciding
//! whether to go on. Each one names the file, the line and column, and says what to do.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The build cannot go on.
    Error,
    /// The build goes on, but the output is not what the author wants (for example, a fallback
    /// to English). `--strict` turns warnings into errors.
    Warning,
}

/// A place in an input file. Lines and columns count from 1; the column counts characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// The file, relative to the site's root where possible.
    pub file: PathBuf,
    /// 1-based line, 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column in characters, 0 when unknown.
    pub column: usize,
    /// The text of the offending line, shown under the message.
    pub source_line: Option<String>,
    /// How many characters the marker under the line covers (at least one).
    pub width: usize,
}

impl Location {
    /// A location for a whole file.
    pub fn file(file: impl Into<PathBuf>) -> Self {
        Location {
            file: file.into(),
            line: 0,
            column: 0,
            source_line: None,
            width: 1,
        }
    }

    /// The location of byte `offset` in `source`, the contents of `file`.
    pub fn at_offset(file: impl Into<PathBuf>, source: &str, offset: usize) -> Self {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let before = &source[..offset];
        let line = memchr::memchr_iter(b'\n', before.as_bytes()).count() + 1;
        let line_start = memchr::memrchr(b'\n', before.as_bytes()).map_or(0, |i| i + 1);
        Location::on_line(file.into(), source, line, line_start, offset)
    }

    /// The location of byte `offset` on line `line`, which starts at byte `line_start`.
    fn on_line(file: PathBuf, source: &str, line: usize, line_start: usize, offset: usize) -> Self {
        let column = source[line_start..offset].chars().count() + 1;
        let line_end = memchr::memchr(b'\n', &source.as_bytes()[line_start..])
            .map_or(source.len(), |i| line_start + i);
        let text = source[line_start..line_end].trim_end_matches('\r');
        Location {
            file,
            line,
            column,
            source_line: Some(text.to_owned()),
            width: 1,
        }
    }

    /// The location of the byte range `span` of `source`; the marker covers the span's part
    /// on its first line.
    pub fn span(file: impl Into<PathBuf>, source: &str, span: std::ops::Range<usize>) -> Self {
        let mut loc = Location::at_offset(file, source, span.start);
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.min(source.len())).max(start);
        let first_line = source[start..end].split('\n').next().unwrap_or("");
        loc.width = first_line.trim_end_matches('\r').chars().count().max(1);
        loc
    }

    /// The location of the first occurrence of `needle` in `source`, marked in full, or the
    /// whole file when it does not occur.
    pub fn of_text(file: impl Into<PathBuf>, source: &str, needle: &str) -> Self {
        match source.find(needle).filter(|_| !needle.is_empty()) {
            Some(i) => Location::span(file, source, i..i + needle.len()),
            None => Location::file(file),
        }
    }

    /// The location of the first line of `source` that starts with `prefix` (after indentation),
    /// or the whole file when there is none.
    pub fn of_line_starting(file: impl Into<PathBuf>, source: &str, prefix: &str) -> Self {
        let file = file.into();
        let mut offset = 0;
        for line in source.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if trimmed.starts_with(prefix) {
                let indent = line.len() - trimmed.len();
                return Location::at_offset(file, source, offset + indent);
            }
            offset += line.len();
        }
        Location::file(file)
    }
}

/// Where each line of a source starts, so that many locations in one file cost a binary
/// search each instead of a scan from the top.
pub struct Lines<'s> {
    source: &'s str,
    starts: Vec<usize>,
}

impl<'s> Lines<'s> {
    pub fn new(source: &'s str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1));
        Lines { source, starts }
    }

    /// The same as [`Location::at_offset`] on this source.
    pub fn location(&self, file: impl Into<PathBuf>, offset: usize) -> Location {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.starts.partition_point(|&s| s <= offset);
        Location::on_line(
            file.into(),
            self.source,
            line,
            self.starts[line - 1],
            offset,
        )
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is (boxed: diagnostics travel in `Result`s on hot paths, which stay small).
    pub location: Box<Location>,
    /// What is wrong, in one line.
    pub message: String,
    /// What to do about it, in one line.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error at `location`.
    pub fn error(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            location: Box::new(location),
            message: message.into(),
            help: None,
        }
    }

    /// A warning at `location`.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            location: Box::new(location),
            message: message.into(),
            help: None,
        }
    }

    /// Adds the line that tells the user what to do.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// All the problems found so far.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// No problems.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem. The same problem found again (one message failing for every code
    /// that uses it) is recorded once, so the counts match what is shown.
    pub fn push(&mut self, d: Diagnostic) {
        if !self.items.contains(&d) {
            self.items.push(d);
        }
    }

    /// Records every problem of `other`.
    pub fn extend(&mut self, other: Diagnostics) {
        for d in other.items {
            self.push(d);
        }
    }

    /// Turns every warning into an error (`--strict`).
    pub fn make_warnings_errors(&mut self) {
        for d in &mut self.items {
            d.severity = Severity::Error;
        }
    }

    /// Number of errors.
    /// Drops the warnings, keeping only the errors.
    pub fn retain_errors(&mut self) {
        self.items.retain(|d| d.severity == Severity::Error);
    }

    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }

    /// True when at least one problem stops the build.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// The problems, sorted by file, line and column, then errors first.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.items.iter().collect();
        // Errors first, so that warnings never bury what stopped the build; then by place.
        v.sort_by(|a, b| {
            (
                a.severity != Severity::Error,
                &a.location.file,
                a.location.line,
                a.location.column,
                &a.message,
            )
                .cmp(&(
                    b.severity != Severity::Error,
                    &b.location.file,
                    b.location.line,
                    b.location.column,
                    &b.message,
                ))
        });
        v.dedup_by(|a, b| a == b);
        v
    }

    /// True when nothing was found.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Renders every problem the way rustc does, with colour when `colour` is set.
    pub fn render(&self, colour: bool) -> String {
        let mut out = String::new();
        for d in self.sorted() {
            render_one(&mut out, d, colour);
        }
        out
    }
}

/// Draws one problem the way rustc does, with annotate-snippets: the message, the file with
/// its line and column, the line itself with a marker under the place, and the help.
fn render_one(out: &mut String, d: &Diagnostic, colour: bool) {
    use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let loc = &d.location;
    let file = printable(&loc.file.display().to_string());
    let message = printable(&d.message);
    let help = d.help.as_deref().map(printable);
    let line = loc.source_line.as_deref().map(printable);
    let mut group = Group::with_title(level.primary_title(message.as_str()));
    match (&line, loc.line, loc.column) {
        (Some(text), l, c) if l > 0 && c > 0 => {
            // The marker covers `width` characters from the column, within the line.
            let start: usize = text.chars().take(c - 1).map(char::len_utf8).sum();
            let len: usize = text[start..]
                .chars()
                .take(loc.width.max(1))
                .map(char::len_utf8)
                .sum();
            group = group.element(
                Snippet::source(text.as_str())
                    .line_start(l)
                    .path(file.as_str())
                    .annotation(AnnotationKind::Primary.span(start..start + len)),
            );
        }
        (_, l, _) if l > 0 => group = group.element(Origin::path(file.as_str()).line(l)),
        _ => group = group.element(Origin::path(file.as_str())),
    }
    if let Some(h) = &help {
        group = group.element(Level::HELP.message(h.as_str()));
    }
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    out.push_str(&renderer.render(&[group]));
    out.push('\n');
}

/// Text from the user's input as it may be shown on a terminal: control characters, which
/// could move the cursor or change colours, are shown as their escapes.
fn printable(s: &str) -> String {
    if !s.chars().any(|c| c.is_control() && c != '\t') {
        return s.to_owned();
    }
    s.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Shows `path` relative to `root` when it lies inside it.
pub fn relative_to(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// A size in bytes for people: `840 KB`, `12.3 MB`, `1.2 GB`.
pub fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1_000_000_000 => format!("{:.1} GB", b as f64 / 1e9),
        b if b >= 1_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        b => format!("{} KB", b.div_ceil(1000)),
    }
}

/// `1 error`, `3 warnings`: a count and its noun.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_agrees_with_a_scan_from_the_top() {
        let src = "a = 1\r\nnamé = ü\n\n  b = çok\nson";
        let lines = Lines::new(src);
        for offset in 0..=src.len() + 2 {
            assert_eq!(
                lines.location("f.ftl", offset),
                Location::at_offset("f.ftl", src, offset),
                "offset {offset}"
            );
        }
        assert_eq!(lines.location("f.ftl", src.len()).line, 5);
    }

    #[test]
    fn offsets_become_lines_and_character_columns() {
        let src = "a = 1\nnamé = x\n";
        let loc = Location::at_offset("f.toml", src, src.find('x').unwrap());
        assert_eq!((loc.line, loc.column), (2, 8));
        assert_eq!(loc.source_line.as_deref(), Some("namé = x"));
    }

    #[test]
    fn rendering_shows_the_line_and_a_marker_under_the_column() {
        let src = "title = 1\n";
        let mut ds = Diagnostics::new();
        ds.push(
            Diagnostic::error(Location::at_offset("site.toml", src, 8), "wrong type")
                .with_help("write a string"),
        );
        let text = ds.render(false);
        assert_eq!(
            text,
            "error: wrong type\n --> site.toml:1:9\n  |\n1 | title = 1\n  |         ^\n  |\n  = help: write a string\n"
        );
    }

    #[test]
    fn control_characters_from_the_input_never_reach_the_terminal() {
        let src = "title = \"\u{1b}[2J\u{0}x\"\n";
        let mut ds = Diagnostics::new();
        ds.push(Diagnostic::error(
            Location::at_offset("site.toml", src, 9),
            "bad \u{1b}[31mtitle",
        ));
        ds.push(Diagnostic::warning(
            Location::file("a\u{7}b.ftl"),
            "whole file",
        ));
        let text = ds.render(false);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
        assert!(text.contains("bad \\u{1b}[31mtitle"), "{text}");
        assert!(text.contains("--> a\\u{7}b.ftl"), "{text}");
    }

    #[test]
    fn sorting_puts_files_and_lines_in_order_and_drops_repeats() {
        let mut ds = Diagnostics::new();
        let b = Diagnostic::warning(
            Location {
                file: "b".into(),
                line: 1,
                column: 1,
                source_line: None,
                width: 1,
            },
            "x",
        );
        let a2 = Diagnostic::error(
            Location {
                file: "a".into(),
                line: 9,
                column: 1,
                source_line: None,
                width: 1,
            },
            "y",
        );
        let a1 = Diagnostic::error(
            Location {
                file: "a".into(),
                line: 2,
                column: 1,
                source_line: None,
                width: 1,
            },
            "z",
        );
        ds.push(b.clone());
        ds.push(a2);
        ds.push(a1);
        ds.push(b);
        let lines: Vec<usize> = ds.sorted().iter().map(|d| d.location.line).collect();
        assert_eq!(lines, vec![2, 9, 1]);
    }
}

/// codesite declined to do what it was asked, to protect the user's files: a problem with the
/// command line or the folders given, reported with exit status 1 like bad input.
#[derive(Debug)]
pub struct Refusal(String);

impl Refusal {
    pub fn new(message: String) -> Self {
        Refusal(message)
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refusal {}
