//! The `_random` module (CPython `Modules/_randommodule.c`): the MT19937 Mersenne Twister
//! with CPython's exact seeding (`init_by_array` over the 32-bit words of `abs(seed)`),
//! `random()` from two 32-bit draws, `getrandbits`, `getstate`/`setstate`; plus
//! `_sha512_digest` (for str/bytes seeds, as `random.py` version-2 seeding needs) and
//! `_urandom`.
//!
//! The generator state lives in a 2500-byte `bytearray` (624 state words and the index, as
//! little-endian u32s) that `lib/random.py`'s `_random.Random` keeps on the instance, so
//! the state is an ordinary heap object: no side tables, nothing to free.

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{Args, Payload};
use ferropy_vm::protocol::{call, iter};
use ferropy_vm::types::int::{as_int, from_bigint};
use ferropy_vm::{PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use std::cell::RefMut;

const N: usize = 624;
const M: usize = 397;
const STATE_BYTES: usize = (N + 1) * 4;

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "_random");
    m.func("_mt_seed", mt_seed)
        .func("_mt_random", mt_random)
        .func("_mt_getrandbits", mt_getrandbits)
        .func("_mt_getstate", mt_getstate)
        .func("_mt_setstate", mt_setstate)
        .func("_sha512_digest", sha512_digest)
        .func("_urandom", urandom);
    crate::run_python(vm, &m.module, "<_random>", RANDOM_PY)?;
    Ok(m.module.clone())
}

/// The `Random` base class: CPython's C type, here a thin Python class over the natives.
const RANDOM_PY: &str = r#"
class Random:
    "Random() -> create a random number generator with its own internal state."
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._mt_state = bytearray(2500)
        _mt_seed(self._mt_state, None)
        return self
    def seed(self, n=None):
        "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."
        if n is not None and type(n) is not int:
            n = hash(n) & 0xFFFFFFFFFFFFFFFF
        _mt_seed(self._mt_state, n)
    def random(self):
        "random() -> x in the interval [0, 1)."
        return _mt_random(self._mt_state)
    def getrandbits(self, k):
        "getrandbits(k) -> x.  Generates an int with k random bits."
        return _mt_getrandbits(self._mt_state, k)
    def getstate(self):
        "getstate() -> tuple containing the current state."
        return _mt_getstate(self._mt_state)
    def setstate(self, state):
        "setstate(state) -> None.  Restores generator state."
        _mt_setstate(self._mt_state, state)
Random.__module__ = '_random'
"#;

// ----- the generator ------------------------------------------------------------------------

fn state<'a>(vm: &Vm, v: &'a Value) -> PyResult<RefMut<'a, Vec<u8>>> {
    if let Value::Obj(o) = v {
        if let Payload::ByteArray(b) = o.payload() {
            let b = b.borrow_mut();
            if b.len() == STATE_BYTES {
                return Ok(b);
            }
        }
    }
    Err(vm.type_error("invalid generator state"))
}

#[inline]
fn get(s: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([s[i * 4], s[i * 4 + 1], s[i * 4 + 2], s[i * 4 + 3]])
}

