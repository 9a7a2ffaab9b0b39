//! Snapshot tests whose truth is CPython 3.11: every `tests/snapshots/NAME.py` must give
//! exactly `ast.dump(..., indent=2)` (`NAME.ast`), the same with locations (`NAME.locs`) and
//! `python3 -m tokenize` (`NAME.tokens`); every case in `errors.txt` must raise the error
//! recorded in `errors.expected`. Regenerate the expected files with `tests/snapshots/regen.sh`.

use std::fs;
use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && p.with_extension("ast").exists())
        .collect();
    v.sort();
    v
}

/// Compare and describe the first differing line, so a failure is readable.
fn check(name: &str, got: &str, want: &str, failures: &mut Vec<String>) {
    let (got, want) = (got.trim_end(), want.trim_end());
    if got != want {
        let (i, (g, w)) = got
            .lines()
            .zip(want.lines())
            .enumerate()
            .find(|(_, (g, w))| g != w)
            .unwrap_or((
                got.lines().count().min(want.lines().count()),
                ("<end>", "<end>"),
            ));
        failures.push(format!("{name}: line {}:\n  got:  {g}\n  want: {w}", i + 1));
    }
}

fn run(ext: &str, render: impl Fn(&str, &str) -> String) {
    let mut failures = Vec::new();
    for py in samples() {
        let want_path = py.with_extension(ext);
        if !want_path.exists() {
            continue;
        }
        let src = fs::read_to_string(&py).unwrap();
        let name = py.file_name().unwrap().to_string_lossy().into_owned();
        let got = render(&src, &name);
        check(
            &format!("{name} ({ext})"),
            &got,
            &fs::read_to_string(want_path).unwrap(),
            &mut failures,
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ast_matches_cpython() {
    run("ast", |src, name| {
        match ferropy_syntax::parse_module(src, name) {
            Ok(m) => ferropy_syntax::ast_dump(&m),
            Err(e) => format!("{e:?}"),
        }
    });
}

#[test]
fn locations_match_cpython() {
    run("locs", |src, name| {
        match ferropy_syntax::parse_module(src, name) {
            Ok(m) => ferropy_syntax::ast_dump_with_locations(&m),
            Err(e) => format!("{e:?}"),
        }
    });
}

#[test]
fn tokens_match_cpython() {
    run("tokens", |src, _| {
        ferropy_syntax::tokens_dump(src).unwrap_or_else(|e| format!("{e:?}"))
    });
}

/// Split `=== name` sections.
fn sections(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for chunk in text.split("=== ").skip(1) {
        let (name, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        out.push((name.to_owned(), body.to_owned()));
    }
    out
}

#[test]
fn errors_match_cpython() {
    let cases = sections(&fs::read_to_string(dir().join("errors.txt")).unwrap());
    let expected = sections(&fs::read_to_string(dir().join("errors.expected")).unwrap());
    assert_eq!(cases.len(), expected.len(), "run regen.sh");
    let mut failures = Vec::new();
    for ((name, src), (_, want)) in cases.iter().zip(&expected) {
        let src = src.replace("<TAB>", "\t").replace("<NUL>", "\0");
        let got = match ferropy_syntax::parse_module(&src, "<test>") {
            Ok(_) => "OK\n0:0".to_owned(),
            Err(e) => format!("{}: {}\n{}:{}", e.kind, e.msg, e.line, e.col),
        };
        // Some cases check only the message: CPython 3.11 reports f-string field errors at
        // positions relative to the field text, which ferropy deliberately does not copy.
        let (got, want) = if name.ends_with("(msg only)") {
            (
                got.lines().next().unwrap_or("").to_owned(),
                want.lines().next().unwrap_or("").to_owned(),
            )
        } else {
            (got, want.clone())
        };
        if got.trim() != want.trim() {
            failures.push(format!(
                "{name}:\n  got:  {}\n  want: {}",
                got.replace('\n', " @ "),
                want.trim().replace('\n', " @ ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} error cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
