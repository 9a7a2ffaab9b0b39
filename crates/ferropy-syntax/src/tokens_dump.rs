//! `--tokens`: the token stream printed like `python3 -m tokenize file.py`.
//!
//! Each line is `"%-20s%-15s%-15r" % ("l,c-l,c:", TYPE, text)`, as `Lib/tokenize.py` `main()`
//! prints it, with columns counted in characters (tokenize works on `str`). The stream starts
//! with `ENCODING 'utf-8'` and includes the trivia the parser never sees: COMMENT, NL for
//! non-logical line breaks, and the final ENDMARKER. Keywords are NAME and every operator is
//! OP, as in tokenize's default (non-`--exact`) output.

use crate::ast::Loc;
use crate::dump::str_repr;
use crate::error::SyntaxError;
use crate::lexer::{lex, Kind, LexOptions};
use crate::token::Tok;

/// Tokenize `source` and render it as `python3 -m tokenize` does.
pub fn tokens_dump(source: &str) -> Result<String, SyntaxError> {
    let src = if source.contains('\r') {
        source.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        source.to_owned()
    };
    let opts = LexOptions {
        trivia: true,
        ..LexOptions::source()
    };
    let toks = lex(&src, opts).map_err(|e| e.into_syntax_error(&src, "<tokens>"))?;
    let lines: Vec<&str> = src.split('\n').collect();
    // Byte column to character column.
    let ccol = |l: Loc| -> usize {
        lines
            .get(l.line as usize - 1)
            .map_or(l.col as usize, |line| {
                line.get(..l.col as usize)
                    .map_or(l.col as usize, |s| s.chars().count())
            })
    };
    let mut out = String::new();
    line(&mut out, (0, 0), (0, 0), "ENCODING", "'utf-8'");
    for t in &toks {
        let text = &src[t.range.clone()];
        let (mut start, mut end) = ((t.start.line, ccol(t.start)), (t.end.line, ccol(t.end)));
        let name = match &t.kind {
            Kind::Comment => "COMMENT",
            Kind::Nl => "NL",
            Kind::EndMarker => "ENDMARKER",
            Kind::Tok(tok) => match tok {
                Tok::Name(_) => "NAME",
                Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "NUMBER",
                Tok::Str(_) => "STRING",
                Tok::Newline => "NEWLINE",
                Tok::Indent => "INDENT",
                Tok::Dedent => "DEDENT",
                Tok::StartModule | Tok::StartEval | Tok::StartField => continue,
                t if is_keyword(t) => "NAME",
                _ => "OP",
            },
        };
        if text == "\n" {
            // A line break ends on its own line, one column on.
            end = (start.0, start.1 + 1);
        }
        if matches!(t.kind, Kind::Tok(Tok::Newline)) && text.is_empty() {
            // tokenize's NEWLINE for a last line without a line break: empty, one column wide.
            end.1 += 1;
        }
        if matches!(t.kind, Kind::Tok(Tok::Dedent) | Kind::EndMarker) && t.range.start == src.len()
        {
            // At end of file these sit at the start of the line after the last one.
            let last = if src.ends_with('\n') || src.is_empty() {
                lines.len()
            } else {
                lines.len() + 1
            };
            start = (last as u32, 0);
            end = start;
        }
        if matches!(t.kind, Kind::Tok(Tok::Indent)) {
            start.1 = 0;
        }
        let range = format!("{},{}-{},{}:", start.0, start.1, end.0, end.1);
        out.push_str(&format!("{range:<20}{name:<15}{:<15}\n", str_repr(text)));
    }
    Ok(out)
}

fn line(out: &mut String, start: (u32, usize), end: (u32, usize), name: &str, text: &str) {
    let range = format!("{},{}-{},{}:", start.0, start.1, end.0, end.1);
    out.push_str(&format!("{range:<20}{name:<15}{text:<15}\n"));
}

fn is_keyword(t: &Tok) -> bool {
    matches!(
        t,
        Tok::False
            | Tok::None
            | Tok::True
            | Tok::And
            | Tok::As
            | Tok::Assert
            | Tok::Async
            | Tok::Await
            | Tok::Break
            | Tok::Class
            | Tok::Continue
            | Tok::Def
            | Tok::Del
            | Tok::Elif
            | Tok::Else
            | Tok::Except
            | Tok::Finally
            | Tok::For
            | Tok::From
            | Tok::Global
            | Tok::If
            | Tok::Import
            | Tok::In
            | Tok::Is
            | Tok::Lambda
            | Tok::Nonlocal
            | Tok::Not
            | Tok::Or
            | Tok::Pass
            | Tok::Raise
            | Tok::Return
            | Tok::Try
            | Tok::While
            | Tok::With
            | Tok::Yield
    )
}
