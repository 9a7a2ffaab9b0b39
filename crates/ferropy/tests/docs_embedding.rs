//! The Rust listings of docs/embedding.md, compiled and run. Each listing is the body of
//! one test below, between `// listing: NAME` and `// end listing`; the chapter shows it
//! under the same name, and `listings_match_the_chapter` checks that the two copies are
//! the same text, so neither can drift.

/// Listing "first_run".
#[test]
fn first_run() -> ferropy::Result<()> {
    // listing: first_run
    use ferropy::{Interpreter, OutputBuffer};

    let out = OutputBuffer::new();
    let interp = Interpreter::builder()
        .argv(["report.py", "--verbose"])
        .stdout(out.clone())
        .build();
    interp.set_global("items", vec![3, 1, 2])?;
    interp.run("import sys\nitems.sort()\nprint(sys.argv[1], items)")?;
    let total: i64 = interp.eval("sum(items)")?;
    assert_eq!(out.contents(), "--verbose [1, 2, 3]\n");
    assert_eq!(total, 6);
    // end listing
    Ok(())
}

/// Listing "with_gil".
#[test]
fn with_gil() -> ferropy::Result<()> {
    // listing: with_gil
    use ferropy::{Interpreter, PyObject};

    let interp = Interpreter::builder().build();
    let kept: PyObject = interp.with_gil(|py| {
        let words = py.eval_bound("'the quick brown fox'.split()")?;
        let longest = py
            .builtin("max")?
            .call((&words,), [("key", py.builtin("len")?)])?;
        assert_eq!(longest.extract::<String>()?, "quick");
        Ok(words.unbind()) // a Bound cannot leave the closure; a PyObject can
    })?;
    let n: usize = interp.with_gil(|py| kept.bind(py)?.call_method1("__len__", ())?.extract())?;
    assert_eq!(n, 4);
    // end listing
    Ok(())
}

/// Listing "handles_across_threads".
#[test]
fn handles_across_threads() -> ferropy::Result<()> {
    // listing: handles_across_threads
    use ferropy::{Interpreter, PyObject};
    use std::sync::Arc;

    let interp = Arc::new(Interpreter::builder().build());
    interp.run("import weakref\nclass Node: pass\nnode = Node()\nalive = weakref.ref(node)")?;
    let node: PyObject = interp.get_global("node")?;
    interp.run("del node")?; // the handle is now the only reference

    let worker = {
        let interp = interp.clone();
        std::thread::spawn(move || {
            // Any host thread may call in; calls from several threads take turns.
            let kind: String = interp.with_gil(|py| Ok(node.bind(py)?.type_name()))?;
            drop(node); // no GIL here: the decref is queued
            Ok::<_, ferropy::Error>(kind)
        })
    };
    assert_eq!(worker.join().unwrap()?, "Node");
    // Entering the interpreter applies the queued decref first.
    assert!(interp.eval::<bool>("alive() is None")?);
    // end listing
    Ok(())
}

/// Listing "calling_python".
#[test]
fn calling_python() -> ferropy::Result<()> {
    // listing: calling_python
    use ferropy::{Interpreter, Kwargs, PyObject};

    let interp = Interpreter::builder().build();
    interp
        .run("def fmt(value, *, width=8, fill=' '):\n    return str(value).rjust(width, fill)")?;
    let fmt: PyObject = interp.get_global("fmt")?;
    assert_eq!(interp.call::<String>(&fmt, (42,))?, "      42");
    let kw = Kwargs::new().arg("width", 5).arg("fill", "0");
    assert_eq!(interp.call_kw::<String>(&fmt, (7,), kw)?, "00007");

    let text: PyObject = interp.eval("'a=1;b=2'")?;
    let pairs: Vec<String> = interp.call_method(&text, "split", (";",))?;
    assert_eq!(pairs, ["a=1", "b=2"]);
    // end listing
    Ok(())
}

