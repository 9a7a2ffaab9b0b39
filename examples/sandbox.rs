//! A sandboxed script: the library's default file-system policy denies every file and
//! process operation, and `FileSystem::Memory` gives a script a private in-memory file
//! system that the host fills beforehand and reads back afterwards — the real disk is
//! never touched. Run it with `cargo run --example sandbox`.
//!
//! Prints:
//! ```text
//! == default policy: deny
//! open('/etc/hostname') -> PermissionError: [Errno 13] Permission denied: '/etc/hostname'
//! os.listdir('/') -> PermissionError: [Errno 13] Permission denied: '/'
//! os.path.exists('/etc') -> False
//! subprocess.run(['ls']) -> PermissionError: [Errno 13] Permission denied: 'ls'
//! == in-memory file system
//! read 3 orders from /in/orders.csv
//! wrote /out/report.txt and /out/summary.txt
//! the script saw: ['orders.csv']
//! host reads /out/report.txt:
//!   widget: 7
//!   gadget: 2
//! host reads /out/summary.txt: orders=3 items=9
//! the real disk has no /out/report.txt: true
//! ```

use ferropy::{FileSystem, Interpreter, MemFs, OutputBuffer};
use std::sync::Arc;

const PROBE: &str = r#"
import os, subprocess
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except OSError as e:
        print(label, "->", f"{type(e).__name__}: {e}")
show("open('/etc/hostname')", lambda: open("/etc/hostname").read())
show("os.listdir('/')", lambda: os.listdir("/"))
show("os.path.exists('/etc')", lambda: os.path.exists("/etc"))
show("subprocess.run(['ls'])", lambda: subprocess.run(["ls"]))
"#;

const REPORT: &str = r#"
import os
counts = {}
with open("/in/orders.csv") as f:
    rows = [line.strip().split(",") for line in f if line.strip()]
for item, qty in rows:
    counts[item] = counts.get(item, 0) + int(qty)
print(f"read {len(rows)} orders from /in/orders.csv")
os.makedirs("/out", exist_ok=True)
with open("/out/report.txt", "w") as f:
    for item, qty in counts.items():
        f.write(f"{item}: {qty}\n")
with open("/out/summary.txt", "w") as f:
    f.write(f"orders={len(rows)} items={sum(counts.values())}")
print("wrote /out/report.txt and /out/summary.txt")
print("the script saw:", os.listdir("/in"))
"#;

fn main() -> ferropy::Result<()> {
    // Deny is what `Interpreter::builder()` gives unless the host grants more.
    println!("== default policy: deny");
    let out = OutputBuffer::new();
    let denied = Interpreter::builder().stdout(out.clone()).build();
    denied.run(PROBE)?;
    print!("{}", out.take());

    // The host owns the MemFs (an `Arc`), so it can prepare inputs and collect outputs
    // while the interpreter only ever sees this private tree.
    println!("== in-memory file system");
    let fs = Arc::new(MemFs::new());
    fs.write("/in/orders.csv", b"widget,5\ngadget,2\nwidget,2\n")
        .expect("write input");
    let interp = Interpreter::builder()
        .filesystem(FileSystem::Memory(fs.clone()))
        .stdout(out.clone())
        .build();
    interp.run(REPORT)?;
    print!("{}", out.take());
    println!("host reads /out/report.txt:");
    for line in fs
        .read_to_string("/out/report.txt")
        .unwrap_or_default()
        .lines()
    {
        println!("  {line}");
    }
    println!(
        "host reads /out/summary.txt: {}",
        fs.read_to_string("/out/summary.txt").unwrap_or_default()
    );
    println!(
        "the real disk has no /out/report.txt: {}",
        !std::path::Path::new("/out/report.txt").exists()
    );
    Ok(())
}
