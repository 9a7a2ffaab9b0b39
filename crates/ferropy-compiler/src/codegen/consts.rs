//! The constants table of one code object, deduplicated like CPython's `merge_consts_recursive`.
//!
//! Two constants share a slot only when they have the same type and the same value: `1`,
//! `1.0` and `True` stay distinct, as do `0.0` and `-0.0` (compared by bit pattern), and code
//! objects are never merged.

use ferropy_bytecode::Constant;
use num_bigint::BigInt;
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Key>),
    FrozenSet(Vec<Key>),
    Code(usize),
}

fn key(c: &Constant, serial: usize) -> Key {
    match c {
        Constant::None => Key::None,
        Constant::Bool(b) => Key::Bool(*b),
        Constant::Ellipsis => Key::Ellipsis,
        Constant::Int(i) => Key::Int(i.clone()),
        Constant::Float(f) => Key::Float(f.to_bits()),
        Constant::Complex { real, imag } => Key::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => Key::Str(s.clone()),
        Constant::Bytes(b) => Key::Bytes(b.clone()),
        Constant::Tuple(t) => Key::Tuple(t.iter().map(|c| key(c, serial)).collect()),
        Constant::FrozenSet(t) => Key::FrozenSet(t.iter().map(|c| key(c, serial)).collect()),
        Constant::Code(_) => Key::Code(serial),
    }
}

#[derive(Default)]
pub(crate) struct ConstTable {
    items: Vec<Constant>,
    index: HashMap<Key, u32>,
}

impl ConstTable {
    /// The index of `c`, adding it if new.
    pub fn add(&mut self, c: Constant) -> u32 {
        let k = key(&c, self.items.len());
        if let Some(i) = self.index.get(&k) {
            return *i;
        }
        let i = self.items.len() as u32;
        self.items.push(c);
        self.index.insert(k, i);
        i
    }

    pub fn into_vec(self) -> Vec<Constant> {
        self.items
    }
}
