//! CPython's compact, insertion-ordered dict table.
//!
//! Mirrors `Objects/dictobject.c` (3.11): a dense `entries` array in insertion
//! order plus a sparse `indices` hash array probed with
//! `perturb >>= 5; i = (i*5 + perturb + 1) & mask`.  Deleting leaves a hole
//! (`None`) in `entries` and a DUMMY in `indices`, so order is preserved;
//! holes are squeezed out when the table is resized.  Growth follows CPython:
//! a table of size `n` accepts `USABLE_FRACTION(n) = 2n/3` insertions
//! (deletions do not give capacity back), then is resized to the smallest
//! power of two `>= used*3`.
//!
//! Key equality may run arbitrary Python code (`__eq__`), which may mutate the
//! very dict being searched.  Two APIs are therefore offered:
//!
//! * a closure API (`get_index_of`, `insert`, `remove`) where `eq` is called
//!   while `&self`/`&mut self` is held — only for keys whose equality cannot
//!   call back into Python (exact `str`/`int`, …);
//! * a re-entrant API ([`DictTable::probe`] / [`DictTable::probe_next`], or the
//!   ready-made [`DictTable::lookup_reentrant`]) where the VM receives
//!   candidate entry positions one at a time, releases its borrow, runs
//!   `__eq__`, and checks [`DictTable::version`] afterwards, restarting the
//!   lookup if the table changed (CPython restarts when `dk != mp->ma_keys`).
//!   Mutation then goes through position-based methods
//!   ([`DictTable::insert_new`], [`DictTable::set_value_at`],
//!   [`DictTable::remove_at`]) which run no Python code.

use std::ops::Deref;

/// One live key/value pair with its cached hash.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<K, V> {
    pub hash: i64,
    pub key: K,
    pub value: V,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;
/// `PyDict_LOG_MINSIZE`: the smallest index table has 8 slots.
const LOG_MINSIZE: u32 = 3;

/// `USABLE_FRACTION(n)`: at most 2/3 of the index slots may be used.
fn usable_fraction(n: usize) -> usize {
    (n << 1) / 3
}

/// `calculate_log2_keysize`: smallest `log2` with `1 << log2 >= minsize`.
fn log2_keysize(minsize: usize) -> u32 {
    let mut log2 = LOG_MINSIZE;
    while (1usize << log2) < minsize {
        log2 += 1;
    }
    log2
}

/// The ordered hash table behind a Python `dict`.
#[derive(Debug, Clone)]
pub struct DictTable<K, V> {
    /// Sparse index: entry position, `EMPTY` or `DUMMY`.  `i32` is enough for
    /// 2^31 entries and halves the memory of a `usize` index.
    indices: Vec<i32>,
    /// Dense entries in insertion order; `None` marks a deleted entry.
    entries: Vec<Option<Entry<K, V>>>,
    /// Number of live entries (`ma_used`).
    used: usize,
    /// Insertions left before a resize (`dk_usable`).
    usable: usize,
    /// Bumped on every mutation (insert, overwrite, delete, resize, clear).
    version: u64,
    /// Bumped when `indices`/`entries` are rebuilt (resize, clear); the
    /// analogue of CPython's `mp->ma_keys` pointer identity.
    generation: u64,
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// State of an in-progress probe for one hash; see [`DictTable::probe`].
#[derive(Debug, Clone)]
pub struct Probe {
    hash: i64,
    i: usize,
    perturb: u64,
    first: bool,
    generation: u64,
}

/// One step of a re-entrant lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProbeStep {
    /// An entry position whose stored hash equals the probed hash: the
    /// caller must compare keys (identity first, then `__eq__`).
    Candidate(usize),
    /// The probe reached an empty slot: the key is absent.
    Absent,
    /// The table was rebuilt since the probe started: restart the lookup.
    Stale,
}

impl<K, V> DictTable<K, V> {
    /// An empty table (CPython starts with a shared empty keys object and
    /// allocates 8 slots on first insert; we allocate the 8 slots eagerly).
    pub fn new() -> Self {
        Self::with_log2_size(LOG_MINSIZE)
    }

    fn with_log2_size(log2: u32) -> Self {
        let size = 1usize << log2;
        assert!(size <= i32::MAX as usize, "dict table too large");
        DictTable {
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity(usable_fraction(size)),
            used: 0,
            usable: usable_fraction(size),
            version: 0,
            generation: 0,
        }
    }

