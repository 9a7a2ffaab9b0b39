//! Assembly: from the pseudo-instruction list to final instructions, locations, exception
//! table and maximum stack depth.
//!
//! The phases follow CPython 3.11's `assemble()`:
//! 1. `label_exception_targets` — walk the control flow carrying a stack of active handlers
//!    (pushed by `SETUP_*`, popped by `POP_BLOCK`); every instruction records the innermost
//!    handler covering it. A handler block starts with the stack *below* its own entry.
//! 2. `optimize` — the parts of CPython's `optimize_cfg` that shape the listing: jumps to an
//!    unconditional jump are threaded to its target, and an unconditional jump to a small
//!    exit block (at most 4 instructions ending in return/raise) is replaced by a copy of it.
//! 3. `stack_depths` — propagate depths along every edge, using `Opcode::stack_effect`; a
//!    `SETUP_*` edge to its handler adds one value (the exception), two for the `lasti`
//!    variants. Blocks never reached are unreachable code and are dropped.
//! 4. `layout` — pseudo-instructions become `NOP`s, which are removed unless they are the only
//!    instruction of their line; jumps to the next instruction are removed; targets become
//!    absolute indices and `JUMP` becomes `JUMP_FORWARD` or `JUMP_BACKWARD` by direction.
//! 5. Exception-table rows are the maximal runs of consecutive instructions sharing a handler.

use super::{Arg, Builder, Kind};
use ferropy_bytecode::{ExceptionTableEntry, Instruction, Location, Opcode};

/// The finished pieces of a code object.
#[derive(Debug)]
pub struct Assembled {
    pub instructions: Vec<Instruction>,
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub max_stackdepth: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Handler {
    /// Position of the handler's first instruction.
    target: usize,
    lasti: bool,
}

/// An instruction during assembly: label operands resolved to positions.
#[derive(Clone, Copy, Debug)]
struct FInstr {
    kind: Kind,
    arg: Arg,
    target: usize,
    loc: Location,
    handler: Option<Handler>,
}

/// Largest exit block copied in place of a jump (CPython's `MAX_COPY_SIZE`).
const MAX_COPY_SIZE: usize = 4;

fn is_jump(kind: Kind) -> bool {
    match kind {
        Kind::Op(op) => op.has_jump_target(),
        Kind::Jump | Kind::JumpNoInterrupt => true,
        _ => false,
    }
}

fn is_setup(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::SetupFinally | Kind::SetupCleanup | Kind::SetupWith
    )
}

fn has_target(kind: Kind) -> bool {
    is_jump(kind) || is_setup(kind)
}

/// No fall-through to the next instruction.
fn is_terminator(kind: Kind) -> bool {
    match kind {
        Kind::Op(op) => op.is_terminator(),
        Kind::Jump | Kind::JumpNoInterrupt => true,
        _ => false,
    }
}

fn is_exit(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Op(Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise)
    )
}

/// Basic blocks as `[start, end)` ranges; `block_of[pos]` for every position (`n` maps past
/// the last block).
fn split_blocks(code: &[FInstr]) -> (Vec<(usize, usize)>, Vec<usize>) {
    let n = code.len();
    let mut leader = vec![false; n + 1];
    leader[0] = true;
    for (i, ins) in code.iter().enumerate() {
        if has_target(ins.kind) {
            leader[ins.target] = true;
        }
        if is_jump(ins.kind) || is_terminator(ins.kind) {
            leader[i + 1] = true;
        }
    }
    let mut blocks = Vec::new();
    let mut block_of = vec![usize::MAX; n + 1];
    let mut start = 0;
    for i in 1..=n {
        if leader[i] || i == n {
            for slot in &mut block_of[start..i] {
                *slot = blocks.len();
            }
            blocks.push((start, i));
            start = i;
        }
    }
    (blocks, block_of)
}