/// Listing "conversions".
#[test]
fn conversions() -> ferropy::Result<()> {
    // listing: conversions
    use ferropy::{Bytes, Interpreter};
    use std::collections::HashMap;

    let interp = Interpreter::builder().build();
    let scores: HashMap<String, Vec<(u32, Option<f64>)>> =
        HashMap::from([("ada".into(), vec![(1, Some(9.5)), (2, None)])]);
    interp.set_global("scores", scores)?;
    interp.set_global("blob", Bytes(vec![0, 159, 255]))?;
    assert_eq!(
        interp.eval::<String>("repr(scores['ada'])")?,
        "[(1, 9.5), (2, None)]"
    );
    assert_eq!(interp.eval::<String>("blob.hex()")?, "009fff");

    let back: HashMap<String, Vec<(u32, Option<f64>)>> = interp.get_global("scores")?;
    assert_eq!(back["ada"][0], (1, Some(9.5)));
    let err = interp.eval::<u8>("300").unwrap_err();
    assert_eq!(err.type_name(), Some("OverflowError"));
    // end listing
    Ok(())
}

/// Listing "host_functions".
#[test]
fn host_functions() -> ferropy::Result<()> {
    // listing: host_functions
    use ferropy::{CallArgs, Error, Interpreter, IntoPy, OutputBuffer, Python};

    let out = OutputBuffer::new();
    let interp = Interpreter::builder().stdout(out.clone()).build();
    interp.add_function("parse_port", |text: String| -> ferropy::Result<u16> {
        match text.parse::<u16>() {
            Ok(p) if p > 0 => Ok(p),
            _ => Err(Error::value_error(format!("not a port: {text:?}"))),
        }
    })?;
    // A raw function gets the token and every argument, keywords included.
    interp.add_raw_function("apply", |py: Python<'_>, call: CallArgs<'_>| {
        let Some((f, rest)) = call.args.split_first() else {
            return Err(Error::type_error("apply() needs a function"));
        };
        let times: i64 = match call.kwargs.iter().find(|(k, _)| k == "times") {
            Some((_, v)) => v.extract()?,
            None => 1,
        };
        let mut results = Vec::new();
        for _ in 0..times {
            results.push(f.call1(rest.to_vec())?); // back into Python
        }
        results.into_py(py)
    })?;
    interp.run(
        "print(parse_port('8080'))\n\
         try:\n    parse_port('http')\nexcept ValueError as e:\n    print('ValueError:', e)\n\
         print(apply(lambda a, b: a + b, 2, 3, times=2))\n\
         try:\n    parse_port()\nexcept TypeError as e:\n    print(e)",
    )?;
    assert_eq!(
        out.contents(),
        "8080\nValueError: not a port: \"http\"\n[5, 5]\n\
         parse_port() takes exactly one argument (0 given)\n"
    );
    // end listing
    Ok(())
}

/// Listing "native_module".
#[test]
fn native_module() -> ferropy::Result<()> {
    // listing: native_module
    use ferropy::{Class, Interpreter, Module};

    struct Celsius(f64);

    let units = Module::new("units")
        .doc("Temperature helpers written in Rust.")
        .constant("ABSOLUTE_ZERO", -273.15)
        .function("to_fahrenheit", |c: f64| c * 9.0 / 5.0 + 32.0)
        .class(
            Class::<Celsius>::new("Celsius")
                .init(|degrees: f64| Ok(Celsius(degrees)))
                .getter("degrees", |c: &Celsius| c.0)
                .method("warm", |c: &mut Celsius, by: f64| c.0 += by),
        );
    let interp = Interpreter::builder().build();
    interp.add_module(units)?;
    interp.run("from units import Celsius, to_fahrenheit\nt = Celsius(20)\nt.warm(1.5)")?;
    assert_eq!(interp.eval::<f64>("to_fahrenheit(t.degrees)")?, 70.7);
    assert_eq!(
        interp.eval::<String>("repr(Celsius)")?,
        "<class 'units.Celsius'>"
    );
    // end listing
    Ok(())
}