    /// A table presized for `n` items (`_PyDict_NewPresized`), as used for
    /// dict displays `{a: b, ...}` and `dict.fromkeys`.
    pub fn with_capacity(n: usize) -> Self {
        if n <= usable_fraction(1 << LOG_MINSIZE) {
            return Self::new();
        }
        // estimate_log2_keysize(n) = calculate_log2_keysize((n*3 + 1) / 2),
        // capped at PyDict_LOG_MAXPRESIZE (128Ki slots) like CPython.
        let log2 = log2_keysize((n * 3).div_ceil(2)).min(17);
        Self::with_log2_size(log2)
    }

    /// Number of live entries (`len(d)`).
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Mutation counter: changes on every insert/overwrite/delete/clear.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Changes only when the table is rebuilt (resize, clear).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Number of index slots (`dk_size`); useful for `__sizeof__`.
    pub fn index_size(&self) -> usize {
        self.indices.len()
    }

    /// Raw entries including holes; iterate positions `0..entries().len()`
    /// and skip `None` to walk the dict in insertion order.
    pub fn entries(&self) -> &[Option<Entry<K, V>>] {
        &self.entries
    }

    /// The live entry at `pos`, if any.
    pub fn entry_at(&self, pos: usize) -> Option<&Entry<K, V>> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    /// First live entry at position `>= pos`, with its position; the VM's
    /// dict iterator stores the returned position + 1.
    pub fn next_entry_from(&self, mut pos: usize) -> Option<(usize, &Entry<K, V>)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Entry<K, V>> + '_ {
        self.entries.iter().filter_map(|e| e.as_ref())
    }

    /// Replace the value at a live position (used after a re-entrant lookup
    /// found an existing key).  Returns the old value.
    pub fn set_value_at(&mut self, pos: usize, value: V) -> V {
        let e = self.entries[pos].as_mut().expect("set_value_at on a hole");
        self.version += 1;
        std::mem::replace(&mut e.value, value)
    }

    /// Mutable access to a value without counting as a mutation of the
    /// dict's structure (CPython's version tag does change on value writes,
    /// so prefer [`set_value_at`](Self::set_value_at) for `d[k] = v`).
    pub fn value_at_mut(&mut self, pos: usize) -> Option<&mut V> {
        self.entries
            .get_mut(pos)
            .and_then(|e| e.as_mut())
            .map(|e| &mut e.value)
    }

    // ----- probing -------------------------------------------------------

    /// Start a re-entrant lookup for `hash`.
    pub fn probe(&self, hash: i64) -> Probe {
        Probe {
            hash,
            i: 0,
            perturb: hash as u64,
            first: true,
            generation: self.generation,
        }
    }

    /// Advance a probe to the next entry whose hash matches.
    pub fn probe_next(&self, p: &mut Probe) -> ProbeStep {
        if p.generation != self.generation {
            return ProbeStep::Stale;
        }
        let mask = self.indices.len() - 1;
        loop {
            if p.first {
                p.first = false;
                p.i = (p.hash as u64 as usize) & mask;
            } else {
                p.perturb >>= PERTURB_SHIFT;
                p.i =
                    (p.i.wrapping_mul(5)
                        .wrapping_add(p.perturb as usize)
                        .wrapping_add(1))
                        & mask;
            }
            let ix = self.indices[p.i];
            if ix == EMPTY {
                return ProbeStep::Absent;
            }
            if ix >= 0 {
                let e = self.entries[ix as usize]
                    .as_ref()
                    .expect("index points at hole");
                if e.hash == p.hash {
                    return ProbeStep::Candidate(ix as usize);
                }
            }
        }
    }

    /// Find the entry position for a key, calling `eq` (with `&self` held)
    /// on each same-hash candidate.  Only for keys whose equality cannot
    /// re-enter the VM; otherwise use [`lookup_reentrant`](Self::lookup_reentrant).
    pub fn get_index_of<E>(
        &self,
        hash: i64,
        eq: &mut dyn FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let mut p = self.probe(hash);
        loop {
            match self.probe_next(&mut p) {
                ProbeStep::Candidate(pos) => {
                    let e = self.entries[pos].as_ref().expect("candidate is live");
                    if eq(&e.key)? {
                        return Ok(Some(pos));
                    }
                }
                ProbeStep::Absent => return Ok(None),
                ProbeStep::Stale => unreachable!("table cannot change under &self"),
            }
        }
    }

    /// Look up `hash` while the table lives behind some cell (`RefCell`,
    /// lock, GC handle...).  `access` borrows the table; the borrow is
    /// dropped before `eq` runs, so `eq` may mutate the dict.  `identical`
    /// is the `is` fast path (checked while borrowed; it must not re-enter).
    /// If the table changed while `eq` ran, the lookup restarts, as in
    /// CPython.  Returns the entry position found.
    pub fn lookup_reentrant<E, R, A, I, Q>(
        access: A,
        hash: i64,
        mut identical: I,
        mut eq: Q,
    ) -> Result<Option<usize>, E>
    where
        K: Clone,
        A: Fn() -> R,
        R: Deref<Target = Self>,
        I: FnMut(&K) -> bool,
        Q: FnMut(K) -> Result<bool, E>,
    {
        'restart: loop {
            let mut p = access().probe(hash);
            loop {
                let (pos, key, version) = {
                    let t = access();
                    match t.probe_next(&mut p) {
                        ProbeStep::Absent => return Ok(None),
                        ProbeStep::Stale => continue 'restart,
                        ProbeStep::Candidate(pos) => {
                            let k = &t.entries[pos].as_ref().expect("live").key;
                            if identical(k) {
                                return Ok(Some(pos));
                            }
                            (pos, k.clone(), t.version)
                        }
                    }
                };
                let r = eq(key)?;
                if access().version != version {
                    continue 'restart;
                }
                if r {
                    return Ok(Some(pos));
                }
            }
        }
    }

    // ----- mutation ------------------------------------------------------

    /// Insert a key known to be absent (the caller has just looked it up and
    /// run no Python code since).  Returns the new entry's position.
    pub fn insert_new(&mut self, hash: i64, key: K, value: V) -> usize {
        if self.usable == 0 {
            // insertion_resize: GROWTH_RATE(d) = used * 3.
            self.resize(log2_keysize(self.used * 3));
        }
        let slot = self.find_empty_slot(hash);
        let pos = self.entries.len();
        self.indices[slot] = pos as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
        self.version += 1;
        pos
    }

    /// `d[key] = value` with a non-reentrant `eq`.  Returns the previous
    /// value if the key was present (the original key object is kept, as in
    /// CPython).
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        eq: &mut dyn FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        match self.get_index_of(hash, eq)? {
            Some(pos) => Ok(Some(self.set_value_at(pos, value))),
            None => {
                self.insert_new(hash, key, value);
                Ok(None)
            }
        }
    }

    /// Delete the live entry at `pos` (found by a lookup), returning it.
    pub fn remove_at(&mut self, pos: usize) -> Entry<K, V> {
        let hash = self.entries[pos]
            .as_ref()
            .expect("remove_at on a hole")
            .hash;
        let slot = self.lookup_slot_of_pos(hash, pos);
        self.indices[slot] = DUMMY;
        self.used -= 1;
        self.version += 1;
        // CPython does not give back `usable`: the DUMMY still occupies it.
        self.entries[pos].take().expect("live")
    }

    /// `del d[key]` / `d.pop(key)` with a non-reentrant `eq`.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        eq: &mut dyn FnMut(&K) -> Result<bool, E>,
    ) -> Result<Option<Entry<K, V>>, E> {
        Ok(self.get_index_of(hash, eq)?.map(|pos| self.remove_at(pos)))
    }

    /// `dict.popitem()`: remove the last inserted live entry (LIFO).
    pub fn popitem(&mut self) -> Option<(K, V)> {
        let mut i = self.entries.len();
        while i > 0 && self.entries[i - 1].is_none() {
            i -= 1;
        }
        if i == 0 {
            return None;
        }
        let e = self.remove_at(i - 1);
        // CPython sets dk_nentries = i: trailing holes are dropped, but the
        // usable count is not restored (a DUMMY remains in the index).
        self.entries.truncate(i - 1);
        Some((e.key, e.value))
    }

    /// `dict.clear()`: back to an empty minimum-size table.
    pub fn clear(&mut self) {
        let version = self.version + 1;
        let generation = self.generation + 1;
        *self = Self::new();
        self.version = version;
        self.generation = generation;
    }

    /// Index slot that points at entry `pos` (CPython's `lookdict_index`).
    fn lookup_slot_of_pos(&self, hash: i64, pos: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == pos as i32 {
                return i;
            }
            assert!(ix != EMPTY, "entry not reachable from its hash");
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// First EMPTY or DUMMY slot on the probe path (`find_empty_slot`).
    fn find_empty_slot(&self, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        i
    }

    /// `dictresize`: new index of `1 << log2` slots, entries compacted.
    fn resize(&mut self, log2: u32) {
        let size = 1usize << log2;
        assert!(size <= i32::MAX as usize, "dict table too large");
        let old = std::mem::take(&mut self.entries);
        self.entries = Vec::with_capacity(usable_fraction(size));
        self.entries.extend(old.into_iter().filter(|e| e.is_some()));
        self.indices = vec![EMPTY; size];
        for (pos, e) in self.entries.iter().enumerate() {
            let slot = self.find_empty_slot(e.as_ref().expect("compacted").hash);
            self.indices[slot] = pos as i32;
        }
        self.usable = usable_fraction(size) - self.used;
        self.generation += 1;
        self.version += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    type T = DictTable<i64, &'static str>;

    fn ins(t: &mut T, k: i64, v: &'static str) -> Option<&'static str> {
        t.insert::<()>(k, k, v, &mut |x| Ok(*x == k)).unwrap()
    }
    fn del(t: &mut T, k: i64) -> bool {
        t.remove::<()>(k, &mut |x| Ok(*x == k)).unwrap().is_some()
    }
    fn keys(t: &T) -> Vec<i64> {
        t.iter().map(|e| e.key).collect()
    }

    #[test]
    fn insertion_order_and_reinsert_after_delete() {
        // python3: d={}; [d.__setitem__(i,i) for i in range(10)];
        // del d[3]; d[3]=0; list(d) -> [0, 1, 2, 4, 5, 6, 7, 8, 9, 3]
        let mut t = T::new();
        for i in 0..10 {
            assert_eq!(ins(&mut t, i, "x"), None);
        }
        assert!(del(&mut t, 3));
        assert!(!del(&mut t, 3));
        ins(&mut t, 3, "y");
        assert_eq!(keys(&t), vec![0, 1, 2, 4, 5, 6, 7, 8, 9, 3]);
        assert_eq!(t.len(), 10);
        assert_eq!(ins(&mut t, 5, "z"), Some("x"));
        assert_eq!(keys(&t), vec![0, 1, 2, 4, 5, 6, 7, 8, 9, 3]);
    }

    #[test]
    fn growth_matches_cpython() {
        // 8 slots hold 5 entries; the 6th insert resizes to used*3=15 -> 16
        // slots; 16 hold 10; the 11th resizes to 30 -> 32.
        let mut t = T::new();
        let mut sizes = vec![];
        for i in 0..22 {
            ins(&mut t, i, "v");
            sizes.push(t.index_size());
        }
        assert_eq!(&sizes[..6], &[8, 8, 8, 8, 8, 16]);
        assert_eq!(sizes[9], 16);
        assert_eq!(sizes[10], 32);
        assert_eq!(sizes[20], 32);
        assert_eq!(sizes[21], 64);
        // Deletions do not return capacity: insert/delete churn resizes
        // (compacting) at the same size.
        let mut t = T::new();
        for i in 0..5 {
            ins(&mut t, i, "v");
        }
        del(&mut t, 0);
        del(&mut t, 1);
        let g = t.generation();
        ins(&mut t, 100, "v"); // usable exhausted -> resize to log2(3*3)=16
        assert_ne!(t.generation(), g);
        assert_eq!(t.index_size(), 16);
        assert_eq!(t.entries().len(), 4); // holes squeezed out
        assert_eq!(keys(&t), vec![2, 3, 4, 100]);
    }

    #[test]
    fn colliding_hashes_and_negative_hashes() {
        let mut t: DictTable<&'static str, i32> = DictTable::new();
        // Same hash, different keys: probe keeps going on eq=false.
        for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
            t.insert::<()>(-2, k, v, &mut |x| Ok(*x == k)).unwrap();
        }
        assert_eq!(t.len(), 3);
        let pos = t
            .get_index_of::<()>(-2, &mut |x| Ok(*x == "c"))
            .unwrap()
            .unwrap();
        assert_eq!(t.entry_at(pos).unwrap().value, 3);
        assert!(t
            .remove::<()>(-2, &mut |x| Ok(*x == "b"))
            .unwrap()
            .is_some());
        assert_eq!(
            t.get_index_of::<()>(-2, &mut |x| Ok(*x == "b")).unwrap(),
            None
        );
        assert!(t
            .get_index_of::<()>(-2, &mut |x| Ok(*x == "c"))
            .unwrap()
            .is_some());
        // Huge/negative hashes exercise the unsigned perturb.
        let mut t = T::new();
        for k in [i64::MIN, -1, i64::MAX, 0, 1 << 40] {
            ins(&mut t, k, "v");
        }
        for k in [i64::MIN, -1, i64::MAX, 0, 1 << 40] {
            assert!(t
                .get_index_of::<()>(k, &mut |x| Ok(*x == k))
                .unwrap()
                .is_some());
        }
    }

    #[test]
    fn eq_error_propagates() {
        let mut t = T::new();
        ins(&mut t, 1, "v");
        let r = t.get_index_of(1, &mut |_| Err("boom"));
        assert_eq!(r, Err("boom"));
    }

    #[test]
    fn popitem_and_clear() {
        // python3: d={'a':1,'b':2}; d.popitem() -> ('b', 2)
        let mut t = T::new();
        for i in 0..4 {
            ins(&mut t, i, "v");
        }
        del(&mut t, 3);
        assert_eq!(t.popitem(), Some((2, "v")));
        assert_eq!(t.entries().len(), 2);
        ins(&mut t, 9, "w");
        assert_eq!(keys(&t), vec![0, 1, 9]);
        let v = t.version();
        t.clear();
        assert!(t.version() > v);
        assert!(t.is_empty());
        assert_eq!(t.popitem(), None);
        assert_eq!(t.index_size(), 8);
    }

    #[test]
    fn iteration_by_position() {
        let mut t = T::new();
        for i in 0..5 {
            ins(&mut t, i, "v");
        }
        del(&mut t, 1);
        let mut pos = 0;
        let mut seen = vec![];
        while let Some((p, e)) = t.next_entry_from(pos) {
            seen.push(e.key);
            pos = p + 1;
        }
        assert_eq!(seen, vec![0, 2, 3, 4]);
    }

    #[test]
    fn presized() {
        assert_eq!(T::with_capacity(5).index_size(), 8);
        assert_eq!(T::with_capacity(6).index_size(), 16);
        assert_eq!(T::with_capacity(11).index_size(), 32);
    }

    #[test]
    fn reentrant_lookup_restarts_after_mutation() {
        // Keys are (id, value); "equality" compares value, identity compares id.
        let cell: RefCell<DictTable<(u32, i64), i32>> = RefCell::new(DictTable::new());
        for (id, k) in [(1, 10), (2, 20)] {
            cell.borrow_mut().insert_new(7, (id, k), 0);
        }
        // First __eq__ call deletes the first candidate and grows the dict:
        // the lookup must restart and still find key 20.
        let mut calls = 0;
        let r: Result<Option<usize>, ()> = DictTable::lookup_reentrant(
            || cell.borrow(),
            7,
            |k| k.0 == 99,
            |k| {
                calls += 1;
                if calls == 1 {
                    let mut t = cell.borrow_mut();
                    let pos = t
                        .get_index_of::<()>(7, &mut |x| Ok(x.0 == 1))
                        .unwrap()
                        .unwrap();
                    t.remove_at(pos);
                    for i in 0..20 {
                        t.insert_new(1000 + i, (50, 1000 + i), 1);
                    }
                }
                Ok(k.1 == 20)
            },
        );
        let pos = r.unwrap().unwrap();
        assert_eq!(cell.borrow().entry_at(pos).unwrap().key, (2, 20));
        assert!(calls >= 2);
        // Identity fast path: eq never called.
        let r: Result<Option<usize>, ()> =
            DictTable::lookup_reentrant(|| cell.borrow(), 7, |k| k.0 == 2, |_| panic!("eq"));
        assert!(r.unwrap().is_some());
        // Absent key.
        let r: Result<Option<usize>, ()> =
            DictTable::lookup_reentrant(|| cell.borrow(), 8, |_| false, |_| Ok(true));
        assert_eq!(r.unwrap(), None);
    }
}
