//! Hostile nesting: compiling must never overflow the Rust stack. CPython raises
//! `RecursionError: maximum recursion depth exceeded during compilation` past a fixed depth
//! (`"-" * 2987 + "1"` compiles in `eval` mode, one more `-` does not); we match it. The
//! walkers run on a thread with a known 8 MiB stack, the main-thread size the CLI gets.

use ferropy_compiler::{compile_expression, ErrorKind};
use ferropy_syntax::ast::{Constant, Expr, ExprContext, ExprKind, Operator, Span, UnaryOp};
use num_bigint::BigInt;

fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no stack overflow")
}

fn e(kind: ExprKind) -> Expr {
    Expr {
        kind,
        span: Span::default(),
    }
}

/// `-(-(-...1))`, built directly: the parser stops at its own (lower) nesting limit.
fn unary_chain(n: usize) -> Expr {
    let mut x = e(ExprKind::Constant(Constant::Int(BigInt::from(1))));
    for _ in 0..n {
        x = e(ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: Box::new(x),
        });
    }
    x
}

/// `x + x + ... + x` (left-nested), `n` operators.
fn binary_chain(n: usize) -> Expr {
    let name = || {
        e(ExprKind::Name {
            id: "x".into(),
            ctx: ExprContext::Load,
        })
    };
    let mut x = name();
    for _ in 0..n {
        x = e(ExprKind::BinOp {
            left: Box::new(x),
            op: Operator::Add,
            right: Box::new(name()),
        });
    }
    x
}

fn compiles(build: fn(usize) -> Expr, n: usize) -> Result<(), ErrorKind> {
    on_small_stack(move || {
        let expr = build(n);
        let r = compile_expression(&expr, "<deep>")
            .map(|_| ())
            .map_err(|e| e.kind);
        // Dropping a deep AST recurses too: keep it inside the thread, iteratively.
        let mut cur = expr;
        loop {
            cur = match cur.kind {
                ExprKind::UnaryOp { operand, .. } => *operand,
                ExprKind::BinOp { left, .. } => *left,
                _ => break,
            };
        }
        r
    })
}

#[test]
fn unary_chain_threshold_matches_cpython() {
    assert_eq!(compiles(unary_chain, 2987), Ok(()));
    assert_eq!(compiles(unary_chain, 2988), Err(ErrorKind::RecursionError));
}

#[test]
fn binary_chain_threshold_matches_cpython() {
    assert_eq!(compiles(binary_chain, 2987), Ok(()));
    assert_eq!(compiles(binary_chain, 2988), Err(ErrorKind::RecursionError));
}

#[test]
fn very_deep_input_is_an_error_not_a_crash() {
    assert_eq!(
        compiles(unary_chain, 100_000),
        Err(ErrorKind::RecursionError)
    );
    assert_eq!(
        compiles(binary_chain, 100_000),
        Err(ErrorKind::RecursionError)
    );
}

#[test]
fn parser_depth_limit_inputs_compile() {
    // What the parser accepts at its limit must compile without trouble.
    let src = format!(
        "{}1",
        "-".repeat(ferropy_syntax::MAX_EXPR_DEPTH as usize - 1)
    );
    on_small_stack(move || {
        if let Ok(expr) = ferropy_syntax::parse_expression(&src, "<deep>") {
            compile_expression(&expr, "<deep>").expect("compiles");
        }
    });
}
