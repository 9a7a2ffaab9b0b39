//! `Value`: what the VM's stacks, locals and containers hold.
//!
//! `None`, `bool`, small `int` and `float` are stored unboxed; everything else is a counted
//! reference to a heap object. Unboxing is an optimisation that Python code can only see
//! through `id()`: a small int that overflows i64 arithmetic continues as a heap big int.
//! `Null` is the VM-internal empty slot (an unbound local, CPython's `NULL` on the stack
//! before a call); it never reaches Python code.

use crate::heap::ObjRef;

/// The tag is a whole word (`repr(u64)`) so that every payload, `Bool` included, sits at
/// offset 8: a `Value` then moves as two aligned words. With the default layout `Bool`
/// lived in byte 1, and pushing a value copied bytes 1..8 with overlapping unaligned
/// loads that stall store forwarding (a quarter of the time of a call-heavy benchmark).
#[derive(Debug, Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

/// Cloning is a branch on "is it a heap reference" (then incref) and a two-word copy; the
/// derived per-variant clone compiled to a jump table that mispredicts whenever the
/// variant changes (`None` then `int` then an object...).
impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(o.clone()),
            // SAFETY: every other variant holds only `Copy` data (`bool`, `i64`, `f64`, or
            // nothing), so a bitwise copy is a valid, independent `Value` that owns no
            // reference and needs no count adjustment.
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

impl Value {
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// `a is b`. Unboxed values compare by value (CPython's small ints, `None`, `True` and
    /// `False` are singletons too); floats by bits, since each `float` is a distinct object
    /// in CPython but `x is x` must hold.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            _ => false,
        }
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}
