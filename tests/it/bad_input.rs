//! One fixture per class of bad input (tests/fixtures/bad/<case>/, laid over the mini site):
//! each build fails with exit status 1, writes nothing, and prints exactly the reviewed error
//! output, which names the file and the line.

use std::fs;

use crate::util::*;

/// Builds the case into an output folder that holds an earlier file, and returns the error
/// output with the temporary folders replaced by stable names.
fn failing_build(case: &str) -> String {
    let root = fixture("mini");
    let overlay = repo().join("tests/fixtures/bad").join(case);
    copy_dir(&overlay, &root);
    let mut args: Vec<String> = vec!["build".into()];
    if let Ok(extra) = fs::read_to_string(root.join("ARGS")) {
        args.extend(extra.split_whitespace().map(str::to_owned));
    }
    let out = fresh_dir("bad-input-out");
    fs::write(out.join("keep.html"), "an earlier file").unwrap();
    args.extend([
        "--root".into(),
        root.display().to_string(),
        "--output".into(),
        out.display().to_string(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = codesite(&args);
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert_eq!(
        o.status.code(),
        Some(1),
        "{case}: expected an input error:\n{stderr}"
    );
    let left: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["keep.html"], "{case}: the output folder changed");
    assert_eq!(
        fs::read_to_string(out.join("keep.html")).unwrap(),
        "an earlier file"
    );
    stderr
        .replace(&out.display().to_string(), "[OUT]")
        .replace(&root.display().to_string(), "[ROOT]")
}

macro_rules! bad_input {
    ($($name:ident => $case:literal, $file_line:literal;)*) => {$(
        #[test]
        fn $name() {
            let stderr = failing_build($case);
            assert!(stderr.contains($file_line), "{} does not name {}:\n{stderr}", $case, $file_line);
            assert!(stderr.contains("help:"), "{}: no help line:\n{stderr}", $case);
            insta::assert_snapshot!(concat!("bad_", $case), stderr);
        }
    )*};
}

bad_input! {
    toml_syntax_error => "toml-syntax", "content/site.toml:1:14";
    fact_that_the_catalog_does_not_declare => "unknown-field", "content/mini/catalog.toml:71:1";
    value_of_the_wrong_type => "wrong-type", "content/mini/catalog.toml:72:12";
    value_that_is_not_one_of_the_facts_values => "unknown-variant", "content/mini/catalog.toml:80:9";
    value_taken_from_the_code_that_is_not_declared => "class-not-a-value", "content/mini/catalog.toml:78:8";
    duplicate_code => "duplicate-code", "content/mini/catalog.toml:78:8";
    code_not_matching_the_pattern => "code-pattern", "content/mini/catalog.toml:78:8";
    link_to_a_code_that_does_not_exist => "unknown-related", "content/mini/catalog.toml:65:19";
    reference_to_an_undeclared_source => "unknown-source", "content/mini/catalog.toml:73:17";
    source_that_is_not_an_http_url => "unsafe-source", "content/mini/catalog.toml:7:13";
    catalog_without_codes => "no-codes", "content/mini/catalog.toml";
    locale_without_its_folder => "missing-locale", "content/site.toml:16:1";
    fluent_syntax_error => "fluent-syntax", "locales/en/mini.ftl:60:26";
    message_the_data_needs_that_is_missing => "missing-message", "locales/en/mini.ftl";
    translation_with_a_variable_codesite_does_not_pass => "variable-mismatch", "locales/ar/mini.ftl:6:1";
    missing_translation_in_strict_mode => "missing-translation-strict", "locales/ar/";
    template_syntax_error => "template-syntax", "templates/pair.html:6:4";
    template_unknown_variable => "template-unknown-variable", "templates/code.html:4:12";
    template_unknown_template => "template-unknown-template", "templates/code.html:1:13";
    two_pages_on_one_output_path => "output-collision", "content/pages/mini";
    file_that_is_not_utf8 => "not-utf8", "locales/ar/mini.ftl:1:28";
    broken_link_in_a_template => "broken-link", "templates/code.html:3:9";
}
