//! Code objects as bytes and back: CPython's `marshal` for code, used for the standard
//! library compiled ahead of time.
//!
//! CPython never compiles its standard library at start-up: it loads `.pyc` files, or
//! for the modules every run needs, code frozen into the binary. ferropy does the same
//! for its embedded `lib/` modules: the `ferropy` crate's build script compiles them and
//! embeds [`dump`]'s bytes; importing one runs [`load`] instead of the lexer, parser and
//! compiler (`import asyncio` went from 42 to 13 ms).
//!
//! The format is private to one build (the bytes are made and read by the same
//! compiler version), so it needs no compatibility story: a leading [`MAGIC`] guards
//! against mixing builds, and [`load`] answers `None` for anything it does not
//! understand, in which case the caller compiles the source as before.

use crate::code::{
    CodeFlags, CodeObject, Constant, ExceptionTableEntry, Instruction, LocalKind, Location,
};
use crate::opcode::Opcode;
use num_bigint::BigInt;
use std::sync::Arc;

/// Bumped whenever `CodeObject` or this encoding changes.
pub const MAGIC: u32 = 0x4650_0001;

/// Encode a code object (and the code objects among its constants).
pub fn dump(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(4096));
    w.u32(MAGIC);
    w.code(code);
    w.0
}

/// Decode what [`dump`] made; `None` if the bytes are not a code object of this build.
pub fn load(bytes: &[u8]) -> Option<CodeObject> {
    let mut r = Reader { bytes, pos: 0 };
    if r.u32()? != MAGIC {
        return None;
    }
    let code = r.code(0)?;
    (r.pos == bytes.len()).then_some(code)
}

struct Writer(Vec<u8>);