fn label_exception_targets(code: &mut [FInstr]) {
    let (blocks, block_of) = split_blocks(code);
    let mut stacks: Vec<Option<Vec<Handler>>> = vec![None; blocks.len()];
    let mut visited = vec![false; blocks.len()];
    let mut todo = vec![0usize];
    stacks[0] = Some(Vec::new());
    visited[0] = true;
    let mut enqueue = |t: usize,
                       stack: &Vec<Handler>,
                       stacks: &mut Vec<Option<Vec<Handler>>>,
                       todo: &mut Vec<usize>| {
        if !visited[t] {
            visited[t] = true;
            stacks[t] = Some(stack.clone());
            todo.push(t);
        }
    };
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b].take().unwrap_or_default();
        let (start, end) = blocks[b];
        for ins in &mut code[start..end] {
            if is_setup(ins.kind) {
                ins.handler = stack.last().copied();
                enqueue(block_of[ins.target], &stack, &mut stacks, &mut todo);
                stack.push(Handler {
                    target: ins.target,
                    lasti: ins.kind != Kind::SetupFinally,
                });
            } else if ins.kind == Kind::PopBlock {
                stack.pop();
                ins.handler = stack.last().copied();
            } else {
                ins.handler = stack.last().copied();
                if is_jump(ins.kind) {
                    enqueue(block_of[ins.target], &stack, &mut stacks, &mut todo);
                }
            }
        }
        if !is_terminator(code[end - 1].kind) && b + 1 < blocks.len() {
            enqueue(b + 1, &stack, &mut stacks, &mut todo);
        }
    }
}

