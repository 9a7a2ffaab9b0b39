//! CPython 3.11's list sort (timsort with the powersort merge policy), ported from
//! `Objects/listobject.c` so that a sort makes exactly the same `<` comparisons, with the
//! same operands in the same order, as `list.sort()` / `sorted()` do in CPython.
//!
//! Why a faithful port rather than any stable sort: comparisons run user code. A
//! `__lt__` that prints, counts, raises or is inconsistent (`a < b` and `b < a` both
//! true) makes the comparison sequence observable, and with inconsistent comparisons
//! even the final order depends on which pairs were compared. Every comparison here is
//! `lt(x, y)`, meaning CPython's `ISLT(x, y)`, i.e. `PyObject_RichCompareBool(x, y,
//! Py_LT)`: `x` is always the left operand whose `__lt__` is tried first.
//!
//! On a comparison error the sort stops at once and returns it; like CPython, the slice
//! is then left as a permutation of its input (partially sorted exactly as CPython's
//! list would be: merges copy their temp storage back the way `merge_lo`/`merge_hi`'s
//! `Fail` paths do).
//!
//! The algorithm works on any `T: Clone`; ferropy sorts a vector of indices into the key
//! array, so `T` is `usize` there. Cloning is only used where CPython copies pointers.
//! `reverse=True` is the caller's business (CPython reverses, sorts stably, reverses
//! back; `sort_values` does the same with its index vector).

/// CPython's `MIN_GALLOP`: the initial number of consecutive wins by one run before
/// `merge_lo`/`merge_hi` switch to galloping mode.
const MIN_GALLOP: usize = 7;

/// One pending run on the merge stack (CPython's `struct s_slice`): `base..base+len`
/// of the slice, and its powersort "power" (depth in the conceptual merge tree).
#[derive(Clone, Copy, Debug)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// CPython's `MergeState`: the adaptive `min_gallop`, the pending-run stack and the
/// temp array for merges (a `Vec` reused across merges instead of `temparray`).
struct MergeState<T> {
    min_gallop: usize,
    listlen: usize,
    pending: Vec<Run>,
    tmp: Vec<T>,
}

/// How a merge loop ended; mirrors the `goto Succeed` / `goto Fail` / `goto CopyA|B`
/// labels of `merge_lo` and `merge_hi`.
enum Exit<E> {
    Succeed,
    Fail(E),
    Copy,
}

/// Sorts `v` stably in place with the "less than" predicate `lt`, making exactly the
/// comparisons CPython 3.11's `list_sort_impl` makes (minus its pre-sort type checks,
/// which only pick a faster comparison function, never a different comparison order).
///
/// `lt(x, y)` must return whether `x < y`. If it returns an error, sorting stops, the
/// error is returned and `v` is left as the same permutation CPython would leave.
pub fn sort<T: Clone, E>(
    v: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        listlen: n,
        pending: Vec::new(),
        tmp: Vec::new(),
    };
    // March over the array once, left to right, finding natural runs and extending
    // short ones to `minrun` elements (the main loop of `list_sort_impl`).
    let minrun = merge_compute_minrun(n);
    let mut lo = 0;
    let mut nremaining = n;
    while nremaining > 0 {
        let (mut run, descending) = count_run(v, lo, lo + nremaining, lt)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = nremaining.min(minrun);
            binarysort(v, lo, lo + force, lo + run, lt)?;
            run = force;
        }
        ms.found_new_run(v, run, lt)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        nremaining -= run;
    }
    ms.merge_force_collapse(v, lt)
}

