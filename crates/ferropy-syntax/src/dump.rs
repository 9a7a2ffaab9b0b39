//! `--ast`: the AST printed exactly like CPython's `ast.dump(tree, indent=2)`.
//!
//! The layout rules are those of `Lib/ast.py` `dump()`: a node whose fields are all "simple"
//! (constants, empty lists, field-less nodes such as `Load()`) and number at most three goes on
//! one line; otherwise each field goes on its own line, indented two spaces per level. Optional
//! fields that are `None` are left out, as `ast.dump` does. Constants print with Python's
//! `repr`, so floats, strings and bytes need Python's formatting rules, reimplemented below.

use crate::ast::*;

/// Render a module as `ast.dump(tree, indent=2)` does.
pub fn ast_dump(module: &Module) -> String {
    dump_module(module, false)
}

/// Like [`ast_dump`] with `include_attributes=True`: every located node also shows
/// `lineno`, `col_offset`, `end_lineno` and `end_col_offset`. Used to check spans against
/// CPython.
pub fn ast_dump_with_locations(module: &Module) -> String {
    dump_module(module, true)
}

thread_local! {
    static WITH_LOCATIONS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn dump_module(module: &Module, locations: bool) -> String {
    WITH_LOCATIONS.with(|w| w.set(locations));
    let body = Value::List(module.body.iter().map(stmt).collect());
    let node = Value::Node(
        "Module",
        vec![("body", body), ("type_ignores", Value::List(vec![]))],
    );
    let mut out = String::new();
    format(&node, 0, &mut out);
    WITH_LOCATIONS.with(|w| w.set(false));
    out
}

/// Append the location attributes when they were asked for.
fn at(v: Value, span: Span) -> Value {
    let Value::Node(name, mut fields) = v else {
        return v;
    };
    if WITH_LOCATIONS.with(|w| w.get()) {
        let n = |x: u32| Value::Repr(x.to_string());
        fields.push(("lineno", n(span.start.line)));
        fields.push(("col_offset", n(span.start.col)));
        fields.push(("end_lineno", n(span.end.line)));
        fields.push(("end_col_offset", n(span.end.col)));
    }
    Value::Node(name, fields)
}

/// The generic tree `ast.dump` walks: nodes with named fields, lists and reprs.
enum Value {
    Node(&'static str, Vec<(&'static str, Value)>),
    List(Vec<Value>),
    Repr(String),
    /// An optional field holding `None`: omitted from the output.
    Absent,
}

/// Returns whether the value is "simple" in `ast.dump`'s sense.
fn format(v: &Value, level: usize, out: &mut String) -> bool {
    let level = level + 1;
    let indent = |out: &mut String| {
        out.push('\n');
        out.push_str(&"  ".repeat(level));
    };
    match v {
        Value::Repr(s) => {
            out.push_str(s);
            true
        }
        Value::Absent => unreachable!("absent fields are skipped"),
        Value::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return true;
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out);
                format(item, level, out);
            }
            out.push(']');
            false
        }
        Value::Node(name, fields) => {
            let mut args = Vec::new();
            let mut all_simple = true;
            for (fname, fv) in fields {
                if matches!(fv, Value::Absent) {
                    continue;
                }
                let mut s = String::new();
                all_simple &= format(fv, level, &mut s);
                args.push(format!("{fname}={s}"));
            }
            out.push_str(name);
            out.push('(');
            if all_simple && args.len() <= 3 {
                out.push_str(&args.join(", "));
                out.push(')');
                return args.is_empty();
            }
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                indent(out);
                out.push_str(a);
            }
            out.push(')');
            false
        }
    }
}

fn node(name: &'static str, fields: Vec<(&'static str, Value)>) -> Value {
    Value::Node(name, fields)
}

fn leaf(name: &'static str) -> Value {
    Value::Node(name, vec![])
}

fn list<T>(items: &[T], f: impl Fn(&T) -> Value) -> Value {
    Value::List(items.iter().map(f).collect())
}

fn opt<T>(v: &Option<T>, f: impl Fn(&T) -> Value) -> Value {
    v.as_ref().map_or(Value::Absent, f)
}

fn ident(s: &str) -> Value {
    Value::Repr(str_repr(s))
}

fn stmts(body: &[Stmt]) -> Value {
    list(body, stmt)
}

