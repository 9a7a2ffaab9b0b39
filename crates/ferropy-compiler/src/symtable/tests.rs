//! Symbol-table unit tests: scopes, cells and free variables, the class `__class__` cell,
//! comprehension scopes, generator flags, mangling and global/nonlocal errors.

use super::*;
use crate::future::Future;

fn table(src: &str) -> SymbolTable {
    let m = ferropy_syntax::parse_module(src, "<t>").expect("parses");
    build_for_module(&m, "<t>", Future::default()).expect("analyses")
}

fn scope(t: &SymbolTable, name: &str) -> ScopeEntry {
    t.scopes
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no scope {name}"))
        .clone()
}

fn err(src: &str) -> String {
    let m = ferropy_syntax::parse_module(src, "<t>").expect("parses");
    build_for_module(&m, "<t>", Future::default())
        .expect_err("should fail")
        .msg
}

#[test]
fn locals_globals_and_cells() {
    let t =
        table("g = 1\ndef f(a):\n    b = a\n    def h():\n        return b + g\n    return h\n");
    let f = scope(&t, "f");
    assert_eq!(f.scope_of("a"), Scope::Local);
    assert_eq!(f.scope_of("b"), Scope::Cell);
    assert_eq!(f.cellvars(), vec!["b".to_string()]);
    let h = scope(&t, "h");
    assert_eq!(h.scope_of("b"), Scope::Free);
    assert_eq!(h.scope_of("g"), Scope::GlobalImplicit);
    assert!(h.nested && h.has_free);
    assert_eq!(t.get(0).scope_of("g"), Scope::Local);
}

#[test]
fn explicit_global_hides_enclosing_binding() {
    let t = table("def f():\n    x = 1\n    def g():\n        global x\n        def h():\n            return x\n");
    assert_eq!(scope(&t, "g").scope_of("x"), Scope::GlobalExplicit);
    assert_eq!(scope(&t, "h").scope_of("x"), Scope::GlobalImplicit);
    assert_eq!(scope(&t, "f").scope_of("x"), Scope::Local);
}

#[test]
fn nonlocal_makes_a_cell_in_the_owner() {
    let t = table("def f():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n");
    assert_eq!(scope(&t, "f").scope_of("n"), Scope::Cell);
    assert_eq!(scope(&t, "inc").scope_of("n"), Scope::Free);
}

#[test]
fn class_scope_is_invisible_to_methods_except_class_cell() {
    let t = table("class C:\n    x = 1\n    def m(self):\n        return x\n    def s(self):\n        return super().s()\n");
    let c = scope(&t, "C");
    assert!(c.needs_class_closure);
    assert_eq!(scope(&t, "m").scope_of("x"), Scope::GlobalImplicit);
    assert_eq!(scope(&t, "s").scope_of("__class__"), Scope::Free);
    let t = table("class D:\n    def m(self):\n        return 1\n");
    assert!(!scope(&t, "D").needs_class_closure);
}

#[test]
fn class_level_name_also_free_in_a_method() {
    let t = table("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
    let c = scope(&t, "C");
    assert_eq!(c.scope_of("x"), Scope::Local);
    assert!(c.flags_of("x") & flags::DEF_FREE_CLASS != 0);
    assert_eq!(c.freevars(), vec!["x".to_string()]);
}

#[test]
fn comprehensions_are_scopes_whose_first_iterable_is_outside() {
    let t = table("def f(xs):\n    return [y for y in xs if y]\n");
    let lc = scope(&t, "listcomp");
    assert_eq!(lc.varnames, vec![".0".to_string()]);
    assert_eq!(lc.scope_of("y"), Scope::Local);
    assert_eq!(lc.flags_of("xs"), 0, "the outer iterable is evaluated in f");
    assert_eq!(scope(&t, "f").scope_of("xs"), Scope::Local);
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_function() {
    let t = table("def f(xs):\n    [last := x for x in xs]\n    return last\n");
    assert_eq!(scope(&t, "f").scope_of("last"), Scope::Cell);
    assert_eq!(scope(&t, "listcomp").scope_of("last"), Scope::Free);
    let t = table("[last := x for x in xs]\n");
    assert_eq!(
        scope(&t, "listcomp").scope_of("last"),
        Scope::GlobalExplicit
    );
}

#[test]
fn generator_and_coroutine_flags() {
    let t = table("def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\nx = (i for i in y)\n");
    assert!(scope(&t, "g").is_generator && !scope(&t, "g").is_coroutine);
    assert!(scope(&t, "c").is_coroutine && !scope(&t, "c").is_generator);
    assert!(scope(&t, "ag").is_coroutine && scope(&t, "ag").is_generator);
    assert!(scope(&t, "genexpr").is_generator);
}

#[test]
fn private_names_are_mangled_in_classes() {
    assert_eq!(mangle(Some("C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
    assert_eq!(mangle(Some("C"), "__x__"), "__x__");
    assert_eq!(mangle(Some("___"), "__x"), "__x");
    assert_eq!(mangle(None, "__x"), "__x");
    let t = table("class C:\n    def m(self):\n        __secret = 1\n");
    assert_eq!(scope(&t, "m").scope_of("_C__secret"), Scope::Local);
}

#[test]
fn global_and_nonlocal_errors() {
    assert_eq!(
        err("def f():\n    x = 1\n    global x\n"),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        err("def f():\n    print(x)\n    global x\n"),
        "name 'x' is used prior to global declaration"
    );
    assert_eq!(
        err("def f(x):\n    global x\n"),
        "name 'x' is parameter and global"
    );
    assert_eq!(
        err("def f():\n    nonlocal x\n"),
        "no binding for nonlocal 'x' found"
    );
    assert_eq!(
        err("nonlocal x\n"),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        err("def f():\n    global x\n    nonlocal x\n"),
        "name 'x' is nonlocal and global"
    );
    assert_eq!(
        err("def f(a, a): pass\n"),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        err("[(yield) for x in y]\n"),
        "'yield' inside list comprehension"
    );
}