/// Mirrors `merge_compute_minrun`: `n` itself if `n < 64`, else a `k` in 32..=64 such
/// that `n / k` is close to, but strictly less than, a power of two.
fn merge_compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Mirrors `binarysort`: binary insertion sort of `v[lo..hi]`, where `v[lo..start]` is
/// already sorted. Stable: a pivot goes after any elements equal to it. The pivot is
/// the left operand of every comparison (`ISLT(pivot, *p)`). On error the current pivot
/// has not moved yet, so `v` is a permutation of its input.
fn binarysort<T, E>(
    v: &mut [T],
    lo: usize,
    hi: usize,
    mut start: usize,
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    debug_assert!(lo <= start && start <= hi);
    if lo == start {
        start += 1;
    }
    while start < hi {
        // Invariants: pivot >= all in [lo, l); pivot < all in [r, start).
        let mut l = lo;
        let mut r = start;
        loop {
            let p = l + ((r - l) >> 1);
            if lt(&v[start], &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        // Slide v[l..start] up one slot and drop the pivot at l.
        v[l..=start].rotate_right(1);
        start += 1;
    }
    Ok(())
}

/// Mirrors 3.11's `count_run`: the length of the run starting at `lo` in `v[lo..hi]`
/// (`lo < hi`), and whether it is descending. Ascending means non-decreasing
/// (`lo[0] <= lo[1] <= ...`); descending must be *strictly* decreasing so that the
/// caller can reverse it in place without breaking stability. Each comparison is
/// `ISLT(v[i], v[i-1])`. Never modifies `v`.
fn count_run<T, E>(
    v: &[T],
    lo: usize,
    hi: usize,
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(usize, bool), E> {
    debug_assert!(lo < hi);
    let mut i = lo + 1;
    if i == hi {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(&v[i], &v[i - 1])? {
        i += 1;
        while i < hi {
            if !lt(&v[i], &v[i - 1])? {
                break;
            }
            i += 1;
            n += 1;
        }
        Ok((n, true))
    } else {
        i += 1;
        while i < hi {
            if lt(&v[i], &v[i - 1])? {
                break;
            }
            i += 1;
            n += 1;
        }
        Ok((n, false))
    }
}

/// Mirrors `gallop_left`: the `k` in `0..=a.len()` with `a[k-1] < key <= a[k]` in the
/// sorted `a`, i.e. where `key` goes *before* any equal elements. Starts at `hint` and
/// gallops (offsets 1, 3, 7, 15, ...) away from it before a binary search, so it is
/// fast when the answer is near `hint`. Comparisons are `ISLT(a[i], key)`.
fn gallop_left<T, E>(
    key: &T,
    a: &[T],
    hint: usize,
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len();
    debug_assert!(n > 0 && hint < n);
    let mut lastofs = 0;
    let mut ofs = 1;
    // `lo` is CPython's `lastofs + 1` after translation (it may start from -1 + 1).
    let mut lo;
    if lt(&a[hint], key)? {
        // a[hint] < key: gallop right until a[hint+lastofs] < key <= a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = lastofs + hint + 1;
        ofs += hint;
    } else {
        // key <= a[hint]: gallop left until a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        ofs = hint - lastofs;
    }
    // Binary search with invariant a[lo-1] < key <= a[ofs].
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// Mirrors `gallop_right`: like [`gallop_left`] but returns the `k` with
/// `a[k-1] <= key < a[k]`, i.e. where `key` goes *after* any equal elements.
/// Comparisons are `ISLT(key, a[i])`.
fn gallop_right<T, E>(
    key: &T,
    a: &[T],
    hint: usize,
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<usize, E> {
    let n = a.len();
    debug_assert!(n > 0 && hint < n);
    let mut lastofs = 0;
    let mut ofs = 1;
    let mut lo;
    if lt(key, &a[hint])? {
        // key < a[hint]: gallop left until a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        ofs = hint - lastofs;
    } else {
        // a[hint] <= key: gallop right until a[hint+lastofs] <= key < a[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = lastofs + hint + 1;
        ofs += hint;
    }
    // Binary search with invariant a[lo-1] <= key < a[ofs].
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if lt(key, &a[m])? {
            ofs = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(ofs)
}

/// Clones `v[src..src+n]` onto `v[dst..dst+n]` in the direction that is safe for
/// overlapping ranges (CPython's `memmove` of pointers).
fn move_within<T: Clone>(v: &mut [T], src: usize, dst: usize, n: usize) {
    if dst < src {
        for i in 0..n {
            v[dst + i] = v[src + i].clone();
        }
    } else if dst > src {
        for i in (0..n).rev() {
            v[dst + i] = v[src + i].clone();
        }
    }
}

/// Mirrors `powerloop`: the powersort "power" of the boundary between the adjacent runs
/// `s1..s1+n1` and `s1+n1..s1+n1+n2` in a list of length `n` — the first bit position
/// at which the run midpoints, as fractions of `n`, differ.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    debug_assert!(n1 > 0 && n2 > 0 && s1 + n1 + n2 <= n);
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            // Both quotient bits are 1.
            a -= n;
            b -= n;
        } else if b >= n {
            // a's bit is 0, b's is 1: they differ here.
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Clone> MergeState<T> {
    /// Mirrors `found_new_run`: a run of length `n2` follows the top of the stack;
    /// compute the power of the boundary and merge stack runs of greater power first.
    /// The caller pushes the new run afterwards.
    fn found_new_run<E>(
        &mut self,
        v: &mut [T],
        n2: usize,
        lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    ) -> Result<(), E> {
        if let Some(top) = self.pending.last() {
            let power = powerloop(top.base, top.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(v, self.pending.len() - 2, lt)?;
            }
            let last = self.pending.len() - 1;
            self.pending[last].power = power;
        }
        Ok(())
    }

    /// Mirrors `merge_force_collapse`: merge everything left on the stack at the end,
    /// always merging the smaller neighbour of the second-from-top run first.
    fn merge_force_collapse<E>(
        &mut self,
        v: &mut [T],
        lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    ) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(v, n, lt)?;
        }
        Ok(())
    }

    /// Mirrors `merge_at`: merge stack runs `i` and `i+1` (`i` is the second- or
    /// third-from-top). Elements of A already in place (those `<=` B's first) and of B
    /// already in place (those `>=` A's last) are trimmed off by galloping first; the
    /// rest is merged by `merge_lo` or `merge_hi`, whichever needs less temp space.
    fn merge_at<E>(
        &mut self,
        v: &mut [T],
        i: usize,
        lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    ) -> Result<(), E> {
        let Run {
            base: mut base_a,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: base_b,
            len: mut nb,
            ..
        } = self.pending[i + 1];
        debug_assert!(na > 0 && nb > 0 && base_a + na == base_b);
        // Record the combined run; if i is third-from-top, the top run slides down.
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);

        // Where does B start in A? Elements of A before that are already in place.
        let k = gallop_right(&v[base_b], &v[base_a..base_a + na], 0, lt)?;
        base_a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Where does A end in B? Elements of B after that are already in place.
        nb = gallop_left(&v[base_a + na - 1], &v[base_b..base_b + nb], nb - 1, lt)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, base_a, na, nb, lt)
        } else {
            self.merge_hi(v, base_a, na, nb, lt)
        }
    }

    /// Mirrors `merge_lo`: stably merge `v[base..base+na]` (A) with the following
    /// `v[base+na..base+na+nb]` (B), with `na <= nb`, A's first element `>` B's first and
    /// A's last belonging at the very end. A is copied to the temp array and the merge
    /// fills `v` from the left. Comparisons are `ISLT(b, a)` one pair at a time until one
    /// run wins `min_gallop` times in a row, then galloping; `min_gallop` adapts exactly
    /// as in CPython. On error the rest of A is copied back into the gap.
    fn merge_lo<E>(
        &mut self,
        v: &mut [T],
        base: usize,
        mut na: usize,
        mut nb: usize,
        lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    ) -> Result<(), E> {
        debug_assert!(na > 0 && nb > 0);
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&v[base..base + na]);
        // pa indexes tmp (remaining A is tmp[pa..pa+na]); pb and dest index v, and the
        // unfilled gap is always v[dest..dest+na] == v[dest..pb].
        let mut pa = 0;
        let mut pb = base + na;
        let mut dest = base;

        v[dest] = v[pb].clone();
        dest += 1;
        pb += 1;
        nb -= 1;
        let exit = 'merge: {
            if nb == 0 {
                break 'merge Exit::Succeed;
            }
            if na == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0; // times A won in a row
                let mut bcount = 0; // times B won in a row
                                    // The straightforward merge, until one run wins consistently.
                loop {
                    match lt(&v[pb], &tmp[pa]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            v[dest] = v[pb].clone();
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Exit::Succeed;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[dest] = tmp[pa].clone();
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge Exit::Copy;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping mode, until neither run wins consistently any more.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(&v[pb], &tmp[pa..pa + na], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].clone_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Exit::Copy;
                        }
                        // Impossible for a consistent comparison, but it may not be.
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[dest] = v[pb].clone();
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Exit::Succeed;
                    }

                    let k = match gallop_left(&tmp[pa], &v[pb..pb + nb], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        move_within(v, pb, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[dest] = tmp[pa].clone();
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Exit::Copy;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Penalize leaving galloping mode.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // CopyB: A's last element belongs at the end of the merge.
                debug_assert!(na == 1 && nb > 0);
                move_within(v, pb, dest, nb);
                v[dest + nb] = tmp[pa].clone();
                Ok(())
            }
            Exit::Succeed | Exit::Fail(_) => {
                if na > 0 {
                    v[dest..dest + na].clone_from_slice(&tmp[pa..pa + na]);
                }
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Mirrors `merge_hi`: like [`Self::merge_lo`] but with `na >= nb`; B is copied to
    /// the temp array and the merge fills `v` from the right. Comparisons are still
    /// `ISLT(b, a)`. Positions are derived from the counts: the remaining A is
    /// `v[base..base+na]`, the remaining B is `tmp[..nb]`, and the next slot to fill is
    /// `v[base+na+nb-1]`. On error the rest of B is copied back into the gap.
    fn merge_hi<E>(
        &mut self,
        v: &mut [T],
        base: usize,
        mut na: usize,
        mut nb: usize,
        lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
    ) -> Result<(), E> {
        debug_assert!(na > 0 && nb > 0);
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&v[base + na..base + na + nb]);

        v[base + na + nb - 1] = v[base + na - 1].clone();
        na -= 1;
        let exit = 'merge: {
            if na == 0 {
                break 'merge Exit::Succeed;
            }
            if nb == 1 {
                break 'merge Exit::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0; // times A won in a row
                let mut bcount = 0; // times B won in a row
                                    // The straightforward merge, until one run wins consistently.
                loop {
                    match lt(&tmp[nb - 1], &v[base + na - 1]) {
                        Err(e) => break 'merge Exit::Fail(e),
                        Ok(true) => {
                            v[base + na + nb - 1] = v[base + na - 1].clone();
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Exit::Succeed;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[base + na + nb - 1] = tmp[nb - 1].clone();
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge Exit::Copy;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping mode, until neither run wins consistently any more.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(&tmp[nb - 1], &v[base..base + na], na - 1, lt) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        // The top k of A move up past the gap.
                        move_within(v, base + na - k, base + na + nb - k, k);
                        na -= k;
                        if na == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[base + na + nb - 1] = tmp[nb - 1].clone();
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Exit::Copy;
                    }

                    let k = match gallop_left(&v[base + na - 1], &tmp[..nb], nb - 1, lt) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Exit::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        let d = base + na + nb - k;
                        v[d..d + k].clone_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Exit::Copy;
                        }
                        // Impossible for a consistent comparison, but it may not be.
                        if nb == 0 {
                            break 'merge Exit::Succeed;
                        }
                    }
                    v[base + na + nb - 1] = v[base + na - 1].clone();
                    na -= 1;
                    if na == 0 {
                        break 'merge Exit::Succeed;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Penalize leaving galloping mode.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match exit {
            Exit::Copy => {
                // CopyA: B's first element belongs at the front of the merge.
                debug_assert!(nb == 1 && na > 0);
                move_within(v, base, base + 1, na);
                v[base] = tmp[0].clone();
                Ok(())
            }
            Exit::Succeed | Exit::Fail(_) => {
                if nb > 0 {
                    v[base + na..base + na + nb].clone_from_slice(&tmp[..nb]);
                }
                match exit {
                    Exit::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "timsort_tests.rs"]
mod tests;
