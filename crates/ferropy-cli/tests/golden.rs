//! The golden suite: every `tests/scripts/NNN_area/*.py` runs under the `ferropy` binary
//! and must print exactly the `.out` beside it (produced by CPython 3.11 through
//! `tests/regen.sh`) and exit with the status in `.exitcode` (0 when absent).
//!
//! One test per script, named by its path, so `cargo test --test golden -- 040_str` runs
//! one area and the first failure listed is the most basic one.
//!
//! The whole suite also runs under two scheduling stresses, whose output must not change:
//! `stress-switch/…` asks for the GIL every microsecond (`FERROPY_SWITCH_STRESS=1`), and
//! `deterministic/…` runs under the seeded scheduler switching every 97 instructions.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn scripts_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // Folders starting with `_` hold helper modules the scripts import, not tests.
            if !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
            {
                collect(&p, out);
            }
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("out").exists() {
            out.push(p);
        }
    }
}

/// How a suite pass schedules threads.
#[derive(Clone, Copy)]
enum Mode {
    Plain,
    SwitchStress,
    Deterministic,
}

/// Run one script with a wall-clock limit; returns (stdout, stderr, exit status).
fn run(script: &Path, mode: Mode) -> Result<(String, String, i32), String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferropy"));
    match mode {
        Mode::Plain => {}
        Mode::SwitchStress => {
            cmd.env("FERROPY_SWITCH_STRESS", "1");
        }
        Mode::Deterministic => {
            cmd.args(["--deterministic=1", "--switch-instructions=97"]);
        }
    }
    let mut child = cmd
        .arg(script.file_name().expect("file"))
        .current_dir(script.parent().expect("dir"))
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start ferropy: {e}"))?;
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            return Err("timed out after 60 s".into());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    Ok((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    ))
}

fn check(script: &Path, mode: Mode) -> Result<(), Failed> {
    let want = std::fs::read_to_string(script.with_extension("out")).map_err(|e| e.to_string())?;
    let want_rc: i32 = std::fs::read_to_string(script.with_extension("exitcode"))
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(0);
    let (got, err, rc) = run(script, mode)?;
    // Failing scripts also pin their traceback (`.err`, written by regen.sh with the
    // script's directory stripped from paths).
    if let Ok(want_err) = std::fs::read_to_string(script.with_extension("err")) {
        let dir = format!(
            "{}/",
            script
                .parent()
                .expect("dir")
                .canonicalize()
                .expect("canonical")
                .display()
        );
        let got_err = err.replace(&dir, "");
        if got_err != want_err {
            return Err(format!("stderr differs:\n--- got\n{got_err}--- want\n{want_err}").into());
        }
    }
    if got != want || rc != want_rc {
        let first_diff = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        return Err(format!(
            "exit {rc} (want {want_rc}); first difference at line {}:\n  got:  {:?}\n  want: {:?}\nstderr:\n{}",
            first_diff + 1,
            got.lines().nth(first_diff).unwrap_or("<end>"),
            want.lines().nth(first_diff).unwrap_or("<end>"),
            err.lines().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
        )
        .into());
    }
    Ok(())
}

/// Scripts listed in `tests/known_failures.txt` (path, then the reason).
fn known_failures() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/known_failures.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim_start().starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

fn main() {
    let args = Arguments::from_args();
    let root = scripts_root();
    let known = known_failures();
    let mut scripts = Vec::new();
    collect(&root, &mut scripts);
    let mut trials = Vec::new();
    for (prefix, mode) in [
        ("", Mode::Plain),
        ("stress-switch/", Mode::SwitchStress),
        ("deterministic/", Mode::Deterministic),
    ] {
        for p in &scripts {
            let name = p.strip_prefix(&root).unwrap_or(p).display().to_string();
            let ignored = known.contains(&name);
            let p = p.clone();
            trials.push(
                Trial::test(format!("{prefix}{name}"), move || check(&p, mode))
                    .with_ignored_flag(ignored),
            );
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
