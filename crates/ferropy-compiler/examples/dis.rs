//! Print the disassembly of a Python file: `cargo run -p ferropy-compiler --example dis -- file.py`.

fn main() {
    let path = std::env::args().nth(1).expect("usage: dis FILE.py");
    let source = std::fs::read_to_string(&path).expect("readable file");
    let module = match ferropy_syntax::parse_module(&source, &path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("parse error: {e:?}");
            std::process::exit(1);
        }
    };
    match ferropy_compiler::compile_module(&module, &path, ferropy_compiler::Mode::Exec) {
        Ok(code) => print!("{}", ferropy_bytecode::dis::disassemble(&code)),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
