//! Hostile input must give a located `SyntaxError` (or CPython's `RecursionError`), never a
//! panic or a Rust stack overflow. Each case states CPython 3.11's behaviour for the same input.
//! Tests run on libtest's default 2 MiB threads, which is what makes the depth limits matter.

use ferropy_syntax::{parse_expression, parse_module, SyntaxErrorKind};

fn err(src: &str) -> (SyntaxErrorKind, String, u32, u32) {
    let e = parse_module(src, "<test>").expect_err("must be rejected");
    (e.kind, e.msg, e.line, e.col)
}

#[test]
fn deep_parentheses_stop_at_200_levels() {
    // CPython: SyntaxError: too many nested parentheses, at the 201st bracket.
    let src = format!("x = {}1{}", "(".repeat(5000), ")".repeat(5000));
    assert_eq!(
        err(&src),
        (
            SyntaxErrorKind::SyntaxError,
            "too many nested parentheses".into(),
            1,
            205
        )
    );
    let src = format!("{}{}", "[".repeat(300), "]".repeat(300));
    assert_eq!(err(&src).1, "too many nested parentheses");
    // 199 levels are fine, as in CPython.
    let src = format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199));
    parse_module(&src, "<test>").unwrap();
}

#[test]
fn long_flat_expressions_hit_the_recursion_limit() {
    // CPython: RecursionError: maximum recursion depth exceeded during compilation.
    let recursion = |src: String| {
        let e = parse_module(&src, "<test>").expect_err("too deep");
        assert_eq!(e.kind, SyntaxErrorKind::RecursionError, "{src:.40}");
        assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    };
    recursion(format!("x = {}1\n", "1+".repeat(100_000)));
    recursion(format!("x = {}1\n", "-".repeat(100_000)));
    recursion(format!("x{}\n", ".a".repeat(100_000)));
    recursion(format!("f{}\n", "()".repeat(100_000)));
    recursion(format!("{}x\n", "not ".repeat(5000)));
    recursion(format!("x{}\n", "**x".repeat(5000)));
    recursion(format!("{}1\n", "lambda:".repeat(3000)));
    recursion(format!("{}1\n", "await ".repeat(3000)));
    recursion(format!("x = [{}]\n", "1+".repeat(100_000) + "1"));
    recursion(format!("f'{{{}1}}'\n", "1+".repeat(100_000)));
}

#[test]
fn moderately_deep_expressions_parse_and_drop() {
    let src = format!("x = {}1\n", "1+".repeat(900));
    let m = parse_module(&src, "<test>").unwrap();
    let _ = ferropy_syntax::ast_dump(&m);
    drop(m);
    // Wide is not deep: a long list, call or string concatenation is fine.
    let src = format!("x = [{}]\n", "1,".repeat(100_000));
    parse_module(&src, "<test>").unwrap();
    let src = format!("x = f({})\n", "a, ".repeat(50_000));
    parse_module(&src, "<test>").unwrap();
    let src = format!("x = ({})\n", "'a' ".repeat(50_000));
    parse_module(&src, "<test>").unwrap();
}

#[test]
fn deep_blocks_stop_at_100_indentation_levels() {
    // CPython: IndentationError: too many levels of indentation (line 101).
    let mut src = String::new();
    for i in 0..300 {
        src += &format!("{}if x:\n", " ".repeat(i));
    }
    src += &format!("{}pass\n", " ".repeat(300));
    assert_eq!(
        err(&src),
        (
            SyntaxErrorKind::IndentationError,
            "too many levels of indentation".into(),
            101,
            1
        )
    );
    // 99 levels are fine.
    let mut src = String::new();
    for i in 0..99 {
        src += &format!("{}if x:\n", " ".repeat(i));
    }
    src += &format!("{}pass\n", " ".repeat(99));
    parse_module(&src, "<test>").unwrap();
}

#[test]
fn bad_bytes_and_characters() {
    assert_eq!(
        err("x = 1\0\n").1,
        "source code string cannot contain null bytes"
    );
    assert_eq!(
        err("x = 'abc\n"),
        (
            SyntaxErrorKind::SyntaxError,
            "unterminated string literal (detected at line 1)".into(),
            1,
            5
        )
    );
    assert_eq!(
        err("x = \"\"\"abc\n\n").1,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
    assert_eq!(err("x = 1 € 2\n").1, "invalid character '€' (U+20AC)");
    assert_eq!(
        err("x = 1 \u{a0} 2\n").1,
        "invalid non-printable character U+00A0"
    );
    assert_eq!(err("if x:\n\ta\n        b\n").0, SyntaxErrorKind::TabError);
    let e = ferropy_syntax::decode_source(b"x = '\xff'\n", "bad.py").unwrap_err();
    assert_eq!(
        e.msg,
        "Non-UTF-8 code starting with '\\xff' in file bad.py on line 1, but no encoding declared; \
         see https://peps.python.org/pep-0263/ for details"
    );
    let e = ferropy_syntax::decode_source(b"x = 1\0\n", "nul.py").unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.line),
        ("source code cannot contain null bytes", 1)
    );
}

/// A small deterministic fuzzer: random token soup must never panic.
#[test]
fn token_soup_never_panics() {
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "**", "=", ":=", ".", "lambda",
        "if", "else", "for", "in", "not", "and", "x", "1", "1.5", "'s'", "f'{x}'", "f'{", "\n",
        "    ", "\t", "def", "class", "return", "yield", "await", "async", "with", "as", "try",
        "except", "finally", "del", "import", "from", "@", "->", "\\\n", "#c", "\"\"\"", "0x",
        "1_", "é", "\0", "match", "case",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..20_000 {
        let mut src = String::new();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed % 24) as usize;
        for _ in 0..n {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            src.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            src.push(' ');
        }
        let _ = parse_module(&src, "<fuzz>");
        let _ = parse_expression(&src, "<fuzz>");
        let _ = ferropy_syntax::tokens_dump(&src);
    }
}

#[test]
fn soft_keywords_and_match_statements() {
    parse_module(
        "match = 1\nmatch.x = 2\nprint(match, case, _)\nmatch(x)\n",
        "<t>",
    )
    .unwrap();
    let e = parse_module("match x:\n    case 1:\n        pass\n", "<t>").unwrap_err();
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        ("'match' statement is not supported by ferropy", 1, 1)
    );
}

#[test]
fn eval_mode() {
    let e = parse_expression("  1 + 2\n\n", "<string>").unwrap();
    assert!(matches!(
        e.kind,
        ferropy_syntax::ast::ExprKind::BinOp { .. }
    ));
    assert!(parse_expression("x = 1", "<string>").is_err());
    assert!(parse_expression("a, b", "<string>").is_ok());
}
