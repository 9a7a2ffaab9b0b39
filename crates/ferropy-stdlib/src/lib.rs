//! ferropy's standard library, written against the VM's public API only (DESIGN.md §2):
//! native modules in Rust, one file each, and Python-source modules from `lib/` embedded
//! in the binary and compiled on first import.
#![forbid(unsafe_code)]

pub mod asyncio_future;
pub mod asyncio_task;
pub mod deque;
pub mod gc;
pub mod io;
pub mod itertools;
pub mod math;
mod math_float;
pub mod module;
pub mod multiprocessing;
pub mod os;
pub mod random;
pub mod sys;
pub mod thread;
pub mod time;
pub mod weakref;

use ferropy_vm::heap::ObjRef;
use ferropy_vm::{PyResult, Vm};

/// Python-source modules embedded from `lib/` (name, source). A name with dotted children
/// registered here is a package.
const FROZEN: &[(&str, &str)] = &[
    ("random", include_str!("../lib/random.py")),
    ("threading", include_str!("../lib/threading.py")),
    ("_structseq", include_str!("../lib/_structseq.py")),
    // Files and processes (issue 7): io/os/path/tempfile/shutil/subprocess; pickle.
    ("io", include_str!("../lib/io.py")),
    ("os", include_str!("../lib/os.py")),
    ("posixpath", include_str!("../lib/posixpath.py")),
    ("tempfile", include_str!("../lib/tempfile.py")),
    ("shutil", include_str!("../lib/shutil.py")),
    ("subprocess", include_str!("../lib/subprocess.py")),
    ("pickle", include_str!("../lib/pickle.py")),
    ("copyreg", include_str!("../lib/copyreg.py")),
    ("struct", include_str!("../lib/struct.py")),
    (
        "multiprocessing",
        include_str!("../lib/multiprocessing/__init__.py"),
    ),
    (
        "multiprocessing.context",
        include_str!("../lib/multiprocessing/context.py"),
    ),
    (
        "multiprocessing.process",
        include_str!("../lib/multiprocessing/process.py"),
    ),
    (
        "multiprocessing.spawn",
        include_str!("../lib/multiprocessing/spawn.py"),
    ),
    (
        "multiprocessing.queues",
        include_str!("../lib/multiprocessing/queues.py"),
    ),
    (
        "multiprocessing.connection",
        include_str!("../lib/multiprocessing/connection.py"),
    ),
    (
        "multiprocessing.synchronize",
        include_str!("../lib/multiprocessing/synchronize.py"),
    ),
    (
        "multiprocessing.pool",
        include_str!("../lib/multiprocessing/pool.py"),
    ),
    (
        "multiprocessing.sharedctypes",
        include_str!("../lib/multiprocessing/sharedctypes.py"),
    ),
    (
        "multiprocessing.managers",
        include_str!("../lib/multiprocessing/managers.py"),
    ),
    ("concurrent", include_str!("../lib/concurrent/__init__.py")),
    (
        "concurrent.futures",
        include_str!("../lib/concurrent/futures/__init__.py"),
    ),
    (
        "concurrent.futures._base",
        include_str!("../lib/concurrent/futures/_base.py"),
    ),
    (
        "concurrent.futures.thread",
        include_str!("../lib/concurrent/futures/thread.py"),
    ),
    (
        "concurrent.futures.process",
        include_str!("../lib/concurrent/futures/process.py"),
    ),
    ("queue", include_str!("../lib/queue.py")),
    (
        "_threading_local",
        include_str!("../lib/_threading_local.py"),
    ),
    ("bisect", include_str!("../lib/bisect.py")),
    ("operator", include_str!("../lib/operator.py")),
    ("functools", include_str!("../lib/functools.py")),
    ("abc", include_str!("../lib/abc.py")),
    (
        "_collections_abc",
        include_str!("../lib/_collections_abc.py"),
    ),
    ("_collections", include_str!("../lib/_collections.py")),
    (
        "_collections_user",
        include_str!("../lib/_collections_user.py"),
    ),
    (
        "collections",
        include_str!("../lib/collections/__init__.py"),
    ),
    ("collections.abc", include_str!("../lib/collections/abc.py")),
    ("contextlib", include_str!("../lib/contextlib.py")),
    ("string", include_str!("../lib/string.py")),
    ("keyword", include_str!("../lib/keyword.py")),
    ("copy", include_str!("../lib/copy.py")),
    ("heapq", include_str!("../lib/heapq.py")),
    ("types", include_str!("../lib/types.py")),
    ("inspect", include_str!("../lib/inspect.py")),
    ("asyncio", include_str!("../lib/asyncio/__init__.py")),
    (
        "asyncio.base_events",
        include_str!("../lib/asyncio/base_events.py"),
    ),
    (
        "asyncio.coroutines",
        include_str!("../lib/asyncio/coroutines.py"),
    ),
    ("asyncio.events", include_str!("../lib/asyncio/events.py")),
    (
        "asyncio.exceptions",
        include_str!("../lib/asyncio/exceptions.py"),
    ),
    (
        "asyncio.format_helpers",
        include_str!("../lib/asyncio/format_helpers.py"),
    ),
    ("asyncio.futures", include_str!("../lib/asyncio/futures.py")),
    ("asyncio.locks", include_str!("../lib/asyncio/locks.py")),
    ("asyncio.mixins", include_str!("../lib/asyncio/mixins.py")),
    ("asyncio.queues", include_str!("../lib/asyncio/queues.py")),
    ("asyncio.runners", include_str!("../lib/asyncio/runners.py")),
    ("asyncio.tasks", include_str!("../lib/asyncio/tasks.py")),
    ("asyncio.threads", include_str!("../lib/asyncio/threads.py")),
    (
        "asyncio.timeouts",
        include_str!("../lib/asyncio/timeouts.py"),
    ),
    (
        "asyncio.taskgroups",
        include_str!("../lib/asyncio/taskgroups.py"),
    ),
    ("_exceptiongroup", include_str!("../lib/_exceptiongroup.py")),
    ("_weakrefset", include_str!("../lib/_weakrefset.py")),
    ("weakref", include_str!("../lib/weakref.py")),
    ("warnings", include_str!("../lib/warnings.py")),
];

