//! AST construction helpers the grammar actions call: node constructors, assignment-target
//! validation with CPython's messages (`invalid_assignment`, `invalid_del_stmt`,
//! `invalid_ann_assign_target` in `Grammar/python.gram`), parameter lists and call
//! arguments. Kept out of `grammar.lalrpop` so the grammar reads as a grammar.

use crate::ast::*;
use crate::error::ErrorInfo;
use crate::token::Tok;
use lalrpop_util::ParseError;

/// What a fallible grammar action returns.
pub type PResult<T> = Result<T, ParseError<Loc, Tok, ErrorInfo>>;

/// Lift a helper's error into lalrpop's error type.
pub fn user<T>(r: Result<T, ErrorInfo>) -> PResult<T> {
    r.map_err(|error| ParseError::User { error })
}

/// The three parses the grammar offers, chosen by a leading start token (one LR table
/// serves all three instead of lalrpop generating one per `pub` rule).
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

pub fn expr(kind: ExprKind, l: Loc, r: Loc) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

pub fn stmt(kind: StmtKind, l: Loc, r: Loc) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r),
    }
}

pub fn name(id: String, l: Loc, r: Loc) -> Expr {
    expr(
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        },
        l,
        r,
    )
}

pub fn constant(c: Constant, l: Loc, r: Loc) -> Expr {
    expr(ExprKind::Constant(c), l, r)
}

pub fn binop(left: Expr, op: Operator, right: Expr, l: Loc, r: Loc) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, operand: Expr, l: Loc, r: Loc) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

pub fn tuple(elts: Vec<Expr>, l: Loc, r: Loc) -> Expr {
    expr(
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
        l,
        r,
    )
}

/// `a or b or c` is one `BoolOp` with three values, as in CPython.
pub fn boolop(op: BoolOp, first: Expr, rest: Vec<Expr>, l: Loc, r: Loc) -> Expr {
    if rest.is_empty() {
        return first;
    }
    let mut values = vec![first];
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

/// CPython's name for an expression in "cannot assign to ..." messages
/// (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn err_at(e: &Expr, msg: String) -> ErrorInfo {
    ErrorInfo::new(msg, e.span.start, e.span.end)
}

/// The first sub-expression that cannot be a `ctx` target (searching into tuples, lists
/// and starred items, as CPython's `_PyPegen_get_invalid_target` does).
fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } if ctx == ExprContext::Store => invalid_target(value, ctx),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        _ => Some(e),
    }
}

/// Mark `e` as a `ctx` target (Store or Del), recursively into tuples, lists and starred
/// items, after checking it is one. The error is worded for `ctx`.
pub fn set_ctx(mut e: Expr, ctx: ExprContext) -> Result<Expr, ErrorInfo> {
    if let Some(bad) = invalid_target(&e, ctx) {
        let verb = if ctx == ExprContext::Del {
            "delete"
        } else {
            "assign to"
        };
        return Err(err_at(bad, format!("cannot {verb} {}", expr_name(bad))));
    }
    check_debug(&e, ctx)?;
    apply_ctx(&mut e, ctx);
    Ok(e)
}

/// `__debug__` is a constant in CPython; assigning to it is a syntax error.
fn check_debug(e: &Expr, ctx: ExprContext) -> Result<(), ErrorInfo> {
    match &e.kind {
        ExprKind::Name { id, .. } if id == "__debug__" => {
            let verb = if ctx == ExprContext::Del {
                "delete"
            } else {
                "assign to"
            };
            Err(err_at(e, format!("cannot {verb} __debug__")))
        }
        ExprKind::Starred { value, .. } => check_debug(value, ctx),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().try_for_each(|x| check_debug(x, ctx))
        }
        _ => Ok(()),
    }
}

fn apply_ctx(e: &mut Expr, new: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            apply_ctx(value, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            for x in elts {
                apply_ctx(x, new);
            }
        }
        _ => {}
    }
}

