//! Hostile scripts under limits: each is stopped with a clean `Error::Limit`, and the
//! same interpreter then runs a normal script correctly. Only the public API is used.

use ferropy::{Error, Interpreter, LimitKind, Limits, OutputBuffer};
use std::time::{Duration, Instant};

fn limited() -> (Interpreter, OutputBuffer) {
    let out = OutputBuffer::new();
    let interp = Interpreter::builder()
        .stdout(out.clone())
        .limits(
            Limits::new()
                .time(Duration::from_secs(3))
                .heap_bytes(64 << 20)
                .recursion_depth(500),
        )
        .build();
    (interp, out)
}

fn still_works(interp: &Interpreter, out: &OutputBuffer) {
    out.take();
    interp
        .run("total = sum(i * i for i in range(1000))\nprint(total)")
        .expect("a normal script runs after the limit");
    assert_eq!(out.take(), "332833500\n");
}

fn stopped(src: &str, want: LimitKind) {
    let (interp, out) = limited();
    let t = Instant::now();
    let e = interp.run(src).expect_err(src);
    assert_eq!(e.limit(), Some(want), "{src}: {e:?}");
    assert!(
        t.elapsed() < Duration::from_secs(5),
        "{src} took {:?}",
        t.elapsed()
    );
    still_works(&interp, &out);
}

#[test]
fn infinite_loop_hits_the_deadline() {
    let (interp, out) = limited();
    let t = Instant::now();
    let e = interp.run("while True: pass").unwrap_err();
    let took = t.elapsed();
    assert_eq!(e.limit(), Some(LimitKind::Deadline));
    assert!(took >= Duration::from_secs(3), "{took:?}");
    still_works(&interp, &out);
}

#[test]
fn except_and_finally_cannot_catch_a_limit() {
    let (interp, out) = limited();
    let src = "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\nfinally:\n    print('finally')\n";
    assert_eq!(
        interp.run(src).unwrap_err().limit(),
        Some(LimitKind::Deadline)
    );
    assert_eq!(out.contents(), "");
    still_works(&interp, &out);
}

#[test]
fn sleeping_script_hits_the_deadline() {
    stopped("import time\ntime.sleep(100)", LimitKind::Deadline);
}

#[test]
fn big_list_repeat_hits_the_heap_limit() {
    stopped("x = [0] * 10**9", LimitKind::Memory);
}

#[test]
fn big_string_repeat_hits_the_heap_limit() {
    stopped("x = 'a' * 10**10", LimitKind::Memory);
}

#[test]
fn huge_power_hits_the_heap_limit() {
    stopped("x = 2 ** 10**9", LimitKind::Memory);
}

#[test]
fn growing_list_hits_the_heap_limit() {
    stopped("x = []\nwhile True:\n    x.append([])", LimitKind::Memory);
}

#[test]
fn list_from_endless_iterator_hits_the_heap_limit() {
    stopped(
        "import itertools\nx = list(itertools.count())",
        LimitKind::Memory,
    );
}

#[test]
fn unbounded_recursion_hits_the_depth_limit() {
    stopped(
        "def f(n):\n    return f(n + 1)\nf(0)",
        LimitKind::RecursionDepth,
    );
}

#[test]
fn deep_generator_chain_is_stopped() {
    let (interp, out) = limited();
    let src = "def g(n):\n    if n:\n        yield from g(n - 1)\n    else:\n        yield 0\nprint(next(g(10**6)))";
    let e = interp.run(src).unwrap_err();
    assert!(
        e.limit() == Some(LimitKind::RecursionDepth) || e.type_name() == Some("RecursionError"),
        "{e:?}"
    );
    still_works(&interp, &out);
    let src = "it = iter([1])\nfor _ in range(10**6):\n    it = (x for x in it)\nprint(next(it))";
    let e = interp.run(src).unwrap_err();
    assert!(
        e.limit().is_some() || e.type_name() == Some("RecursionError"),
        "{e:?}"
    );
    still_works(&interp, &out);
}

#[test]
fn instruction_budget() {
    let interp = Interpreter::builder()
        .limits(Limits::new().instructions(100_000))
        .build();
    let e = interp.run("while True: pass").unwrap_err();
    assert_eq!(e.limit(), Some(LimitKind::Instructions));
    // The budget is per run.
    interp.run("for i in range(1000): pass").unwrap();
}

#[test]
fn int_digits_limit() {
    let interp = Interpreter::builder()
        .limits(Limits::new().int_digits(1000))
        .build();
    let e = interp.run("x = 10 ** 5000").unwrap_err();
    assert_eq!(e.limit(), Some(LimitKind::IntDigits));
    assert_eq!(interp.eval::<i64>("len(str(10 ** 500))").unwrap(), 501);
}

