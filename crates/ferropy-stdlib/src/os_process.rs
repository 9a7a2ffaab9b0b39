//! Child processes for `subprocess.Popen` and `os.system` (CPython's `_posixsubprocess`
//! plus the waiting and pipe I/O of `subprocess.py`), over `std::process::Command`.
//!
//! A child's state is a `Proc` shared through an `Arc`, kept in a per-interpreter table
//! under a small integer handle that `Popen` holds. Everything that blocks — waiting,
//! reading or writing pipes, `communicate` — runs inside `vm.allow_threads` with only
//! the `Arc<Proc>` and owned buffers, so other Python threads run meanwhile.
//!
//! `communicate` reads each pipe on its own OS thread into a shared buffer, as CPython's
//! Windows implementation does: a timeout then leaves the readers running and the bytes
//! so far visible, and a later `communicate` carries on from there.
//!
//! A sandboxed interpreter (file-system policy `Deny` or `Memory`) may start no process
//! and signal none: a child would see the real file system. `_spawn`, `system` and
//! `kill` then raise PermissionError before doing anything.

use super::{errno_error, int_arg, os_error, str_or_bytes};
use crate::module::ModuleBuilder;
use ferropy_vm::object::{Args, Payload};
use ferropy_vm::protocol::{call, iter};
use ferropy_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// `subprocess.PIPE`, `STDOUT`, `DEVNULL`.
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

pub(super) fn register(m: &ModuleBuilder) {
    m.func("system", system)
        .func("kill", kill)
        .func("_spawn", spawn)
        .func("_wait", wait)
        .func("_poll", poll)
        .func("_communicate", communicate)
        .func("_send_signal", send_signal)
        .func("_read", read)
        .func("_readline", readline)
        .func("_write", write)
        .func("_close", close)
        .func("_release", release)
        .func("_check_spawn", check_spawn);
}

// ----- the process table ---------------------------------------------------------------

/// A child process and the parent's ends of its pipes.
struct Proc {
    pid: u32,
    child: Mutex<Child>,
    /// Set once the child has been reaped (CPython's `Popen.returncode`).
    returncode: Mutex<Option<i32>>,
    stdin: Mutex<Option<ChildStdin>>,
    stdout: Mutex<Option<BufReader<ChildStdout>>>,
    stderr: Mutex<Option<BufReader<ChildStderr>>>,
    /// `communicate`'s reader threads, once started.
    comm: Mutex<Option<Comm>>,
}

/// The state of a `communicate` that may span several calls (after a timeout).
struct Comm {
    out: Option<Arc<Mutex<Vec<u8>>>>,
    err: Option<Arc<Mutex<Vec<u8>>>>,
    /// One message per helper thread (stdin writer, stdout and stderr readers) at its end.
    done: mpsc::Receiver<()>,
    pending: usize,
}

/// A lock that ignores poisoning: the data (a child, a pipe end, a buffer) stays valid if
/// a helper thread panicked while holding it.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[derive(Default)]
struct Procs {
    next: Cell<i64>,
    map: RefCell<HashMap<i64, Arc<Proc>>>,
}

fn procs(vm: &Vm) -> std::rc::Rc<Procs> {
    vm.ext_state::<Procs>("posix.procs", Default::default)
}

fn proc_arg(vm: &Vm, v: &Value) -> PyResult<Arc<Proc>> {
    let h = int_arg(vm, v)?;
    procs(vm)
        .map
        .borrow()
        .get(&h)
        .cloned()
        .ok_or_else(|| vm.value_error("invalid process handle"))
}

/// Python's `returncode`: the exit code, or minus the signal that ended the child.
fn returncode(st: ExitStatus) -> i32 {
    match st.code() {
        Some(c) => c,
        None => -st.signal().unwrap_or(0),
    }
}

fn opt_returncode(rc: Option<i32>) -> Value {
    match rc {
        Some(rc) => Value::Int(rc as i64),
        None => Value::None,
    }
}

// ----- spawning ------------------------------------------------------------------------

