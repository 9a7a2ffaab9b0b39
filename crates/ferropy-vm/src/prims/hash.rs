//! CPython 3.11's hash functions.
//!
//! * numbers: `Python/pyhash.c` (`_Py_HashDouble`) and `Objects/longobject.c`
//!   (`long_hash`): a number's hash is its value modulo the Mersenne prime
//!   `P = 2**61 - 1` (with the sign kept), so equal ints, floats and
//!   complexes hash alike; `inf` hashes to 314159, NaN by identity.
//! * `str`/`bytes`: `Python/pyhash.c`'s SipHash-1-3 over the object's
//!   *storage bytes*.  For `str` CPython stores the narrowest of
//!   UCS-1/UCS-2/UCS-4 that fits the largest code point, so we hash those
//!   little-endian units, not UTF-8.  The key comes from the VM
//!   ([`HashKey`]); [`HashKey::from_seed`] reproduces `PYTHONHASHSEED=N`.
//! * `tuple`: `Objects/tupleobject.c`'s xxHash-based `tuplehash`.
//! * `frozenset`: `Objects/setobject.c`'s `frozenset_hash`.
//! * `object`: `_Py_HashPointer` (identity hash).
//!
//! `-1` is CPython's error return, so every function maps a result of `-1`
//! to `-2` (or the function-specific replacement).

