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

    // The site is not empty any more: refused, and told how to add a catalog to it instead.
    let said = refused_in(&dir, &["init"]);
    assert!(
        said.contains("not empty") && said.contains("--force") && said.contains("--catalog"),
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
fn init_catalog_adds_a_catalog_that_builds_at_once_in_every_locale() {
    let dir = fresh_dir("init-catalog");
    ok_in(&dir, &["init"]);
    let said = ok_in(&dir, &["init", "--catalog", "http"]);
    for file in [
        "content/http/catalog.toml",
        "locales/en/http.ftl",
        "locales/hi/http.ftl",
    ] {
        assert!(said.contains(file), "{file}:\n{said}");
        assert!(dir.join(file).is_file(), "{file}");
    }
    let toml = fs::read_to_string(dir.join("content/http/catalog.toml")).unwrap();
    for kind in [
        "choice",
        "number",
        "flag",
        "literals",
        "lines",
        "references",
        "codes",
    ] {
        assert!(toml.contains(&format!("kind = \"{kind}\"")), "{kind}");
    }
    let tr = fs::read_to_string(dir.join("locales/tr/http.ftl")).unwrap();
    assert!(tr.contains("# TODO: translate\n# http-name = "), "{tr}");

    // It builds beside the SMTP catalog, and says which locales are still to translate.
    let said = ok_in(&dir, &["build"]);
    for l in &LOCALES[1..] {
        assert!(
            said.contains(&format!("locales/{l}/http.ftl")),
            "{l}:\n{said}"
        );
    }
    let site = Site {
        dir: dir.join("public"),
    };
    for l in LOCALES {
        let index = site.doc(&format!("{l}/http/index.html"));
        assert_eq!(text_of(&index, "h1"), "HTTP codes", "{l}");
        let code = site.doc(&format!("{l}/http/450/index.html"));
        assert_eq!(text_of(&code, "h1"), "HTTP 450 Busy", "{l}");
        let pair = site.doc(&format!("{l}/http/200-vs-450/index.html"));
        assert!(
            text_of(&pair, "ol.differences")
                .contains("200 reports success, 450 a failure for now."),
            "{l}"
        );
        assert!(
            site.files()
                .contains(&format!("{l}/smtp/220-vs-553/index.html"))
        );
    }
    assert!(
        site.read("tr/http/index.html")
            .contains("<h1><span lang=\"en\" dir=\"ltr\">HTTP codes</span></h1>"),
        "untranslated texts are marked as English"
    );

    // --strict fails, only because the other locales do not translate the new catalog yet.
    let said = refused_in(&dir, &["build", "--strict", "--quiet"]);
    let errors: Vec<&str> = said.lines().filter(|l| l.starts_with("error")).collect();
    assert!(!errors.is_empty(), "{said}");
    // One error per locale, listing each message with the line of its English text.
    assert_eq!(errors.len(), LOCALES.len() - 1, "{said}");
    for e in &errors {
        assert!(
            e.contains("messages of http.ftl, shown in `en`: http-name"),
            "{e}"
        );
    }
    assert!(
        said.contains("translate them from locales/en/http.ftl: http-name (line"),
        "{said}"
    );
    for l in &LOCALES[1..] {
        assert!(
            said.contains(&format!(" --> locales/{l}/http.ftl\n")),
            "{l}"
        );
    }
    assert!(!said.contains(" --> locales/en/"), "{said}");

    // From elsewhere, with --root.
    let outside = fresh_dir("init-catalog-outside");
    ok_in(
        &outside,
        &["init", "--catalog", "dns", "--root", dir.to_str().unwrap()],
    );
    assert!(dir.join("content/dns/catalog.toml").is_file());
    ok_in(&dir, &["build", "--quiet"]);
    assert!(site.files().contains("vi/dns/200-vs-450/index.html"));
}

#[test]
fn init_catalog_refuses_what_it_cannot_add() {
    let dir = fresh_dir("init-catalog-refused");
    ok_in(&dir, &["init"]);
    ok_in(&dir, &["init", "--catalog", "http"]);
    let before = fs::read_to_string(dir.join("locales/en/http.ftl")).unwrap();
    for (name, why) in [
        ("http", "content/http exists already"),
        ("smtp", "content/smtp exists already"),
        ("about", "content/pages/about exists already"),
        ("ui", "locales/en/ui.ftl exists already"),
        ("HTTP", "lowercase letters, digits and hyphens"),
        ("2xx", "starting with a letter"),
        ("pages", "kept for the site's own folder"),
        (
            "pair",
            "`pair-guide`, which the site's chrome (ui.ftl) has already",
        ),
    ] {
        let said = refused_in(&dir, &["init", "--catalog", name]);
        assert!(said.contains(why), "{name}:\n{said}");
    }
    assert_eq!(
        fs::read_to_string(dir.join("locales/en/http.ftl")).unwrap(),
        before
    );
    assert!(!dir.join("content/pair").exists() && !dir.join("locales/en/pair.ftl").exists());
    let said = refused_in(&fresh_dir("not-a-site"), &["init", "--catalog", "http"]);
    assert!(said.contains("not a site"), "{said}");
    // The two uses of init do not mix.
    let o = codesite_in(&dir, &["init", "elsewhere", "--catalog", "x"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn init_help_shows_both_uses() {
    let o = codesite(&["init", "--help"]);
    let help = String::from_utf8_lossy(&o.stdout);
    for part in [
        "Examples:",
        "  codesite init  ",
        "codesite init --catalog http",
        "--root",
    ] {
        assert!(help.contains(part), "{part}:\n{help}");
    }
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

/// The `--options` in `text`, in order of first appearance, without `--help`/`--version`.
fn options_in(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for (i, _) in text.match_indices("--") {
        let before = text[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '-') {
            continue;
        }
        let name: String = text[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
            .collect();
        let option = format!("--{name}");
        if !name.is_empty()
            && !["--help", "--version"].contains(&option.as_str())
            && !found.contains(&option)
        {
            found.push(option);
        }
    }
    found
}

#[test]
fn the_readme_and_each_help_name_the_same_options() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    for sub in ["build", "check", "serve", "init", "completions"] {
        let heading = format!("### codesite {sub}\n");
        let start = readme
            .find(&heading)
            .unwrap_or_else(|| panic!("README has no section {heading:?}"))
            + heading.len();
        let section = &readme[start..];
        let section = &section[..section.find("\n### ").unwrap_or(section.len())];
        // The section's usage lines and option table, not its prose about other commands.
        let usage: String = section
            .lines()
            .filter(|l| l.starts_with("    codesite ") || l.starts_with("| `-"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut in_readme = options_in(&usage);
        in_readme.sort();

        let o = codesite(&[sub, "--help"]);
        assert!(o.status.success(), "{sub} --help");
        let help = String::from_utf8_lossy(&o.stdout);
        let options = &help[help.find("\nOptions:").expect("an Options section")..];
        let mut in_help: Vec<String> = options
            .lines()
            .filter(|l| l.trim_start().starts_with('-'))
            .flat_map(|l| options_in(l.split("  ").find(|s| !s.is_empty()).unwrap_or("")))
            .collect();
        in_help.sort();
        in_help.dedup();
        assert_eq!(
            in_readme, in_help,
            "README's `codesite {sub}` (left) and `codesite {sub} --help` (right) name different options"
        );
    }
}

#[test]
fn the_readme_and_help_give_the_same_exit_statuses() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let help = String::from_utf8_lossy(&codesite_ok(&["--help"]).stdout).into_owned();
    let statuses = &help[help
        .find("Exit status:")
        .expect("--help lists exit statuses")..];
    let mut seen = 0;
    for line in statuses.lines().skip(1) {
        let Some((status, meaning)) = line.trim().split_once("  ") else {
            continue;
        };
        let row = format!("| {status} | {} |", meaning.trim());
        assert!(readme.contains(&row), "README has no row {row:?}");
        seen += 1;
    }
    assert_eq!(seen, 4, "{statuses}");
    // A usage error exits with 2, as both say.
    assert_eq!(
        codesite(&["build", "--no-such-option"]).status.code(),
        Some(2)
    );
}

#[test]
fn a_reader_that_stops_early_does_not_crash_completions() {
    for shell in ["bash", "fish", "zsh"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_codesite"))
            .args(["completions", shell])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before codesite has started: its write meets a closed pipe, as under `| head`.
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{shell}: {stderr}");
        assert!(!stderr.contains("panicked"), "{shell}: {stderr}");
    }
}
