//! Hostile input gets a clean Python error and exit status 1: never a panic, an abort or a
//! Rust stack overflow (issue acceptance: deep nesting, unbounded recursion, huge
//! allocations, deep chains being freed, invalid source bytes).

use std::process::Command;

/// Run `source` as a script file; return (exit code, stderr).
fn run(name: &str, source: &[u8]) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("ferropy-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).expect("write script");
    let out = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .arg(&path)
        .output()
        .expect("run ferropy");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn expect_error(name: &str, source: impl AsRef<[u8]>, last_line_prefix: &str) {
    let (code, err) = run(name, source.as_ref());
    let last = err.lines().last().unwrap_or("");
    assert_eq!(code, 1, "{name}: exit status {code}, stderr:\n{err}");
    assert!(
        last.starts_with(last_line_prefix),
        "{name}: last stderr line {last:?}, wanted {last_line_prefix:?}"
    );
    assert!(!err.contains("panicked"), "{name}: Rust panic:\n{err}");
}

#[test]
fn deep_parentheses_and_lists() {
    expect_error(
        "parens",
        format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000)),
        "SyntaxError: too many nested parentheses",
    );
    expect_error(
        "lists",
        format!("x = {}{}\n", "[".repeat(5000), "]".repeat(5000)),
        "SyntaxError: too many nested parentheses",
    );
}

#[test]
fn unbounded_recursion() {
    expect_error(
        "direct",
        "def f():\n    return f()\nf()\n",
        "RecursionError: maximum recursion depth exceeded",
    );
    expect_error(
        "mutual",
        "def f():\n    return g()\ndef g():\n    return f()\nf()\n",
        "RecursionError: maximum recursion depth exceeded",
    );
    expect_error(
        "dunder",
        "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
        "RecursionError: maximum recursion depth exceeded",
    );
}

#[test]
fn deep_structures() {
    let (code, err) = run(
        "chain",
        b"x = None\nfor i in range(10**6):\n    x = [x]\ndel x\nprint('freed')\n",
    );
    assert_eq!(code, 0, "freeing a 10^6-deep chain: {err}");
    expect_error(
        "deep_repr",
        "x = []\nfor i in range(10**5):\n    x = [x]\nrepr(x)\n",
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
    );
}

#[test]
fn huge_allocations() {
    expect_error("list_mul", "[0] * 10**12\n", "MemoryError");
    expect_error("str_mul", "'ab' * 10**12\n", "MemoryError");
    expect_error("big_pow", "2 ** (10**12)\n", "MemoryError");
    expect_error(
        "int_digits",
        "int('9' * 5000)\n",
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion",
    );
}

#[test]
fn huge_expressions_and_nesting() {
    let sum = format!("x = {}\n", vec!["1"; 100_000].join("+"));
    expect_error(
        "long_sum",
        sum,
        "RecursionError: maximum recursion depth exceeded during compilation",
    );
    let mut blocks = String::new();
    for i in 0..300 {
        blocks.push_str(&" ".repeat(i));
        blocks.push_str("if True:\n");
    }
    blocks.push_str(&" ".repeat(300));
    blocks.push_str("pass\n");
    expect_error(
        "blocks",
        blocks,
        "IndentationError: too many levels of indentation",
    );
}

#[test]
fn bad_source_bytes() {
    expect_error(
        "utf8",
        b"x = 1\n\xff\xfe\n",
        "SyntaxError: Non-UTF-8 code starting with '\\xff'",
    );
    expect_error(
        "nul",
        b"x = 1\x00\n",
        "SyntaxError: source code cannot contain null bytes",
    );
    expect_error(
        "unterminated",
        b"x = \"abc\n",
        "SyntaxError: unterminated string literal (detected at line 1)",
    );
    expect_error(
        "unterminated3",
        b"x = '''abc\n",
        "SyntaxError: unterminated triple-quoted string literal (detected at line 1)",
    );
}