/// Listing "host_class".
#[test]
fn host_class() -> ferropy::Result<()> {
    // listing: host_class
    use ferropy::{Class, Error, Interpreter};

    struct Account {
        owner: String,
        cents: i64,
    }

    let account = Class::<Account>::new("Account")
        .doc("A bank account kept in Rust.")
        .init(|owner: String| Ok(Account { owner, cents: 0 }))
        .method(
            "deposit",
            |a: &mut Account, cents: i64| -> ferropy::Result<i64> {
                if cents <= 0 {
                    return Err(Error::value_error("deposit must be positive"));
                }
                a.cents += cents;
                Ok(a.cents)
            },
        )
        .getter("owner", |a: &Account| a.owner.clone())
        .getter("cents", |a: &Account| a.cents)
        .setter("cents", |a: &mut Account, v: i64| a.cents = v);
    let interp = Interpreter::builder().build();
    interp.add_class(account)?;
    interp.run("acct = Account('ada')\nacct.deposit(250)\nacct.cents += 1")?;
    let cents = interp.with_gil(|py| {
        py.get_global_bound("acct")?
            .with_host(|a: &mut Account| a.cents)
    })?;
    assert_eq!(cents, 251);
    let err = interp.run("Account.deposit(42, 1)").unwrap_err();
    assert_eq!(err.type_name(), Some("TypeError"));
    // end listing
    Ok(())
}

/// Listing "errors".
#[test]
fn errors() -> ferropy::Result<()> {
    // listing: errors
    use ferropy::{Error, Interpreter};

    let interp = Interpreter::builder().build();
    let outcome = |src: &str| match interp.run(src) {
        Ok(()) => "ok".to_string(),
        Err(Error::Syntax {
            message,
            line,
            column,
            ..
        }) => {
            format!("syntax error at {line}:{column}: {message}")
        }
        Err(Error::Exception {
            type_name, message, ..
        }) => format!("{type_name}: {message}"),
        Err(Error::Exit { code, .. }) => format!("exit {code}"),
        Err(Error::Limit(kind)) => format!("stopped: {}", kind.describe()),
        Err(Error::Io(message)) => message,
    };
    assert_eq!(
        outcome("x = (1,"),
        "syntax error at 1:5: '(' was never closed"
    );
    assert_eq!(outcome("{}['key']"), "KeyError: 'key'");
    assert_eq!(outcome("import sys; sys.exit(3)"), "exit 3");

    let err = interp.run("def f():\n    return 1 / 0\nf()").unwrap_err();
    // Display gives what python3 -c would print.
    let expected = "\
Traceback (most recent call last):
  File \"<string>\", line 3, in <module>
  File \"<string>\", line 2, in f
ZeroDivisionError: division by zero
";
    assert_eq!(err.to_string(), expected);
    // end listing
    Ok(())
}

/// Listing "limits".
#[test]
fn limits() -> ferropy::Result<()> {
    // listing: limits
    use ferropy::{Interpreter, LimitKind, Limits};
    use std::time::Duration;

    let interp = Interpreter::builder()
        .limits(
            Limits::new()
                .time(Duration::from_millis(200))
                .heap_bytes(64 << 20)
                .recursion_depth(200),
        )
        .build();
    let stopped = |src: &str| interp.run(src).unwrap_err().limit();
    assert_eq!(stopped("while True: pass"), Some(LimitKind::Deadline));
    assert_eq!(stopped("x = 'a' * 10**10"), Some(LimitKind::Memory));
    assert_eq!(
        stopped("def f(): f()\nf()"),
        Some(LimitKind::RecursionDepth)
    );
    // No handler sees a limit: not except, not finally.
    let src =
        "try:\n    while True: pass\nexcept BaseException:\n    caught = 1\nfinally:\n    done = 1";
    assert_eq!(stopped(src), Some(LimitKind::Deadline));
    assert!(interp.get_global::<i64>("caught").is_err());
    assert!(interp.get_global::<i64>("done").is_err());
    // Each run starts afresh.
    assert_eq!(interp.eval::<i64>("sum(range(10))")?, 45);
    // end listing
    Ok(())
}

/// Listing "cancel".
#[test]
fn cancel() -> ferropy::Result<()> {
    // listing: cancel
    use ferropy::{Interpreter, LimitKind};
    use std::time::Duration;

    let interp = Interpreter::builder().build();
    let handle = interp.cancel_handle(); // Send + Sync + Clone
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.cancel();
    });
    let err = interp
        .run("import time\nwhile True:\n    time.sleep(0.01)")
        .unwrap_err();
    assert_eq!(err.limit(), Some(LimitKind::Cancelled));
    canceller.join().unwrap();
    assert_eq!(interp.eval::<i64>("6 * 7")?, 42);
    // end listing
    Ok(())
}

