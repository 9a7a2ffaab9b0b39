//! Print each code object's opcode sequence in a normalized form, for diffing against
//! CPython with `tools/cpython_opseq.py` (a development aid; the tests are the checks).

use ferropy_bytecode::opcode::OperandKind;
use ferropy_bytecode::{CodeObject, Constant};

fn dump(code: &CodeObject) {
    println!("== {}", code.qualname);
    for ins in &code.instructions {
        let a = ins.arg as usize;
        let detail = match ins.op.operand_kind() {
            OperandKind::Const => match &code.constants[a] {
                Constant::Code(c) => format!("code {}", c.name),
                c => ferropy_bytecode::dis::constant_repr(c),
            },
            OperandKind::Name => code.names[a].clone(),
            OperandKind::Global => format!(
                "{}{}",
                if a & 1 == 1 { "NULL + " } else { "" },
                code.names[a >> 1]
            ),
            OperandKind::Local => code.localsplus_names[a].clone(),
            OperandKind::Jump => String::new(),
            OperandKind::None => String::new(),
            _ if ins.op == ferropy_bytecode::Opcode::YieldValue => String::new(),
            _ => ins.arg.to_string(),
        };
        println!("{} {}", ins.op.name(), detail);
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            dump(inner);
        }
    }
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: opseq FILE.py");
    let source = std::fs::read_to_string(&path).expect("readable file");
    let module = ferropy_syntax::parse_module(&source, &path).expect("parses");
    match ferropy_compiler::compile_module(&module, &path, ferropy_compiler::Mode::Exec) {
        Ok(code) => dump(&code),
        Err(e) => println!("error: {e}"),
    }
}
