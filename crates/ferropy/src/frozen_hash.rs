//! The source hash that ties an ahead-of-time compiled module to its source (shared by
//! `build.rs`, which records it, and `compile.rs`, which checks it): FNV-1a, 64 bits.
//! It only has to tell an edited source from the one that was compiled, and costs
//! about as much as reading the text once.

pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
