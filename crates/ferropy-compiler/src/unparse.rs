//! Expression to source text, for `from __future__ import annotations` (PEP 563), where
//! annotations are stored as strings. Follows CPython's `Python/ast_unparse.c`: operator
//! precedence decides the parentheses, so `list[int] | None` round-trips as written.

use ferropy_bytecode::dis::{float_repr, str_repr};
use ferropy_syntax::ast::*;
use std::fmt::Write;

// Precedence levels, lowest first (ast_unparse.c's `PR_*`).
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text of `e` as CPython's `ast.unparse`-for-annotations would write it.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, PR_TEST, 0);
    out
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Complex { imag, .. } => {
            let s = float_repr(*imag);
            let _ = write!(out, "{}j", s.strip_suffix(".0").unwrap_or(&s));
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&ferropy_bytecode::dis::constant_repr(
            &ferropy_bytecode::Constant::Bytes(b.clone()),
        )),
    }
}

fn op_text(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => ("+", PR_ARITH),
        Operator::Sub => ("-", PR_ARITH),
        Operator::Mult => ("*", PR_TERM),
        Operator::MatMult => ("@", PR_TERM),
        Operator::Div => ("/", PR_TERM),
        Operator::Mod => ("%", PR_TERM),
        Operator::FloorDiv => ("//", PR_TERM),
        Operator::Pow => ("**", PR_POWER),
        Operator::LShift => ("<<", PR_SHIFT),
        Operator::RShift => (">>", PR_SHIFT),
        Operator::BitOr => ("|", PR_BOR),
        Operator::BitXor => ("^", PR_BXOR),
        Operator::BitAnd => ("&", PR_BAND),
    }
}

fn cmp_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn seq(out: &mut String, items: &[Expr], depth: u32) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, x, PR_TEST, depth);
    }
}

fn write_expr(out: &mut String, e: &Expr, level: u8, depth: u32) {
    if depth > 200 {
        out.push_str("...");
        return;
    }
    let d = depth + 1;
    let paren = |out: &mut String, own: u8, f: &mut dyn FnMut(&mut String)| {
        if level > own {
            out.push('(');
        }
        f(out);
        if level > own {
            out.push(')');
        }
    };
    match &e.kind {
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::Attribute { value, attr, .. } => {
            write_expr(out, value, PR_ATOM, d);
            if matches!(&value.kind, ExprKind::Constant(Constant::Int(_))) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            write_expr(out, value, PR_ATOM, d);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    seq(out, elts, d);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write_expr(out, slice, PR_TUPLE, d),
            }
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                write_expr(out, l, PR_TEST, d);
            }
            out.push(':');
            if let Some(u) = upper {
                write_expr(out, u, PR_TEST, d);
            }
            if let Some(s) = step {
                out.push(':');
                write_expr(out, s, PR_TEST, d);
            }
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = op_text(*op);
            let right_assoc = *op == Operator::Pow;
            paren(out, pr, &mut |out| {
                write_expr(out, left, if right_assoc { pr + 1 } else { pr }, d);
                let _ = write!(out, " {text} ");
                write_expr(out, right, if right_assoc { pr } else { pr + 1 }, d);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren(out, pr, &mut |out| {
                out.push_str(text);
                write_expr(out, operand, pr, d);
            });
        }
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = if *op == BoolOp::And {
                (" and ", PR_AND)
            } else {
                (" or ", PR_OR)
            };
            paren(out, pr, &mut |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    write_expr(out, v, pr + 1, d);
                }
            });
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, PR_CMP, &mut |out| {
            write_expr(out, left, PR_CMP + 1, d);
            for (op, c) in ops.iter().zip(comparators) {
                let _ = write!(out, " {} ", cmp_text(*op));
                write_expr(out, c, PR_CMP + 1, d);
            }
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, PR_TEST, &mut |out| {
            write_expr(out, body, PR_TEST + 1, d);
            out.push_str(" if ");
            write_expr(out, test, PR_TEST + 1, d);
            out.push_str(" else ");
            write_expr(out, orelse, PR_TEST, d);
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            write_expr(out, func, PR_ATOM, d);
            out.push('(');
            seq(out, args, d);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(a) => {
                        out.push_str(a);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write_expr(out, &k.value, PR_TEST, d);
            }
            out.push(')');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, PR_TUPLE, &mut |out| {
                    seq(out, elts, d);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts, d);
            out.push(']');
        }
        ExprKind::Set(elts) => {
            out.push('{');
            seq(out, elts, d);
            out.push('}');
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write_expr(out, k, PR_TEST, d);
                        out.push_str(": ");
                    }
                    None => out.push_str("**"),
                }
                write_expr(out, v, if k.is_some() { PR_TEST } else { PR_BOR }, d);
            }
            out.push('}');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write_expr(out, value, PR_BOR, d);
        }
        ExprKind::Await(v) => paren(out, PR_AWAIT, &mut |out| {
            out.push_str("await ");
            write_expr(out, v, PR_ATOM, d);
        }),
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                write_expr(out, v, PR_TEST, d);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            write_expr(out, v, PR_TEST, d);
            out.push(')');
        }
        ExprKind::NamedExpr { target, value } => {
            out.push('(');
            write_expr(out, target, PR_ATOM, d);
            out.push_str(" := ");
            write_expr(out, value, PR_ATOM, d);
            out.push(')');
        }
        // Rare in annotations; an approximate rendering keeps the string informative.
        ExprKind::Lambda { .. } => out.push_str("(lambda: ...)"),
        ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => out.push_str("..."),
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => out.push_str("f'...'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(kind: ExprKind) -> Expr {
        Expr {
            kind,
            span: Span::default(),
        }
    }
    fn name(s: &str) -> Expr {
        e(ExprKind::Name {
            id: s.into(),
            ctx: ExprContext::Load,
        })
    }

    #[test]
    fn precedence_decides_parentheses() {
        let sub = e(ExprKind::Subscript {
            value: Box::new(name("list")),
            slice: Box::new(name("int")),
            ctx: ExprContext::Load,
        });
        let union = e(ExprKind::BinOp {
            left: Box::new(sub),
            op: Operator::BitOr,
            right: Box::new(name("None")),
        });
        assert_eq!(unparse(&union), "list[int] | None");
        let inner = e(ExprKind::BinOp {
            left: Box::new(name("a")),
            op: Operator::Add,
            right: Box::new(name("b")),
        });
        let outer = e(ExprKind::BinOp {
            left: Box::new(inner),
            op: Operator::Mult,
            right: Box::new(name("c")),
        });
        assert_eq!(unparse(&outer), "(a + b) * c");
    }
}
