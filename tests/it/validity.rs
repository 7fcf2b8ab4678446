//! The W3C Nu Html Checker (vnu.jar) on pages of every kind, in every locale and both link
//! styles. Skipped, with a message, where Java or vnu.jar is missing; `.ci/run` installs vnu.jar
//! from npm into target/ci-tools.

use std::path::PathBuf;
use std::process::Command;

use crate::util::*;

/// vnu.jar from `VNU_JAR`, or where `.ci/run` puts it.
fn vnu_jar() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("VNU_JAR").map(PathBuf::from),
        Some(repo().join("target/ci-tools/node_modules/vnu-jar/build/dist/vnu.jar")),
    ];
    candidates.into_iter().flatten().find(|p| p.exists())
}

#[test]
fn sample_pages_of_every_kind_have_no_html_errors() {
    let Some(jar) = vnu_jar() else {
        skip("Nu Html Checker test: no vnu.jar (set VNU_JAR, or run .ci/run, which installs it)");
        return;
    };
    if Command::new("java").arg("-version").output().is_err() {
        skip("Nu Html Checker test: no java on PATH");
        return;
    }
    for style in [Files, Folders] {
        let site = default_site(style);
        let mut files = vec![site.dir.join("index.html"), site.dir.join("404.html")];
        for l in ["en", "tr", "vi", "ar", "hi"] {
            for page in [
                "index.html",
                "about/index.html",
                "smtp/index.html",
                "smtp/220/index.html",
                "smtp/538/index.html",
                "smtp/553/index.html",
                "smtp/220-vs-553/index.html",
                "smtp/421-vs-450/index.html",
                "smtp/530-vs-535/index.html",
            ] {
                files.push(site.dir.join(l).join(page));
            }
        }
        let out = Command::new("java")
            .arg("-jar")
            .arg(&jar)
            .args(["--errors-only", "--format", "json"])
            .args(&files)
            .output()
            .expect("java runs");
        // The JSON report goes to stderr; each message has a type, a file URL and a line.
        let report: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
            panic!(
                "vnu's report: {e}: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        let errors: Vec<String> = report["messages"]
            .as_array()
            .expect("a message list")
            .iter()
            .filter(|m| m["type"] == "error" || m["subType"] == "fatal")
            .map(|m| format!("{}:{}: {}", m["url"], m["lastLine"], m["message"]))
            .collect();
        assert!(
            errors.is_empty(),
            "{} HTML errors in {} pages:\n{}",
            errors.len(),
            files.len(),
            errors.join("\n")
        );
        assert!(out.status.success(), "vnu failed: {report}");
    }
}