#[test]
fn cancel_from_another_thread() {
    let interp = Interpreter::builder().build();
    let h = interp.cancel_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        h.cancel();
    });
    let e = interp
        .run("import time\nwhile True: time.sleep(0.01)")
        .unwrap_err();
    assert_eq!(e.limit(), Some(LimitKind::Cancelled));
    t.join().unwrap();
    assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
}

#[test]
fn limit_error_displays_cleanly() {
    let e = Error::Limit(LimitKind::Deadline);
    assert_eq!(e.to_string(), "ferropy: time limit exceeded");
}

#[test]
fn many_runs_keep_memory_flat() {
    let (interp, out) = limited();
    let hostile = [
        "x = [0] * 10**9",
        "x = []\nwhile True: x.append(' ' * 100)",
        "x = 2 ** 10**9",
        "def f(): f()\nf()",
    ];
    let mut after_warmup = 0;
    for i in 0..200 {
        let e = interp.run(hostile[i % hostile.len()]).unwrap_err();
        assert!(e.limit().is_some(), "{e:?}");
        if i == 20 {
            after_warmup = interp.with_vm(|vm| vm.heap_bytes());
        }
    }
    let end = interp.with_vm(|vm| vm.heap_bytes());
    assert!(
        end <= after_warmup + (1 << 20),
        "heap grew from {after_warmup} to {end}"
    );
    still_works(&interp, &out);
}

#[test]
fn spinning_threads_are_stopped_with_the_run() {
    let (interp, out) = limited();
    let src = "import threading\n\
               def spin():\n    while True: pass\n\
               for _ in range(20):\n    threading.Thread(target=spin).start()\n\
               while True: pass";
    let e = interp.run(src).unwrap_err();
    assert_eq!(e.limit(), Some(LimitKind::Deadline));
    still_works(&interp, &out);
    drop(interp); // the threads saw the abort and ended; nothing left to join
}

#[test]
fn a_finally_that_never_ends_is_stopped() {
    let (interp, out) = limited();
    let src = "def g():\n    try:\n        yield 1\n    finally:\n        while True: pass\n\
               x = g()\nnext(x)\ndel x";
    let e = interp.run(src).unwrap_err();
    assert_eq!(e.limit(), Some(LimitKind::Deadline));
    still_works(&interp, &out);
}

#[test]
fn a_memory_bomb_in_a_thread_is_stopped() {
    let (interp, out) = limited();
    let src = "import threading\n\
               def bomb():\n    x = []\n    while True: x.append([])\n\
               t = threading.Thread(target=bomb)\nt.start()\nt.join()";
    let e = interp.run(src).unwrap_err();
    assert_eq!(e.limit(), Some(LimitKind::Memory));
    still_works(&interp, &out);
}

#[test]
fn a_del_that_never_ends_cannot_hang_shutdown() {
    let interp = Interpreter::builder()
        .limits(Limits::new().time(Duration::from_millis(300)))
        .build();
    interp
        .run("class A:\n    def __del__(self):\n        while True: pass\na = A()")
        .unwrap();
    let t = Instant::now();
    drop(interp);
    assert!(t.elapsed() < Duration::from_secs(10));
}

#[test]
fn native_builders_are_checked_before_they_grow() {
    for src in [
        "x = 'ab'.center(10**10)",
        "x = format('x', '>10000000000')",
        "x = '%10000000000s' % 'x'",
        "x = set(range(10**8))",
        "x = {i: i for i in range(10**8)}",
    ] {
        stopped(src, LimitKind::Memory);
    }
    // Frames are not heap objects: under a heap limit the call depth is bounded too.
    let interp = Interpreter::builder()
        .limits(Limits::new().heap_bytes(64 << 20))
        .build();
    let e = interp
        .run("import sys\nsys.setrecursionlimit(10**7)\ndef f(n): return f(n + 1)\nf(0)")
        .unwrap_err();
    assert_eq!(e.limit(), Some(LimitKind::Memory));
}

#[test]
fn deep_native_recursion_on_a_small_host_stack_is_a_recursion_error() {
    // Test threads have small stacks; resuming a deep `yield from` chain recurses
    // natively, and must stop before the stack ends.
    let interp = Interpreter::builder().build();
    let e = interp
        .run("import sys\nsys.setrecursionlimit(10**6)\ndef g(n):\n    yield from g(n + 1)\nnext(g(0))")
        .unwrap_err();
    assert_eq!(e.type_name(), Some("RecursionError"), "{e}");
    assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
}
