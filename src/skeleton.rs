//! Skeletons: a template rendered once with markers in place of a page's own texts, then
//! split into the text every page of that shape shares and the holes where each page's own
//! texts go. Filling a skeleton gives the bytes Tera would have written, without running it.
//!
//! A template may do more with a text than print it: change it with a filter, measure it,
//! compare it. So a skeleton is only kept when the template printed every marker whole,
//! escaped or not, and when two sets of markers that differ in length, case and spacing give
//! the same skeleton; the caller also checks one real page against Tera. Anything else, and
//! the pages of that shape are rendered by Tera one by one.

use std::ops::Range;

/// Brackets of a marker: private-use characters, which no template or translation uses.
const OPEN: char = '\u{F8F0}';
const CLOSE: char = '\u{F8F1}';

/// Two marker sets: the second differs from the first in length, case and surrounding spaces,
/// so that a filter or test that looks at the text tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markers {
    A,
    B,
}

impl Markers {
    /// The text before and after the hole's number, as put into a value.
    fn parts(self) -> (&'static str, &'static str) {
        match self {
            Markers::A => ("\u{F8F0}", "&<\u{F8F1}"),
            Markers::B => (" \u{F8F0}", "&<Bb x\u{F8F1} "),
        }
    }

    /// The same, as a template's autoescape writes it.
    fn escaped_parts(self) -> (&'static str, &'static str) {
        match self {
            Markers::A => ("\u{F8F0}", "&amp;&lt;\u{F8F1}"),
            Markers::B => (" \u{F8F0}", "&amp;&lt;Bb x\u{F8F1} "),
        }
    }

    /// The marker for hole `i`.
    pub fn marker(self, i: usize) -> String {
        let (open, close) = self.parts();
        format!("{open}{i}{close}")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    /// Shared text: a range of [`Skeleton::text`].
    Text(Range<usize>),
    /// A page's own text, printed as it is or HTML-escaped.
    Hole { index: usize, escaped: bool },
}

/// A piece of a skeleton, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    /// Text every page of the shape shares.
    Text(&'a str),
    /// Where hole `index` goes, written HTML-escaped or as it is.
    Hole { index: usize, escaped: bool },
}

/// A rendered template with holes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skeleton {
    text: String,
    segments: Vec<Segment>,
}

impl Skeleton {
    /// Splits `output`, rendered with `markers` for holes `0..holes`. `None` when any marker
    /// is not whole, when a number is out of range, or when a bracket stands alone.
    pub fn parse(output: &str, markers: Markers, holes: usize) -> Option<Skeleton> {
        let mut text = String::with_capacity(output.len());
        let mut segments = Vec::new();
        let mut rest = output;
        let (open, _) = markers.parts();
        while let Some(at) = rest.find(OPEN) {
            // The marker's opening text starts `open.len() - OPEN.len_utf8()` bytes earlier.
            let lead = open.len() - OPEN.len_utf8();
            let start = at.checked_sub(lead)?;
            if rest[start..at] != open[..lead] {
                return None;
            }
            push_text(&mut text, &mut segments, &rest[..start]);
            let after = &rest[at + OPEN.len_utf8()..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            let index: usize = after[..digits].parse().ok()?;
            if index >= holes {
                return None;
            }
            let tail = &after[digits..];
            let (escaped, close) = if tail.starts_with(markers.parts().1) {
                (false, markers.parts().1)
            } else if tail.starts_with(markers.escaped_parts().1) {
                (true, markers.escaped_parts().1)
            } else {
                return None;
            };
            segments.push(Segment::Hole { index, escaped });
            rest = &tail[close.len()..];
        }
        if rest.contains(CLOSE) {
            return None;
        }
        push_text(&mut text, &mut segments, rest);
        Some(Skeleton { text, segments })
    }

    /// The shared texts and the holes, in order.
    pub fn parts(&self) -> impl Iterator<Item = Part<'_>> {
        self.segments.iter().map(|s| match s {
            Segment::Text(r) => Part::Text(&self.text[r.clone()]),
            Segment::Hole { index, escaped } => Part::Hole {
                index: *index,
                escaped: *escaped,
            },
        })
    }