use num_bigint::{BigInt, Sign};
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// `_PyHASH_BITS`.
pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS = 2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`.
pub const HASH_INF: i64 = 314159;
/// `_PyHASH_IMAG`.
pub const HASH_IMAG: u64 = 1000003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int that fits in `i64`.
pub fn hash_i64(v: i64) -> i64 {
    let r = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if v < 0 { -r } else { r })
}

/// `hash(n)` for an arbitrary int.
pub fn hash_int(v: &BigInt) -> i64 {
    let (sign, digits) = v.to_u64_digits();
    let m = HASH_MODULUS as u128;
    let mut x: u128 = 0;
    for d in digits.iter().rev() {
        x = ((x << 64) | *d as u128) % m;
    }
    let r = x as i64;
    fix_minus_one(if sign == Sign::Minus { -r } else { r })
}

/// `_Py_HashPointer`: the identity hash used by `object.__hash__` and NaN.
/// The low 4 bits of addresses are mostly zero, so CPython rotates them away.
pub fn hash_pointer(id: usize) -> i64 {
    fix_minus_one(id.rotate_right(4) as isize as i64)
}

/// `hash(x)` for a float; `id` is the float object's identity, used only
/// for NaN (3.10+ hashes NaNs by identity).
pub fn hash_f64(v: f64, id: usize) -> i64 {
    if v.is_nan() {
        return hash_pointer(id);
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == 0.0 {
        return 0;
    }
    // v = mant * 2**exp exactly, with mant < 2**53 < P.
    let bits = v.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    // 2**61 == 1 (mod P), so multiplying by 2**exp is a 61-bit rotation.
    let e = exp.rem_euclid(HASH_BITS as i32) as u32;
    let x = if e == 0 {
        mant
    } else {
        ((mant << e) & HASH_MODULUS) | (mant >> (HASH_BITS - e))
    };
    let x = x as i64;
    fix_minus_one(if v < 0.0 { -x } else { x })
}

/// `hash(complex(re, im))`; `id` is used if a part is NaN.
pub fn hash_complex(re: f64, im: f64, id: usize) -> i64 {
    let hr = hash_f64(re, id) as u64;
    let hi = hash_f64(im, id) as u64;
    fix_minus_one(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)) as i64)
}

/// The SipHash key (`_Py_HashSecret.siphash`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HashKey {
    pub k0: u64,
    pub k1: u64,
}

impl HashKey {
    /// The key CPython derives from `PYTHONHASHSEED=seed`: seed 0 disables
    /// randomization (all-zero key); otherwise `lcg_urandom` fills the
    /// 24-byte secret, whose first 16 bytes are the SipHash key.
    pub fn from_seed(seed: u32) -> Self {
        if seed == 0 {
            return HashKey::default();
        }
        let mut x = seed;
        let mut buf = [0u8; 16];
        for b in buf.iter_mut() {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = ((x >> 16) & 0xff) as u8;
        }
        HashKey {
            k0: u64::from_le_bytes(buf[..8].try_into().expect("8 bytes")),
            k1: u64::from_le_bytes(buf[8..].try_into().expect("8 bytes")),
        }
    }

    /// A key from 16 random bytes (what CPython reads from the OS).
    pub fn from_bytes(b: [u8; 16]) -> Self {
        HashKey {
            k0: u64::from_le_bytes(b[..8].try_into().expect("8 bytes")),
            k1: u64::from_le_bytes(b[8..].try_into().expect("8 bytes")),
        }
    }
}

/// `hash(b)` for bytes (and `_Py_HashBytes` generally): 0 for empty input.
pub fn hash_bytes(data: &[u8], key: HashKey) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut h = SipHasher13::new_with_keys(key.k0, key.k1);
    h.write(data);
    fix_minus_one(h.finish() as i64)
}

/// `hash(s)` for a str given as code points (so lone surrogates, which a
/// Rust `str` cannot hold, are supported).  `max_cp` must be the largest
/// code point (0 for empty): it selects the UCS-1/2/4 unit width.
pub fn hash_code_points<I>(cps: I, max_cp: u32, key: HashKey) -> i64
where
    I: IntoIterator<Item = u32>,
{
    let width = if max_cp < 0x100 {
        1
    } else if max_cp < 0x10000 {
        2
    } else {
        4
    };
    let mut h = SipHasher13::new_with_keys(key.k0, key.k1);
    // Feed through a small buffer: identical to hashing the whole buffer.
    let mut buf = [0u8; 256];
    let mut n = 0;
    let mut total = 0usize;
    for cp in cps {
        let bytes = cp.to_le_bytes();
        buf[n..n + width].copy_from_slice(&bytes[..width]);
        n += width;
        total += width;
        if n == buf.len() {
            h.write(&buf);
            n = 0;
        }
    }
    if total == 0 {
        return 0;
    }
    h.write(&buf[..n]);
    fix_minus_one(h.finish() as i64)
}

/// `hash(s)` for a str.
pub fn hash_str(s: &str, key: HashKey) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes(), key);
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    hash_code_points(s.chars().map(|c| c as u32), max, key)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Incremental `tuplehash`: feed each item's hash with [`add`](Self::add)
/// (the VM computes item hashes, which may call `__hash__`).
#[derive(Debug, Clone)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

impl TupleHasher {
    pub fn new() -> Self {
        TupleHasher {
            acc: XXPRIME_5,
            len: 0,
        }
    }

    pub fn add(&mut self, item_hash: i64) {
        self.acc = self
            .acc
            .wrapping_add((item_hash as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    pub fn finish(&self) -> i64 {
        // Length mixed in so that hash(()) keeps its historical value.
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

/// `hash(tuple)` from the items' hashes.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &x in item_hashes {
        h.add(x);
    }
    h.finish()
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `hash(frozenset)` from the element hashes (any order).
pub fn hash_frozenset<I: IntoIterator<Item = i64>>(item_hashes: I) -> i64 {
    // CPython xors every slot (empty and dummy ones too) and then cancels
    // their contribution; the net effect is the xor over live entries.
    let mut hash: u64 = 0;
    let mut n: u64 = 0;
    for h in item_hashes {
        hash ^= shuffle_bits(h as u64);
        n += 1;
    }
    hash ^= (n + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::{One, Pow};

    // All expected values printed by `PYTHONHASHSEED=0 python3`.
    #[test]
    fn ints() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(-2), -2);
        assert_eq!(hash_i64((1 << 61) - 1), 0);
        assert_eq!(hash_i64((1 << 61) - 2), 2305843009213693950);
        assert_eq!(hash_i64(-((1 << 61) - 2)), -2305843009213693950);
        assert_eq!(hash_i64(-(1 << 61) + 1), 0);
        assert_eq!(hash_i64(i64::MIN), hash_int(&BigInt::from(i64::MIN)));
        let two = BigInt::from(2);
        assert_eq!(hash_int(&two.clone().pow(61u32)), 1);
        assert_eq!(hash_int(&-two.clone().pow(61u32)), -2);
        assert_eq!(hash_int(&two.clone().pow(100u32)), 549755813888);
        assert_eq!(hash_int(&-two.pow(100u32)), -549755813888);
        assert_eq!(hash_int(&BigInt::one()), 1);
        assert_eq!(hash_int(&BigInt::from(0)), 0);
    }

    #[test]
    fn floats() {
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(-1.5, 0), -1152921504606846977);
        assert_eq!(hash_f64(1e300, 0), 1224995262755759164);
        assert_eq!(hash_f64(-0.0, 0), 0);
        assert_eq!(hash_f64(0.1, 0), 230584300921369408);
        assert_eq!(hash_f64(1e-300, 0), 482449582752280463);
        assert_eq!(hash_f64(5e-324, 0), 16777216);
        assert_eq!(hash_f64(f64::INFINITY, 0), 314159);
        assert_eq!(hash_f64(f64::NEG_INFINITY, 0), -314159);
        assert_eq!(hash_f64(-1.0, 0), -2);
        assert_eq!(hash_f64(2f64.powi(61), 0), 1);
        assert_eq!(hash_f64(f64::NAN, 0x1234560), hash_pointer(0x1234560));
        assert_eq!(hash_pointer(0x1234560), 0x123456);
    }

    #[test]
    fn complexes() {
        assert_eq!(hash_complex(1.0, 2.0, 0), 2000007);
        assert_eq!(hash_complex(-1.0, 0.0, 0), -2);
        assert_eq!(hash_complex(0.0, -1.0, 0), -2000006);
        assert_eq!(hash_complex(0.0, 1.0, 0), 1000003);
        assert_eq!(hash_complex(1.5, -2.25, 0), -576460752305423493);
    }

    #[test]
    fn strings_and_bytes() {
        let k = HashKey::from_seed(0);
        assert_eq!(hash_str("", k), 0);
        assert_eq!(hash_str("abc", k), -4594863902769663758);
        assert_eq!(hash_str("é", k), 6047309291227476195);
        assert_eq!(hash_str("a€", k), 5181483246891551849);
        assert_eq!(hash_str("a😀", k), -6970120874385731343);
        assert_eq!(
            hash_str("abcdefghijklmnopqrstuvwxyz0123456789", k),
            -99395660548226206
        );
        assert_eq!(hash_bytes(b"abc", k), -4594863902769663758);
        assert_eq!(hash_bytes(b"", k), 0);
        // Long non-ASCII string crosses the 256-byte buffer boundary.
        let long: String = std::iter::repeat_n("€a", 300).collect();
        let units: Vec<u8> = long.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(hash_str(&long, k), hash_bytes(&units, k));
        // PYTHONHASHSEED=42 python3 -c "print(hash('abc'), hash(b'xyz'))"
        let k42 = HashKey::from_seed(42);
        assert_eq!(hash_str("abc", k42), 3869580338025362921);
        assert_eq!(hash_bytes(b"xyz", k42), -4491887112347156947);
    }

    #[test]
    fn tuples() {
        let k = HashKey::from_seed(0);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        let inner = hash_tuple(&[2, 3]);
        assert_eq!(hash_tuple(&[1, inner, hash_i64(-1)]), -4691468712706788113);
        assert_eq!(hash_tuple(&[hash_str("abc", k)]), 4078542689555126432);
    }

    #[test]
    fn frozensets() {
        let k = HashKey::from_seed(0);
        assert_eq!(hash_frozenset([]), 133146708735736);
        assert_eq!(hash_frozenset([3, 1, 2]), -272375401224217160);
        assert_eq!(hash_frozenset([hash_i64(-1)]), 6776983852052281967);
        assert_eq!(hash_frozenset([hash_str("a", k)]), -7857795138424989601);
    }
}
