//! Python 3.11 source text to an AST.
//!
//! One entry point, [`parse_module`]; the logos token definitions, the lexer that adds
//! INDENT/DEDENT and implicit line joining, and the lalrpop grammar stay behind it.
#![forbid(unsafe_code)]

pub mod ast;
