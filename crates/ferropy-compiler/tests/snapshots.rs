//! Disassembly snapshots: each `tests/snapshots/NAME.txt` holds Python source, a line
//! `# ---- dis ----`, and the expected `dis` listing of its compiled module. Run with
//! `UPDATE_SNAPSHOTS=1` to (re)write the listings, e.g. after adding a file that holds only
//! source and the separator.

mod common;

use std::path::Path;

const SEPARATOR: &str = "# ---- dis ----\n";

#[test]
fn dis_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("snapshot dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let mut failures = Vec::new();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
    {
        let text = std::fs::read_to_string(path).expect("readable snapshot");
        let (source, expected) = text.split_once(SEPARATOR).unwrap_or((&text, ""));
        let actual = match common::compile(source) {
            Ok(code) => {
                common::verify(&code).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                ferropy_bytecode::dis::disassemble(&code)
            }
            Err(e) => format!("error: {e}\n"),
        };
        if update {
            std::fs::write(path, format!("{source}{SEPARATOR}{actual}"))
                .expect("writable snapshot");
        } else if actual != expected {
            failures.push(format!("--- {}\n{actual}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "snapshot mismatches (rerun with UPDATE_SNAPSHOTS=1 to accept):\n{}",
        failures.join("\n")
    );
}