/// An `OsStr` argument given as str or bytes.
fn os_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a OsStr> {
    match str_or_bytes(v) {
        Some((b, _)) if b.contains(&0) => Err(vm.value_error("embedded null byte")),
        Some((b, _)) => Ok(OsStr::from_bytes(b)),
        None => Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {} ({what})",
            vm.type_name(v)
        ))),
    }
}

/// Where one of the child's standard streams goes: inherited (None), a pipe, /dev/null,
/// or a descriptor (0-2, or a file `os.open` made).
fn stdio_for(vm: &Vm, spec: &Value, fd_no: i32) -> PyResult<Stdio> {
    let n = match spec {
        Value::None => return Ok(Stdio::inherit()),
        v => int_arg(vm, v)?,
    };
    Ok(match n {
        PIPE => Stdio::piped(),
        DEVNULL => Stdio::null(),
        n if n == fd_no as i64 => Stdio::inherit(),
        1 if super::fd::file_of(vm, 1).is_none() => Stdio::from(std::io::stdout()),
        2 if super::fd::file_of(vm, 2).is_none() => Stdio::from(std::io::stderr()),
        n => {
            let n = i32::try_from(n).map_err(|_| errno_error(vm, 9, None))?;
            let f = match super::fd::file_of(vm, n) {
                Some(f) => f.try_clone(),
                // A descriptor someone else owns (an `open()` file): reopen it through
                // /proc, for reading, or for appending so earlier output stays.
                None => std::fs::OpenOptions::new()
                    .read(fd_no == 0)
                    .append(fd_no != 0)
                    .open(format!("/proc/self/fd/{n}")),
            };
            let f = f.map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => errno_error(vm, 9, None),
                _ => os_error(vm, &e, None),
            })?;
            Stdio::from(f)
        }
    })
}

/// Find the program `execvp` would run for `name`: a name with a slash is used as it
/// is (relative to the child's `cwd`), others are searched for in `path_list` (a `PATH`
/// value). The error is the errno `execvp` would report: ENOENT, or EACCES for a file
/// that exists but may not be executed.
fn resolve_program(name: &OsStr, path_list: &OsStr, cwd: Option<&Path>) -> Result<PathBuf, i32> {
    use std::os::unix::fs::PermissionsExt;
    let runnable = |p: &Path| match std::fs::metadata(p) {
        Ok(md) if md.is_file() && md.permissions().mode() & 0o111 != 0 => Ok(()),
        Ok(_) => Err(13),
        Err(_) => Err(2),
    };
    if name.as_bytes().contains(&b'/') {
        let p = PathBuf::from(name);
        let checked = match cwd {
            Some(c) if p.is_relative() => c.join(&p),
            _ => p.clone(),
        };
        return runnable(&checked).map(|_| p);
    }
    let mut err = 2;
    for dir in path_list.as_bytes().split(|b| *b == b':') {
        let dir = if dir.is_empty() { b"." as &[u8] } else { dir };
        let cand = Path::new(OsStr::from_bytes(dir)).join(name);
        match runnable(&cand) {
            Ok(()) => return Ok(cand),
            Err(13) => err = 13,
            Err(_) => {}
        }
    }
    Err(err)
}

/// Refuse to start or signal a process in a sandboxed interpreter: EACCES (naming
/// `what`, as `exec` failing on a file would) or, for signals, EPERM.
fn check_allowed(vm: &Vm, errno: i32, what: Option<&Value>) -> PyResult<()> {
    if super::vfs::of(vm).is_real() {
        Ok(())
    } else {
        Err(errno_error(vm, errno, what))
    }
}

/// `_check_spawn()`: raise PermissionError if this interpreter may not start processes
/// (`multiprocessing` asks before starting a child interpreter, which would otherwise
/// run with the real file system).
fn check_spawn(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_check_spawn", &args, 0, 0)?;
    check_allowed(vm, super::vfs::EACCES, None)?;
    Ok(Value::None)
}

