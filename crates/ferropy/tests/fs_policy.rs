//! The embedding API's file-system policy (`vm.fs_policy`): `Deny` blocks every file
//! and process operation with CPython's own PermissionError; `Memory` runs scripts
//! against a host-owned `MemFs` with the same results and messages CPython 3.11 gives on
//! a real directory (the expected outputs below were produced by `python3` running the
//! same script in an empty temporary directory).

use ferropy::vm::fs_policy::FsPolicy;
use ferropy::vm::memfs::MemFs;
use std::sync::Arc;

/// Run `src` as `__main__` under `policy`, after `setup` (host-side configuration such as
/// `sys.path`). Returns stdout, stderr, and the uncaught exception's traceback if any.
/// The only place that touches the facade (kept small so it is easy to port).
fn run(policy: FsPolicy, src: &str) -> (String, String, Option<String>) {
    let fs = match policy {
        FsPolicy::Deny => ferropy::FileSystem::Deny,
        FsPolicy::Memory(m) => ferropy::FileSystem::Memory(m),
        FsPolicy::Real => ferropy::FileSystem::Real,
    };
    let (out, err) = (ferropy::OutputBuffer::new(), ferropy::OutputBuffer::new());
    let interp = ferropy::Interpreter::builder()
        .filesystem(fs)
        .stdout(out.clone())
        .stderr(err.clone())
        .build();
    let r = interp.run_main(src, "<test>");
    interp.shutdown();
    (
        out.contents(),
        err.contents(),
        r.err().map(|e| e.to_string()),
    )
}

/// Run `src` and return its stdout, failing on an uncaught exception.
fn run_ok(policy: FsPolicy, src: &str) -> String {
    let (out, err, exc) = run(policy, src);
    assert!(
        exc.is_none(),
        "uncaught: {exc:?}\nstdout:\n{out}\nstderr:\n{err}"
    );
    out
}

/// A helper every script starts with: print what a call returns or raises.
const SHOW: &str = r#"
import os
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
"#;

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

