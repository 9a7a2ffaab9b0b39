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

/// The source line `line` (1-based) of `filename`: registered sources first (every
/// module compiled, including those imported from disk), then the file — on disk, in
/// the `MemFs` under a `Memory` policy, and nowhere under `Deny` (a script could
/// otherwise read any file line by line through a code object or `warn_explicit`
/// naming it).
pub fn source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    let cached = vm.sources.borrow().get(filename).cloned();
    let text = match cached {
        Some(t) => t,
        None => {
            let policy = vm.fs_policy.borrow().clone();
            let t = match policy {
                crate::fs_policy::FsPolicy::Real => std::fs::read_to_string(filename).ok()?,
                crate::fs_policy::FsPolicy::Deny => return None,
                crate::fs_policy::FsPolicy::Memory(fs) => fs.read_to_string(filename)?,
            };
            vm.sources
                .borrow_mut()
                .insert(filename.to_string(), t.clone());
            t
        }
    };
    text.lines()
        .nth(line as usize - 1)
        .map(|l| l.trim().to_string())
}

/// The raw source line `line` (1-based) of `filename`, unstripped.
fn raw_source_line(vm: &Vm, filename: &str, line: u32) -> Option<String> {
    let text = vm.sources.borrow().get(filename).cloned()?;
    text.lines()
        .nth(line.checked_sub(1)? as usize)
        .map(str::to_string)
}

/// CPython 3.11's caret line under the failing expression (`traceback.c:
/// print_error_location_carets`): `^` under the expression when it does not span the whole
/// line, with `~`/`^` anchors that single out the operator of a binary operation or the
/// subscript of an indexing.
fn caret_line(raw: &str, loc: &ferropy_bytecode::Location) -> Option<String> {
    if loc.line == 0 || loc.end_line < loc.line {
        return None;
    }
    let stripped = raw.trim_start();
    let lead_chars = raw.chars().count() - stripped.chars().count();
    let stripped_len = stripped.trim_end().chars().count();
    let char_at = |byte: u32| {
        raw.get(..(byte as usize).min(raw.len()))
            .map(|p| p.chars().count())
    };
    let start = char_at(loc.col)?;
    let (end, anchors) = if loc.line == loc.end_line {
        let end = char_at(loc.end_col)?;
        let seg = raw.get(loc.col as usize..(loc.end_col as usize).min(raw.len()))?;
        (end, anchors(seg))
    } else {
        (lead_chars + stripped_len, None)
    };
    if end <= start {
        return None;
    }
    let span = end - start;
    let show = span < stripped_len || anchors.is_some_and(|(l, r)| r > l);
    if !show {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(lead_chars)));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat(span.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(span)),
    }
    Some(out)
}