/// Jump threading and small-exit-block copying; returns the new instruction list.
fn optimize(mut code: Vec<FInstr>) -> Vec<FInstr> {
    let n = code.len();
    // Thread jumps whose target is an unconditional JUMP.
    for i in 0..n {
        let kind = code[i].kind;
        let threadable = matches!(kind, Kind::Jump)
            || matches!(
                kind,
                Kind::Op(
                    Opcode::PopJumpIfFalse
                        | Opcode::PopJumpIfTrue
                        | Opcode::PopJumpIfNone
                        | Opcode::PopJumpIfNotNone
                )
            );
        if !threadable {
            continue;
        }
        // jump_thread: only between jumps of the same line (artificial ones have line 0).
        let mut t = code[i].target;
        for _ in 0..n {
            if t < n
                && code[t].kind == Kind::Jump
                && code[t].target != t
                && code[t].loc.line == code[i].loc.line
            {
                t = code[t].target;
            } else {
                break;
            }
        }
        code[i].target = t;
    }

    // `and`/`or` chains (optimize_basic_block): a JUMP_IF_X_OR_POP landing on a test of the
    // same value either continues to that test's target or, when the test must fail, becomes
    // a POP_JUMP past it.
    for i in 0..n {
        let Kind::Op(op @ (Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop)) = code[i].kind
        else {
            continue;
        };
        let t = code[i].target;
        if t >= n {
            continue;
        }
        let (same_pop, same_keep, other_pop, other_keep, pop) = if op == Opcode::JumpIfFalseOrPop {
            (
                Opcode::PopJumpIfFalse,
                Opcode::JumpIfFalseOrPop,
                Opcode::PopJumpIfTrue,
                Opcode::JumpIfTrueOrPop,
                Opcode::PopJumpIfFalse,
            )
        } else {
            (
                Opcode::PopJumpIfTrue,
                Opcode::JumpIfTrueOrPop,
                Opcode::PopJumpIfFalse,
                Opcode::JumpIfFalseOrPop,
                Opcode::PopJumpIfTrue,
            )
        };
        match code[t].kind {
            Kind::Op(o) if o == same_pop && code[t].loc.line == code[i].loc.line => {
                code[i].kind = Kind::Op(pop);
                code[i].target = code[t].target;
            }
            Kind::Jump if code[t].loc.line == code[i].loc.line => code[i].target = code[t].target,
            Kind::Op(o) if o == same_keep && code[t].loc.line == code[i].loc.line => {
                code[i].target = code[t].target
            }
            Kind::Op(o)
                if (o == other_pop || o == other_keep) && code[t].loc.line == code[i].loc.line =>
            {
                code[i].kind = Kind::Op(pop);
                code[i].target = t + 1;
            }
            _ => {}
        }
    }

    // Exit blocks without line numbers (an implicit `return None`, a re-raise): an
    // unconditional jump to a small one is replaced by a copy (`extend_block`), and a
    // conditional jump to one that is reached in several ways gets its own copy placed right
    // after it (`duplicate_exits_without_lineno`).
    let (blocks, block_of) = split_blocks(&code);
    let exit_block = |t: usize| -> Option<(usize, usize)> {
        let b = *block_of.get(t)?;
        let (start, end) = *blocks.get(b)?;
        let body = &code[start..end];
        (start == t
            && body.len() <= MAX_COPY_SIZE
            && is_exit(body[body.len() - 1].kind)
            && body
                .iter()
                .all(|x| matches!(x.kind, Kind::Op(_)) && !is_jump(x.kind) && x.loc.line == 0))
        .then_some((start, end))
    };
    let mut preds = vec![0usize; blocks.len()];
    for (b, &(start, end)) in blocks.iter().enumerate() {
        if b + 1 < blocks.len() && !is_terminator(code[end - 1].kind) {
            preds[b + 1] += 1;
        }
        for ins in &code[start..end] {
            if is_jump(ins.kind) {
                preds[block_of[ins.target]] += 1;
            }
        }
    }
    // Copies to insert after a block: (block, jump position), in creation order.
    let mut dup_after: Vec<Vec<usize>> = vec![Vec::new(); blocks.len()];
    for (i, ins) in code.iter().enumerate() {
        if ins.kind == Kind::Jump || !is_jump(ins.kind) || exit_block(ins.target).is_none() {
            continue;
        }
        let tb = block_of[ins.target];
        if preds[tb] > 1 {
            preds[tb] -= 1;
            dup_after[tb].push(i);
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut new_pos = vec![0usize; n + 1];
    let mut copy_start: Vec<(usize, usize)> = Vec::new(); // (jump position, new position of its copy)
    for (b, &(start, end)) in blocks.iter().enumerate() {
        for i in start..end {
            let ins = code[i];
            new_pos[i] = out.len();
            match (ins.kind, exit_block(ins.target)) {
                (Kind::Jump, Some((s0, e0))) if s0 != i + 1 => {
                    for mut c in code[s0..e0].iter().copied() {
                        c.loc = ins.loc;
                        out.push(c);
                    }
                }
                _ => out.push(ins),
            }
        }
        // Each later copy goes right after the block, before the earlier ones.
        for &j in dup_after[b].iter().rev() {
            copy_start.push((j, out.len()));
            for mut c in code[start..end].iter().copied() {
                c.loc = code[j].loc;
                out.push(c);
            }
        }
    }
    new_pos[n] = out.len();
    let redirected: std::collections::HashMap<usize, usize> = copy_start.into_iter().collect();
    let mut pos_of_new = vec![usize::MAX; out.len()];
    for (old, &np) in new_pos.iter().enumerate().take(n) {
        if np < out.len() && pos_of_new[np] == usize::MAX {
            pos_of_new[np] = old;
        }
    }
    for (k, ins) in out.iter_mut().enumerate() {
        if has_target(ins.kind) {
            let old = pos_of_new[k];
            ins.target = match redirected.get(&old) {
                Some(&copy) if old != usize::MAX && new_pos[old] == k => copy,
                _ => new_pos[ins.target],
            };
        }
        if let Some(h) = &mut ins.handler {
            h.target = new_pos[h.target];
        }
    }
    out
}

/// Start depth of every reachable block, and the maximum depth.
fn stack_depths(
    code: &[FInstr],
    blocks: &[(usize, usize)],
    block_of: &[usize],
) -> Result<(Vec<Option<i32>>, i32), String> {
    let mut depth: Vec<Option<i32>> = vec![None; blocks.len()];
    let mut todo = vec![0usize];
    depth[0] = Some(0);
    let mut max = 0;
    let reach =
        |b: usize, d: i32, depth: &mut Vec<Option<i32>>, todo: &mut Vec<usize>| match depth[b] {
            None => {
                depth[b] = Some(d);
                todo.push(b);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!(
                "inconsistent stack depth at block {b}: {old} vs {d}"
            )),
        };
    while let Some(b) = todo.pop() {
        let mut d = depth[b].expect("queued blocks have a depth");
        let (start, end) = blocks[b];
        for (i, ins) in code.iter().enumerate().take(end).skip(start) {
            let t = if has_target(ins.kind) {
                block_of[ins.target]
            } else {
                0
            };
            if t == usize::MAX {
                return Err("jump past the end of the code".into());
            }
            match ins.kind {
                Kind::SetupFinally | Kind::SetupCleanup | Kind::SetupWith => {
                    let extra = if ins.kind == Kind::SetupCleanup { 2 } else { 1 };
                    max = max.max(d + extra);
                    reach(t, d + extra, &mut depth, &mut todo)?;
                }
                Kind::PopBlock => {}
                Kind::Jump | Kind::JumpNoInterrupt => reach(t, d, &mut depth, &mut todo)?,
                Kind::Op(op) => {
                    let arg = match ins.arg {
                        Arg::Int(a) | Arg::Cell(a) | Arg::Free(a) => a,
                        Arg::Label(_) => 0,
                    };
                    if op.has_jump_target() {
                        let td = d + op.stack_effect(arg, true);
                        if td < 0 {
                            return Err(format!("negative stack depth after {} (jump)", op.name()));
                        }
                        max = max.max(td);
                        reach(t, td, &mut depth, &mut todo)?;
                    }
                    d += op.stack_effect(arg, false);
                    if d < 0 {
                        return Err(format!("negative stack depth after {} at {i}", op.name()));
                    }
                    max = max.max(d);
                }
            }
        }
        if !is_terminator(code[end - 1].kind) {
            if b + 1 >= blocks.len() {
                return Err("code falls off its end".into());
            }
            reach(b + 1, d, &mut depth, &mut todo)?;
        }
    }
    Ok((depth, max))
}

impl Builder {
    /// Assemble into final form. `slot_of_cell`/`slot_of_free` map cell and free variable
    /// indices to fast-local slots.
    pub(crate) fn assemble(
        &self,
        slot_of_cell: &[u32],
        slot_of_free: &[u32],
    ) -> Result<Assembled, String> {
        if self.instrs.is_empty() {
            return Err("empty code".into());
        }
        let mut code = Vec::with_capacity(self.instrs.len());
        for ins in &self.instrs {
            let target = match ins.arg {
                Arg::Label(l) => self.labels[l.0 as usize].ok_or("jump to an unbound label")?,
                _ => 0,
            };
            code.push(FInstr {
                kind: ins.kind,
                arg: ins.arg,
                target,
                loc: ins.loc,
                handler: None,
            });
        }
        label_exception_targets(&mut code);
        let code = optimize(code);
        let (blocks, block_of) = split_blocks(&code);
        let (depths, max_depth) = stack_depths(&code, &blocks, &block_of)?;

        // Reachable instructions, pseudo-instructions as NOPs, artificial lines filled from
        // the previous instruction (CPython's `propagate_line_numbers`).
        let mut out: Vec<(usize, FInstr)> = Vec::new();
        let mut last_loc: Option<Location> = None;
        for (b, &(start, end)) in blocks.iter().enumerate() {
            if depths[b].is_none() {
                continue;
            }
            for (pos, ins) in code.iter().enumerate().take(end).skip(start) {
                let mut ins = *ins;
                if is_setup(ins.kind) || ins.kind == Kind::PopBlock {
                    ins.kind = Kind::Op(Opcode::Nop);
                    ins.arg = Arg::Int(0);
                }
                if ins.loc.line == 0 {
                    if let Some(l) = last_loc {
                        if ins.kind != Kind::Op(Opcode::Nop) {
                            ins.loc = l;
                        }
                    }
                } else {
                    last_loc = Some(ins.loc);
                }
                out.push((pos, ins));
            }
        }

        // A NOP survives only as the sole instruction of its line.
        out.retain(|(_, ins)| !(ins.kind == Kind::Op(Opcode::Nop) && ins.loc.line == 0));
        let mut keep = vec![true; out.len()];
        for i in 0..out.len() {
            if out[i].1.kind != Kind::Op(Opcode::Nop) {
                continue;
            }
            let line = out[i].1.loc.line;
            // CPython compares with the previous instruction of the same basic block only.
            let prev_same = i > 0
                && keep[i - 1]
                && out[i - 1].1.loc.line == line
                && block_of[out[i - 1].0] == block_of[out[i].0];
            let next_same = i + 1 < out.len() && out[i + 1].1.loc.line == line;
            if line == 0 || prev_same || next_same {
                keep[i] = false;
            }
        }
        let mut out: Vec<(usize, FInstr)> = out
            .into_iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|(o, _)| o)
            .collect();

        // Resolve positions to indices; drop jumps to the next instruction until stable.
        let npos = code.len();
        // `idx[p]`: the first emitted instruction at or after position `p`.
        let index_at = |out: &Vec<(usize, FInstr)>| -> Vec<usize> {
            let mut idx = vec![out.len(); npos + 1];
            let mut j = out.len();
            for p in (0..=npos).rev() {
                while j > 0 && out[j - 1].0 >= p {
                    j -= 1;
                }
                idx[p] = j;
            }
            idx
        };
        let idx = loop {
            let idx = index_at(&out);
            let before = out.len();
            let mut i = 0;
            out.retain(|(_, ins)| {
                let here = i;
                i += 1;
                !(ins.kind == Kind::Jump && idx[ins.target] == here + 1)
            });
            if out.len() == before {
                break idx;
            }
        };

        let mut instructions = Vec::with_capacity(out.len());
        let mut locations = Vec::with_capacity(out.len());
        for (i, (_, ins)) in out.iter().enumerate() {
            let (op, arg) = match (ins.kind, ins.arg) {
                (Kind::Jump | Kind::JumpNoInterrupt, _) => {
                    let t = idx[ins.target];
                    let op = if t > i {
                        Opcode::JumpForward
                    } else if ins.kind == Kind::Jump {
                        Opcode::JumpBackward
                    } else {
                        Opcode::JumpBackwardNoInterrupt
                    };
                    (op, t as u32)
                }
                (Kind::Op(op), Arg::Label(_)) => (op, idx[ins.target] as u32),
                (Kind::Op(op), Arg::Int(a)) => (op, a),
                (Kind::Op(op), Arg::Cell(c)) => (op, slot_of_cell[c as usize]),
                (Kind::Op(op), Arg::Free(f)) => (op, slot_of_free[f as usize]),
                _ => return Err("pseudo-instruction survived assembly".into()),
            };
            if op.has_jump_target() && arg as usize >= out.len() {
                return Err(format!("jump target {arg} out of range"));
            }
            instructions.push(Instruction { op, arg });
            locations.push(ins.loc);
        }

        let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
        let mut i = 0;
        while i < out.len() {
            let Some(h) = out[i].1.handler else {
                i += 1;
                continue;
            };
            let start = i;
            while i < out.len() && out[i].1.handler == Some(h) {
                i += 1;
            }
            let hb = block_of[h.target];
            let start_depth = depths
                .get(hb)
                .copied()
                .flatten()
                .ok_or("handler block unreachable")?;
            exception_table.push(ExceptionTableEntry {
                start: start as u32,
                end: i as u32,
                target: idx[h.target] as u32,
                depth: (start_depth - 1 - h.lasti as i32).max(0) as u32,
                push_lasti: h.lasti,
            });
        }

        Ok(Assembled {
            instructions,
            locations,
            exception_table,
            max_stackdepth: max_depth.max(0) as u32,
        })
    }
}
