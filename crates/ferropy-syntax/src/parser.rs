//! Driving the lalrpop parser, and turning its errors into CPython-worded `SyntaxError`s.
//!
//! An LR parser only knows "token X was not expected here"; CPython 3.11's PEG grammar has
//! `invalid_*` rules that name the actual mistake. `map_error` recovers the common ones from
//! the token stream around the failure: a missing indented block (naming the statement and its
//! line), a missing `:`, a missing comma between two expressions in brackets, `print "x"`,
//! and `if x = 1:`.

use crate::ast::Loc;
use crate::builders::Top;
use crate::error::{ErrorInfo, SyntaxErrorKind};
use crate::lexer::{self, Kind, LexOptions, LexTok};
use crate::token::Tok;
use lalrpop_util::{lalrpop_mod, ParseError};

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code)]
    grammar,
    "/src/grammar.rs"
);

/// Which of the grammar's three start rules to use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Module,
    Eval,
    Field,
}

/// Lex and parse `src`.
pub fn parse(src: &str, opts: LexOptions, mode: Mode) -> Result<Top, ErrorInfo> {
    let (toks, unclosed) = lexer::lex_deferred(src, opts)?;
    let code: Vec<&LexTok> = toks
        .iter()
        .filter(|t| matches!(t.kind, Kind::Tok(_)))
        .collect();
    check_match_statement(&code)?;
    let start = match mode {
        Mode::Module => Tok::StartModule,
        Mode::Eval => Tok::StartEval,
        Mode::Field => Tok::StartField,
    };
    let stream =
        std::iter::once(Ok((Loc::default(), start, Loc::default()))).chain(code.iter().map(|t| {
            let Kind::Tok(tok) = &t.kind else {
                unreachable!("filtered to code tokens")
            };
            Ok((t.start, tok.clone(), t.end))
        }));
    let parsed = grammar::TopParser::new().parse(stream);
    match (parsed, unclosed) {
        (Ok(top), None) => Ok(top),
        // The parser got to the end of the tokens with a bracket open.
        (Ok(_), Some(u)) | (Err(ParseError::UnrecognizedEof { .. }), Some(u)) => Err(u),
        // CPython then tokenizes the rest of the source, and the open bracket wins over
        // the parser's error only when that error is on a later line
        // (`_PyPegen_tokenize_full_source_to_check_for_errors`).
        // CPython compares the line of the furthest token the parser fetched with the
        // bracket's. Ours stops at the failing token; the one error rule that looks past
        // its last token ("Perhaps you forgot a comma?") has fetched the end of input.
        (Err(e), Some(u)) => {
            let at = match &e {
                ParseError::UnrecognizedToken { token, .. } | ParseError::ExtraToken { token } => {
                    Some(token.0)
                }
                ParseError::InvalidToken { location } => Some(*location),
                _ => None,
            };
            let last = code.last().map(|t| t.start);
            let pe = map_error(e, &code, mode == Mode::Field);
            let looked_to_end = Some(true) == at.map(|l| Some(l) == last)
                && pe.msg.ends_with("Perhaps you forgot a comma?");
            let later = at.is_some_and(|l| l.line > u.start.line) || looked_to_end;
            if pe.kind == SyntaxErrorKind::SyntaxError && later {
                Err(u)
            } else {
                Err(pe)
            }
        }
        (Err(e), None) => Err(map_error(e, &code, mode == Mode::Field)),
    }
}