fn stmt(s: &Stmt) -> Value {
    at(stmt_fields(s), s.span)
}

fn stmt_fields(s: &Stmt) -> Value {
    match &s.kind {
        StmtKind::FunctionDef(f) => node(
            if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            vec![
                ("name", ident(&f.name)),
                ("args", arguments(&f.args)),
                ("body", stmts(&f.body)),
                ("decorator_list", list(&f.decorator_list, expr)),
                ("returns", opt(&f.returns, expr)),
            ],
        ),
        StmtKind::ClassDef(c) => node(
            "ClassDef",
            vec![
                ("name", ident(&c.name)),
                ("bases", list(&c.bases, expr)),
                ("keywords", list(&c.keywords, keyword)),
                ("body", stmts(&c.body)),
                ("decorator_list", list(&c.decorator_list, expr)),
            ],
        ),
        StmtKind::Return(v) => node("Return", vec![("value", opt(v, expr))]),
        StmtKind::Delete(t) => node("Delete", vec![("targets", list(t, expr))]),
        StmtKind::Assign { targets, value } => node(
            "Assign",
            vec![("targets", list(targets, expr)), ("value", expr(value))],
        ),
        StmtKind::AugAssign { target, op, value } => node(
            "AugAssign",
            vec![
                ("target", expr(target)),
                ("op", leaf(operator(*op))),
                ("value", expr(value)),
            ],
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => node(
            "AnnAssign",
            vec![
                ("target", expr(target)),
                ("annotation", expr(annotation)),
                ("value", opt(value, expr)),
                ("simple", Value::Repr(u8::from(*simple).to_string())),
            ],
        ),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => node(
            if *is_async { "AsyncFor" } else { "For" },
            vec![
                ("target", expr(target)),
                ("iter", expr(iter)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
        ),
        StmtKind::While { test, body, orelse } => node(
            "While",
            vec![
                ("test", expr(test)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
        ),
        StmtKind::If { test, body, orelse } => node(
            "If",
            vec![
                ("test", expr(test)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
        ),
        StmtKind::With {
            items,
            body,
            is_async,
        } => node(
            if *is_async { "AsyncWith" } else { "With" },
            vec![("items", list(items, withitem)), ("body", stmts(body))],
        ),
        StmtKind::Raise { exc, cause } => node(
            "Raise",
            vec![("exc", opt(exc, expr)), ("cause", opt(cause, expr))],
        ),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => node(
            if *is_star { "TryStar" } else { "Try" },
            vec![
                ("body", stmts(body)),
                ("handlers", list(handlers, handler)),
                ("orelse", stmts(orelse)),
                ("finalbody", stmts(finalbody)),
            ],
        ),
        StmtKind::Assert { test, msg } => node(
            "Assert",
            vec![("test", expr(test)), ("msg", opt(msg, expr))],
        ),
        StmtKind::Import(names) => node("Import", vec![("names", list(names, alias))]),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => node(
            "ImportFrom",
            vec![
                ("module", opt(module, |m| ident(m))),
                ("names", list(names, alias)),
                ("level", Value::Repr(level.to_string())),
            ],
        ),
        StmtKind::Global(n) => node("Global", vec![("names", list(n, |s| ident(s)))]),
        StmtKind::Nonlocal(n) => node("Nonlocal", vec![("names", list(n, |s| ident(s)))]),
        StmtKind::Expr(e) => node("Expr", vec![("value", expr(e))]),
        StmtKind::Pass => leaf("Pass"),
        StmtKind::Break => leaf("Break"),
        StmtKind::Continue => leaf("Continue"),
    }
}

fn ctx(c: ExprContext) -> Value {
    leaf(match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn boxed(e: &Option<Box<Expr>>) -> Value {
    opt(e, |e| expr(e))
}

fn comps(g: &[Comprehension]) -> Value {
    list(g, |c| {
        node(
            "comprehension",
            vec![
                ("target", expr(&c.target)),
                ("iter", expr(&c.iter)),
                ("ifs", list(&c.ifs, expr)),
                ("is_async", Value::Repr(u8::from(c.is_async).to_string())),
            ],
        )
    })
}

fn expr(e: &Expr) -> Value {
    at(expr_fields(e), e.span)
}

fn expr_fields(e: &Expr) -> Value {
    match &e.kind {
        ExprKind::BoolOp { op, values } => node(
            "BoolOp",
            vec![
                ("op", leaf(if *op == BoolOp::And { "And" } else { "Or" })),
                ("values", list(values, expr)),
            ],
        ),
        ExprKind::NamedExpr { target, value } => node(
            "NamedExpr",
            vec![("target", expr(target)), ("value", expr(value))],
        ),
        ExprKind::BinOp { left, op, right } => node(
            "BinOp",
            vec![
                ("left", expr(left)),
                ("op", leaf(operator(*op))),
                ("right", expr(right)),
            ],
        ),
        ExprKind::UnaryOp { op, operand } => {
            let name = match op {
                UnaryOp::Invert => "Invert",
                UnaryOp::Not => "Not",
                UnaryOp::UAdd => "UAdd",
                UnaryOp::USub => "USub",
            };
            node(
                "UnaryOp",
                vec![("op", leaf(name)), ("operand", expr(operand))],
            )
        }
        ExprKind::Lambda { args, body } => node(
            "Lambda",
            vec![("args", arguments(args)), ("body", expr(body))],
        ),
        ExprKind::IfExp { test, body, orelse } => node(
            "IfExp",
            vec![
                ("test", expr(test)),
                ("body", expr(body)),
                ("orelse", expr(orelse)),
            ],
        ),
        ExprKind::Dict { keys, values } => node(
            "Dict",
            vec![
                (
                    "keys",
                    list(keys, |k| {
                        k.as_ref().map_or(Value::Repr("None".into()), expr)
                    }),
                ),
                ("values", list(values, expr)),
            ],
        ),
        ExprKind::Set(elts) => node("Set", vec![("elts", list(elts, expr))]),
        ExprKind::ListComp { elt, generators } => node(
            "ListComp",
            vec![("elt", expr(elt)), ("generators", comps(generators))],
        ),
        ExprKind::SetComp { elt, generators } => node(
            "SetComp",
            vec![("elt", expr(elt)), ("generators", comps(generators))],
        ),
        ExprKind::GeneratorExp { elt, generators } => node(
            "GeneratorExp",
            vec![("elt", expr(elt)), ("generators", comps(generators))],
        ),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => node(
            "DictComp",
            vec![
                ("key", expr(key)),
                ("value", expr(value)),
                ("generators", comps(generators)),
            ],
        ),
        ExprKind::Await(v) => node("Await", vec![("value", expr(v))]),
        ExprKind::Yield(v) => node("Yield", vec![("value", boxed(v))]),
        ExprKind::YieldFrom(v) => node("YieldFrom", vec![("value", expr(v))]),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => node(
            "Compare",
            vec![
                ("left", expr(left)),
                ("ops", list(ops, |o| leaf(cmpop(*o)))),
                ("comparators", list(comparators, expr)),
            ],
        ),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => node(
            "Call",
            vec![
                ("func", expr(func)),
                ("args", list(args, expr)),
                ("keywords", list(keywords, keyword)),
            ],
        ),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => node(
            "FormattedValue",
            vec![
                ("value", expr(value)),
                ("conversion", Value::Repr(conversion.to_string())),
                ("format_spec", boxed(format_spec)),
            ],
        ),
        ExprKind::JoinedStr(values) => node("JoinedStr", vec![("values", list(values, expr))]),
        ExprKind::Constant(c) => node("Constant", vec![("value", Value::Repr(constant_repr(c)))]),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => node(
            "Attribute",
            vec![
                ("value", expr(value)),
                ("attr", ident(attr)),
                ("ctx", ctx(*c)),
            ],
        ),
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => node(
            "Subscript",
            vec![
                ("value", expr(value)),
                ("slice", expr(slice)),
                ("ctx", ctx(*c)),
            ],
        ),
        ExprKind::Starred { value, ctx: c } => {
            node("Starred", vec![("value", expr(value)), ("ctx", ctx(*c))])
        }
        ExprKind::Name { id, ctx: c } => node("Name", vec![("id", ident(id)), ("ctx", ctx(*c))]),
        ExprKind::List { elts, ctx: c } => {
            node("List", vec![("elts", list(elts, expr)), ("ctx", ctx(*c))])
        }
        ExprKind::Tuple { elts, ctx: c } => {
            node("Tuple", vec![("elts", list(elts, expr)), ("ctx", ctx(*c))])
        }
        ExprKind::Slice { lower, upper, step } => node(
            "Slice",
            vec![
                ("lower", boxed(lower)),
                ("upper", boxed(upper)),
                ("step", boxed(step)),
            ],
        ),
    }
}

fn arguments(a: &Arguments) -> Value {
    node(
        "arguments",
        vec![
            ("posonlyargs", list(&a.posonlyargs, arg)),
            ("args", list(&a.args, arg)),
            ("vararg", opt(&a.vararg, arg)),
            ("kwonlyargs", list(&a.kwonlyargs, arg)),
            (
                "kw_defaults",
                list(&a.kw_defaults, |d| {
                    d.as_ref().map_or(Value::Repr("None".into()), expr)
                }),
            ),
            ("kwarg", opt(&a.kwarg, arg)),
            ("defaults", list(&a.defaults, expr)),
        ],
    )
}

fn arg(a: &Arg) -> Value {
    at(
        node(
            "arg",
            vec![
                ("arg", ident(&a.arg)),
                ("annotation", opt(&a.annotation, |e| expr(e))),
            ],
        ),
        a.span,
    )
}

fn keyword(k: &Keyword) -> Value {
    at(
        node(
            "keyword",
            vec![
                ("arg", opt(&k.arg, |s| ident(s))),
                ("value", expr(&k.value)),
            ],
        ),
        k.span,
    )
}

fn alias(a: &Alias) -> Value {
    at(
        node(
            "alias",
            vec![
                ("name", ident(&a.name)),
                ("asname", opt(&a.asname, |s| ident(s))),
            ],
        ),
        a.span,
    )
}

fn withitem(w: &WithItem) -> Value {
    node(
        "withitem",
        vec![
            ("context_expr", expr(&w.context_expr)),
            ("optional_vars", opt(&w.optional_vars, expr)),
        ],
    )
}

fn handler(h: &ExceptHandler) -> Value {
    at(
        node(
            "ExceptHandler",
            vec![
                ("type", opt(&h.type_, expr)),
                ("name", opt(&h.name, |s| ident(s))),
                ("body", stmts(&h.body)),
            ],
        ),
        h.span,
    )
}

fn operator(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// Python's `repr` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            let im = float_repr(*imag);
            let im = im.strip_suffix(".0").unwrap_or(&im);
            if *real == 0.0 && real.is_sign_positive() {
                format!("{im}j")
            } else {
                format!("({}+{im}j)", float_repr(*real))
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
    }
}

/// Python's `repr(float)`: the shortest round-tripping digits, in fixed notation for
/// exponents from -4 to 15 and scientific notation (`1e+16`, `1.5e-05`) otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{f:e}"); // e.g. "-1.2345e-5", shortest round-trip digits
    let (mant, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("integer exponent");
    let (sign, mant) = mant.strip_prefix('-').map_or(("", mant), |m| ("-", m));
    let digits: String = mant.chars().filter(|&c| c != '.').collect();
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let s = if exp < 0 {
            format!("0.{}{digits}", "0".repeat((-exp - 1) as usize))
        } else if exp + 1 >= n {
            format!("{digits}{}.0", "0".repeat((exp + 1 - n) as usize))
        } else {
            let (a, b) = digits.split_at((exp + 1) as usize);
            format!("{a}.{b}")
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    }
}

/// Python's `repr(str)`: single quotes unless the text has a `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of CPython's `Py_UNICODE_ISPRINTABLE`: not a control, separator
/// (other than space) or unassigned/format character.
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    // Format characters (Cf) and private-use/surrogate/unassigned areas CPython escapes.
    !matches!(u, 0xAD | 0x600..=0x605 | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        for (f, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (-2.5, "-2.5"),
            (123.456, "123.456"),
            (1e300, "1e+300"),
            (0.0, "0.0"),
        ] {
            assert_eq!(float_repr(f), s);
        }
    }

    #[test]
    fn str_reprs_match_python() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'\""), "'a\\'\"'");
        assert_eq!(str_repr("é\x01\n"), "'é\\x01\\n'");
        assert_eq!(bytes_repr(b"a\xff'"), "b\"a\\xff'\"");
    }
}
