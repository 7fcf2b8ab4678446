//! Bad input: a clear message with the file and line, and nothing written.

use std::fs;

use crate::util::*;

fn build_fails_with(root: &std::path::Path, needles: &[&str]) {
    let out = fresh_dir("bad-out");
    fs::write(out.join("keep.txt"), "mine").unwrap();
    let o = codesite(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    for n in needles {
        assert!(stderr.contains(n), "missing {n:?} in:\n{stderr}");
    }
    assert!(stderr.contains("nothing was written"), "{stderr}");
    let left: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["keep.txt"]);
}

#[test]
fn a_catalog_typo_names_file_line_and_fix() {
    let root = fixture("mini");
    let p = root.join("content/mini/catalog.toml");
    let src = fs::read_to_string(&p)
        .unwrap()
        .replacen("retry = \"later\"", "retyr = \"later\"", 1);
    fs::write(&p, src).unwrap();
    build_fails_with(
        &root,
        &[
            "error: `retyr` is not a fact of this catalog",
            "content/mini/catalog.toml:",
            "help: did you mean `retry`?",
        ],
    );
}

#[test]
fn a_fluent_syntax_error_names_file_and_line() {
    let root = fixture("mini");
    let p = root.join("locales/en/mini.ftl");
    let src = fs::read_to_string(&p).unwrap();
    let line = 1 + src
        .lines()
        .position(|l| l.starts_with("mini-421 ="))
        .unwrap();
    fs::write(
        &p,
        src.replace(
            "mini-421 = Service Not Available",
            "mini-421 = Service { Not Available",
        ),
    )
    .unwrap();
    build_fails_with(
        &root,
        &[
            "Fluent syntax error",
            &format!("locales/en/mini.ftl:{line}:"),
        ],
    );
}

#[test]
fn a_template_error_names_the_template() {
    let root = fixture("mini");
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(root.join("templates/pair.html"), "{% extends \"base.html\" %}\n{% block content %}\n{{ nosuch.thing }\n{% endblock content %}\n").unwrap();
    build_fails_with(&root, &["templates/pair.html:3"]);
}

#[test]
fn a_template_with_a_broken_link_fails_the_build_naming_template_line_and_pages() {
    let root = fixture("mini");
    fs::create_dir_all(root.join("templates")).unwrap();
    let base = fs::read_to_string(repo().join("templates/code.html")).unwrap();
    let broken = base.replacen(
        "<h1>",
        "<a href=\"../nosuch/index.html\">x</a> <a href=\"#nosuch-anchor\">y</a> <a href=\"../421/\">z</a><h1>",
        1,
    );
    fs::write(root.join("templates/code.html"), broken).unwrap();
    build_fails_with(
        &root,
        &[
            "--> templates/code.html:",
            "broken link `../nosuch/index.html`: it leads to a file the site does not have; from `ar/mini/220/index.html` it leads to `ar/mini/nosuch/index.html`",
            "broken link `#nosuch-anchor`: it points at `#nosuch-anchor`",
            "broken link `../421/`: it names a folder, which does not open from disk",
            "(on 6 pages: `ar/mini/220/index.html`, `ar/mini/421/index.html`, `ar/mini/553/index.html` and 3 more)",
        ],
    );
}

#[test]
fn what_a_template_adds_to_the_links_it_receives_is_checked_too() {
    let root = fixture("mini");
    fs::create_dir_all(root.join("templates")).unwrap();
    let pair = fs::read_to_string(repo().join("templates/pair.html")).unwrap();
    let broken = pair
        .replacen(
            "<a href=\"{{ r.href }}\">",
            "<a href=\"{{ r.href }}#nosuch-part\">",
            1,
        )
        .replacen("<h1>", "<a href=\"../../nosuch/\">x</a><h1>", 1);
    assert_ne!(broken, pair, "the template changed");
    fs::write(root.join("templates/pair.html"), broken).unwrap();
    build_fails_with(
        &root,
        &[
            "broken link `../../nosuch/`: it names a folder",
            "#nosuch-part`",
        ],
    );
}

