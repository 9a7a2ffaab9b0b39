//! Running untrusted scripts under [`ferropy::Limits`]: an endless loop stopped by a time
//! limit, memory bombs stopped by a heap limit, runaway recursion stopped by a depth
//! limit, a deterministic instruction budget, and a cancel from another thread. A limit
//! is not a Python exception — `except BaseException` cannot swallow it — and after
//! every stop the same interpreter runs a normal script fine.
//! Run it with `cargo run --example limits`.
//!
//! Timings differ between machines, so instead of the milliseconds it measured the
//! example checks and prints a coarse verdict that holds everywhere ("after the limit,
//! in under 10 s").
//!
//! Prints:
//! ```text
//! == time limit: 200 ms
//! while True: pass
//!   stopped: ferropy: time limit exceeded (after the limit, in under 10 s)
//! try: while True: pass / except BaseException: print('caught')
//!   stopped: ferropy: time limit exceeded (after the limit, in under 10 s)
//!   the script printed ""
//!   still works: 332833500
//!
//! == heap limit: 64 MiB
//! x = [0] * 10**9
//!   stopped: ferropy: heap limit exceeded (in under 10 s)
//! x = []; while True: x.append('*' * 100)
//!   stopped: ferropy: heap limit exceeded (in under 10 s)
//!   'x' in globals() afterwards: false
//!   still works: 332833500
//!
//! == recursion depth limit: 100
//! def f(n): return f(n + 1)
//!   stopped: ferropy: recursion depth limit exceeded (in under 10 s)
//!   still works: 332833500
//!
//! == instruction budget: 1000000
//! n = 0; while True: n += 1
//!   stopped: ferropy: instruction budget exhausted (in under 10 s)
//! the same again
//!   stopped: ferropy: instruction budget exhausted (in under 10 s)
//!   both runs counted to the same n: true
//!   still works: 332833500
//!
//! == cancel from another thread
//! import time; while True: time.sleep(0.01)
//!   stopped: ferropy: cancelled by the host (in under 10 s)
//!   still works: 332833500
//! ```

use ferropy::{Interpreter, LimitKind, Limits, OutputBuffer};
use std::time::{Duration, Instant};

/// Run `source`, check that the limit `want` stopped it, and print the error with a
/// timing verdict coarse enough to read the same on every machine: not before `floor`
/// (the time limit, when there is one) and in under ten seconds.
fn stop(interp: &Interpreter, source: &str, want: LimitKind, floor: Option<Duration>) {
    let started = Instant::now();
    let err = interp.run(source).expect_err("a limit stops the script");
    let took = started.elapsed();
    assert_eq!(err.limit(), Some(want), "{err:?}");
    assert!(took < Duration::from_secs(10), "took {took:?}");
    let when = match floor {
        Some(floor) => {
            assert!(took >= floor, "stopped after {took:?}, before {floor:?}");
            "after the limit, in under 10 s"
        }
        None => "in under 10 s",
    };
    // A limit's Display is one line: "ferropy: <what ran out>".
    println!("  stopped: {err} ({when})");
}

/// The same interpreter, under the same limits, runs an ordinary script afterwards.
fn still_works(interp: &Interpreter, out: &OutputBuffer) {
    out.take();
    interp
        .run("print(sum(i * i for i in range(1000)))")
        .expect("a normal script runs after a limit stopped the last one");
    println!("  still works: {}", out.take().trim_end());
}

fn main() -> ferropy::Result<()> {
    let out = OutputBuffer::new();
    let interp = Interpreter::builder().stdout(out.clone()).build();

    // Limits apply to each run (`run`, `eval`, `call`...) and can be changed between
    // runs; each section below sets only the one it shows. A sandbox would set them all
    // at once with `Interpreter::builder().limits(...)`.
    let time = Duration::from_millis(200);
    println!("== time limit: {} ms", time.as_millis());
    interp.set_limits(Limits::new().time(time));
    println!("while True: pass");
    stop(&interp, "while True: pass", LimitKind::Deadline, Some(time));
    println!("try: while True: pass / except BaseException: print('caught')");
    let guarded = "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n";
    stop(&interp, guarded, LimitKind::Deadline, Some(time));
    // A limit unwinds the script without running its handlers: a script cannot keep
    // itself alive by catching it.
    println!("  the script printed {:?}", out.contents());
    still_works(&interp, &out);

    // The heap limit counts the bytes of live Python objects: a huge allocation is
    // refused before it is made, and a leak is stopped as it crosses the line.
    println!("\n== heap limit: 64 MiB");
    interp.set_limits(Limits::new().heap_bytes(64 << 20));
    println!("x = [0] * 10**9");
    stop(&interp, "x = [0] * 10**9", LimitKind::Memory, None);
    println!("x = []; while True: x.append('*' * 100)");
    let leak = "x = []\nwhile True:\n    x.append('*' * 100)";
    stop(&interp, leak, LimitKind::Memory, None);
    // A run stopped for memory has `__main__` rolled back to how it was before, which
    // frees what it allocated; otherwise the next run would start out of memory.
    let kept: bool = interp.eval("'x' in globals()")?;
    println!("  'x' in globals() afterwards: {kept}");
    still_works(&interp, &out);

    println!("\n== recursion depth limit: 100");
    interp.set_limits(Limits::new().recursion_depth(100));
    println!("def f(n): return f(n + 1)");
    let recurse = "def f(n):\n    return f(n + 1)\nf(0)";
    stop(&interp, recurse, LimitKind::RecursionDepth, None);
    still_works(&interp, &out);

    // An instruction budget stops a script at the same point on every machine, however
    // fast or loaded it is, which a time limit cannot promise.
    let budget = 1_000_000;
    println!("\n== instruction budget: {budget}");
    interp.set_limits(Limits::new().instructions(budget));
    let counting = "n = 0\nwhile True:\n    n += 1";
    println!("n = 0; while True: n += 1");
    stop(&interp, counting, LimitKind::Instructions, None);
    // Apart from the heap limit, limits leave what the run did in place: `n` shows how
    // far it got.
    let first: i64 = interp.eval("n")?;
    println!("the same again");
    stop(&interp, counting, LimitKind::Instructions, None);
    let second: i64 = interp.eval("n")?;
    assert!(first > 0);
    println!("  both runs counted to the same n: {}", first == second);
    still_works(&interp, &out);

    // A `CancelHandle` is `Send + Clone`: a watchdog, a UI thread or a request handler
    // can stop the run in progress.
    println!("\n== cancel from another thread");
    interp.set_limits(Limits::new());
    let cancel = interp.cancel_handle();
    let watchdog = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        cancel.cancel();
    });
    println!("import time; while True: time.sleep(0.01)");
    let sleeper = "import time\nwhile True:\n    time.sleep(0.01)";
    stop(&interp, sleeper, LimitKind::Cancelled, None);
    watchdog.join().expect("the watchdog thread");
    still_works(&interp, &out);
    Ok(())
}