/// `_spawn(argv, executable, cwd, env, stdin, stdout, stderr)` → `(handle, pid)`.
/// `env` is None or a list of `(name, value)` pairs; each stream spec is None (inherit),
/// `PIPE`, `DEVNULL`, `STDOUT` (stderr only) or a descriptor.
fn spawn(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_spawn", &args, 7, 7)?;
    check_allowed(vm, super::vfs::EACCES, Some(&args.pos[1]))?;
    let argv = iter::collect(vm, &args.pos[0])?;
    if argv.is_empty() {
        return Err(vm.value_error("args must not be empty"));
    }
    let exe_obj = &args.pos[1];
    let exe = os_arg(vm, exe_obj, "executable")?;
    let mut env: Option<Vec<(&OsStr, &OsStr)>> = None;
    let env_items = match &args.pos[3] {
        Value::None => Vec::new(),
        v => iter::collect(vm, v)?,
    };
    if !args.pos[3].is_none() {
        let mut pairs = Vec::new();
        for item in &env_items {
            let (k, v) = match item.as_obj().map(|o| o.payload()) {
                Some(Payload::Tuple(t)) if t.len() == 2 => (&t[0], &t[1]),
                _ => return Err(vm.type_error("env items must be (name, value) pairs")),
            };
            let (k, v) = (os_arg(vm, k, "env")?, os_arg(vm, v, "env")?);
            if k.is_empty() || k.as_bytes().contains(&b'=') {
                return Err(vm.value_error("illegal environment variable name"));
            }
            pairs.push((k, v));
        }
        env = Some(pairs);
    }
    // The child changes directory before it runs the program, so a bad `cwd` is
    // reported first, naming the directory.
    let cwd_obj = &args.pos[2];
    let cwd = match cwd_obj {
        Value::None => None,
        v => Some(Path::new(os_arg(vm, v, "cwd")?)),
    };
    if let Some(cwd) = cwd {
        if !cwd.is_dir() {
            let errno = if cwd.exists() { 20 } else { 2 };
            return Err(errno_error(vm, errno, Some(cwd_obj)));
        }
    }
    let merge_stderr = !args.pos[6].is_none() && int_arg(vm, &args.pos[6])? == STDOUT;

    let mut cmd = if merge_stderr {
        // std cannot point two streams at one pipe, so a shell does it: `exec` keeps the
        // child's pid, and `2>&1` sends stderr wherever stdout was set up to go.
        let path_list = match &env {
            Some(pairs) => pairs
                .iter()
                .find(|(k, _)| k.as_bytes() == b"PATH")
                .map(|(_, v)| v.to_os_string()),
            None => std::env::var_os("PATH"),
        }
        .unwrap_or_else(|| "/bin:/usr/bin".into());
        let prog = resolve_program(exe, &path_list, cwd)
            .map_err(|errno| errno_error(vm, errno, Some(exe_obj)))?;
        let mut c = Command::new("/bin/sh");
        c.arg("-c").arg("exec \"$0\" \"$@\" 2>&1").arg(prog);
        c
    } else {
        let mut c = Command::new(exe);
        c.arg0(os_arg(vm, &argv[0], "args")?);
        c
    };
    for a in &argv[1..] {
        cmd.arg(os_arg(vm, a, "args")?);
    }
    if let Some(pairs) = env {
        cmd.env_clear();
        for (k, v) in pairs {
            cmd.env(k, v);
        }
    }
    if let Some(cwd) = cwd {
        cmd.current_dir(cwd);
    }
    cmd.stdin(stdio_for(vm, &args.pos[4], 0)?);
    cmd.stdout(stdio_for(vm, &args.pos[5], 1)?);
    if !merge_stderr {
        cmd.stderr(stdio_for(vm, &args.pos[6], 2)?);
    }
    // Output printed before the child starts must come out before the child's own.
    vm.flush_stdout();
    let mut child = cmd.spawn().map_err(|e| os_error(vm, &e, Some(exe_obj)))?;
    let pid = child.id();
    let proc = Proc {
        pid,
        stdin: Mutex::new(child.stdin.take()),
        stdout: Mutex::new(child.stdout.take().map(BufReader::new)),
        stderr: Mutex::new(child.stderr.take().map(BufReader::new)),
        child: Mutex::new(child),
        returncode: Mutex::new(None),
        comm: Mutex::new(None),
    };
    let table = procs(vm);
    let h = table.next.get() + 1;
    table.next.set(h);
    table.map.borrow_mut().insert(h, Arc::new(proc));
    Ok(vm.new_tuple(vec![Value::Int(h), Value::Int(pid as i64)]))
}