/// Parse the text of one f-string replacement field, which starts at `base` in the source.
pub fn parse_field(text: &str, base: Loc, depth: u32) -> Result<crate::ast::Expr, ErrorInfo> {
    let opts = LexOptions {
        base,
        in_parens: true,
        depth,
        trivia: false,
    };
    match parse(text, opts, Mode::Field) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => unreachable!("field mode yields an expression"),
        Err(mut e) => {
            if e.kind == SyntaxErrorKind::SyntaxError && !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

/// `match` is a soft keyword: `match = 1` is fine, but a match statement (a line
/// `match ...:` followed by an indented `case`) is a feature ferropy does not have.
fn check_match_statement(code: &[&LexTok]) -> Result<(), ErrorInfo> {
    let tok = |i: usize| match code.get(i).map(|t| &t.kind) {
        Some(Kind::Tok(t)) => Some(t),
        _ => None,
    };
    for (i, t) in code.iter().enumerate() {
        if tok(i) != Some(&Tok::Name("match".into())) {
            continue;
        }
        if i > 0 && !matches!(tok(i - 1), Some(Tok::Newline | Tok::Indent | Tok::Dedent)) {
            continue;
        }
        let Some(nl) = (i..code.len()).find(|&j| tok(j) == Some(&Tok::Newline)) else {
            continue;
        };
        if nl > i + 1
            && tok(nl - 1) == Some(&Tok::Colon)
            && tok(nl + 1) == Some(&Tok::Indent)
            && tok(nl + 2) == Some(&Tok::Name("case".into()))
        {
            return Err(ErrorInfo::new(
                "'match' statement is not supported by ferropy",
                t.start,
                t.end,
            ));
        }
    }
    Ok(())
}

fn kind(t: &LexTok) -> &Tok {
    match &t.kind {
        Kind::Tok(t) => t,
        _ => unreachable!("only code tokens reach the parser"),
    }
}

/// Map a lalrpop error to CPython's message for the same mistake.
/// `in_field` is set for an f-string field, which CPython parses as if in parentheses.
fn map_error(err: ParseError<Loc, Tok, ErrorInfo>, code: &[&LexTok], in_field: bool) -> ErrorInfo {
    let (idx, expected) = match err {
        ParseError::User { error } => return error,
        ParseError::UnrecognizedToken {
            token: (l, tok, _),
            expected,
        } => {
            let idx = code
                .iter()
                .position(|t| t.start == l && *kind(t) == tok)
                .unwrap_or(code.len());
            (idx, expected)
        }
        ParseError::UnrecognizedEof { expected, .. } => (code.len(), expected),
        ParseError::ExtraToken { token: (l, tok, _) } => {
            let idx = code
                .iter()
                .position(|t| t.start == l && *kind(t) == tok)
                .unwrap_or(code.len());
            (idx, vec![])
        }
        ParseError::InvalidToken { location } => {
            return ErrorInfo::new("invalid syntax", location, location);
        }
    };
    let here = code.get(idx).copied();
    let (start, end) = match here {
        Some(t) => (t.start, t.end),
        None => code
            .last()
            .map_or((Loc::default(), Loc::default()), |t| (t.end, t.end)),
    };
    let tok = here.map(kind);
    let prev = idx.checked_sub(1).map(|i| kind(code[i]));
    let expects = |s: &str| expected.iter().any(|e| e == s);

    if tok == Some(&Tok::Indent) {
        // CPython points at the last column of the indentation.
        let at = Loc {
            line: end.line,
            col: end.col.saturating_sub(1),
        };
        return ErrorInfo::new("unexpected indent", at, at)
            .with_kind(SyntaxErrorKind::IndentationError);
    }
    let header = logical_line_start(code, idx.saturating_sub(1));
    if expects("Indent") {
        let what = block_owner(code, header);
        let line = code.get(header).map_or(0, |t| t.start.line);
        let msg = match what {
            Some(w) => format!("expected an indented block after {w} on line {line}"),
            None => "expected an indented block".to_owned(),
        };
        let at = match here {
            Some(t) if matches!(kind(t), Tok::Dedent | Tok::Newline) => next_code_start(code, idx),
            Some(_) => start,
            // At the end of the file CPython points at the end of the header line.
            None => code.last().map_or(start, |t| t.start),
        };
        return ErrorInfo::new(msg, at, at).with_kind(SyntaxErrorKind::IndentationError);
    }
    if tok == Some(&Tok::Newline) && expects("\":\"") && block_owner(code, header).is_some() {
        let at = code[idx - 1].end;
        return ErrorInfo::new("expected ':'", at, at);
    }
    // `print "hello"`: CPython's `invalid_legacy_expression`.
    if let (Some(Tok::Name(n)), Some(t)) = (prev, tok) {
        if (n == "print" || n == "exec") && t.starts_atom() && header == idx - 1 {
            let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
            return ErrorInfo::new(msg, code[idx - 1].start, end);
        }
    }
    if let (Some(p), Some(t)) = (prev, tok) {
        let in_brackets = in_field || enclosing_bracket(code, idx).is_some();
        // Two expressions side by side inside brackets: CPython's `invalid_expression`.
        let name_then_string = matches!(p, Tok::Name(_)) && matches!(t, Tok::Str(_));
        if in_brackets && p.ends_expr() && t.starts_atom() && !name_then_string {
            let from = code[operand_start(code, idx - 1)].start;
            return ErrorInfo::new("invalid syntax. Perhaps you forgot a comma?", from, end);
        }
        if *t == Tok::Equal {
            if let Some(open) = enclosing_bracket(code, idx) {
                let from = operand_start(code, idx - 1).max(open + 1);
                if from != idx - 1 || !matches!(p, Tok::Name(_)) {
                    let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                    return ErrorInfo::new(msg, code[from].start, end);
                }
            } else if matches!(p, Tok::Name(_))
                && matches!(
                    code.get(header).map(|t| kind(t)),
                    Some(Tok::If | Tok::Elif | Tok::While)
                )
            {
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                return ErrorInfo::new(msg, code[idx - 1].start, end);
            }
        }
        if *t == Tok::ColonEqual {
            // CPython's `invalid_named_expression`: name what stands before `:=`.
            let what = match p {
                Tok::Name(_) if idx >= 2 && *kind(code[idx - 2]) == Tok::Dot => "attribute",
                Tok::Rsqb => "subscript",
                Tok::Rpar => "function call",
                Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => "literal",
                Tok::True => "True",
                Tok::False => "False",
                Tok::None => "None",
                _ => "expression",
            };
            let from = code[operand_start(code, idx - 1)].start;
            return ErrorInfo::new(
                format!("cannot use assignment expressions with {what}"),
                from,
                end,
            );
        }
        let header_tok = code.get(header).map(|t| kind(t));
        if *t == Tok::Colon
            && enclosing_bracket(code, idx).is_none()
            && !in_field
            && block_owner(code, header).is_none()
        {
            // `a, b: int`: CPython's `invalid_ann_assign_target`.
            let top_comma = (header..idx)
                .any(|j| *kind(code[j]) == Tok::Comma && enclosing_bracket(code, j).is_none());
            if top_comma
                && !matches!(
                    header_tok,
                    Some(
                        Tok::Lambda
                            | Tok::Del
                            | Tok::Return
                            | Tok::Global
                            | Tok::Import
                            | Tok::From
                    )
                )
            {
                let at = code[header].start;
                return ErrorInfo::new("only single target (not tuple) can be annotated", at, end);
            }
        }
        if *t == Tok::Newline && *p == Tok::Comma && header_tok == Some(&Tok::From) {
            return ErrorInfo::new(
                "trailing comma not allowed without surrounding parentheses",
                start,
                start,
            );
        }
        if *t == Tok::Comma && matches!(header_tok, Some(Tok::Except)) {
            let from = code[header + 1].start;
            return ErrorInfo::new("multiple exception types must be parenthesized", from, end);
        }
    }
    ErrorInfo::new("invalid syntax", start, end)
}

/// Index of the first token of the logical line containing token `i`.
fn logical_line_start(code: &[&LexTok], i: usize) -> usize {
    let mut j = i.min(code.len());
    while j > 0 && !matches!(kind(code[j - 1]), Tok::Newline | Tok::Indent | Tok::Dedent) {
        j -= 1;
    }
    j
}

/// Where the first token after `i` that is not a line break or dedent starts.
fn next_code_start(code: &[&LexTok], i: usize) -> Loc {
    code[i..]
        .iter()
        .find(|t| !matches!(kind(t), Tok::Newline | Tok::Dedent))
        .or(code.get(i))
        .map_or(Loc::default(), |t| t.start)
}

/// What CPython calls the statement whose block starts at token `i`, for
/// "expected an indented block after ...".
fn block_owner(code: &[&LexTok], mut i: usize) -> Option<String> {
    if matches!(code.get(i).map(|t| kind(t)), Some(Tok::Async)) {
        i += 1;
    }
    let first = kind(code.get(i)?);
    Some(match first {
        Tok::If => "'if' statement".into(),
        Tok::Elif => "'elif' statement".into(),
        Tok::Else => "'else' statement".into(),
        Tok::While => "'while' statement".into(),
        Tok::For => "'for' statement".into(),
        Tok::With => "'with' statement".into(),
        Tok::Try => "'try' statement".into(),
        Tok::Except if matches!(code.get(i + 1).map(|t| kind(t)), Some(Tok::Star)) => {
            "'except*' statement".into()
        }
        Tok::Except => "'except' statement".into(),
        Tok::Finally => "'finally' statement".into(),
        Tok::Def => "function definition".into(),
        Tok::Class => "class definition".into(),
        _ => return None,
    })
}

/// Index of the innermost bracket still open before token `i`, within the logical line.
fn enclosing_bracket(code: &[&LexTok], i: usize) -> Option<usize> {
    let mut level = 0usize;
    for j in (0..i).rev() {
        match kind(code[j]) {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => level += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                if level == 0 {
                    return Some(j);
                }
                level -= 1;
            }
            Tok::Newline | Tok::Indent | Tok::Dedent => return None,
            _ => {}
        }
    }
    None
}

/// Walk back from token `i` (the end of an operand) over a primary such as `a.b(c)[d]`
/// to where it starts.
fn operand_start(code: &[&LexTok], mut i: usize) -> usize {
    loop {
        if matches!(kind(code[i]), Tok::Rpar | Tok::Rsqb | Tok::Rbrace) {
            let mut level = 0usize;
            while i > 0 {
                match kind(code[i]) {
                    Tok::Rpar | Tok::Rsqb | Tok::Rbrace => level += 1,
                    Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i -= 1;
            }
        }
        if i == 0 {
            return 0;
        }
        let before = kind(code[i - 1]);
        let is_trailer = matches!(kind(code[i]), Tok::Lpar | Tok::Lsqb) && before.ends_expr();
        if is_trailer {
            i -= 1;
        } else if *before == Tok::Dot && i >= 2 {
            i -= 2;
        } else {
            return i;
        }
    }
}