/// Character offsets (left_end, right_start) of the anchors inside `seg`, when `seg` is a
/// binary operation (anchors around its operator) or a subscript (anchors around `[...]`).
/// A small scanner stands in for CPython's re-parse of the segment.
fn anchors(seg: &str) -> Option<(usize, usize)> {
    let chars: Vec<char> = seg.chars().collect();
    let n = chars.len();
    // Tokens at bracket depth 0: (start, end, kind) where kind is an operator or 'a' (atom).
    let mut depth = 0i32;
    let mut i = 0;
    let mut toks: Vec<(usize, usize, String)> = Vec::new();
    let mut last_top_open: Option<usize> = None;
    while i < n {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '\'' || c == '"' {
            let q = c;
            let triple = i + 2 < n && chars[i + 1] == q && chars[i + 2] == q;
            i += if triple { 3 } else { 1 };
            while i < n {
                if chars[i] == '\\' {
                    i += 2;
                    continue;
                }
                if chars[i] == q
                    && (!triple || (i + 2 < n && chars[i + 1] == q && chars[i + 2] == q))
                {
                    i += if triple { 3 } else { 1 };
                    break;
                }
                i += 1;
            }
            if depth == 0 {
                toks.push((i, i, "a".into()));
            }
            continue;
        }
        if "([{".contains(c) {
            if depth == 0 {
                if c == '[' && toks.last().is_some_and(|t| t.2 == "a") {
                    last_top_open = Some(i);
                } else {
                    last_top_open = None;
                }
            }
            depth += 1;
            i += 1;
            continue;
        }
        if ")]}".contains(c) {
            depth -= 1;
            i += 1;
            if depth == 0 {
                toks.push((i, i, "a".into()));
            }
            continue;
        }
        if depth > 0 {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() || c == '_' || c == '.' {
            let s = i;
            while i < n && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                i += 1;
            }
            let word: String = chars[s..i].iter().collect();
            if matches!(
                word.as_str(),
                "and" | "or" | "not" | "in" | "is" | "if" | "else" | "lambda" | "await" | "for"
            ) {
                return None;
            }
            toks.push((s, i, "a".into()));
            continue;
        }
        let two: String = chars[i..(i + 2).min(n)].iter().collect();
        let op = if ["**", "//", "<<", ">>", "==", "!=", "<=", ">=", ":=", "->"]
            .contains(&two.as_str())
        {
            two
        } else {
            c.to_string()
        };
        if matches!(
            op.as_str(),
            "==" | "!=" | "<=" | ">=" | "<" | ">" | ":=" | "," | ":" | "=" | "->" | ";"
        ) {
            return None;
        }
        let len = op.chars().count();
        toks.push((i, i + len, op));
        i += len;
    }
    if depth != 0 {
        return None;
    }
    // Find the root binary operator: lowest precedence, rightmost (leftmost for `**`).
    let prec = |op: &str| match op {
        "|" => 1,
        "^" => 2,
        "&" => 3,
        "<<" | ">>" => 4,
        "+" | "-" => 5,
        "*" | "/" | "//" | "%" | "@" => 6,
        "**" => 8,
        _ => 0,
    };
    let mut root: Option<(usize, usize)> = None;
    for (k, t) in toks.iter().enumerate() {
        let p = prec(&t.2);
        if p == 0 {
            continue;
        }
        let binary = k > 0 && toks[k - 1].2 == "a";
        if !binary {
            continue;
        }
        root = match root {
            None => Some((k, p)),
            Some((rk, rp)) => {
                if p < rp || (p == rp && p != 8) {
                    Some((k, p))
                } else {
                    Some((rk, rp))
                }
            }
        };
    }
    if let Some((k, _)) = root {
        let (s, e, _) = &toks[k];
        return Some((*s, *e));
    }
    // A subscript: `value[...]` ending the segment.
    if let Some(open) = last_top_open {
        if chars.last() == Some(&']') {
            return Some((open, n));
        }
    }
    None
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
        (
            d.cause.clone(),
            d.context.clone(),
            d.suppress_context,
            d.traceback.clone(),
        )
    };
    if let Value::Obj(c) = &cause {
        if !seen.contains(&c.addr()) && matches!(c.payload(), Payload::Exception(_)) {
            format_recursive(vm, c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let (Value::Obj(c), false) = (&context, suppress) {
        if !seen.contains(&c.addr()) && matches!(c.payload(), Payload::Exception(_)) {
            format_recursive(vm, c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    if !tb.is_none() {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = tb;
        let mut last: Option<(String, u32, String)> = None;
        let mut repeat = 0usize;
        while let Value::Obj(t) = cur {
            let (next, code, lineno, lasti) = match t.payload() {
                Payload::Traceback(d) => (d.next.clone(), d.code.clone(), d.lineno, d.lasti),
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
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    key.0, key.1, key.2
                ));
                if let Some(src) = source_line(vm, &key.0, key.1) {
                    if !src.is_empty() {
                        out.push_str(&format!("    {src}\n"));
                        let loc = cd
                            .code
                            .locations
                            .get(lasti as usize)
                            .copied()
                            .unwrap_or_default();
                        if let Some(carets) = raw_source_line(vm, &key.0, key.1)
                            .and_then(|raw| caret_line(&raw, &loc))
                        {
                            out.push_str(&carets);
                            out.push('\n');
                        }
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
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
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
    let mut line = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
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
    let end_offset =
        get("end_offset").and_then(|v| if let Value::Int(i) = v { Some(i) } else { None });
    if let Some(text) = text {
        let line = text.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let lead = (line.chars().count() - stripped.chars().count()) as i64;
        out.push_str(&format!("    {stripped}\n"));
        // No caret when it would point left of the stripped text (CPython's
        // `print_error_text`): an offset of 0, or one inside the indentation.
        if let Some(off) = offset.filter(|off| off - 1 - lead >= 0) {
            let start = off - 1 - lead;
            let end = end_offset
                .filter(|e| *e > off)
                .map(|e| e - 1 - lead)
                .unwrap_or(start + 1);
            let width = (end - start).max(1);
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(start as usize),
                "^".repeat(width as usize)
            ));
        }
    }
    out.push_str(&format!("{ty}: {msg}"));
    out
}
