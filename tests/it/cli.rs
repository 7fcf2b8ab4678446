//! The command line as a new user meets it: init, help, version, exit statuses.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::util::*;

/// The locales of a site made by `codesite init`.
const LOCALES: [&str; 5] = ["en", "tr", "vi", "ar", "hi"];

/// Runs codesite in `dir`, as someone does in a site's folder.
fn codesite_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_codesite"))
        .current_dir(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("codesite runs")
}

/// Runs codesite in `dir` and insists that it succeeds; returns what it printed on stderr.
fn ok_in(dir: &Path, args: &[&str]) -> String {
    let o = codesite_in(dir, args);
    let said = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "codesite {args:?} failed:\n{said}");
    said
}

/// Runs codesite in `dir` and insists that it refuses, with exit status 1; returns what it
/// printed on stderr.
fn refused_in(dir: &Path, args: &[&str]) -> String {
    let o = codesite_in(dir, args);
    let said = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(o.status.code(), Some(1), "codesite {args:?}:\n{said}");
    said
}

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
fn init_fills_the_current_folder_when_it_is_empty_and_refuses_it_otherwise() {
    let dir = fresh_dir("init-here");
    // A fresh clone counts as empty.
    fs::create_dir(dir.join(".git")).unwrap();
    let said = ok_in(&dir, &["init"]);
    assert!(
        said.contains("in the current folder") && said.contains("\n  codesite build\n"),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(dir.join(".gitignore")).unwrap(),
        "/public\n"
    );
    assert!(
        fs::read_to_string(dir.join("content/site.toml"))
            .unwrap()
            .contains("base_url = \"https://example.org/\"")
    );
    // Every message of every locale is there, and every link leads somewhere.
    ok_in(&dir, &["build", "--strict", "--quiet"]);
    let site = Site {
        dir: dir.join("public"),
    };
    for l in LOCALES {
        let index = site.read(&format!("{l}/smtp/index.html"));
        assert!(
            !index.contains("38"),
            "{l}: the example does not speak of the whole catalog's codes"
        );
        assert!(
            site.files()
                .contains(&format!("{l}/smtp/421-vs-550/index.html"))
        );
    }

    // The site is not empty any more: refused.
    let said = refused_in(&dir, &["init"]);
    assert!(
        said.contains("not empty") && said.contains("--force"),
        "{said}"
    );

    // Any other file makes a folder not empty; nothing is written into it.
    let other = fresh_dir("init-not-empty");
    fs::write(other.join("notes.txt"), "mine").unwrap();
    let said = refused_in(&other, &["init"]);
    assert!(
        said.contains("`notes.txt`") && said.contains("--force"),
        "{said}"
    );
    assert_eq!(fs::read_dir(&other).unwrap().count(), 1);
    let said = refused_in(&other, &["init", "notes.txt"]);
    assert!(said.contains("is a file"), "{said}");
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
