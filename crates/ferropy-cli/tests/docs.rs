//! The docs are tested: every fenced block in `docs/*.md` whose info string is
//! `text ferropy ARGS…` must equal what `ferropy ARGS…` prints (run from the repository
//! root), so the worked examples in the chapters cannot drift from the implementation.

use std::path::Path;
use std::process::Command;

#[test]
fn docs_listings_match_the_binary() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut docs: Vec<_> = std::fs::read_dir(root.join("docs"))
        .expect("docs dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    docs.sort();
    for doc in docs
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
    {
        let text = std::fs::read_to_string(&doc).expect("read doc");
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            let Some(cmd) = line.strip_prefix("```text ferropy") else {
                continue;
            };
            let args: Vec<&str> = cmd.split_whitespace().collect();
            let mut want = String::new();
            for l in lines.by_ref() {
                if l == "```" {
                    break;
                }
                want.push_str(l);
                want.push('\n');
            }
            let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
                .args(&args)
                .current_dir(&root)
                .output()
                .expect("run ferropy");
            let got = String::from_utf8_lossy(&out.stdout).into_owned();
            checked += 1;
            if got != want {
                failures.push(format!(
                    "{}: `ferropy {}` printed:\n{got}\nbut the page shows:\n{want}",
                    doc.display(),
                    args.join(" ")
                ));
            }
        }
    }
    assert!(checked > 0, "no tested listings found in docs/");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
