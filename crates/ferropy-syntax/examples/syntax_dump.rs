//! Development aid: `cargo run -p ferropy-syntax --example syntax_dump -- [--tokens] FILE`
//! prints the AST (or tokens) of a file the way `--ast`/`--tokens` will, or the SyntaxError.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tokens = args.iter().any(|a| a == "--tokens");
    let locs = args.iter().any(|a| a == "--locations");
    let expr = args.iter().any(|a| a == "--eval");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .expect("usage: syntax_dump [--tokens] FILE");
    let bytes = std::fs::read(path).expect("readable file");
    let result = ferropy_syntax::decode_source(&bytes, path).and_then(|src| {
        if tokens {
            ferropy_syntax::tokens_dump(&src)
        } else if expr {
            ferropy_syntax::parse_expression(&src, path).map(|e| format!("{e:?}"))
        } else {
            ferropy_syntax::parse_module(&src, path).map(|m| {
                if locs {
                    ferropy_syntax::ast_dump_with_locations(&m)
                } else {
                    ferropy_syntax::ast_dump(&m)
                }
            })
        }
    });
    match result {
        Ok(s) => println!("{s}"),
        Err(e) => {
            println!(
                "{}: {} ({}:{}:{}-{}:{})",
                e.kind, e.msg, e.filename, e.line, e.col, e.end_line, e.end_col
            );
            std::process::exit(1);
        }
    }
}
