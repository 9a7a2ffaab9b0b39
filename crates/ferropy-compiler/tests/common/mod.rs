//! Shared helpers for the integration tests: compiling source, and the structural checker
//! that stands in for a VM (every operand in range, stack depth never negative and
//! consistent along every edge, including exception-handler edges).

#![allow(dead_code)]

use ferropy_bytecode::opcode::OperandKind;
use ferropy_bytecode::{CodeObject, Constant};
use ferropy_compiler::{compile_module, CompileError, Mode};
use std::sync::Arc;

pub fn compile(source: &str) -> Result<Arc<CodeObject>, CompileError> {
    compile_mode(source, Mode::Exec)
}

pub fn compile_mode(source: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    let module = ferropy_syntax::parse_module(source, "<test>")
        .unwrap_or_else(|e| panic!("parse error {e:?} in {source:?}"));
    compile_module(&module, "<test>", mode)
}

/// Check `code` and every nested code object; returns the number of code objects checked.
pub fn verify(code: &CodeObject) -> Result<usize, String> {
    let mut count = 1;
    verify_one(code).map_err(|e| format!("{} ({}): {e}", code.qualname, code.filename))?;
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            count += verify(inner)?;
        }
    }
    Ok(count)
}

fn verify_one(code: &CodeObject) -> Result<(), String> {
    let n = code.instructions.len();
    if n == 0 {
        return Err("no instructions".into());
    }
    if code.locations.len() != n {
        return Err("one location per instruction".into());
    }
    if code.localsplus_names.len() != code.localsplus_kinds.len() {
        return Err("localsplus names/kinds differ in length".into());
    }
    for (i, ins) in code.instructions.iter().enumerate() {
        let a = ins.arg as usize;
        let ok = match ins.op.operand_kind() {
            OperandKind::Const => a < code.constants.len(),
            OperandKind::Name => a < code.names.len(),
            OperandKind::Global => a >> 1 < code.names.len(),
            OperandKind::Local => a < code.localsplus_names.len(),
            OperandKind::Jump => a < n,
            _ => true,
        };
        if !ok {
            return Err(format!(
                "operand out of range at {i}: {:?} {}",
                ins.op, ins.arg
            ));
        }
    }
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("bad exception table row {e:?}"));
        }
    }
    // Flow analysis over the final code.
    let mut depth: Vec<Option<i32>> = vec![None; n];
    let mut todo = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((i, d)) = todo.pop() {
        match depth[i] {
            Some(old) if old == d => continue,
            Some(old) => return Err(format!("inconsistent depth at {i}: {old} vs {d}")),
            None => depth[i] = Some(d),
        }
        let ins = code.instructions[i];
        if let Some(h) = code.handler_for(i as u32) {
            if d < h.depth as i32 {
                return Err(format!(
                    "handler depth {} above stack depth {d} at {i}",
                    h.depth
                ));
            }
            let hd = h.depth as i32 + 1 + h.push_lasti as i32;
            max = max.max(hd);
            todo.push((h.target as usize, hd));
        }
        if ins.op.has_jump_target() {
            let td = d + ins.op.stack_effect(ins.arg, true);
            if td < 0 {
                return Err(format!("negative depth jumping from {i}"));
            }
            max = max.max(td);
            todo.push((ins.arg as usize, td));
        }
        if !ins.op.is_terminator() {
            let nd = d + ins.op.stack_effect(ins.arg, false);
            if nd < 0 {
                return Err(format!("negative depth after {i} {:?}", ins.op));
            }
            max = max.max(nd);
            if i + 1 >= n {
                return Err("falls off the end".into());
            }
            todo.push((i + 1, nd));
        }
    }
    if max as u32 > code.max_stackdepth {
        return Err(format!(
            "max depth {max} exceeds max_stackdepth {}",
            code.max_stackdepth
        ));
    }
    Ok(())
}
