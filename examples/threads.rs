//! One interpreter, many threads. An `Interpreter` is `Send + Sync`: several host threads
//! share it through an `Arc` and call the same Python function, taking turns one call at
//! a time. And a Python thread a script starts keeps running after the script returns,
//! while the host does something else, because the GIL is released between calls.
//! Run it with `cargo run --example threads`.
//!
//! Threads interleave differently on every run, so the example only prints results that
//! do not depend on the interleaving: sorted or totalled.
//!
//! Prints:
//! ```text
//! 4 host threads made 100 calls; Python counted 100
//! collatz_steps(1..=10) = [0, 1, 7, 2, 5, 8, 16, 3, 19, 6]
//! longest in 1..=100: n = 97 with 118 steps; 3142 steps in all
//! the Python thread sent, while the host waited: [0, 1, 4, 9, 16]
//! worker.is_alive() after join: False
//! ```

use ferropy::{Interpreter, OutputBuffer, PyObject};
use std::sync::{mpsc, Arc};
use std::time::Duration;

const SCRIPT: &str = r#"
calls = 0

def collatz_steps(n):
    global calls
    calls += 1
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
"#;

const HOST_THREADS: u64 = 4;
const LAST: u64 = 100;

fn main() -> ferropy::Result<()> {
    let out = OutputBuffer::new();
    let interp = Arc::new(Interpreter::builder().stdout(out.clone()).build());
    interp.run(SCRIPT)?;

    // A `PyObject` is `Send + Sync` too: every thread can share the one handle.
    let collatz: Arc<PyObject> = Arc::new(interp.get_global("collatz_steps")?);
    let workers: Vec<_> = (0..HOST_THREADS)
        .map(|t| {
            let interp = Arc::clone(&interp);
            let collatz = Arc::clone(&collatz);
            std::thread::spawn(move || -> ferropy::Result<Vec<(u64, u64)>> {
                // Thread `t` takes every HOST_THREADS-th number.
                (1..=LAST)
                    .filter(|n| n % HOST_THREADS == t)
                    .map(|n| Ok((n, interp.call(&collatz, (n,))?)))
                    .collect()
            })
        })
        .collect();
    let mut results = Vec::new();
    for w in workers {
        results.extend(w.join().expect("a host thread panicked")?);
    }
    // The threads finished in some order; sorting makes the report the same every run.
    results.sort();
    // Host threads take turns: one call runs to its end before another host thread
    // enters, so `calls += 1` loses no updates. (Python threads are different: they
    // switch at any instruction, and the same counter would need a `threading.Lock`.)
    let counted: u64 = interp.eval("calls")?;
    println!(
        "{HOST_THREADS} host threads made {} calls; Python counted {counted}",
        results.len()
    );
    let first: Vec<u64> = results.iter().take(10).map(|&(_, steps)| steps).collect();
    println!("collatz_steps(1..=10) = {first:?}");
    let (n, most) = results
        .iter()
        .copied()
        .max_by_key(|&(n, steps)| (steps, std::cmp::Reverse(n)))
        .expect("results");
    let total: u64 = results.iter().map(|&(_, steps)| steps).sum();
    println!("longest in 1..={LAST}: n = {n} with {most} steps; {total} steps in all");

    // A Python thread reports to the host through a Rust channel; `report` is a host
    // function, called on the Python thread.
    let (tx, rx) = mpsc::channel::<i64>();
    interp.add_function("report", move |value: i64| {
        let _ = tx.send(value);
    })?;
    interp.run(
        r#"
import threading, time

def produce(count):
    for i in range(count):
        report(i * i)
        time.sleep(0.01)

worker = threading.Thread(target=produce, args=(5,))
worker.start()
"#,
    )?;
    // `run` has returned and no host thread is inside the interpreter, yet the worker
    // goes on: the host sleeps, then waits on the channel, never entering Python.
    std::thread::sleep(Duration::from_millis(50));
    let sent: Vec<i64> = (0..5)
        .map(|_| rx.recv_timeout(Duration::from_secs(10)))
        .collect::<Result<_, _>>()
        .expect("the Python thread reports five values");
    println!("the Python thread sent, while the host waited: {sent:?}");

    interp.run("worker.join()\nprint('worker.is_alive() after join:', worker.is_alive())")?;
    print!("{}", out.take());
    Ok(())
}
