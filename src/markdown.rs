//! Markdown prose (free pages such as "about"), rendered with pulldown-cmark.
//!
//! Markdown is written by the site's authors, so raw HTML inside it is passed through: that is
//! the one place in codesite where input is not escaped (catalogs and translations always are).
//! Code blocks are marked `dir="ltr"`, so transcripts keep their order on right-to-left pages.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// A rendered Markdown document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Text of the first level-one heading, used as the page title.
    pub title: String,
    /// The HTML of everything after that heading.
    pub html: String,
    /// First paragraph as plain text, for the meta description.
    pub summary: String,
}

/// Renders `source`.
pub fn render(source: &str) -> Rendered {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut title = String::new();
    let mut summary = String::new();
    let mut in_title = false;
    let mut title_done = false;
    let mut in_para = false;
    let mut events = Vec::new();
    for ev in Parser::new_ext(source, options) {
        match &ev {
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) if !title_done => {
                in_title = true;
                continue;
            }
            Event::End(TagEnd::Heading(HeadingLevel::H1)) if in_title => {
                in_title = false;
                title_done = true;
                continue;
            }
            Event::Text(t) | Event::Code(t) if in_title => {
                title.push_str(t);
                continue;
            }
            _ if in_title => continue,
            Event::Start(Tag::Paragraph) if summary.is_empty() => in_para = true,
            Event::End(TagEnd::Paragraph) => in_para = false,
            Event::Text(t) | Event::Code(t) if in_para => summary.push_str(t),
            Event::SoftBreak if in_para => summary.push(' '),
            _ => {}
        }
        match ev {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match &kind {
                    CodeBlockKind::Fenced(l) if !l.is_empty() => {
                        format!(" class=\"language-{}\"", crate::i18n::escape(l))
                    }
                    _ => String::new(),
                };
                events.push(Event::Html(
                    format!("<pre dir=\"ltr\" translate=\"no\"><code{lang}>").into(),
                ));
            }
            Event::End(TagEnd::CodeBlock) => events.push(Event::Html("</code></pre>\n".into())),
            Event::Code(c) => events.push(Event::Html(
                format!("<code dir=\"ltr\">{}</code>", crate::i18n::escape(&c)).into(),
            )),
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Rendered {
        title,
        html,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_heading_becomes_the_title_and_code_stays_left_to_right() {
        let r = render(
            "# Title `x`\n\nFirst *para*\ngraph.\n\n```\nC: QUIT\n```\n\nUse `MAIL FROM`.\n",
        );
        assert_eq!(r.title, "Title x");
        assert_eq!(r.summary, "First para graph.");
        assert!(
            r.html
                .contains("<pre dir=\"ltr\" translate=\"no\"><code>C: QUIT\n</code></pre>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<code dir=\"ltr\">MAIL FROM</code>"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("<h1>"));
    }
}