/// Whether `e` could have been parsed as CPython's `bitwise_or` at its left edge: the
/// condition under which CPython suggests `==` for a bad assignment target.
fn starts_with_operand(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::Lambda { .. }
        | ExprKind::Starred { .. }
        | ExprKind::UnaryOp {
            op: UnaryOp::Not, ..
        } => false,
        ExprKind::Tuple { elts, .. } => elts.first().is_some_and(starts_with_operand),
        ExprKind::BoolOp { values, .. } => values.first().is_some_and(starts_with_operand),
        ExprKind::Compare { left, .. } => starts_with_operand(left),
        ExprKind::IfExp { body, .. } => starts_with_operand(body),
        _ => true,
    }
}

/// An expression statement, or `t1 = t2 = value` when `values` is non-empty.
pub fn expr_or_assign(
    first: Expr,
    mut values: Vec<Expr>,
    l: Loc,
    r: Loc,
) -> Result<Stmt, ErrorInfo> {
    let Some(value) = values.pop() else {
        return Ok(stmt(StmtKind::Expr(first), l, r));
    };
    let mut targets = Vec::with_capacity(values.len() + 1);
    let single = values.is_empty();
    for t in std::iter::once(first).chain(values) {
        if let Some(bad) = invalid_target(&t, ExprContext::Store) {
            let is_whole = std::ptr::eq(bad, &t);
            // CPython's `invalid_named_expression`: `f() = 1` probably meant `f() == 1`.
            let plain = !matches!(
                bad.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::NamedExpr { .. }
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                    | ExprKind::GeneratorExp { .. }
                    | ExprKind::Constant(Constant::None | Constant::Bool(_))
            );
            let name = expr_name(bad);
            let msg = if is_whole && single && plain && starts_with_operand(&value) {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {name}")
            };
            return Err(err_at(bad, msg));
        }
        targets.push(set_ctx(t, ExprContext::Store)?);
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

pub fn aug_assign(
    target: Expr,
    op: Operator,
    value: Expr,
    l: Loc,
    r: Loc,
) -> Result<Stmt, ErrorInfo> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            let target = set_ctx(target, ExprContext::Store)?;
            Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
        }
        _ => Err(err_at(
            &target,
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
        )),
    }
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: Loc,
    r: Loc,
) -> Result<Stmt, ErrorInfo> {
    let msg = match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { .. } => Some("only single target (not tuple) can be annotated"),
        ExprKind::List { .. } => Some("only single target (not list) can be annotated"),
        _ => Some("illegal target for annotation"),
    };
    if let Some(msg) = msg {
        return Err(err_at(&target, msg.to_owned()));
    }
    // `simple` is 1 for a bare name not in parentheses: the statement starts where it does.
    let simple = matches!(target.kind, ExprKind::Name { .. }) && target.span.start == l;
    let target = set_ctx(target, ExprContext::Store)?;
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        l,
        r,
    ))
}

pub fn delete(targets: Vec<Expr>, l: Loc, r: Loc) -> Result<Stmt, ErrorInfo> {
    let targets = targets
        .into_iter()
        .map(|t| set_ctx(t, ExprContext::Del))
        .collect::<Result<_, _>>()?;
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

/// The walrus target must be a plain name (CPython `invalid_named_expression`).
pub fn named_expr(target: Expr, value: Expr, l: Loc, r: Loc) -> Result<Expr, ErrorInfo> {
    if !matches!(target.kind, ExprKind::Name { .. }) {
        return Err(err_at(
            &target,
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
        ));
    }
    let target = set_ctx(target, ExprContext::Store)?;
    Ok(expr(
        ExprKind::NamedExpr {
            target: Box::new(target),
            value: Box::new(value),
        },
        l,
        r,
    ))
}

/// A parenthesized single expression: `(*a)` is not a tuple and not allowed.
pub fn paren(e: Expr) -> Result<Expr, ErrorInfo> {
    if matches!(e.kind, ExprKind::Starred { .. }) {
        return Err(err_at(&e, "cannot use starred expression here".to_owned()));
    }
    Ok(e)
}

/// One `for target in iter if cond...` clause.
pub fn comprehension(
    target: Expr,
    iter: Expr,
    ifs: Vec<Expr>,
    is_async: bool,
) -> Result<Comprehension, ErrorInfo> {
    let target = set_ctx(target, ExprContext::Store)?;
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    })
}