/// Listing "memory_fs".
#[test]
fn memory_fs() -> ferropy::Result<()> {
    // listing: memory_fs
    use ferropy::{FileSystem, Interpreter, MemFs};
    use std::sync::Arc;

    let fs = Arc::new(MemFs::new());
    fs.write("/data/in.txt", "3 4 5\n").unwrap();
    let interp = Interpreter::builder()
        .filesystem(FileSystem::Memory(fs.clone()))
        .build();
    interp.run(
        "nums = [int(w) for w in open('/data/in.txt').read().split()]\n\
         with open('/data/out.txt', 'w') as f:\n    f.write(str(sum(nums)))",
    )?;
    assert_eq!(fs.read_to_string("/data/out.txt").as_deref(), Some("12"));

    let denied = Interpreter::builder().build(); // FileSystem::Deny
    let err = denied.run("open('/etc/hostname')").unwrap_err();
    assert_eq!(err.type_name(), Some("PermissionError"));
    // end listing
    Ok(())
}

/// Listing "script_threads".
#[test]
fn script_threads() -> ferropy::Result<()> {
    // listing: script_threads
    use ferropy::{Interpreter, Python};
    use std::time::Duration;

    let interp = Interpreter::builder().build();
    interp.add_raw_function("wait_for_io", |py: Python<'_>, _args| {
        // Release the GIL while blocking, so the script's threads keep running.
        py.allow_threads(|| std::thread::sleep(Duration::from_millis(50)));
        Ok(py.none())
    })?;
    interp.run(
        "import threading, time\n\
         ticks = []\n\
         def tick():\n    for i in range(3):\n        ticks.append(i)\n        time.sleep(0.01)\n\
         worker = threading.Thread(target=tick)\n\
         worker.start()",
    )?;
    // Between calls the host holds no GIL: the worker runs meanwhile.
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(interp.eval::<Vec<i64>>("ticks")?, [0, 1, 2]);
    interp.run("worker.join()\nwait_for_io()")?;
    // end listing
    Ok(())
}

// ----- keeping the chapter and this file in step -------------------------------------------

/// The listings of the chapter: `(name, code)` for each ```rust block preceded by a line
/// naming it (`Listing: name`).
fn chapter_listings() -> Vec<(String, String)> {
    let doc = include_str!("../../../docs/embedding.md");
    let mut out = Vec::new();
    let mut name: Option<String> = None;
    let mut code: Option<String> = None;
    for line in doc.lines() {
        if let Some(c) = code.as_mut() {
            if line == "```" {
                let n = name.take().expect("a listing name before the code");
                out.push((n, code.take().unwrap()));
            } else {
                c.push_str(line);
                c.push('\n');
            }
        } else if line == "```rust" {
            if name.is_some() {
                code = Some(String::new());
            }
        } else if let Some(rest) = line.strip_prefix("*Listing: `") {
            name = rest.split('`').next().map(str::to_string);
        }
    }
    out
}

/// The listings of this file, by name, with the test's indentation removed.
fn tested_listings() -> Vec<(String, String)> {
    let src = include_str!("docs_embedding.rs");
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in src.lines() {
        let trimmed = line.trim_start();
        if let Some((_, code)) = current.as_mut() {
            if trimmed == "// end listing" {
                out.push(current.take().unwrap());
            } else {
                code.push_str(line.strip_prefix("    ").unwrap_or(line));
                code.push('\n');
            }
        } else if let Some(name) = trimmed.strip_prefix("// listing: ") {
            current = Some((name.to_string(), String::new()));
        }
    }
    out
}

#[test]
fn listings_match_the_chapter() {
    let chapter = chapter_listings();
    let tested = tested_listings();
    let names = |v: &[(String, String)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&chapter),
        names(&tested),
        "the same listings, in the same order"
    );
    for ((name, doc), (_, test)) in chapter.iter().zip(&tested) {
        assert_eq!(
            doc, test,
            "listing {name} differs between the chapter and this file"
        );
    }
}
