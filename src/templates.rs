//! The site's Tera templates: compiled once by validation, run by render, and their errors
//! turned into diagnostics that name the template file and line.

use tera::Tera;

use crate::diag::{Diagnostic, Location};
use crate::load::Template;

/// Compiles every template. HTML and XML output is escaped; texts that are already HTML
/// reach templates marked safe.
pub fn compile(templates: &[Template]) -> Result<Tera, Diagnostic> {
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.add_raw_templates(
        templates
            .iter()
            .map(|t| (t.name.as_str(), t.source.as_str())),
    )
    .map_err(|e| diagnostic(templates, &e))?;
    Ok(tera)
}

/// A Tera error, at its template's line when Tera names one.
pub fn diagnostic(templates: &[Template], e: &tera::Error) -> Diagnostic {
    let (report, kind) = match e.kind() {
        tera::ErrorKind::SyntaxError(r) => (Some(r), "syntax error"),
        tera::ErrorKind::RenderingError(r) => (Some(r), "template error"),
        _ => (None, "template error"),
    };
    if let Some(r) = report {
        let location = match templates.iter().find(|t| t.name == r.filename()) {
            Some(t) => {
                let line = r.span().start_line.max(1);
                let text = t
                    .source
                    .lines()
                    .nth(line - 1)
                    .unwrap_or_default()
                    .to_owned();
                Location {
                    file: t.path.clone(),
                    line,
                    column: r.span().start_col + 1,
                    width: if r.span().end_line == line {
                        r.span().end_col.saturating_sub(r.span().start_col).max(1)
                    } else {
                        1
                    },
                    source_line: Some(text),
                }
            }
            None => Location::file(r.filename()),
        };
        let help = if kind == "syntax error" {
            "check that every {% if %}, {% for %} and {% block %} is closed, innermost first"
        } else {
            "fix the template; the README lists every variable each template receives"
        };
        return Diagnostic::error(location, format!("{kind}: {}", r.message())).with_help(help);
    }
    // Tera names the template and the missing one, but not the line: find it.
    let text = e.to_string();
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    let location = match quoted.as_slice() {
        [from, missing, ..] => templates
            .iter()
            .find(|t| t.name == *from)
            .map(|t| Location::of_text(&t.path, &t.source, missing))
            .unwrap_or_else(|| Location::file("templates")),
        _ => Location::file("templates"),
    };
    let names: Vec<&str> = templates.iter().map(|t| t.name.as_str()).collect();
    Diagnostic::error(location, format!("{kind}: {text}")).with_help(format!(
        "extends, include and import must name a template that exists: {}",
        names.join(", ")
    ))
}
