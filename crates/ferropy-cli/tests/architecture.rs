//! Architecture checks (DESIGN.md §2 and §6): crate dependencies point one way, `unsafe`
//! lives only in ferropy-vm, and every Rust module opens with a `//!` doc comment saying
//! what it owns.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The ferropy crates a crate's manifest depends on (normal dependencies only).
fn ferropy_deps(krate: &str) -> Vec<String> {
    let manifest = std::fs::read_to_string(root().join("crates").join(krate).join("Cargo.toml"))
        .expect("manifest");
    let mut deps = Vec::new();
    let mut in_deps = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_deps = line == "[dependencies]";
            continue;
        }
        if in_deps {
            if let Some(name) = line.split(['=', '.']).next().map(str::trim) {
                if name.starts_with("ferropy") {
                    deps.push(name.to_string());
                }
            }
        }
    }
    deps.sort();
    deps
}

#[test]
fn dependencies_point_one_way() {
    let allowed: &[(&str, &[&str])] = &[
        ("ferropy-syntax", &[]),
        ("ferropy-bytecode", &[]),
        ("ferropy-compiler", &["ferropy-bytecode", "ferropy-syntax"]),
        ("ferropy-vm", &["ferropy-bytecode"]),
        ("ferropy-stdlib", &["ferropy-bytecode", "ferropy-vm"]),
        (
            "ferropy",
            &[
                "ferropy-bytecode",
                "ferropy-compiler",
                "ferropy-stdlib",
                "ferropy-syntax",
                "ferropy-vm",
            ],
        ),
        (
            "ferropy-cli",
            &[
                "ferropy",
                "ferropy-bytecode",
                "ferropy-compiler",
                "ferropy-syntax",
            ],
        ),
    ];
    for (krate, ok) in allowed {
        for dep in ferropy_deps(krate) {
            assert!(
                ok.contains(&dep.as_str()),
                "{krate} must not depend on {dep} (DESIGN.md §2)"
            );
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn unsafe_only_in_the_vm_and_every_module_documented() {
    let crates = root().join("crates");
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&crates).expect("crates").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let src = entry.path().join("src");
        if !src.is_dir() {
            continue;
        }
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        for f in files {
            let text = std::fs::read_to_string(&f).expect("read");
            let rel = f.strip_prefix(&crates).unwrap_or(&f).display().to_string();
            let is_test_table = rel.ends_with("_tests.rs");
            if !is_test_table && !text.trim_start().starts_with("//!") {
                problems.push(format!("{rel}: does not open with a `//!` comment"));
            }
            // The keyword is assembled so this file does not match its own check.
            let kw = concat!("uns", "afe");
            let uses = |l: &str| {
                [" {", " fn", " impl"]
                    .iter()
                    .any(|tail| l.contains(&format!("{kw}{tail}")))
            };
            if name != "ferropy-vm"
                && text
                    .lines()
                    .any(|l| !l.trim_start().starts_with("//") && uses(l))
            {
                problems.push(format!("{rel}: `unsafe` outside ferropy-vm"));
            }
        }
        if name != "ferropy-vm" {
            let root_file = if src.join("lib.rs").exists() {
                src.join("lib.rs")
            } else {
                src.join("main.rs")
            };
            let text = std::fs::read_to_string(&root_file).expect("crate root");
            if !text.contains("#![forbid(unsafe_code)]") {
                problems.push(format!("{name}: crate root lacks #![forbid(unsafe_code)]"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
