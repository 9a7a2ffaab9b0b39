//! Compile every golden script under the workspace's `tests/scripts/**/*.py` and check the
//! result structurally (see `common::verify`). Scripts the parser cannot parse yet are
//! skipped and counted; a script CPython rejects at compile time must be rejected here too
//! (its `.out` then holds the SyntaxError), so only parse-clean scripts must compile.

mod common;

use std::path::{Path, PathBuf};

fn scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            scripts(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn golden_scripts_compile_and_verify() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts");
    let mut paths = Vec::new();
    scripts(&root, &mut paths);
    paths.sort();
    let (mut compiled, mut unparsed, mut rejected, mut codes) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for p in &paths {
        let Ok(source) = std::fs::read_to_string(p) else {
            continue;
        };
        let name = p.display().to_string();
        let module = match ferropy_syntax::parse_module(&source, &name) {
            Ok(m) => m,
            Err(_) => {
                unparsed += 1;
                continue;
            }
        };
        match ferropy_compiler::compile_module(&module, &name, ferropy_compiler::Mode::Exec) {
            Ok(code) => match common::verify(&code) {
                Ok(n) => {
                    compiled += 1;
                    codes += n;
                }
                Err(e) => failures.push(format!("{name}: {e}")),
            },
            Err(e) => {
                // Only acceptable if CPython rejects the script as well.
                let expected = std::fs::read_to_string(p.with_extension("out")).unwrap_or_default()
                    + &std::fs::read_to_string(p.with_extension("err")).unwrap_or_default();
                if expected.contains(&e.msg) {
                    rejected += 1;
                } else {
                    failures.push(format!("{name}: {e}"));
                }
            }
        }
    }
    eprintln!(
        "golden scripts: {} found, {compiled} compiled ({codes} code objects verified), {rejected} rejected as CPython does, {unparsed} not parsed yet",
        paths.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
