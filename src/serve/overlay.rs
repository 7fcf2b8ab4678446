//! serve's overlay: a failed rebuild's diagnostics over every page (errors first, warnings
//! folded), and the reload script, added to HTML responses as they are sent.

use super::*;

const OVERLAY_STYLE: &str = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;background:rgba(20,20,20,.95);color:#fafafa;font:14px/1.5 ui-monospace,monospace;direction:ltr;text-align:left";
const HEADING_STYLE: &str = "font:600 16px/1.4 system-ui,sans-serif;margin:0 0 1rem";
const ERROR_STYLE: &str =
    "white-space:pre-wrap;margin:0 0 1rem;padding:.5rem 1rem;border-left:4px solid #ff6b6b";
const WARNING_STYLE: &str =
    "white-space:pre-wrap;margin:0 0 1rem;padding:.5rem 1rem;border-left:4px solid #f5c542";
const SUMMARY_STYLE: &str = "cursor:pointer;font:600 14px/1.4 system-ui,sans-serif;margin:0 0 1rem";

/// What the overlay says the page under it is.
fn under(good: bool) -> &'static str {
    if good {
        "this is the last good page"
    } else {
        "there is no good build to show yet"
    }
}

/// The overlay of a failed build: each error in full, then the warnings folded. `good` when
/// an earlier build succeeded, whose pages are still served.
pub(super) fn overlay(ds: &Diagnostics, good: bool) -> String {
    let sorted = ds.sorted();
    let (errors, warnings): (Vec<&Diagnostic>, Vec<&Diagnostic>) = sorted
        .into_iter()
        .partition(|d| d.severity == Severity::Error);
    let mut counts = plural(errors.len(), "error", "errors");
    if !warnings.is_empty() {
        counts.push_str(&format!(
            " and {}",
            plural(warnings.len(), "warning", "warnings")
        ));
    }
    let mut html = overlay_start(&format!(
        "The build failed with {counts}; {}. Fix the files and save: the page reloads.",
        under(good)
    ));
    for d in &errors {
        push_diagnostic(&mut html, d, ERROR_STYLE);
    }
    if !warnings.is_empty() {
        html.push_str(&format!(
            "<details><summary style=\"{SUMMARY_STYLE}\">{}</summary>",
            plural(warnings.len(), "warning", "warnings")
        ));
        for d in &warnings {
            push_diagnostic(&mut html, d, WARNING_STYLE);
        }
        html.push_str("</details>");
    }
    html.push_str("</div>");
    html
}

/// The overlay of a build that failed for a reason other than its input (the disk).
pub(super) fn overlay_of_failure(text: &str, good: bool) -> String {
    let mut html = overlay_start(&format!(
        "The build failed; {}. It runs again when a file changes.",
        under(good)
    ));
    html.push_str(&format!("<pre style=\"{ERROR_STYLE}\">"));
    crate::i18n::escape_into(&mut html, text);
    html.push_str("</pre></div>");
    html
}

fn overlay_start(heading: &str) -> String {
    format!(
        "<div id=\"codesite-error\" role=\"alert\" lang=\"en\" dir=\"ltr\" style=\"{OVERLAY_STYLE}\"><p style=\"{HEADING_STYLE}\">{}</p>",
        crate::i18n::escape(heading)
    )
}

fn push_diagnostic(html: &mut String, d: &Diagnostic, style: &str) {
    let mut one = Diagnostics::new();
    one.push(d.clone());
    html.push_str(&format!("<pre style=\"{style}\">"));
    crate::i18n::escape_into(html, &one.render(false));
    html.push_str("</pre>");
}

/// Adds the overlay, when the last rebuild failed, and the reload script before `</body>`.
pub(super) fn inject(html: &[u8], shown: &Shown) -> Vec<u8> {
    let mut extra = String::new();
    if let Some(overlay) = &shown.overlay {
        extra.push_str(overlay);
    }
    extra.push_str(&format!(
        "<script>(function(){{var g={};var s=new EventSource(\"{EVENTS}\");s.onmessage=function(e){{if(Number(e.data)!==g){{location.reload();}}}};}})();</script>",
        shown.generation
    ));
    let at = memchr::memmem::rfind(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + extra.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(extra.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Location;

    #[test]
    fn the_overlay_shows_errors_first_folds_warnings_and_escapes() {
        let mut ds = Diagnostics::new();
        for i in 0..3 {
            ds.push(Diagnostic::warning(
                Location::file(format!("a{i}.ftl")),
                "missing <i>",
            ));
        }
        ds.push(Diagnostic::error(Location::file("z.toml"), "bad <b>"));
        let html = overlay(&ds, true);
        let error = html.find("error: bad &lt;b&gt;").unwrap();
        let details = html.find("<details>").unwrap();
        let warning = html.find("warning: missing &lt;i&gt;").unwrap();
        assert!(error < details && details < warning, "{html}");
        assert!(html.contains("3 warnings</summary>"));
        assert!(html.contains("1 error and 3 warnings"));
        assert!(!html.contains("<b>"));
    }
    #[test]
    fn the_script_and_overlay_go_before_the_body_ends() {
        let shown = Shown {
            generation: 3,
            overlay: Some("<div>x</div>".into()),
        };
        let page = inject(b"<html><body><p>x</p></body></html>", &shown);
        let page = String::from_utf8(page).unwrap();
        assert!(page.starts_with("<html><body><p>x</p><div>x</div><script>"));
        assert!(page.ends_with("</script></body></html>"));
        assert!(page.contains("var g=3;"));
    }
}
