//! The compact ordered hash table behind `dict`, `set`, namespaces and type dicts
//! (CPython's `Objects/dictobject.c` layout: a dense entry array in insertion order plus a
//! sparse index array probed with CPython's perturbation scheme).
//!
//! This module only stores and finds entries; it never compares keys itself. Key equality
//! can run Python code (`__eq__`), which may even mutate the table being searched, so
//! lookups are driven from `types::dict` through [`Dict::find_by`] (for comparisons that
//! cannot call Python) and [`Dict::candidates`] + [`Dict::version`] (for those that can):
//! the caller compares with no borrow held and restarts if the version moved, as CPython
//! restarts when `mp->ma_keys` changes under it.

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry (kept so positions stay stable until a resize).
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct Dict {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    used: usize,
    /// Index slots that are not EMPTY (live + dummies): what decides when to resize.
    fill: usize,
    version: u64,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// The bytes its two tables own (for the host's heap limit).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.indices.capacity() * std::mem::size_of::<u32>()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        if n > 0 {
            d.entries.reserve(n);
            let size = (n * 3 / 2 + 1).next_power_of_two().max(MIN_SIZE);
            d.indices = vec![EMPTY; size];
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Bumped on every mutation; see the module docs.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// One past the last entry position (positions of deleted entries are skipped by
    /// [`Dict::entry_at`]).
    #[inline]
    pub fn capacity_positions(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at `pos`, if any.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| !e.key.is_null())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|e| &e.key)
    }

    /// Probe for `hash`, calling `eq` on each live entry with that hash (in probe order)
    /// until it returns true; returns that entry's position.
    #[inline]
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.indices[i] {
                EMPTY => return None,
                DUMMY => {}
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash && !e.key.is_null() && eq(&e.key) {
                        return Some(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Positions of the live entries whose hash equals `hash`, in probe order.
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        if self.indices.is_empty() {
            return out;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.indices[i] {
                EMPTY => return out,
                DUMMY => {}
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash && !e.key.is_null() {
                        out.push(ix as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Add an entry the caller has checked is absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.indices.is_empty() || (self.fill + 1) * 3 > self.indices.len() * 2 {
            self.grow();
        }
        let pos = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.place(hash, pos);
        self.used += 1;
        self.version += 1;
    }

    /// Replace the value of the entry at `pos`, returning the old one.
    pub fn replace_value(&mut self, pos: usize, value: Value) -> Value {
        self.version += 1;
        std::mem::replace(&mut self.entries[pos].value, value)
    }

    /// Remove the entry at `pos`, returning its key and value. Order of the rest is kept.
    pub fn remove_at(&mut self, pos: usize) -> (Value, Value) {
        let hash = self.entries[pos].hash;
        // Turn the index slot pointing at `pos` into a dummy so probe chains stay intact.
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != pos as u32 {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = DUMMY;
        let e = &mut self.entries[pos];
        let key = std::mem::take(&mut e.key);
        let value = std::mem::take(&mut e.value);
        self.used -= 1;
        self.version += 1;
        // Drop trailing deleted entries so popitem stays O(1) amortised.
        // (Their index slots are already dummies, so nothing points at them.)
        while self.entries.last().is_some_and(|e| e.key.is_null()) {
            self.entries.pop();
        }
        (key, value)
    }

    /// Position of the last live entry (`popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }

    pub fn clear(&mut self) -> Vec<Entry> {
        self.used = 0;
        self.version += 1;
        self.indices.clear();
        self.fill = 0;
        std::mem::take(&mut self.entries)
    }

    fn place(&mut self, hash: i64, pos: u32) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != EMPTY {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.indices[i] = pos;
        self.fill += 1;
    }

    fn grow(&mut self) {
        // CPython's GROWTH_RATE: used * 3.
        let size = ((self.used + 1) * 3).next_power_of_two().max(MIN_SIZE);
        self.rebuild(size);
    }

    /// Compact the entries (dropping deleted ones) and rebuild the index at `size`.
    fn rebuild(&mut self, size: usize) {
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        self.fill = 0;
        for pos in 0..self.entries.len() {
            let h = self.entries[pos].hash;
            self.place(h, pos as u32);
        }
    }
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        let mut d = Dict::with_capacity(self.used);
        for e in self.iter() {
            d.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insert_find_remove_keep_order() {
        let mut d = Dict::new();
        for i in 0..100i64 {
            d.insert_new(i % 7, Value::Int(i), Value::Int(i * 2));
        }
        for i in (0..100i64).step_by(3) {
            let pos = d
                .find_by(i % 7, |k| matches!(k, Value::Int(x) if *x == i))
                .unwrap();
            d.remove_at(pos);
        }
        let keys: Vec<i64> = d
            .keys()
            .map(|k| if let Value::Int(i) = k { *i } else { -1 })
            .collect();
        let expect: Vec<i64> = (0..100).filter(|i| i % 3 != 0).collect();
        assert_eq!(keys, expect);
        assert_eq!(d.len(), expect.len());
    }
}
