//! Scheduling checks that need the command line: deterministic mode's reproducible races,
//! deadlock reports, and the GIL trace and timeline switches. (The threading goldens, in
//! `tests/scripts/390_threads`, run in every scheduling mode through `golden.rs`.)

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/threads")
        .join(name)
}

fn ferropy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(args)
        .output()
        .expect("run ferropy")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn deterministic_lost_update_repeats_exactly() {
    let path = script("lost_update.py");
    let p = path.to_str().expect("utf-8 path");
    let runs: Vec<String> = (0..3)
        .map(|_| {
            let o = ferropy(&["--deterministic=7", "--switch-instructions=37", p]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            stdout(&o)
        })
        .collect();
    assert_eq!(runs[0], runs[1]);
    assert_eq!(runs[1], runs[2]);
    let total: u64 = runs[0].trim().parse().expect("a number");
    assert!(
        total < 400_000,
        "switching inside `counter += 1` loses updates: {total}"
    );
    assert!(
        total >= 100_000,
        "each thread's own updates are never all lost: {total}"
    );
}

#[test]
fn switching_only_at_safe_points_loses_nothing() {
    // Without --switch-instructions, switches happen where CPython's do (backward jumps
    // and calls), never between the load and the store of `counter += 1`.
    let path = script("lost_update.py");
    let o = ferropy(&["--deterministic=3", path.to_str().expect("utf-8")]);
    assert_eq!(stdout(&o).trim(), "400000");
}

#[test]
fn deterministic_deadlock_is_reported_not_hung() {
    let path = script("deadlock.py");
    let o = ferropy(&["--deterministic=1", path.to_str().expect("utf-8")]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(err.contains("RuntimeError: deadlock"), "stderr: {err}");
}

#[test]
fn gil_trace_and_timeline() {
    let path = script("lost_update.py");
    let svg = std::env::temp_dir().join(format!("ferropy-timeline-{}.svg", std::process::id()));
    let timeline = format!("--gil-timeline={}", svg.display());
    let o = ferropy(&[
        "--deterministic=5",
        "--switch-instructions=1000",
        "--trace=gil",
        &timeline,
        path.to_str().expect("utf-8"),
    ]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    let handoffs: Vec<&str> = err.lines().filter(|l| l.starts_with("[gil")).collect();
    assert!(handoffs.len() > 10, "trace: {err}");
    assert!(handoffs.iter().any(|l| l.contains("Thread-1 (work)")));
    assert!(handoffs.iter().any(|l| l.ends_with("scheduler switch")));
    // Deterministic traces repeat exactly.
    let again = ferropy(&[
        "--deterministic=5",
        "--switch-instructions=1000",
        "--trace=gil",
        path.to_str().expect("utf-8"),
    ]);
    assert_eq!(String::from_utf8_lossy(&again.stderr), err);
    let picture = std::fs::read_to_string(&svg).expect("timeline written");
    let _ = std::fs::remove_file(&svg);
    assert!(picture.starts_with("<svg"));
    for name in ["MainThread", "Thread-1 (work)", "Thread-4 (work)"] {
        assert!(picture.contains(name), "{name} row missing");
    }
    assert!(picture.matches("<rect").count() > 10);
}