#[test]
fn deny_blocks_file_operations() {
    let dir = std::env::temp_dir().join(format!("ferropy-deny-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let real = dir.join("real.txt");
    std::fs::write(&real, "secret\n").unwrap();
    let src = format!(
        r#"{SHOW}
import io, sys
REAL = {real:?}
show("open real", lambda: open(REAL))
show("open new", lambda: open("new.txt", "w"))
show("io.open", lambda: io.open("x.bin", "rb"))
show("FileIO", lambda: io.FileIO("x.bin", "w"))
show("open fd", lambda: open(7))
show("open fd 2", lambda: open(2, "w", closefd=False).mode)
show("listdir", lambda: os.listdir("/"))
show("listdir cwd", lambda: os.listdir())
show("scandir", lambda: list(os.scandir("/tmp")))
show("stat", lambda: os.stat(REAL))
show("lstat", lambda: os.lstat(REAL))
show("mkdir", lambda: os.mkdir("d"))
show("makedirs", lambda: os.makedirs("a/b"))
show("remove", lambda: os.remove(REAL))
show("unlink", lambda: os.unlink(REAL))
show("rmdir", lambda: os.rmdir("/tmp"))
show("rename", lambda: os.rename(REAL, "b"))
show("replace", lambda: os.replace("a", "b"))
show("chdir", lambda: os.chdir("/"))
show("getcwd", lambda: os.getcwd())
show("os.open", lambda: os.open(REAL, os.O_RDONLY))
show("exists", lambda: (os.path.exists(REAL), os.path.isfile(REAL), os.path.isdir("/"), os.path.exists("/")))
show("access", lambda: os.access(REAL, os.R_OK))
show("system", lambda: os.system("echo hi"))
import subprocess
show("subprocess", lambda: subprocess.run(["echo", "hi"]))
show("check_output", lambda: subprocess.check_output("echo hi", shell=True))
show("kill", lambda: os.kill(os.getpid(), 0))
import multiprocessing
show("multiprocessing", lambda: multiprocessing.Process(target=print).start())
import tempfile
try:
    tempfile.mkstemp()
except FileNotFoundError as e:
    print("tempfile !!", str(e).split(" in ")[0])
"#
    );
    let out = run_ok(FsPolicy::Deny, &src);
    let r = format!("{:?}", real.display().to_string());
    let r = &r[1..r.len() - 1];
    let expected = format!(
        "open real !! PermissionError: [Errno 13] Permission denied: '{r}'
open new !! PermissionError: [Errno 13] Permission denied: 'new.txt'
io.open !! PermissionError: [Errno 13] Permission denied: 'x.bin'
FileIO !! PermissionError: [Errno 13] Permission denied: 'x.bin'
open fd !! PermissionError: [Errno 13] Permission denied
open fd 2 -> 'w'
listdir !! PermissionError: [Errno 13] Permission denied: '/'
listdir cwd !! PermissionError: [Errno 13] Permission denied: '.'
scandir !! PermissionError: [Errno 13] Permission denied: '/tmp'
stat !! PermissionError: [Errno 13] Permission denied: '{r}'
lstat !! PermissionError: [Errno 13] Permission denied: '{r}'
mkdir !! PermissionError: [Errno 13] Permission denied: 'd'
makedirs !! PermissionError: [Errno 13] Permission denied: 'a'
remove !! PermissionError: [Errno 13] Permission denied: '{r}'
unlink !! PermissionError: [Errno 13] Permission denied: '{r}'
rmdir !! PermissionError: [Errno 13] Permission denied: '/tmp'
rename !! PermissionError: [Errno 13] Permission denied: '{r}' -> 'b'
replace !! PermissionError: [Errno 13] Permission denied: 'a' -> 'b'
chdir !! PermissionError: [Errno 13] Permission denied: '/'
getcwd -> '/'
os.open !! PermissionError: [Errno 13] Permission denied: '{r}'
exists -> (False, False, False, False)
access -> False
system !! PermissionError: [Errno 13] Permission denied
subprocess !! PermissionError: [Errno 13] Permission denied: 'echo'
check_output !! PermissionError: [Errno 13] Permission denied: '/bin/sh'
kill !! PermissionError: [Errno 1] Operation not permitted
multiprocessing !! PermissionError: [Errno 13] Permission denied
tempfile !! [Errno 2] No usable temporary directory found
"
    );
    assert_eq!(lines(&out), lines(&expected));
    // Nothing happened on disk.
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "secret\n");
    assert!(!std::path::Path::new("new.txt").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn deny_imports_from_granted_module_paths_but_shows_no_file_lines() {
    let dir = std::env::temp_dir().join(format!("ferropy-deny-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("realmod.py"), "VALUE = 42\n").unwrap();
    std::fs::write(dir.join("data.txt"), "line one\nline two\n").unwrap();
    let src = format!(
        r#"
import sys, warnings
sys.path.insert(0, {d:?})
import realmod
print(realmod.VALUE)
warnings.warn_explicit("careful", UserWarning, {f:?}, 2)
"#,
        d = dir.display().to_string(),
        f = dir.join("data.txt").display().to_string(),
    );
    // The host grants the directory as a module path (a script appending to `sys.path`
    // alone cannot reach real files under Deny).
    let (out, err) = (ferropy::OutputBuffer::new(), ferropy::OutputBuffer::new());
    let interp = ferropy::Interpreter::builder()
        .module_path(dir.to_str().unwrap())
        .stdout(out.clone())
        .stderr(err.clone())
        .build();
    let exc = interp.run_main(&src, "<test>").err();
    interp.shutdown();
    let (out, err) = (out.contents(), err.contents());
    assert!(exc.is_none(), "{exc:?}");
    assert_eq!(out, "42\n");
    assert!(err.contains("UserWarning: careful"), "{err}");
    assert!(
        !err.contains("line two"),
        "a denied file's line leaked: {err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The script CPython ran to produce `MEMORY_EXPECTED`.
const MEMORY_SCRIPT: &str = r#"import os
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

show("open missing", lambda: open("missing.txt"))
show("open missing dir", lambda: open("nodir/x.txt", "w"))
with open("a.txt", "w") as f:
    f.write("one\ntwo\n")
with open("a.txt", "a") as f:
    f.write("three\n")
show("read text", lambda: open("a.txt").read())
show("readlines", lambda: open("a.txt").readlines())
with open("b.bin", "wb") as f:
    f.write(b"\x00\x01\xff")
show("read bin", lambda: open("b.bin", "rb").read())
show("text crlf", lambda: (open("c.txt", "w", newline="\r\n").write("x\ny\n"), open("c.txt", "rb").read(), open("c.txt").read(), open("c.txt", newline="").read()))
show("utf16", lambda: (open("u.txt", "w", encoding="utf-16").write("héllo"), open("u.txt", encoding="utf-16").read(), len(open("u.txt", "rb").read())))
show("x mode", lambda: open("a.txt", "x"))
show("x new", lambda: (open("x.txt", "x").write("new"), open("x.txt").read()))
def rw():
    with open("rw.txt", "w+") as f:
        f.write("hello world")
        f.seek(0)
        a = f.read(5)
        f.seek(6)
        f.write("WORLD")
        f.seek(0)
        return a, f.read(), f.tell()
show("w+", rw)
def rplus():
    with open("rw.txt", "r+b") as f:
        f.write(b"J")
        f.seek(0, 2)
        f.write(b"!")
        f.truncate(5)
    return open("rw.txt", "rb").read()
show("r+b", rplus)
show("open dir", lambda: open("."))
os.mkdir("d")
show("open d", lambda: open("d"))
show("mkdir again", lambda: os.mkdir("d"))
show("mkdir nested", lambda: os.mkdir("no/such"))
os.makedirs("d/e/f")
show("makedirs exist", lambda: os.makedirs("d/e"))
show("makedirs ok", lambda: os.makedirs("d/e", exist_ok=True))
show("listdir root", lambda: sorted(os.listdir(".")))
show("listdir d", lambda: os.listdir("d"))
show("listdir file", lambda: os.listdir("a.txt"))
show("listdir missing", lambda: os.listdir("missing"))
show("scandir", lambda: sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir("d/e")))
show("stat size", lambda: os.stat("a.txt").st_size)
show("stat missing", lambda: os.stat("missing"))
show("getsize", lambda: os.path.getsize("b.bin"))
show("exists", lambda: (os.path.exists("a.txt"), os.path.exists("nope"), os.path.isfile("a.txt"), os.path.isdir("d"), os.path.isdir("a.txt"), os.path.isfile("d")))
show("rename", lambda: (os.rename("a.txt", "d/a2.txt"), os.path.exists("a.txt"), open("d/a2.txt").read()))
show("rename missing", lambda: os.rename("missing", "z"))
show("rename onto dir", lambda: os.rename("b.bin", "d"))
show("replace", lambda: (os.replace("x.txt", "b.bin"), open("b.bin").read()))
show("remove", lambda: (os.remove("b.bin"), os.path.exists("b.bin")))
show("remove missing", lambda: os.remove("b.bin"))
show("unlink dir", lambda: os.unlink("d"))
show("rmdir nonempty", lambda: os.rmdir("d"))
show("rmdir file", lambda: os.rmdir("c.txt"))
show("rmdir ok", lambda: (os.rmdir("d/e/f"), os.listdir("d/e")))
show("truncate", lambda: (os.truncate("rw.txt", 2), open("rw.txt").read()))
def fdops():
    fd = os.open("fd.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, b"via fd")
    st = os.fstat(fd).st_size
    os.close(fd)
    fd = os.open("fd.txt", os.O_RDONLY)
    data = os.read(fd, 100)
    os.close(fd)
    return st, data
show("os.open", fdops)
show("os.open excl", lambda: os.open("fd.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL))
show("os.open missing", lambda: os.open("missing", os.O_RDONLY))
def fdopen():
    fd = os.open("fdo.txt", os.O_RDWR | os.O_CREAT)
    with os.fdopen(fd, "w") as f:
        f.write("fdopen")
    return open("fdo.txt").read()
show("fdopen", fdopen)
def fileno():
    with open("fn.txt", "w") as f:
        f.write("abc")
        f.flush()
        return os.fstat(f.fileno()).st_size
show("fileno", fileno)
import tempfile
def tmp():
    with tempfile.TemporaryDirectory(dir=".") as d:
        p = os.path.join(d, "t.txt")
        with open(p, "w") as f:
            f.write("tmp")
        with tempfile.NamedTemporaryFile("w+", dir=d, delete=True) as nt:
            nt.write("named")
            nt.seek(0)
            named = nt.read()
        return open(p).read(), named, os.path.isdir(d)
show("tempfile", tmp)
show("walk", lambda: [(r, sorted(ds), sorted(fs)) for r, ds, fs in os.walk("d")])
import shutil
show("shutil", lambda: (shutil.copy("rw.txt", "copy.txt"), open("copy.txt").read(), shutil.rmtree("d"), os.path.exists("d")))
show("chdir", lambda: (os.mkdir("w"), os.chdir("w"), open("in_w.txt", "w").close(), os.chdir(".."), os.listdir("w")))
show("chdir missing", lambda: os.chdir("missing"))
"#;

const MEMORY_EXPECTED: &str = r#"open missing !! FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'
open missing dir !! FileNotFoundError: [Errno 2] No such file or directory: 'nodir/x.txt'
read text -> 'one\ntwo\nthree\n'
readlines -> ['one\n', 'two\n', 'three\n']
read bin -> b'\x00\x01\xff'
text crlf -> (4, b'x\r\ny\r\n', 'x\ny\n', 'x\r\ny\r\n')
utf16 -> (5, 'héllo', 12)
x mode !! FileExistsError: [Errno 17] File exists: 'a.txt'
x new -> (3, 'new')
w+ -> ('hello', 'hello WORLD', 11)
r+b -> b'Jello'
open dir !! IsADirectoryError: [Errno 21] Is a directory: '.'
open d !! IsADirectoryError: [Errno 21] Is a directory: 'd'
mkdir again !! FileExistsError: [Errno 17] File exists: 'd'
mkdir nested !! FileNotFoundError: [Errno 2] No such file or directory: 'no/such'
makedirs exist !! FileExistsError: [Errno 17] File exists: 'd/e'
makedirs ok -> None
listdir root -> ['a.txt', 'b.bin', 'c.txt', 'd', 'rw.txt', 'u.txt', 'x.txt']
listdir d -> ['e']
listdir file !! NotADirectoryError: [Errno 20] Not a directory: 'a.txt'
listdir missing !! FileNotFoundError: [Errno 2] No such file or directory: 'missing'
scandir -> [('f', True, False)]
stat size -> 14
stat missing !! FileNotFoundError: [Errno 2] No such file or directory: 'missing'
getsize -> 3
exists -> (True, False, True, True, False, False)
rename -> (None, False, 'one\ntwo\nthree\n')
rename missing !! FileNotFoundError: [Errno 2] No such file or directory: 'missing' -> 'z'
rename onto dir !! IsADirectoryError: [Errno 21] Is a directory: 'b.bin' -> 'd'
replace -> (None, 'new')
remove -> (None, False)
remove missing !! FileNotFoundError: [Errno 2] No such file or directory: 'b.bin'
unlink dir !! IsADirectoryError: [Errno 21] Is a directory: 'd'
rmdir nonempty !! OSError: [Errno 39] Directory not empty: 'd'
rmdir file !! NotADirectoryError: [Errno 20] Not a directory: 'c.txt'
rmdir ok -> (None, [])
truncate -> (None, 'Je')
os.open -> (6, b'via fd')
os.open excl !! FileExistsError: [Errno 17] File exists: 'fd.txt'
os.open missing !! FileNotFoundError: [Errno 2] No such file or directory: 'missing'
fdopen -> 'fdopen'
fileno -> 3
tempfile -> ('tmp', 'named', True)
walk -> [('d', ['e'], ['a2.txt']), ('d/e', [], [])]
shutil -> ('copy.txt', 'Je', None, False)
chdir -> (None, None, None, None, ['in_w.txt'])
chdir missing !! FileNotFoundError: [Errno 2] No such file or directory: 'missing'
"#;

#[test]
fn memory_matches_cpython_on_a_real_directory() {
    let fs = Arc::new(MemFs::new());
    let out = run_ok(FsPolicy::Memory(fs.clone()), MEMORY_SCRIPT);
    assert_eq!(lines(&out), lines(MEMORY_EXPECTED));
    // What the script left behind is visible to the host.
    assert_eq!(fs.read_to_string("/copy.txt").as_deref(), Some("Je"));
    assert_eq!(fs.list("/w"), vec!["in_w.txt"]);
    assert!(!fs.exists("/d"));
}

#[test]
fn memory_host_and_script_share_files() {
    let fs = Arc::new(MemFs::new());
    fs.write("/data/in.txt", "3\n4\n").unwrap();
    fs.write("/data/log.txt", "host\n").unwrap();
    let src = r#"
import os
nums = [int(x) for x in open("/data/in.txt")]
os.makedirs("/out", exist_ok=True)
with open("/out/result.txt", "w") as f:
    f.write(f"sum={sum(nums)}\n")
with open("/out/raw.bin", "wb") as f:
    f.write(bytes(range(5)))
with open("/data/log.txt", "a") as f:
    f.write("script\n")
print(sorted(os.listdir("/")), os.getcwd())
"#;
    let out = run_ok(FsPolicy::Memory(fs.clone()), src);
    assert_eq!(out, "['data', 'out'] /\n");
    assert_eq!(
        fs.read_to_string("/out/result.txt").as_deref(),
        Some("sum=7\n")
    );
    assert_eq!(fs.read("/out/raw.bin"), Some(vec![0, 1, 2, 3, 4]));
    assert_eq!(
        fs.read_to_string("/data/log.txt").as_deref(),
        Some("host\nscript\n")
    );
    assert!(fs.is_dir("/out"));
    assert_eq!(fs.list("/out"), vec!["raw.bin", "result.txt"]);
}

#[test]
fn memory_never_touches_the_real_disk_and_starts_no_process() {
    let real = std::env::temp_dir();
    let src = format!(
        r#"{SHOW}
import subprocess
show("real dir", lambda: os.listdir({real:?}))
show("exists", lambda: os.path.exists({real:?}))
show("system", lambda: os.system("true"))
show("run", lambda: subprocess.run(["true"]))
show("popen", lambda: os.popen("ls").read())
import multiprocessing
show("pool", lambda: multiprocessing.Pool(1))
"#,
        real = real.display().to_string()
    );
    let out = run_ok(FsPolicy::Memory(Arc::new(MemFs::new())), &src);
    let r = real.display().to_string();
    assert_eq!(
        lines(&out),
        lines(&format!(
            "real dir !! FileNotFoundError: [Errno 2] No such file or directory: '{r}'
exists -> False
system !! PermissionError: [Errno 13] Permission denied
run !! PermissionError: [Errno 13] Permission denied: 'true'
popen !! PermissionError: [Errno 13] Permission denied: '/bin/sh'
pool !! PermissionError: [Errno 13] Permission denied
"
        ))
    );
}

#[test]
fn memory_imports_modules_and_shows_their_lines() {
    let fs = Arc::new(MemFs::new());
    fs.write("/lib/mymod.py", "def double(x):\n    return 2 * x\n")
        .unwrap();
    fs.write("/lib/pkg/__init__.py", "NAME = 'pkg'\n").unwrap();
    fs.write(
        "/lib/pkg/sub.py",
        "from . import NAME\n\ndef fail():\n    raise ValueError('boom from ' + NAME)\n",
    )
    .unwrap();
    fs.write("/lib/notes.txt", "first\nsecond note\n").unwrap();
    let src = r#"
import sys, warnings
sys.path.insert(0, "/lib")
import mymod
from pkg import sub
print(mymod.double(21), mymod.__file__, sub.__name__)
warnings.warn_explicit("look", UserWarning, "/lib/notes.txt", 2)
sub.fail()
"#;
    let (out, err, exc) = run(FsPolicy::Memory(fs), src);
    assert_eq!(out, "42 /lib/mymod.py pkg.sub\n");
    assert!(
        err.contains("/lib/notes.txt:2: UserWarning: look\n  second note"),
        "{err}"
    );
    let tb = exc.expect("sub.fail() raises");
    assert!(
        tb.contains(
            "File \"/lib/pkg/sub.py\", line 4, in fail\n    raise ValueError('boom from ' + NAME)"
        ),
        "{tb}"
    );
    assert!(tb.ends_with("ValueError: boom from pkg\n"), "{tb}");
}

#[test]
fn memory_capacity_is_enforced() {
    let fs = Arc::new(MemFs::with_capacity(10));
    let src = format!(
        r#"{SHOW}
def fill():
    with open("big", "wb") as f:
        f.write(b"x" * 20)
show("fill", fill)
show("small", lambda: open("small", "w").write("ok"))
"#
    );
    let out = run_ok(FsPolicy::Memory(fs.clone()), &src);
    assert_eq!(
        lines(&out),
        lines("fill !! OSError: [Errno 28] No space left on device\nsmall -> 2\n")
    );
    assert_eq!(fs.read_to_string("/small").as_deref(), Some("ok"));
}

#[test]
fn sandboxed_interpreters_start_no_child_interpreters() {
    for policy in [FsPolicy::Deny, FsPolicy::Memory(Arc::new(MemFs::new()))] {
        let (_, _, exc) = run(
            policy,
            "import _multiprocessing\n_multiprocessing.spawn(b'', None)",
        );
        let exc = exc.expect("spawning must fail");
        assert!(exc.contains("Error"), "unexpected: {exc}");
    }
}

#[test]
fn sandboxed_imports_read_only_the_hosts_module_paths() {
    let base = std::env::temp_dir().join(format!("ferropy-roots-{}", std::process::id()));
    let granted = base.join("granted");
    let other = base.join("other");
    std::fs::create_dir_all(&granted).unwrap();
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(granted.join("ok_mod.py"), "X = 1\n").unwrap();
    std::fs::write(other.join("secret_mod.py"), "X = 2\n").unwrap();
    let interp = ferropy::Interpreter::builder()
        .module_path(granted.to_str().unwrap())
        .build();
    assert_eq!(interp.eval::<i64>("__import__('ok_mod').X").unwrap(), 1);
    interp
        .run(&format!(
            "import sys\nsys.path.append({:?})",
            other.to_str().unwrap()
        ))
        .unwrap();
    let e = interp.run("import secret_mod").unwrap_err();
    assert_eq!(e.type_name(), Some("ModuleNotFoundError"));
    let _ = std::fs::remove_dir_all(&base);
}