#[test]
fn no_site_in_the_folder_is_explained() {
    let empty = fresh_dir("empty-root");
    let o = codesite(&["build", "--root", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("no site found") && stderr.contains("--root"),
        "{stderr}"
    );
}

#[test]
fn refuses_to_write_over_the_sites_own_folders() {
    let root = fixture("mini");
    for out in ["content", ".", "locales/en"] {
        let o = codesite(&[
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            root.join(out).to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{out}");
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("refusing"),
            "{out}"
        );
    }
}

#[test]
fn a_rebuild_keeps_foreign_files_and_rewrites_nothing_unchanged() {
    let root = fixture("mini");
    let out = fresh_dir("mini-rebuild");
    fs::create_dir_all(out.join(".git")).unwrap();
    fs::write(out.join(".git/HEAD"), "ref").unwrap();
    fs::write(out.join("CNAME"), "codes.example.org").unwrap();
    let args = [
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    codesite_ok(&args);
    let again = codesite_ok(&args);
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(stderr.contains(" 0 files written"), "{stderr}");
    // Remove a code: its pages go, foreign files stay.
    let p = root.join("content/mini/catalog.toml");
    let src = fs::read_to_string(&p).unwrap();
    let cut = src.find("[[codes]]\ncode = \"553\"").unwrap();
    fs::write(
        &p,
        src[..cut].replace("related = [\"220\", \"553\"]", "related = [\"220\"]"),
    )
    .unwrap();
    codesite_ok(&args);
    assert!(!out.join("en/mini/553").exists());
    assert!(!out.join("en/mini/220-vs-553").exists());
    assert!(out.join("en/mini/220-vs-421/index.html").exists());
    assert_eq!(
        fs::read_to_string(out.join("CNAME")).unwrap(),
        "codes.example.org"
    );
    assert_eq!(fs::read_to_string(out.join(".git/HEAD")).unwrap(), "ref");

    // Add a code back and change a text: the new pages appear, the changed ones change, and
    // the foreign files (and a stray one inside a folder codesite writes to) stay.
    fs::write(out.join("en/mini/notes.txt"), "mine").unwrap();
    fs::write(&p, &src).unwrap();
    let ftl = root.join("locales/en/mini.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    fs::write(
        &ftl,
        text.replace("The server is ready.", "The server is ready to talk."),
    )
    .unwrap();
    codesite_ok(&args);
    assert!(out.join("en/mini/220-vs-553/index.html").exists());
    assert!(
        fs::read_to_string(out.join("en/mini/220/index.html"))
            .unwrap()
            .contains("ready to talk")
    );
    assert_eq!(
        fs::read_to_string(out.join("en/mini/notes.txt")).unwrap(),
        "mine"
    );
    assert_eq!(
        fs::read_to_string(out.join("CNAME")).unwrap(),
        "codes.example.org"
    );
    assert_eq!(fs::read_to_string(out.join(".git/HEAD")).unwrap(), "ref");
    assert!(!out.join(".codesite-staging").exists());
}

/// Every file below `dir` with its modification time.
fn mtimes(dir: &std::path::Path) -> std::collections::BTreeMap<String, std::time::SystemTime> {
    let site = Site {
        dir: dir.to_path_buf(),
    };
    site.files()
        .into_iter()
        .map(|f| {
            let t = fs::metadata(dir.join(&f)).unwrap().modified().unwrap();
            (f, t)
        })
        .collect()
}

/// The number of files the build's summary says it wrote.
fn written(stderr: &[u8]) -> usize {
    let s = String::from_utf8_lossy(stderr);
    let i = s
        .find(" files written")
        .or_else(|| s.find(" file written"))
        .unwrap_or_else(|| panic!("no summary in {s}"));
    s[..i].rsplit([' ', ':']).next().unwrap().parse().unwrap()
}

#[test]
fn rebuilds_touch_only_what_changed() {
    let root = fixture("mini");
    let out = fresh_dir("mini-incremental");
    let args = [
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    codesite_ok(&args);
    let first = mtimes(&out);
    std::thread::sleep(std::time::Duration::from_millis(20));

    // Nothing changed: nothing written, not even the manifest.
    let o = codesite_ok(&args);
    assert_eq!(written(&o.stderr), 0);
    assert_eq!(mtimes(&out), first);

    // A page edited by hand is put back, and only it.
    let page = out.join("en/mini/220/index.html");
    fs::write(&page, "edited").unwrap();
    let o = codesite_ok(&args);
    assert_eq!(written(&o.stderr), 1);
    assert!(fs::read_to_string(&page).unwrap().contains("<html"));

    // One Arabic string changed: only Arabic pages that show it are rewritten.
    let before = mtimes(&out);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let ftl = root.join("locales/ar/mini.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    let changed = text.replacen("الخدمة جاهزة", "الخدمة جاهزة الآن", 1);
    assert_ne!(text, changed, "the fixture has the string");
    fs::write(&ftl, changed).unwrap();
    let o = codesite_ok(&args);
    let after = mtimes(&out);
    let rewritten: Vec<&String> = after
        .iter()
        .filter(|(f, t)| before.get(*f) != Some(t) && f.as_str() != ".codesite-manifest")
        .map(|(f, _)| f)
        .collect();
    assert!(!rewritten.is_empty());
    assert!(
        rewritten.iter().all(|f| f.starts_with("ar/")),
        "{rewritten:?}"
    );
    assert_eq!(written(&o.stderr), rewritten.len());
}

#[test]
fn output_is_byte_identical_whatever_the_number_of_threads() {
    let root = fixture("mini");
    let mut sites = Vec::new();
    for threads in ["1", "2", "7"] {
        let out = fresh_dir("mini-threads");
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_codesite"))
            .args([
                "build",
                "--quiet",
                "--root",
                root.to_str().unwrap(),
                "--output",
                out.to_str().unwrap(),
            ])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap();
        assert!(o.status.success());
        let site = Site { dir: out };
        let files: Vec<(String, Vec<u8>)> = site
            .files()
            .into_iter()
            .map(|f| {
                let b = fs::read(site.dir.join(&f)).unwrap();
                (f, b)
            })
            .collect();
        sites.push(files);
    }
    assert!(sites[0].len() > 10);
    assert!(
        sites.windows(2).all(|w| w[0] == w[1]),
        "builds differ between thread counts"
    );
}

/// Every file below `dir` with its bytes.
fn snapshot_of(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let site = Site {
        dir: dir.to_path_buf(),
    };
    site.files()
        .into_iter()
        .map(|f| {
            let b = fs::read(dir.join(&f)).unwrap();
            (f, b)
        })
        .collect()
}

#[test]
fn a_disk_failure_halfway_leaves_the_previous_output_as_it_was() {
    let root = fixture("mini");
    let out = fresh_dir("mini-disk-failure");
    let args = [
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ];
    codesite_ok(&args);
    fs::write(out.join("CNAME"), "codes.example.org").unwrap();
    let before = snapshot_of(&out);
    // A change that touches every page, then a disk that fills up after a few files.
    let site = root.join("content/site.toml");
    let text = fs::read_to_string(&site)
        .unwrap()
        .replace("https://mini.example/", "https://mini.example/docs/");
    fs::write(&site, text).unwrap();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args(args)
        .env("CODESITE_FAIL_AFTER", "5")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("no space left on device"), "{stderr}");
    assert_eq!(snapshot_of(&out), before, "the output changed");

    // Into a new folder: nothing at all is left behind, not even the folder.
    let fresh = out.with_file_name(format!(
        "{}-new",
        out.file_name().unwrap().to_string_lossy()
    ));
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_codesite"))
        .args([
            "build",
            "--root",
            root.to_str().unwrap(),
            "--output",
            fresh.to_str().unwrap(),
        ])
        .env("CODESITE_FAIL_AFTER", "5")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    assert!(!fresh.exists());
    let leftovers: Vec<_> = fs::read_dir(fresh.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("codesite-new"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temporary folders left: {leftovers:?}"
    );
}

#[test]
fn text_from_translations_is_shown_as_text_never_run() {
    let root = fixture("mini");
    let ftl = root.join("locales/en/mini.ftl");
    let text = fs::read_to_string(&ftl).unwrap().replace(
        "    .description = The server is ready.",
        "    .description = The server is ready. <script>alert(1)</script> <img src=x onerror=alert(2)>",
    );
    fs::write(&ftl, text).unwrap();
    let out = fresh_dir("mini-xss");
    codesite_ok(&[
        "build",
        "--root",
        root.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
    ]);
    let site = Site { dir: out };
    for page in [
        "en/mini/220/index.html",
        "en/mini/220-vs-421/index.html",
        "en/mini/index.html",
    ] {
        let doc = site.doc(page);
        assert_eq!(
            doc.select(&sel("script:not([type='application/ld+json']):not([src])"))
                .count(),
            0,
            "{page}: a script element"
        );
        assert_eq!(doc.select(&sel("img")).count(), 0, "{page}: an img element");
        let main = text_of(&doc, "main");
        assert!(
            main.contains("<script>alert(1)</script>"),
            "{page}: the text is shown as written"
        );
    }
    // Also inside JSON-LD and the find data, where `</script>` must not close the element.
    let raw = site.read("en/mini/220/index.html");
    assert!(!raw.contains("<script>alert"), "raw markup in the page");
    assert!(!site.read("en/mini/codes.js").contains("</script>"));
}
