//! The command line as a new user meets it: init, help, version, exit statuses.

use std::fs;

use crate::util::*;

#[test]
fn init_makes_a_site_that_builds_in_all_five_locales() {
    let dir = fresh_dir("init").join("new-site");
    let o = codesite_ok(&["init", dir.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("codesite build --root"));
    let out = dir.join("public");
    codesite_ok(&["build", "--root", dir.to_str().unwrap()]);
    let site = Site { dir: out };
    for l in ["en", "tr", "vi", "ar", "hi"] {
        let doc = site.doc(&format!("{l}/smtp/220-vs-553/index.html"));
        assert_eq!(
            doc.select(&sel("html"))
                .next()
                .unwrap()
                .value()
                .attr("lang"),
            Some(l)
        );
    }
    assert_eq!(
        site.pages().iter().filter(|p| p.contains("-vs-")).count(),
        5 * 6,
        "four codes, six pairs"
    );

    // A site that overrides one template builds with its version of that one only.
    fs::create_dir_all(dir.join("templates")).unwrap();
    let home = fs::read_to_string(repo().join("templates/home.html")).unwrap();
    fs::write(
        dir.join("templates/home.html"),
        home.replace("<h1>", "<h1 data-mine=\"yes\">"),
    )
    .unwrap();
    codesite_ok(&["build", "--root", dir.to_str().unwrap()]);
    assert!(site.read("en/index.html").contains("data-mine=\"yes\""));
    assert!(!site.read("en/smtp/index.html").contains("data-mine"));

    // A folder that is not empty is refused, with exit status 1.
    let o = codesite(&["init", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--force"));
}

#[test]
fn init_with_templates_copies_them_to_edit() {
    let dir = fresh_dir("init-templates").join("s");
    codesite_ok(&["init", "--templates", dir.to_str().unwrap()]);
    for name in [
        "base.html",
        "pair.html",
        "assets/style.css",
        "assets/find.js",
    ] {
        assert!(dir.join("templates").join(name).is_file(), "{name}");
    }
    codesite_ok(&["build", "--quiet", "--root", dir.to_str().unwrap()]);
}

#[test]
fn every_subcommand_explains_itself() {
    for sub in ["build", "check", "init", "serve"] {
        let o = codesite(&[sub, "--help"]);
        let help = String::from_utf8_lossy(&o.stdout);
        assert!(o.status.success(), "{sub} --help");
        assert!(
            help.contains("Examples:"),
            "{sub} --help has no examples:\n{help}"
        );
    }
    let o = codesite_ok(&["--version"]);
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("codesite "));
}
