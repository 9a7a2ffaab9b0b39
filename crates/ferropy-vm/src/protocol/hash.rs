//! `hash()`: CPython's numeric hash (reduction modulo 2^61 − 1, so equal numbers of any
//! type hash alike), SipHash-1-3 for str and bytes, xxHash-style tuple hashing
//! (`Python/pyhash.c`, `Objects/tupleobject.c`), and identity hashes.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::Payload;
use crate::prims::hash as prims;
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;

// The numeric, str and bytes hashes are CPython's algorithms, implemented once in
// `prims::hash` (with tables checked against python3); these wrappers adapt them to VM values.

#[inline]
pub fn hash_i64(v: i64) -> i64 {
    prims::hash_i64(v)
}

pub fn hash_bigint(v: &BigInt) -> i64 {
    prims::hash_int(v)
}

/// `_Py_HashDouble`; NaN hashes by identity in CPython, here by its bits.
pub fn hash_f64(v: f64) -> i64 {
    prims::hash_f64(v, (v.to_bits() >> 4) as usize)
}

/// `_Py_HashPointer`: identity hash from an address.
pub fn hash_pointer(addr: usize) -> i64 {
    prims::hash_pointer(addr)
}

fn key(vm: &Vm) -> prims::HashKey {
    prims::HashKey {
        k0: vm.hash_key.0,
        k1: vm.hash_key.1,
    }
}

/// SipHash-1-3 of `text` in CPython's narrowest fixed-width representation (UCS-1/2/4),
/// so that `hash(s)` equals CPython's for the same `PYTHONHASHSEED`.
pub fn hash_str_text(vm: &Vm, text: &str) -> i64 {
    prims::hash_str(text, key(vm))
}

pub fn hash_bytes(vm: &Vm, b: &[u8]) -> i64 {
    prims::hash_bytes(b, key(vm))
}

/// The (cached) hash of a str object.
#[inline]
pub fn str_hash(vm: &Vm, s: &ObjRef) -> i64 {
    match s.payload() {
        Payload::Str(ps) => {
            let h = ps.hash.get();
            if h != -1 {
                return h;
            }
            let h = hash_str_text(vm, &ps.s);
            ps.hash.set(h);
            h
        }
        _ => hash_pointer(s.addr()),
    }
}

/// Equality of a dict key with a str object, without calling Python (identity, then text).
#[inline]
pub fn str_key_eq(k: &Value, name: &ObjRef) -> bool {
    match k {
        Value::Obj(o) => {
            o.is(name)
                || match (o.payload(), name.payload()) {
                    (Payload::Str(a), Payload::Str(b)) => a.s == b.s,
                    _ => false,
                }
        }
        _ => false,
    }
}

/// The tuple hash of CPython 3.11 (`tuplehash`, an xxHash variant).
pub fn hash_tuple(vm: &Vm, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for item in items {
        let lane = hash(vm, item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// `hash(v)`.
pub fn hash(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(hash_i64(*i)),
        Value::Bool(b) => Ok(*b as i64),
        Value::Float(f) => Ok(hash_f64(*f)),
        Value::None | Value::Null => Ok(0xFCA86420 >> 4),
        Value::Obj(o) => hash_obj(vm, v, o),
    }
}

fn hash_obj(vm: &Vm, v: &Value, o: &ObjRef) -> PyResult<i64> {
    let ty = vm.type_of_obj(o);
    if !crate::types::dispatches_dunders(&ty, o) {
        return match o.payload() {
            Payload::Str(_) => Ok(str_hash(vm, o)),
            Payload::BigInt(b) => Ok(hash_bigint(b)),
            Payload::Float(f) => Ok(hash_f64(*f)),
            Payload::Complex(re, im) => {
                let h = (hash_f64(*re) as u64)
                    .wrapping_add(1000003u64.wrapping_mul(hash_f64(*im) as u64))
                    as i64;
                Ok(if h == -1 { -2 } else { h })
            }
            Payload::Bytes(b) => Ok(hash_bytes(vm, b)),
            Payload::Tuple(items) => hash_tuple(vm, items),
            Payload::FrozenSet(t) => Ok(frozenset_hash(&t.borrow())),
            Payload::Range(r) => crate::types::range::hash(vm, r),
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::ByteArray(_)
            | Payload::Slice(_) => Err(vm.type_error(format!(
                "unhashable type: '{}'",
                crate::types::type_name(&ty)
            ))),
            Payload::BoundMethod(m) => {
                let a = hash(vm, &m.1)? as u64;
                let b = hash(vm, &m.0)? as u64;
                Ok((a ^ b) as i64)
            }
            _ => Ok(hash_pointer(o.addr())),
        };
    }
    match crate::types::lookup_str(vm, &ty, "__hash__") {
        Some(Value::None) => Err(vm.type_error(format!(
            "unhashable type: '{}'",
            crate::types::type_name(&ty)
        ))),
        Some(f) if !is_object_hash(vm, &f) => {
            let r = crate::protocol::call::call_method_value(vm, &f, v, &[])?;
            match r {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(b as i64),
                Value::Obj(ref ro) if matches!(ro.payload(), Payload::BigInt(_)) => {
                    if let Payload::BigInt(b) = ro.payload() {
                        Ok(hash_bigint(b))
                    } else {
                        unreachable!()
                    }
                }
                _ => Err(vm.type_error("__hash__ method should return an integer")),
            }
        }
        _ => match o.payload() {
            Payload::Str(_)
            | Payload::BigInt(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::FrozenSet(_)
            | Payload::Float(_) => {
                // A heap subclass of a hashable builtin that does not override __hash__
                // hashes like its value (`hash(MyInt(5)) == hash(5)`).
                Ok(match o.payload() {
                    Payload::Str(_) => str_hash(vm, o),
                    Payload::BigInt(b) => hash_bigint(b),
                    Payload::Float(f) => hash_f64(*f),
                    Payload::Bytes(b) => hash_bytes(vm, b),
                    Payload::Tuple(items) => hash_tuple(vm, items)?,
                    Payload::FrozenSet(t) => frozenset_hash(&t.borrow()),
                    _ => hash_pointer(o.addr()),
                })
            }
            _ => Ok(hash_pointer(o.addr())),
        },
    }
}

fn is_object_hash(vm: &Vm, f: &Value) -> bool {
    match crate::types::lookup_str(vm, &vm.t.object, "__hash__") {
        Some(oh) => oh.is(f),
        None => false,
    }
}

/// CPython's `frozenset_hash` (order-independent shuffle of entry hashes).
pub fn frozenset_hash(d: &crate::prims::set_table::SetTable<Value>) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for (h, _) in d.iter() {
        hash ^= shuffle(h as u64);
    }
    if d.len() & 1 == 1 {
        hash ^= shuffle(0);
    }
    hash ^= ((d.len() as u64) + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}