/// A comprehension element cannot be unpacked (`[*a for a in b]`).
pub fn comp_elt(e: Expr) -> Result<Expr, ErrorInfo> {
    if matches!(e.kind, ExprKind::Starred { .. }) {
        return Err(err_at(
            &e,
            "iterable unpacking cannot be used in comprehension".to_owned(),
        ));
    }
    Ok(e)
}

/// One item of a parameter list, before the list's shape is checked.
pub enum Param {
    Plain(Arg, Option<Expr>),
    /// `/`, at its location.
    Slash(Loc),
    /// `*` or `*args`.
    Star(Loc, Option<Arg>),
    DoubleStar(Arg),
}

/// Build `Arguments` from a parameter list, with CPython's checks
/// (`invalid_parameters`, `invalid_star_etc`, `invalid_kwds`).
pub fn arguments(items: Vec<Param>) -> Result<Arguments, ErrorInfo> {
    let mut a = Arguments::default();
    let mut seen_slash = false;
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star_at: Option<Loc> = None;
    let n = items.len();
    let e = |msg: &str, at: Loc| Err(ErrorInfo::new(msg, at, at));
    for (i, item) in items.into_iter().enumerate() {
        if a.kwarg.is_some() {
            let at = match &item {
                Param::Plain(arg, _) | Param::DoubleStar(arg) => arg.span.start,
                Param::Slash(l) | Param::Star(l, _) => *l,
            };
            return e("arguments cannot follow var-keyword argument", at);
        }
        match item {
            Param::Slash(at) => {
                if seen_slash {
                    return e("/ may appear only once", at);
                }
                if seen_star {
                    return e("/ must be ahead of *", at);
                }
                if a.args.is_empty() {
                    return e("at least one argument must precede /", at);
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut a.args);
            }
            Param::Star(at, arg) => {
                if seen_star {
                    return e("* argument may appear only once", at);
                }
                seen_star = true;
                if arg.is_none() {
                    bare_star_at = Some(at);
                    if i + 1 == n {
                        return e("named arguments must follow bare *", at);
                    }
                }
                a.vararg = arg;
            }
            Param::DoubleStar(arg) => {
                a.kwarg = Some(arg);
            }
            Param::Plain(arg, default) => {
                if seen_star {
                    bare_star_at = None;
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return e(
                                "non-default argument follows default argument",
                                arg.span.start,
                            )
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
        }
    }
    if let Some(at) = bare_star_at {
        return e("named arguments must follow bare *", at);
    }
    Ok(a)
}

/// One argument of a call, before the list's order is checked.
pub enum CallArg {
    Positional(Expr),
    /// A generator expression without its own parentheses: only valid as the sole argument.
    Genexp(Expr),
    Keyword(Keyword),
}

/// Split call arguments into positionals and keywords, enforcing CPython's ordering rules.
pub fn call_args(items: Vec<CallArg>) -> Result<(Vec<Expr>, Vec<Keyword>), ErrorInfo> {
    let n = items.len();
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    for item in items {
        match item {
            CallArg::Genexp(g) if n > 1 => {
                return Err(err_at(
                    &g,
                    "Generator expression must be parenthesized".to_owned(),
                ))
            }
            CallArg::Positional(p) | CallArg::Genexp(p) => {
                let starred = matches!(p.kind, ExprKind::Starred { .. });
                if let Some(last) = keywords.last() {
                    let after_unpack = keywords.iter().any(|k| k.arg.is_none());
                    let msg = if starred && after_unpack {
                        "iterable argument unpacking follows keyword argument unpacking"
                    } else if starred {
                        ""
                    } else if after_unpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    let _ = last;
                    if !msg.is_empty() {
                        // CPython points at a misplaced `*x`, but just past other arguments.
                        let at = if starred { p.span.start } else { p.span.end };
                        return Err(ErrorInfo::new(msg, at, at));
                    }
                }
                args.push(p);
            }
            CallArg::Keyword(k) => keywords.push(k),
        }
    }
    Ok((args, keywords))
}