    /// The same skeleton with the holes for which `fixed` gives a text written into its
    /// shared text: for texts that every page of the shape has alike, which then cost nothing
    /// to fill.
    pub fn with_fixed<'t>(&self, fixed: impl Fn(usize) -> Option<&'t str>) -> Skeleton {
        let mut text = String::with_capacity(self.text.len() + 1024);
        let mut segments = Vec::with_capacity(self.segments.len());
        let mut escaped_text = String::new();
        for part in self.parts() {
            match part {
                Part::Text(t) => push_text(&mut text, &mut segments, t),
                Part::Hole { index, escaped } => match fixed(index) {
                    Some(t) if escaped => {
                        escaped_text.clear();
                        crate::i18n::escape_into(&mut escaped_text, t);
                        push_text(&mut text, &mut segments, &escaped_text);
                    }
                    Some(t) => push_text(&mut text, &mut segments, t),
                    None => segments.push(Segment::Hole { index, escaped }),
                },
            }
        }
        Skeleton { text, segments }
    }

    /// The same skeleton with the holes for which `plain` is true written as they are, not
    /// escaped: for texts that never hold a character escaping would change, so that the
    /// bytes stay the same.
    pub fn unescaped(mut self, plain: impl Fn(usize) -> bool) -> Skeleton {
        for segment in &mut self.segments {
            if let Segment::Hole { index, escaped } = segment {
                if plain(*index) {
                    *escaped = false;
                }
            }
        }
        self
    }

    /// Writes the page whose own texts are `holes` (by index) into `buf`.
    pub fn fill(&self, holes: &[&str], buf: &mut Vec<u8>) {
        for part in self.parts() {
            match part {
                Part::Text(t) => buf.extend_from_slice(t.as_bytes()),
                Part::Hole {
                    index,
                    escaped: true,
                } => {
                    // The escaping Tera's autoescape uses, so the bytes are the same.
                    let _ = pulldown_cmark_escape::escape_html(
                        pulldown_cmark_escape::IoWriter(&mut *buf),
                        holes[index],
                    );
                }
                Part::Hole {
                    index,
                    escaped: false,
                } => {
                    buf.extend_from_slice(holes[index].as_bytes());
                }
            }
        }
    }
}

/// Appends shared text, to the last piece when that is shared text too.
fn push_text(text: &mut String, segments: &mut Vec<Segment>, s: &str) {
    if s.is_empty() {
        return;
    }
    let start = text.len();
    text.push_str(s);
    match segments.last_mut() {
        Some(Segment::Text(r)) if r.end == start => r.end = text.len(),
        _ => segments.push(Segment::Text(start..text.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(template: &str, values: &[String]) -> String {
        // A tiny stand-in for a template: `{N}` prints value N as it is, `[N]` escaped.
        let mut out = String::new();
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '{' || c == '[' {
                let n: String = chars.by_ref().take_while(|c| c.is_ascii_digit()).collect();
                let v = &values[n.parse::<usize>().unwrap()];
                if c == '{' {
                    out.push_str(v);
                } else {
                    out.push_str(&crate::i18n::escape(v));
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn a_filled_skeleton_is_what_the_template_writes() {
        let template = "<title>[0]</title><a href=\"[1]\">{2}</a> [0]";
        let real = vec![
            "A & B <i>".to_owned(),
            "../x/?a=1&b=\"2\"".to_owned(),
            "<b>safe</b>".to_owned(),
        ];
        for markers in [Markers::A, Markers::B] {
            let m: Vec<String> = (0..3).map(|i| markers.marker(i)).collect();
            let skel = Skeleton::parse(&render(template, &m), markers, 3).expect("parses");
            let mut buf = Vec::new();
            let holes: Vec<&str> = real.iter().map(String::as_str).collect();
            skel.fill(&holes, &mut buf);
            assert_eq!(String::from_utf8(buf).unwrap(), render(template, &real));
        }
        let a = Skeleton::parse(
            &render(
                template,
                &(0..3).map(|i| Markers::A.marker(i)).collect::<Vec<_>>(),
            ),
            Markers::A,
            3,
        );
        let b = Skeleton::parse(
            &render(
                template,
                &(0..3).map(|i| Markers::B.marker(i)).collect::<Vec<_>>(),
            ),
            Markers::B,
            3,
        );
        assert_eq!(a, b, "both marker sets give one skeleton");
    }

    #[test]
    fn a_marker_that_is_not_whole_is_refused() {
        let m = Markers::A.marker(0);
        // Cut (a truncate filter), changed (upper on the second set), out of range, stray.
        assert!(Skeleton::parse(&m[..m.len() - 3], Markers::A, 1).is_none());
        assert!(Skeleton::parse(&Markers::B.marker(0).to_uppercase(), Markers::B, 1).is_none());
        assert!(Skeleton::parse(&Markers::A.marker(5), Markers::A, 1).is_none());
        assert!(Skeleton::parse("text \u{F8F1}", Markers::A, 1).is_none());
        // Trimmed: the second set's spaces are gone.
        assert!(Skeleton::parse(Markers::B.marker(0).trim(), Markers::B, 1).is_none());
        // Escaped twice.
        let twice = crate::i18n::escape(&crate::i18n::escape(&m));
        assert!(Skeleton::parse(&twice, Markers::A, 1).is_none());
    }
}
