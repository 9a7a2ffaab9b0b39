//! Unit tests of the public API: code object metadata (names, qualnames, flags, locals
//! layout, constants) that the snapshots show only indirectly.

use crate::{compile_module, Mode};
use ferropy_bytecode::{CodeFlags, CodeObject, Constant, LocalKind, Opcode};
use std::sync::Arc;

fn compile(src: &str, mode: Mode) -> Arc<CodeObject> {
    let m = ferropy_syntax::parse_module(src, "<t>").expect("parses");
    compile_module(&m, "<t>", mode).expect("compiles")
}

fn find(code: &CodeObject, name: &str) -> Option<Arc<CodeObject>> {
    code.constants.iter().find_map(|c| match c {
        Constant::Code(inner) if inner.name == name => Some(inner.clone()),
        Constant::Code(inner) => find(inner, name),
        _ => None,
    })
}

fn code_named(code: &CodeObject, name: &str) -> Arc<CodeObject> {
    find(code, name).unwrap_or_else(|| panic!("no code object {name}"))
}

#[test]
fn qualnames_follow_cpython() {
    let code = compile("def f():\n    def g():\n        return lambda: [x for x in y]\nclass C:\n    def m(self): pass\n", Mode::Exec);
    assert_eq!(code_named(&code, "g").qualname, "f.<locals>.g");
    assert_eq!(
        code_named(&code, "<lambda>").qualname,
        "f.<locals>.g.<locals>.<lambda>"
    );
    assert_eq!(
        code_named(&code, "<listcomp>").qualname,
        "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>"
    );
    assert_eq!(code_named(&code, "m").qualname, "C.m");
}

#[test]
fn function_metadata() {
    let code = compile(
        "def f(a, /, b, *args, c, **kw):\n    'doc'\n    def g(): return b\n    return g\n",
        Mode::Exec,
    );
    let f = code_named(&code, "f");
    assert_eq!(
        (f.arg_count, f.posonly_arg_count, f.kwonly_arg_count),
        (2, 1, 1)
    );
    assert!(f.flags.has(CodeFlags::VARARGS) && f.flags.has(CodeFlags::VARKEYWORDS));
    assert!(f.flags.has(CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS));
    assert_eq!(f.docstring.as_deref(), Some("doc"));
    assert_eq!(f.constants[0], Constant::Str("doc".into()));
    assert_eq!(f.localsplus_names, ["a", "b", "c", "args", "kw", "g"]);
    assert_eq!(f.localsplus_kinds[1], LocalKind::LocalCell);
    assert_eq!(f.instructions[0].op, Opcode::MakeCell);
    let g = code_named(&code, "g");
    assert!(g.flags.has(CodeFlags::NESTED));
    assert_eq!(g.instructions[0].op, Opcode::CopyFreeVars);
    assert_eq!(g.freevars().collect::<Vec<_>>(), ["b"]);
}

#[test]
fn generator_flags() {
    let code = compile(
        "def g(): yield\nasync def c(): pass\nasync def a(): yield\n",
        Mode::Exec,
    );
    assert!(code_named(&code, "g").flags.has(CodeFlags::GENERATOR));
    assert!(code_named(&code, "c").flags.has(CodeFlags::COROUTINE));
    assert!(code_named(&code, "a").flags.has(CodeFlags::ASYNC_GENERATOR));
}

#[test]
fn interactive_mode_prints_expressions() {
    let code = compile("1 + x\nif y:\n    z\n", Mode::Single);
    let prints = code
        .instructions
        .iter()
        .filter(|i| i.op == Opcode::PrintExpr)
        .count();
    assert_eq!(prints, 2);
}

#[test]
fn eval_mode_returns_the_value() {
    let code = compile("a + 1\n", Mode::Eval);
    let ops: Vec<Opcode> = code.instructions.iter().map(|i| i.op).collect();
    assert_eq!(
        ops,
        [
            Opcode::Resume,
            Opcode::LoadName,
            Opcode::LoadConst,
            Opcode::BinaryOp,
            Opcode::ReturnValue
        ]
    );
}

#[test]
fn constants_fold_like_ast_opt() {
    let code = compile(
        "x = (1, -2, 'a' * 3, 2 ** 10, __debug__, not 0)\ny = 2 ** 1000\n",
        Mode::Exec,
    );
    assert!(code
        .constants
        .iter()
        .any(|c| matches!(c, Constant::Tuple(t) if t.len() == 6)));
    assert!(
        code.instructions.iter().any(|i| i.op == Opcode::BinaryOp),
        "2 ** 1000 is not folded"
    );
}

#[test]
fn future_annotations_are_strings() {
    let code = compile(
        "from __future__ import annotations\nx: list[int] | None\n",
        Mode::Exec,
    );
    assert!(code
        .constants
        .contains(&Constant::Str("list[int] | None".into())));
}
