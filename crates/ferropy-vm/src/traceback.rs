//! Printing an uncaught exception the way CPython 3.11 does (`Python/pythonrun.c:
//! print_exception_recursive`, `Lib/traceback.py`): the chained causes and contexts first,
//! each as `Traceback (most recent call last):`, one `File "…", line N, in name` entry per
//! frame with its stripped source line, then `Type: message`.

use crate::error::exc_data;
use crate::frame::code_data;
use crate::heap::ObjRef;
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;

/// The source line `line` (1-based) of `filename`: registered sources first, then the file.
pub fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    let cached = vm.sources.borrow().get(filename).cloned();
    let text = match cached {
        Some(t) => t,
        None => {
            let t = std::fs::read_to_string(filename).ok()?;
            vm.sources.borrow_mut().insert(filename.to_string(), t.clone());
            t
        }
    };
    text.lines().nth(line as usize - 1).map(|l| l.trim().to_string())
}

/// The full text printed for an uncaught `exc`.
pub fn format_exception(vm: &Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_recursive(vm, exc, &mut out, &mut seen);
    out
}

fn format_recursive(vm: &Vm, exc: &ObjRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.addr());
    let (cause, context, suppress, tb) = {
        let d = exc_data(exc).borrow();
        (d.cause.clone(), d.context.clone(), d.suppress_context, d.traceback.clone())
    };
    if let Value::Obj(c) = &cause {
        if !seen.contains(&c.addr()) && matches!(c.payload(), Payload::Exception(_)) {
            format_recursive(vm, c, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if let (Value::Obj(c), false) = (&context, suppress) {
        if !seen.contains(&c.addr()) && matches!(c.payload(), Payload::Exception(_)) {
            format_recursive(vm, c, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if !tb.is_none() {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = tb;
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        while let Value::Obj(t) = cur {
            let (next, code, lineno) = match t.payload() {
                Payload::Traceback(d) => (d.next.clone(), d.code.clone(), d.lineno),
                _ => break,
            };
            let cd = code_data(&code);
            let key = (cd.code.filename.clone(), lineno, cd.code.name.clone());
            if last.as_ref() == Some(&key) {
                repeat += 1;
            } else {
                flush_repeats(out, repeat);
                repeat = 0;
            }
            if repeat < 3 {
                out.push_str(&format!("  File \"{}\", line {}, in {}\n", key.0, key.1, key.2));
                if let Some(src) = source_line(vm, &key.0, key.1) {
                    if !src.is_empty() {
                        out.push_str(&format!("    {src}\n"));
                    }
                }
            }
            last = Some(key);
            cur = next;
        }
        flush_repeats(out, repeat);
    }
    out.push_str(&exception_line(vm, exc));
    out.push('\n');
}

/// CPython's "[Previous line repeated N more times]" for recursion tracebacks.
fn flush_repeats(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n == 1 { "" } else { "s" }));
    }
}

/// `Type: message` (or just `Type`), with the module prefix for non-builtin, non-main
/// classes.
pub fn exception_line(vm: &Vm, exc: &ObjRef) -> String {
    let ty = vm.type_of_obj(exc);
    let qual = crate::types::type_data(&ty).qualname.borrow().clone();
    let name = match crate::protocol::repr::type_module(vm, &ty).as_deref() {
        Some("builtins") | Some("__main__") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    let msg = match crate::protocol::repr::str(vm, &Value::Obj(exc.clone())) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut line = if msg.is_empty() { name } else { format!("{name}: {msg}") };
    if vm.is_subtype(&ty, &vm.exc.syntax_error) {
        line = syntax_error_text(vm, exc, line);
    }
    line
}

/// SyntaxError shows the offending line and a caret before the final line.
fn syntax_error_text(vm: &Vm, exc: &ObjRef, default: String) -> String {
    let e = Value::Obj(exc.clone());
    let get = |n: &str| crate::protocol::attr::get_attr_str(vm, &e, n).ok();
    let msg = get("msg").and_then(|m| crate::vm::as_str(&m).map(str::to_string));
    let filename = get("filename").and_then(|m| crate::vm::as_str(&m).map(str::to_string));
    let lineno = get("lineno").and_then(|v| if let Value::Int(i) = v { Some(i) } else { None });
    let (msg, filename, lineno) = match (msg, filename, lineno) {
        (Some(m), Some(f), Some(l)) => (m, f, l),
        _ => return default,
    };
    let ty = crate::types::type_name(&vm.type_of_obj(exc));
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    let text = get("text").and_then(|t| crate::vm::as_str(&t).map(str::to_string));
    let offset = get("offset").and_then(|v| if let Value::Int(i) = v { Some(i) } else { None });
    let end_offset = get("end_offset").and_then(|v| if let Value::Int(i) = v { Some(i) } else { None });
    if let Some(text) = text {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let lead = (line.chars().count() - stripped.chars().count()) as i64;
        out.push_str(&format!("    {stripped}\n"));
        if let Some(off) = offset {
            let start = (off - 1 - lead).max(0);
            let end = end_offset.filter(|e| *e > off).map(|e| e - 1 - lead).unwrap_or(start + 1);
            let width = (end - start).max(1);
            out.push_str(&format!("    {}{}\n", " ".repeat(start as usize), "^".repeat(width as usize)));
        }
    }
    out.push_str(&format!("{ty}: {msg}"));
    out
}
