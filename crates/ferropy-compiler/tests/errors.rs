//! Compile-time errors: CPython 3.11's messages and locations (checked with
//! `python3 -c 'compile(src, "f", "exec")'`; columns are 1-based like `SyntaxError.offset`).

mod common;

use ferropy_compiler::ErrorKind;

/// (source, message, line, col, end_line, end_col)
const CASES: &[(&str, &str, u32, u32, u32, u32)] = &[
    ("return 1", "'return' outside function", 1, 1, 1, 9),
    ("break", "'break' outside loop", 1, 1, 1, 6),
    ("continue", "'continue' not properly in loop", 1, 1, 1, 9),
    ("yield 1", "'yield' outside function", 1, 1, 1, 8),
    ("x = yield", "'yield' outside function", 1, 5, 1, 10),
    ("await x", "'await' outside function", 1, 1, 1, 8),
    (
        "def f():\n  await x",
        "'await' outside async function",
        2,
        3,
        2,
        10,
    ),
    (
        "def f():\n  nonlocal x",
        "no binding for nonlocal 'x' found",
        2,
        3,
        2,
        13,
    ),
    (
        "nonlocal x",
        "nonlocal declaration not allowed at module level",
        1,
        1,
        1,
        11,
    ),
    (
        "class C:\n  nonlocal x",
        "no binding for nonlocal 'x' found",
        2,
        3,
        2,
        13,
    ),
    (
        "def f():\n  x=1\n  global x",
        "name 'x' is assigned to before global declaration",
        3,
        3,
        3,
        11,
    ),
    (
        "def f():\n  print(x)\n  global x",
        "name 'x' is used prior to global declaration",
        3,
        3,
        3,
        11,
    ),
    (
        "def f(x):\n  global x",
        "name 'x' is parameter and global",
        2,
        3,
        2,
        11,
    ),
    (
        "def f(a):\n  nonlocal a",
        "name 'a' is parameter and nonlocal",
        2,
        3,
        2,
        13,
    ),
    (
        "def f():\n  global x\n  nonlocal x",
        "name 'x' is nonlocal and global",
        2,
        3,
        2,
        11,
    ),
    (
        "def f():\n  x: int\n  global x",
        "annotated name 'x' can't be global",
        3,
        3,
        3,
        11,
    ),
    (
        "def f(x, x): pass",
        "duplicate argument 'x' in function definition",
        1,
        10,
        1,
        11,
    ),
    (
        "a, *b, c, *d = x",
        "multiple starred expressions in assignment",
        1,
        1,
        1,
        13,
    ),
    (
        "async def f():\n  yield 1\n  return 2",
        "'return' with value in async generator",
        3,
        3,
        3,
        11,
    ),
    (
        "def f():\n  [x async for x in y]",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        3,
        2,
        23,
    ),
    (
        "def f():\n  yield from x\nasync def g():\n  yield from x",
        "'yield from' inside async function",
        4,
        3,
        4,
        15,
    ),
    (
        "[(yield) for x in y]",
        "'yield' inside list comprehension",
        1,
        3,
        1,
        8,
    ),
    (
        "def f():\n  async with a: pass",
        "'async with' outside async function",
        2,
        3,
        2,
        21,
    ),
    (
        "def f():\n  async for a in b: pass",
        "'async for' outside async function",
        2,
        3,
        2,
        25,
    ),
    (
        "for x in y:\n  def f():\n    break",
        "'break' outside loop",
        3,
        5,
        3,
        10,
    ),
    (
        "[i for i in range(3) if (i := 2)]",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        1,
        26,
        1,
        27,
    ),
    (
        "[j for i in range(3) for j in (i := [1])]",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        32,
        1,
        40,
    ),
    (
        "class C:\n  [(y := 1) for x in z]",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        5,
        2,
        6,
    ),
    (
        "def f():\n  from m import *",
        "import * only allowed at module level",
        2,
        17,
        2,
        18,
    ),
    (
        "def f(__debug__): pass",
        "cannot assign to __debug__",
        1,
        7,
        1,
        16,
    ),
];

#[test]
fn messages_and_locations_match_cpython() {
    let mut failures = Vec::new();
    for &(src, msg, line, col, end_line, end_col) in CASES {
        let Ok(module) = ferropy_syntax::parse_module(src, "f") else {
            // The parser may report some of these itself; that is its business.
            continue;
        };
        match ferropy_compiler::compile_module(&module, "f", ferropy_compiler::Mode::Exec) {
            Ok(_) => failures.push(format!("{src:?}: compiled, expected {msg:?}")),
            Err(e) => {
                let got = (e.msg.as_str(), e.line, e.col, e.end_line, e.end_col);
                if got != (msg, line, col, end_line, end_col) || e.kind != ErrorKind::SyntaxError {
                    failures.push(format!(
                        "{src:?}: got {got:?}, want {:?}",
                        (msg, line, col, end_line, end_col)
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn nested(n: usize, head: &str, tail: &str) -> String {
    let mut s = String::new();
    for i in 0..n {
        s += &" ".repeat(i);
        s += head;
        s += "\n";
    }
    s += &" ".repeat(n);
    s += "pass\n";
    s += tail;
    s
}

#[test]
fn statically_nested_blocks_limit_is_twenty() {
    assert!(common::compile(&nested(20, "for x in y:", "")).is_ok());
    let e = common::compile(&nested(21, "for x in y:", "")).unwrap_err();
    assert_eq!(e.msg, "too many statically nested blocks");
    assert_eq!(e.line, 21);
}

#[test]
fn valid_edge_cases_compile() {
    for src in [
        "while 1:\n  try:\n    pass\n  finally:\n    continue",
        "lambda: (yield)",
        "def f():\n  x = 1\n  del x\n  def g(): x",
        "def f(a, /, b, *, c): pass",
        "print(*a, *b)",
        "async def f():\n  [x async for x in y]\n  await z\n  async with a as b, c: pass\n  async for q in r: pass",
        "async def f():\n  return [await x for x in y]",
        "def f():\n  return (await x for x in y)",
    ] {
        let code = common::compile(src).unwrap_or_else(|e| panic!("{src:?}: {e}"));
        common::verify(&code).unwrap_or_else(|e| panic!("{src:?}: {e}"));
    }
}
