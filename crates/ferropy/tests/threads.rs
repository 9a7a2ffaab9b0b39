//! Interpreters and host threads: several interpreters in one process, one interpreter
//! shared by several host threads, and Python threads that keep running between calls.
//! Only the public API is used.

use ferropy::{Interpreter, OutputBuffer};
use std::sync::Arc;
use std::time::Duration;

#[test]
fn host_threads_share_one_interpreter() {
    let interp = Arc::new(Interpreter::builder().build());
    interp.run("counter = 0\ndef bump(n):\n    global counter\n    for _ in range(n):\n        counter += 1").unwrap();
    let bump = Arc::new(interp.get_global::<ferropy::PyObject>("bump").unwrap());
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let interp = interp.clone();
            let bump = bump.clone();
            std::thread::spawn(move || {
                for _ in 0..50 {
                    interp.call::<()>(&bump, (100,)).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    // Each call runs with the GIL held from start to end of `bump`'s loop only between
    // switch points, but host calls themselves never overlap.
    let total: i64 = interp.eval("counter").unwrap();
    assert!(total <= 4 * 50 * 100 && total > 0, "{total}");
}

#[test]
fn python_threads_run_while_the_host_waits() {
    let out = OutputBuffer::new();
    let interp = Interpreter::builder().stdout(out.clone()).build();
    interp
        .run(
            "import threading, time\n\
             ticks = []\n\
             def worker():\n    for i in range(5):\n        ticks.append(i)\n        time.sleep(0.01)\n\
             t = threading.Thread(target=worker)\n\
             t.start()",
        )
        .unwrap();
    // The host is not inside the interpreter now: the worker must make progress.
    std::thread::sleep(Duration::from_millis(300));
    let ticks: Vec<i64> = interp.eval("ticks").unwrap();
    assert_eq!(ticks, [0, 1, 2, 3, 4]);
    interp.run("t.join()").unwrap();
}

#[test]
fn several_interpreters_in_one_process() {
    let a = Interpreter::builder().build();
    let b = Interpreter::builder().build();
    a.run("x = 'a'").unwrap();
    b.run("x = 'b'").unwrap();
    assert_eq!(a.eval::<String>("x").unwrap(), "a");
    assert_eq!(b.eval::<String>("x").unwrap(), "b");
    let ts: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let interp = Interpreter::builder().build();
                interp
                    .eval::<i64>(&format!("sum(range({i} * 1000))"))
                    .unwrap()
            })
        })
        .collect();
    let sums: Vec<i64> = ts.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(sums, [0, 499500, 1999000, 4498500]);
}

#[test]
fn objects_from_one_interpreter_are_refused_by_another() {
    let a = Interpreter::builder().build();
    let b = Interpreter::builder().build();
    let obj = a.eval::<ferropy::PyObject>("[1, 2]").unwrap();
    let len = b.get_global::<ferropy::PyObject>("len");
    assert!(len.is_err());
    let e = b.with_gil(|py| obj.bind(py).map(drop)).unwrap_err();
    assert_eq!(e.type_name(), Some("RuntimeError"));
}

#[test]
fn handles_dropped_on_other_threads_are_released() {
    let interp = Arc::new(Interpreter::builder().build());
    interp
        .run("import weakref\nclass C: pass\nobj = C()\nr = weakref.ref(obj)")
        .unwrap();
    let h = interp.get_global::<ferropy::PyObject>("obj").unwrap();
    interp.run("del obj").unwrap();
    assert!(interp.eval::<bool>("r() is not None").unwrap());
    std::thread::spawn(move || drop(h)).join().unwrap();
    // The queued decref is applied when the host next enters.
    assert!(interp.eval::<bool>("r() is None").unwrap());
}

#[test]
fn host_function_can_release_the_gil() {
    let interp = Interpreter::builder().build();
    interp
        .add_raw_function(
            "block",
            |py: ferropy::Python<'_>, _a: ferropy::CallArgs<'_>| {
                py.allow_threads(|| std::thread::sleep(Duration::from_millis(100)));
                Ok(py.none())
            },
        )
        .unwrap();
    let n: i64 = interp
        .eval(
            "(lambda: (\n    __import__('threading').Thread(target=lambda: globals().__setitem__('seen', 1)).start(),\n    block(),\n    globals().get('seen', 0))[-1])()",
        )
        .unwrap();
    assert_eq!(n, 1);
}

#[test]
fn a_thread_that_never_ends_cannot_hang_the_host_under_a_time_limit() {
    let interp = Interpreter::builder()
        .limits(ferropy::Limits::new().time(Duration::from_secs(3)))
        .build();
    interp
        .run("import threading\nthreading.Thread(target=lambda: [None for _ in iter(int, 1)]).start()")
        .unwrap();
    assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
    drop(interp); // joins the thread at most for the time limit
}