#[inline]
fn set(s: &mut [u8], i: usize, v: u32) {
    s[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
}

fn genrand_uint32(s: &mut [u8]) -> u32 {
    const MAG01: [u32; 2] = [0, 0x9908_b0df];
    const UPPER: u32 = 0x8000_0000;
    const LOWER: u32 = 0x7fff_ffff;
    let mut idx = get(s, N) as usize;
    if idx >= N {
        for kk in 0..N {
            let y = (get(s, kk) & UPPER) | (get(s, (kk + 1) % N) & LOWER);
            let v = get(s, (kk + M) % N) ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            set(s, kk, v);
        }
        idx = 0;
    }
    let mut y = get(s, idx);
    set(s, N, (idx + 1) as u32);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn init_genrand(s: &mut [u8], seed: u32) {
    set(s, 0, seed);
    for i in 1..N {
        let prev = get(s, i - 1);
        set(
            s,
            i,
            1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32),
        );
    }
    set(s, N, N as u32);
}

fn init_by_array(s: &mut [u8], key: &[u32]) {
    init_genrand(s, 19_650_218);
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        let prev = get(s, i - 1);
        let v = (get(s, i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
            .wrapping_add(key[j])
            .wrapping_add(j as u32);
        set(s, i, v);
        i += 1;
        j += 1;
        if i >= N {
            set(s, 0, get(s, N - 1));
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = get(s, i - 1);
        let v =
            (get(s, i) ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        set(s, i, v);
        i += 1;
        if i >= N {
            set(s, 0, get(s, N - 1));
            i = 1;
        }
    }
    set(s, 0, 0x8000_0000);
}

fn os_random_bytes(n: usize) -> Vec<u8> {
    use std::io::Read;
    let mut buf = vec![0u8; n];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut buf).is_ok() {
            return buf;
        }
    }
    // Fallback: time and pid mixed through a splitmix64 stream.
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut x = t ^ ((std::process::id() as u64) << 32);
    for b in buf.iter_mut() {
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        *b = (z ^ (z >> 31)) as u8;
    }
    buf
}

/// `_mt_seed(state, n)`: n is None (seed from the OS) or an int (its absolute value's
/// 32-bit words, least significant first, feed `init_by_array`).
fn mt_seed(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_mt_seed", &args, 2, 2)?;
    let key: Vec<u32> = match &args.pos[1] {
        Value::None => os_random_bytes(N * 4)
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
        v => {
            let b = as_int(v)
                .ok_or_else(|| vm.type_error("seed must be an int"))?
                .to_bigint();
            let (_, digits) = b.to_u32_digits();
            if digits.is_empty() {
                vec![0]
            } else {
                digits
            }
        }
    };
    let mut s = state(vm, &args.pos[0])?;
    init_by_array(&mut s, &key);
    Ok(Value::None)
}

fn mt_random(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_mt_random", &args, 1, 1)?;
    let mut s = state(vm, &args.pos[0])?;
    let a = genrand_uint32(&mut s) >> 5;
    let b = genrand_uint32(&mut s) >> 6;
    Ok(Value::Float(
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0),
    ))
}

fn mt_getrandbits(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_mt_getrandbits", &args, 2, 2)?;
    let k = match as_int(&args.pos[1]) {
        Some(i) => i
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?,
        None => {
            let i = ferropy_vm::protocol::number::index(vm, &args.pos[1])?;
            as_int(&i)
                .and_then(|i| i.to_i64())
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut s = state(vm, &args.pos[0])?;
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        return Ok(Value::Int((genrand_uint32(&mut s) >> (32 - k)) as i64));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = genrand_uint32(&mut s);
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    drop(s);
    Ok(from_bigint(vm, BigInt::from_slice(Sign::Plus, &out)))
}

fn mt_getstate(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_mt_getstate", &args, 1, 1)?;
    let s = state(vm, &args.pos[0])?;
    let items: Vec<Value> = (0..=N).map(|i| Value::Int(get(&s, i) as i64)).collect();
    drop(s);
    Ok(vm.new_tuple(items))
}

fn mt_setstate(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_mt_setstate", &args, 2, 2)?;
    let st = &args.pos[1];
    if !vm.is_instance(st, &vm.t.tuple) {
        return Err(vm.type_error("state vector must be a tuple"));
    }
    let items = iter::collect(vm, st)?;
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N + 1);
    for v in &items {
        let w = as_int(v)
            .and_then(|i| i.to_i64())
            .filter(|w| (0..=u32::MAX as i64).contains(w))
            .ok_or_else(|| {
                vm.overflow_error("Python int too large to convert to C unsigned long")
            })?;
        words.push(w as u32);
    }
    let index = words[N];
    if index as usize > N {
        return Err(vm.value_error("invalid state"));
    }
    let mut s = state(vm, &args.pos[0])?;
    for (i, w) in words.iter().enumerate() {
        set(&mut s, i, *w);
    }
    Ok(Value::None)
}

fn urandom(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_urandom", &args, 1, 1)?;
    let n = as_int(&args.pos[0])
        .and_then(|i| i.to_i64())
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    Ok(vm.new_bytes(os_random_bytes(n as usize)))
}

// ----- SHA-512 (FIPS 180-4), for version-2 str/bytes seeds ------------------------------------

const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks(8).enumerate() {
            w[t] = u64::from_be_bytes(c.try_into().expect("8 bytes"));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

fn sha512_digest(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_sha512_digest", &args, 1, 1)?;
    let data: Vec<u8> = match &args.pos[0] {
        Value::Obj(o) => match o.payload() {
            Payload::Bytes(b) => b.to_vec(),
            Payload::ByteArray(b) => b.borrow().clone(),
            _ => return Err(vm.type_error("object supporting the buffer API required")),
        },
        _ => return Err(vm.type_error("object supporting the buffer API required")),
    };
    Ok(vm.new_bytes(sha512(&data).to_vec()))
}
