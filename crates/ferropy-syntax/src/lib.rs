//! Python 3.11 source text to an AST.
//!
//! One entry point, [`parse_module`] (plus [`parse_expression`] for `eval()`); the logos token
//! definitions (`token.rs`), the lexer that adds INDENT/DEDENT and implicit line joining
//! (`lexer.rs`), the lalrpop grammar (`grammar.lalrpop`, with its actions in `builders.rs`),
//! literal decoding (`strings.rs`, `fstring.rs`) and the CPython-worded error mapping
//! (`parser.rs`) stay behind it. The teaching views `--tokens` and `--ast` are
//! [`tokens_dump`] and [`ast_dump`] (`dump.rs`, `tokens_dump.rs`).
#![forbid(unsafe_code)]

pub mod ast;
mod builders;
mod dump;
mod error;
mod fstring;
mod lexer;
mod parser;
mod strings;
mod token;
mod tokens_dump;

pub use dump::{ast_dump, ast_dump_with_locations};
pub use error::{SyntaxError, SyntaxErrorKind};
pub use lexer::{MAX_EXPR_DEPTH, MAX_INDENT, MAX_PAREN_LEVEL};
pub use tokens_dump::tokens_dump;

use builders::Top;
use error::ErrorInfo;
use lexer::LexOptions;
use parser::Mode;

/// Parse a whole module (`exec` mode), as `compile(source, filename, "exec")` does.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let src = normalize(source, filename)?;
    match parser::parse(&src, LexOptions::source(), Mode::Module) {
        Ok(Top::Module(body)) => Ok(ast::Module { body }),
        Ok(Top::Expr(_)) => unreachable!("module mode yields a module"),
        Err(e) => Err(e.into_syntax_error(&src, filename)),
    }
}

/// Parse a single expression (`eval` mode), as `eval(source)` does: leading spaces and tabs
/// are stripped first, like CPython's `eval()`, and trailing newlines are allowed.
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    let src = normalize(source.trim_start_matches([' ', '\t']), filename)?;
    match parser::parse(&src, LexOptions::source(), Mode::Eval) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => unreachable!("eval mode yields an expression"),
        Err(e) => Err(e.into_syntax_error(&src, filename)),
    }
}

/// Prepare source text the way CPython's tokenizer reads it: no NUL bytes, a leading BOM
/// dropped, and `\r\n` / `\r` line endings translated to `\n`.
fn normalize(source: &str, filename: &str) -> Result<String, SyntaxError> {
    if source.contains('\0') {
        // `compile()` wording; `decode_source` gives the one CPython uses for files.
        let e = ErrorInfo::new(
            "source code string cannot contain null bytes",
            Default::default(),
            Default::default(),
        );
        return Err(e.into_syntax_error(source, filename));
    }
    let s = source.strip_prefix('\u{feff}').unwrap_or(source);
    Ok(if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_owned()
    })
}

/// Decode a source file's bytes as UTF-8 (PEP 3120), with the errors CPython 3.11 gives when
/// running such a file: "source code cannot contain null bytes" and
/// "Non-UTF-8 code starting with '\xff' in file f.py on line 1, but no encoding declared; ...".
/// PEP 263 coding declarations other than UTF-8 are not supported.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let line_of = |pos: usize| bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let text_of = |line: u32| {
        let l = bytes
            .split(|&b| b == b'\n')
            .nth(line as usize - 1)
            .unwrap_or_default();
        String::from_utf8_lossy(l).trim_end_matches('\r').to_owned()
    };
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let line = line_of(pos);
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "source code cannot contain null bytes".into(),
            filename: filename.into(),
            line,
            col: 0,
            end_line: line,
            end_col: 0,
            text: Some(text_of(line).replace('\0', "")),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = line_of(pos);
            Err(SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg: format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                     but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[pos]
                ),
                filename: filename.into(),
                line: 0,
                col: 0,
                end_line: 0,
                end_col: 0,
                text: None,
            })
        }
    }
}