/// `system(command)`: run `command` with `/bin/sh`, returning the raw wait status.
fn system(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "system", args, &["command"], 1)?;
    let command = os_arg(vm, a[0].as_ref().expect("required"), "command")?.to_os_string();
    check_allowed(vm, super::vfs::EACCES, None)?;
    vm.flush_stdout();
    let r = vm.allow_threads("os.system", move || {
        Command::new("/bin/sh").arg("-c").arg(command).status()
    });
    match r {
        Ok(st) => Ok(Value::Int(st.into_raw() as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// `kill(pid, sig)`. std can signal only its own children, so this asks the shell's
/// `kill` builtin; signal 0 just checks that the process exists.
fn kill(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "kill", &args)?;
    call::check_arity(vm, "kill", &args, 2, 2)?;
    let pid = int_arg(vm, &args.pos[0])?;
    let sig = int_arg(vm, &args.pos[1])?;
    if !(0..=64).contains(&sig) {
        return Err(errno_error(vm, 22, None));
    }
    check_allowed(vm, 1, None)?;
    let exists = |pid: i64| pid > 0 && Path::new(&format!("/proc/{pid}")).exists();
    if pid > 0 && !exists(pid) {
        return Err(errno_error(vm, 3, None));
    }
    if sig == 0 {
        return Ok(Value::None);
    }
    vm.flush_stdout();
    let r = vm.allow_threads("os.kill", move || {
        Command::new("/bin/sh")
            .arg("-c")
            .arg(format!("kill -s {sig} {pid} 2>/dev/null"))
            .status()
    });
    match r {
        Ok(st) if st.success() => Ok(Value::None),
        Ok(_) if pid > 0 && !exists(pid) => Err(errno_error(vm, 3, None)),
        Ok(_) => Err(errno_error(vm, 1, None)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

// ----- waiting -------------------------------------------------------------------------

/// Wait for the child until `deadline` (forever if None): its returncode, or None if the
/// deadline passed first. Blocks; call without the GIL.
fn wait_until(p: &Proc, deadline: Option<Instant>) -> std::io::Result<Option<i32>> {
    if let Some(rc) = *lock(&p.returncode) {
        return Ok(Some(rc));
    }
    let mut child = lock(&p.child);
    if let Some(rc) = *lock(&p.returncode) {
        return Ok(Some(rc));
    }
    let st = match deadline {
        None => child.wait()?,
        Some(d) => {
            // std has no timed wait: poll, backing off from 0.1 ms to 20 ms.
            let mut pause = Duration::from_micros(100);
            loop {
                if let Some(st) = child.try_wait()? {
                    break st;
                }
                let now = Instant::now();
                if now >= d {
                    return Ok(None);
                }
                std::thread::sleep(pause.min(d - now));
                pause = (pause * 2).min(Duration::from_millis(20));
            }
        }
    };
    let rc = returncode(st);
    *lock(&p.returncode) = Some(rc);
    Ok(Some(rc))
}

/// A timeout argument (seconds, or None) as a deadline.
fn deadline_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Instant>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let secs = crate::time::seconds_arg(vm, v)?.max(0.0);
            Ok(Some(Instant::now() + Duration::from_secs_f64(secs)))
        }
    }
}

/// `_wait(handle, timeout)` → returncode, or None on timeout.
fn wait(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_wait", &args, 2, 2)?;
    let p = proc_arg(vm, &args.pos[0])?;
    let deadline = deadline_arg(vm, args.pos.get(1))?;
    let r = vm.allow_threads("subprocess", move || wait_until(&p, deadline));
    r.map(opt_returncode).map_err(|e| os_error(vm, &e, None))
}

/// `_poll(handle)` → returncode, or None while the child runs. Never blocks: a child
/// another thread is waiting for counts as running.
fn poll(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_poll", &args, 1, 1)?;
    let p = proc_arg(vm, &args.pos[0])?;
    if let Some(rc) = *lock(&p.returncode) {
        return Ok(Value::Int(rc as i64));
    }
    let Ok(mut child) = p.child.try_lock() else {
        return Ok(Value::None);
    };
    match child.try_wait() {
        Ok(Some(st)) => {
            let rc = returncode(st);
            *lock(&p.returncode) = Some(rc);
            Ok(Value::Int(rc as i64))
        }
        Ok(None) => Ok(Value::None),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// `_send_signal(handle, sig)`: nothing once the child has been reaped (its pid may be
/// reused), as CPython's `Popen.send_signal`. std can only send SIGKILL, so other
/// signals go through the shell's `kill`.
fn send_signal(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_send_signal", &args, 2, 2)?;
    let p = proc_arg(vm, &args.pos[0])?;
    let sig = int_arg(vm, &args.pos[1])?;
    if lock(&p.returncode).is_some() {
        return Ok(Value::None);
    }
    if sig == 9 {
        if let Ok(mut child) = p.child.try_lock() {
            if let Err(e) = child.kill() {
                if e.kind() != std::io::ErrorKind::InvalidInput {
                    return Err(os_error(vm, &e, None));
                }
            }
            return Ok(Value::None);
        }
    }
    let pid = p.pid;
    let r = vm.allow_threads("subprocess", move || {
        Command::new("/bin/sh")
            .arg("-c")
            .arg(format!("kill -s {sig} {pid} 2>/dev/null"))
            .status()
    });
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

// ----- communicate ---------------------------------------------------------------------

/// Start `communicate`'s helper threads: one writing `input` then closing stdin, one
/// draining each output pipe into a shared buffer.
fn start_comm(p: &Proc, input: Option<Vec<u8>>) -> Comm {
    let (tx, done) = mpsc::channel();
    let mut pending = 0;
    if let Some(mut stdin) = lock(&p.stdin).take() {
        if let Some(data) = input {
            let tx = tx.clone();
            pending += 1;
            std::thread::spawn(move || {
                // A child that exits without reading gives EPIPE, which CPython ignores.
                let _ = stdin.write_all(&data);
                drop(stdin);
                let _ = tx.send(());
            });
        }
    }
    fn drain<R: Read + Send + 'static>(
        r: Option<R>,
        tx: &mpsc::Sender<()>,
        pending: &mut usize,
    ) -> Option<Arc<Mutex<Vec<u8>>>> {
        let mut r = r?;
        let buf = Arc::new(Mutex::new(Vec::new()));
        let (b, tx) = (buf.clone(), tx.clone());
        *pending += 1;
        std::thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                match r.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => lock(&b).extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
            let _ = tx.send(());
        });
        Some(buf)
    }
    let out = drain(lock(&p.stdout).take(), &tx, &mut pending);
    let err = drain(lock(&p.stderr).take(), &tx, &mut pending);
    Comm {
        out,
        err,
        done,
        pending,
    }
}

/// What `communicate` hands back: stdout and stderr (None when not piped), and whether
/// the deadline passed (the bytes are then those read so far).
type CommResult = (Option<Vec<u8>>, Option<Vec<u8>>, bool);

fn communicate_until(
    p: &Proc,
    input: Option<Vec<u8>>,
    deadline: Option<Instant>,
) -> std::io::Result<CommResult> {
    let mut guard = lock(&p.comm);
    let comm = guard.get_or_insert_with(|| start_comm(p, input));
    let snapshot = |b: &Option<Arc<Mutex<Vec<u8>>>>| b.as_ref().map(|b| lock(b).clone());
    while comm.pending > 0 {
        let got = match deadline {
            None => comm.done.recv().is_ok(),
            Some(d) => comm
                .done
                .recv_timeout(d.saturating_duration_since(Instant::now()))
                .is_ok(),
        };
        if !got {
            return Ok((snapshot(&comm.out), snapshot(&comm.err), true));
        }
        comm.pending -= 1;
    }
    if wait_until(p, deadline)?.is_none() {
        return Ok((snapshot(&comm.out), snapshot(&comm.err), true));
    }
    let take = |b: &Option<Arc<Mutex<Vec<u8>>>>| b.as_ref().map(|b| std::mem::take(&mut *lock(b)));
    Ok((take(&comm.out), take(&comm.err), false))
}

/// `_communicate(handle, input, timeout)` → `(stdout, stderr, timed_out)`.
fn communicate(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_communicate", &args, 3, 3)?;
    let p = proc_arg(vm, &args.pos[0])?;
    let input = match &args.pos[1] {
        Value::None => None,
        v => Some(super::fd::bytes_like(vm, v)?),
    };
    let deadline = deadline_arg(vm, args.pos.get(2))?;
    let r = vm.allow_threads("subprocess", move || communicate_until(&p, input, deadline));
    let (out, err, timed_out) = r.map_err(|e| os_error(vm, &e, None))?;
    let b = |v: Option<Vec<u8>>| match v {
        Some(v) => vm.new_bytes(v),
        None => Value::None,
    };
    Ok(vm.new_tuple(vec![b(out), b(err), Value::Bool(timed_out)]))
}

// ----- pipe I/O ------------------------------------------------------------------------

/// Which output pipe (1 stdout, 2 stderr) a pipe call names.
fn out_pipe(vm: &Vm, v: &Value) -> PyResult<bool> {
    match int_arg(vm, v)? {
        1 => Ok(true),
        2 => Ok(false),
        _ => Err(vm.value_error("not an output pipe")),
    }
}

/// Run `f` on the chosen output pipe's reader without the GIL; a closed pipe reads as
/// end of file.
fn with_reader(
    vm: &Vm,
    args: &Args,
    f: impl FnOnce(&mut dyn BufRead) -> std::io::Result<Vec<u8>> + Send,
) -> PyResult<Value> {
    let p = proc_arg(vm, &args.pos[0])?;
    let is_stdout = out_pipe(vm, &args.pos[1])?;
    let r = vm.allow_threads("subprocess", move || {
        if is_stdout {
            match lock(&p.stdout).as_mut() {
                Some(r) => f(r),
                None => Ok(Vec::new()),
            }
        } else {
            match lock(&p.stderr).as_mut() {
                Some(r) => f(r),
                None => Ok(Vec::new()),
            }
        }
    });
    r.map(|b| vm.new_bytes(b))
        .map_err(|e| os_error(vm, &e, None))
}

/// `_read(handle, which, n)`: up to `n` bytes (all until end of file if `n` < 0).
fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_read", &args, 3, 3)?;
    let n = int_arg(vm, &args.pos[2])?;
    with_reader(vm, &args, move |r| {
        let mut buf = Vec::new();
        if n < 0 {
            r.read_to_end(&mut buf)?;
        } else {
            r.take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })
}

/// `_readline(handle, which)`: one line with its `\n`, or what is left at end of file.
fn readline(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_readline", &args, 2, 2)?;
    with_reader(vm, &args, |r| {
        let mut buf = Vec::new();
        r.read_until(b'\n', &mut buf)?;
        Ok(buf)
    })
}

/// `_write(handle, data)`: write all of `data` to the child's stdin.
fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_write", &args, 2, 2)?;
    let p = proc_arg(vm, &args.pos[0])?;
    let data = super::fd::bytes_like(vm, &args.pos[1])?;
    let n = data.len();
    let r = vm.allow_threads("subprocess", move || match lock(&p.stdin).as_mut() {
        Some(w) => w.write_all(&data).and_then(|_| w.flush()),
        None => Err(std::io::Error::from_raw_os_error(9)),
    });
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::Int(n as i64))
}

/// `_close(handle, which)`: close the parent's end of pipe 0, 1 or 2.
fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_close", &args, 2, 2)?;
    let p = proc_arg(vm, &args.pos[0])?;
    match int_arg(vm, &args.pos[1])? {
        0 => drop(lock(&p.stdin).take()),
        1 => drop(lock(&p.stdout).take()),
        _ => drop(lock(&p.stderr).take()),
    }
    Ok(Value::None)
}

/// `_release(handle)`: forget the child (`Popen.__del__`). A child still running is
/// left to run, as CPython leaves it.
fn release(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_release", &args, 1, 1)?;
    let h = int_arg(vm, &args.pos[0])?;
    let p = procs(vm).map.borrow_mut().remove(&h);
    drop(p);
    Ok(Value::None)
}