impl Writer {
    /// LEB128: most numbers here (args, lines, lengths) fit in one byte.
    fn u32(&mut self, mut v: u32) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }

    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).expect("code object part over 4G"));
    }

    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.0.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }

    fn f64(&mut self, f: f64) {
        self.0.extend_from_slice(&f.to_bits().to_le_bytes());
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.0.push(0),
            Constant::Bool(b) => self.0.push(if *b { 2 } else { 1 }),
            Constant::Ellipsis => self.0.push(3),
            Constant::Int(i) => {
                self.0.push(4);
                self.bytes(&i.to_signed_bytes_le());
            }
            Constant::Float(f) => {
                self.0.push(5);
                self.f64(*f);
            }
            Constant::Complex { real, imag } => {
                self.0.push(6);
                self.f64(*real);
                self.f64(*imag);
            }
            Constant::Str(s) => {
                self.0.push(7);
                self.str(s);
            }
            Constant::Bytes(b) => {
                self.0.push(8);
                self.bytes(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.0.push(if matches!(c, Constant::Tuple(_)) {
                    9
                } else {
                    10
                });
                self.len(items.len());
                for i in items {
                    self.constant(i);
                }
            }
            Constant::Code(code) => {
                self.0.push(11);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.str(&c.name);
        self.str(&c.qualname);
        self.str(&c.filename);
        for n in [
            c.first_line,
            c.arg_count,
            c.posonly_arg_count,
            c.kwonly_arg_count,
            c.flags.0,
            c.max_stackdepth,
        ] {
            self.u32(n);
        }
        self.len(c.instructions.len());
        for (ins, loc) in c.instructions.iter().zip(&c.locations) {
            self.0.push(ins.op as u8);
            self.u32(ins.arg);
            // Lines relative to the code's first line keep the common case one byte.
            self.u32(loc.line);
            self.u32(loc.end_line.wrapping_sub(loc.line));
            self.u32(loc.col);
            self.u32(loc.end_col);
        }
        self.len(c.constants.len());
        for k in &c.constants {
            self.constant(k);
        }
        self.len(c.names.len());
        for n in &c.names {
            self.str(n);
        }
        self.len(c.localsplus_names.len());
        for (n, k) in c.localsplus_names.iter().zip(&c.localsplus_kinds) {
            self.str(n);
            self.0.push(match k {
                LocalKind::Local => 0,
                LocalKind::Cell => 1,
                LocalKind::LocalCell => 2,
                LocalKind::Free => 3,
            });
        }
        self.len(c.exception_table.len());
        for e in &c.exception_table {
            self.u32(e.start);
            self.u32(e.end);
            self.u32(e.target);
            self.u32(e.depth);
            self.0.push(e.push_lasti as u8);
        }
        match &c.docstring {
            None => self.0.push(0),
            Some(d) => {
                self.0.push(1);
                self.str(d);
            }
        }
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// Nested code objects deeper than this are not something the compiler makes.
const MAX_DEPTH: usize = 200;

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn u32(&mut self) -> Option<u32> {
        let mut v: u32 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            v |= u32::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn len(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        // Every item takes at least one byte: a larger count is corrupt input.
        (n <= self.bytes.len() - self.pos).then_some(n)
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        let b = self.bytes.get(self.pos..self.pos + n)?;
        self.pos += n;
        Some(b)
    }

    fn str(&mut self) -> Option<String> {
        std::str::from_utf8(self.bytes()?).ok().map(str::to_string)
    }

    fn f64(&mut self) -> Option<f64> {
        let b = self.bytes.get(self.pos..self.pos + 8)?;
        self.pos += 8;
        Some(f64::from_bits(u64::from_le_bytes(b.try_into().ok()?)))
    }

    fn constant(&mut self, depth: usize) -> Option<Constant> {
        Some(match self.byte()? {
            0 => Constant::None,
            1 => Constant::Bool(false),
            2 => Constant::Bool(true),
            3 => Constant::Ellipsis,
            4 => Constant::Int(BigInt::from_signed_bytes_le(self.bytes()?)),
            5 => Constant::Float(self.f64()?),
            6 => Constant::Complex {
                real: self.f64()?,
                imag: self.f64()?,
            },
            7 => Constant::Str(self.str()?),
            8 => Constant::Bytes(self.bytes()?.to_vec()),
            tag @ (9 | 10) => {
                if depth > MAX_DEPTH {
                    return None;
                }
                let n = self.len()?;
                let items = (0..n)
                    .map(|_| self.constant(depth + 1))
                    .collect::<Option<Vec<_>>>()?;
                if tag == 9 {
                    Constant::Tuple(items)
                } else {
                    Constant::FrozenSet(items)
                }
            }
            11 => Constant::Code(Arc::new(self.code(depth + 1)?)),
            _ => return None,
        })
    }

    fn code(&mut self, depth: usize) -> Option<CodeObject> {
        if depth > MAX_DEPTH {
            return None;
        }
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let first_line = self.u32()?;
        let arg_count = self.u32()?;
        let posonly_arg_count = self.u32()?;
        let kwonly_arg_count = self.u32()?;
        let flags = CodeFlags(self.u32()?);
        let max_stackdepth = self.u32()?;
        let n = self.len()?;
        let mut instructions = Vec::with_capacity(n);
        let mut locations = Vec::with_capacity(n);
        for _ in 0..n {
            let op = opcode_from_u8(self.byte()?)?;
            instructions.push(Instruction {
                op,
                arg: self.u32()?,
            });
            let line = self.u32()?;
            let end_line = line.wrapping_add(self.u32()?);
            locations.push(Location {
                line,
                end_line,
                col: self.u32()?,
                end_col: self.u32()?,
            });
        }
        let n = self.len()?;
        let constants = (0..n)
            .map(|_| self.constant(depth))
            .collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let names = (0..n).map(|_| self.str()).collect::<Option<Vec<_>>>()?;
        let n = self.len()?;
        let mut localsplus_names = Vec::with_capacity(n);
        let mut localsplus_kinds = Vec::with_capacity(n);
        for _ in 0..n {
            localsplus_names.push(self.str()?);
            localsplus_kinds.push(match self.byte()? {
                0 => LocalKind::Local,
                1 => LocalKind::Cell,
                2 => LocalKind::LocalCell,
                3 => LocalKind::Free,
                _ => return None,
            });
        }
        let n = self.len()?;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            exception_table.push(ExceptionTableEntry {
                start: self.u32()?,
                end: self.u32()?,
                target: self.u32()?,
                depth: self.u32()?,
                push_lasti: self.byte()? != 0,
            });
        }
        let docstring = match self.byte()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return None,
        };
        Some(CodeObject {
            name,
            qualname,
            filename,
            first_line,
            arg_count,
            posonly_arg_count,
            kwonly_arg_count,
            flags,
            instructions,
            locations,
            constants,
            names,
            localsplus_names,
            localsplus_kinds,
            exception_table,
            max_stackdepth,
            docstring,
        })
    }
}

fn opcode_from_u8(b: u8) -> Option<Opcode> {
    static TABLE: std::sync::OnceLock<[Option<Opcode>; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [None; 256];
        for op in Opcode::ALL {
            t[*op as u8 as usize] = Some(*op);
        }
        t
    })[b as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CodeObject {
        let inner = CodeObject {
            name: "f".into(),
            qualname: "C.f".into(),
            filename: "<t>".into(),
            first_line: 3,
            arg_count: 1,
            posonly_arg_count: 0,
            kwonly_arg_count: 1,
            flags: CodeFlags(CodeFlags::OPTIMIZED | CodeFlags::GENERATOR),
            instructions: vec![Instruction {
                op: Opcode::ALL[0],
                arg: 300,
            }],
            locations: vec![Location {
                line: 4,
                end_line: 5,
                col: 1,
                end_col: 70000,
            }],
            constants: vec![
                Constant::Int(BigInt::from(-12345678901234567_i64) * 1000),
                Constant::Complex {
                    real: -0.0,
                    imag: f64::INFINITY,
                },
                Constant::FrozenSet(vec![
                    Constant::Str("é".into()),
                    Constant::Bytes(vec![0, 255]),
                ]),
            ],
            names: vec!["x".into()],
            localsplus_names: vec!["a".into(), "b".into()],
            localsplus_kinds: vec![LocalKind::LocalCell, LocalKind::Free],
            exception_table: vec![ExceptionTableEntry {
                start: 0,
                end: 1,
                target: 1,
                depth: 2,
                push_lasti: true,
            }],
            max_stackdepth: 4,
            docstring: Some("doc".into()),
        };
        CodeObject {
            name: "<module>".into(),
            qualname: "<module>".into(),
            filename: "<t>".into(),
            first_line: 1,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            flags: CodeFlags::default(),
            instructions: vec![],
            locations: vec![],
            constants: vec![
                Constant::None,
                Constant::Bool(true),
                Constant::Ellipsis,
                Constant::Float(1.5),
                Constant::Tuple(vec![Constant::Code(Arc::new(inner))]),
            ],
            names: vec![],
            localsplus_names: vec![],
            localsplus_kinds: vec![],
            exception_table: vec![],
            max_stackdepth: 0,
            docstring: None,
        }
    }

    #[test]
    fn round_trip() {
        let c = sample();
        assert_eq!(load(&dump(&c)), Some(c));
    }

    #[test]
    fn corrupt_input_is_refused_not_a_panic() {
        let bytes = dump(&sample());
        assert_eq!(load(&bytes[..bytes.len() - 1]), None);
        assert_eq!(load(&[]), None);
        for i in 4..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            let _ = load(&b);
        }
    }
}