/// Register every native and embedded module with `vm`, and create `sys` eagerly (the
/// interpreter needs `sys.stdout` and `sys.modules` from the start, as CPython does).
pub fn install(vm: &Vm, argv: Vec<String>) {
    let mut natives = vm.native_modules.borrow_mut();
    natives.insert("time".into(), time::init);
    natives.insert("math".into(), math::init);
    natives.insert("gc".into(), gc::init);
    natives.insert("_asyncio".into(), asyncio_future::init);
    natives.insert("_weakref".into(), weakref::init);
    natives.insert("_random".into(), random::init);
    natives.insert("itertools".into(), itertools::init);
    natives.insert("_deque".into(), deque::init);
    natives.insert("_thread".into(), thread::init);
    // Files and processes (issue 7).
    natives.insert("_io".into(), io::init);
    natives.insert("posix".into(), os::init);
    natives.insert("_multiprocessing".into(), multiprocessing::init);
    drop(natives);
    let mut frozen = vm.frozen_sources.borrow_mut();
    for (name, src) in FROZEN {
        frozen.insert((*name).into(), src);
    }
    drop(frozen);
    sys::install(vm, argv);
    io::install(vm);
}

/// Run Python `src` in `module`'s namespace (for native modules with a Python-written part).
pub(crate) fn run_python(vm: &Vm, module: &ObjRef, filename: &str, src: &str) -> PyResult<()> {
    let code = ferropy_vm::import::compile(vm, src, filename, ferropy_vm::CompileMode::Exec)?;
    let globals = ferropy_vm::import::globals_with_builtins(vm, module)?;
    ferropy_vm::eval::run_code(vm, code, globals, None)?;
    Ok(())
}
