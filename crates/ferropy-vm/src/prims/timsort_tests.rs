use super::*;

/// How a generated case's `__lt__` behaves (see `gen/gen_timsort.py`).
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// Compare the keys.
    Normal,
    /// Ignore the keys: `((a*31 + b*17) % 7) < 3` for ids `a`, `b`.
    Incons,
    /// Like `Normal`, but the k-th comparison (1-based) raises.
    Raise(usize),
}

/// The expected comparisons of a generated case.
enum Cmps {
    /// Flattened `(left id, right id)` pairs, in call order.
    Exact(&'static [u16]),
    /// The first `k` pairs of the named case (for `Mode::Raise(k)`).
    PrefixOf(&'static str),
}

struct Case {
    name: &'static str,
    keys: &'static [i64],
    mode: Mode,
    reverse: bool,
    cmps: Cmps,
    result: &'static [u16],
}

include!("timsort_cases_tests.rs");

/// Sorts ids `0..keys.len()` the way `list.sort()` sorts `E(key, id)` objects in the
/// generator, logging every comparison; returns (log, final ids, raised?).
fn run_case(keys: &[i64], mode: Mode, reverse: bool) -> (Vec<u16>, Vec<u16>, bool) {
    let mut ids: Vec<u16> = (0..keys.len() as u16).collect();
    let mut log = Vec::new();
    if reverse {
        ids.reverse();
    }
    let r = sort(&mut ids, &mut |&a: &u16, &b: &u16| {
        log.push(a);
        log.push(b);
        match mode {
            Mode::Raise(k) if log.len() == 2 * k => Err("boom"),
            Mode::Incons => Ok((a as u64 * 31 + b as u64 * 17) % 7 < 3),
            _ => Ok(keys[a as usize] < keys[b as usize]),
        }
    });
    if reverse {
        ids.reverse();
    }
    (log, ids, r.is_err())
}

#[test]
fn matches_cpython_comparison_sequences() {
    for case in CASES {
        let (log, ids, raised) = run_case(case.keys, case.mode, case.reverse);
        let want: &[u16] = match case.cmps {
            Cmps::Exact(c) => c,
            Cmps::PrefixOf(name) => {
                let Mode::Raise(k) = case.mode else {
                    panic!("{}: PrefixOf needs Raise", case.name)
                };
                let base = CASES.iter().find(|c| c.name == name).expect("base case");
                let Cmps::Exact(c) = base.cmps else {
                    panic!("{}: base not exact", case.name)
                };
                &c[..2 * k]
            }
        };
        if log != want {
            let first = log.iter().zip(want).position(|(a, b)| a != b);
            panic!(
                "{}: comparison sequences differ (got {} pairs, want {}; first difference at \
                 flat index {:?})",
                case.name,
                log.len() / 2,
                want.len() / 2,
                first
            );
        }
        assert_eq!(raised, matches!(case.mode, Mode::Raise(_)), "{}", case.name);
        assert_eq!(ids, case.result, "{}: final order", case.name);
    }
}

/// A small deterministic PRNG (xorshift64*), so the tests need no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Sorts `(key, original index)` pairs by key only with `sort` and checks the result
/// equals std's stable sort (so it is sorted *and* stable); returns the comparison count.
fn check_against_std(keys: &[i64]) -> usize {
    let mut v: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
    let mut want = v.clone();
    want.sort_by_key(|p| p.0);
    let mut count = 0;
    sort(&mut v, &mut |a: &(i64, usize),
                       b: &(i64, usize)|
     -> Result<bool, ()> {
        count += 1;
        Ok(a.0 < b.0)
    })
    .unwrap();
    assert_eq!(v, want, "keys {keys:?}");
    count
}

#[test]
fn random_arrays_match_std_stable_sort() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for n in (0..80).chain([100, 255, 256, 257, 511, 1000, 2048, 5000]) {
        for span in [1, 2, 5, 1000, 1 << 40] {
            let keys: Vec<i64> = (0..n).map(|_| rng.below(span) as i64).collect();
            check_against_std(&keys);
        }
    }
}

#[test]
fn stable_for_equal_keys() {
    // Many duplicates spread across runs that get merged: equal keys keep input order.
    let mut rng = Rng(7);
    let keys: Vec<i64> = (0..3000).map(|_| rng.below(3) as i64).collect();
    check_against_std(&keys);
    // Equal keys inside descending stretches: only strictly descending runs are reversed.
    let keys = [5, 4, 4, 3, 2, 2, 1, 1, 0, 3, 3, 2];
    check_against_std(&keys);
}

#[test]
fn all_equal_is_one_run() {
    for n in [2, 10, 64, 65, 1000] {
        let keys = vec![42; n];
        // One ascending run: count_run compares each neighbour once, nothing else.
        assert_eq!(check_against_std(&keys), n - 1);
    }
}

#[test]
fn descending_runs() {
    // A strictly descending input is one run, reversed in place: n-1 comparisons.
    let keys: Vec<i64> = (0..500).rev().collect();
    assert_eq!(check_against_std(&keys), 499);
    // With an equality it is not strictly descending: the run stops there, and the
    // equal elements must keep their order.
    let keys = [9, 8, 7, 7, 6, 5];
    check_against_std(&keys);
    let mut v: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
    let mut log = Vec::new();
    sort(&mut v, &mut |a: &(i64, usize),
                       b: &(i64, usize)|
     -> Result<bool, ()> {
        log.push((a.1, b.1));
        Ok(a.0 < b.0)
    })
    .unwrap();
    // count_run stops at the 7 == 7 pair (index 3 vs 2): the first run is [9, 8, 7].
    assert_eq!(&log[..3], &[(1, 0), (2, 1), (3, 2)]);
    assert_eq!(
        v.iter().map(|p| p.1).collect::<Vec<_>>(),
        vec![5, 4, 2, 3, 1, 0]
    );
}

#[test]
fn galloping_on_large_inputs() {
    // Two long sorted runs made of interleaving blocks of 1000: galloping merges them
    // with a few comparisons per block instead of one per element. count_run needs
    // n - 1 comparisons to find the two runs, the merge should need far fewer.
    let block = 1000;
    let (a, b): (Vec<i64>, Vec<i64>) = (0..100_000).partition(|x| (x / block) % 2 == 0);
    let keys: Vec<i64> = a.iter().chain(&b).copied().collect();
    let n = keys.len();
    let count = check_against_std(&keys);
    assert!(
        count < n + n / 20,
        "galloping should need few comparisons: {count}"
    );
    let keys: Vec<i64> = b.iter().chain(&a).copied().collect();
    let count = check_against_std(&keys);
    assert!(
        count < n + n / 20,
        "galloping should need few comparisons: {count}"
    );
    // Blocks alternating between two runs in chunks: galloping on and off (min_gallop).
    let mut rng = Rng(99);
    let mut a = Vec::new();
    let mut b = Vec::new();
    let mut x = 0;
    for _ in 0..300 {
        let len = 1 + rng.below(40);
        let dst = if rng.below(2) == 0 { &mut a } else { &mut b };
        for _ in 0..len {
            x += rng.below(3) as i64;
            dst.push(x);
        }
    }
    let keys: Vec<i64> = a.iter().chain(&b).copied().collect();
    check_against_std(&keys);
    let keys: Vec<i64> = b.iter().chain(&a).copied().collect();
    check_against_std(&keys);
}

#[test]
fn error_stops_sorting_and_leaves_a_permutation() {
    let mut rng = Rng(12345);
    let keys: Vec<i64> = (0..2000).map(|_| rng.below(500) as i64).collect();
    let total = {
        let mut v: Vec<usize> = (0..keys.len()).collect();
        let mut c = 0;
        sort(&mut v, &mut |&a: &usize, &b: &usize| -> Result<bool, ()> {
            c += 1;
            Ok(keys[a] < keys[b])
        })
        .unwrap();
        c
    };
    for fail_at in [1, 2, 50, 1000, total / 2, total - 1, total] {
        let mut v: Vec<usize> = (0..keys.len()).collect();
        let mut c = 0;
        let r = sort(&mut v, &mut |&a: &usize, &b: &usize| {
            c += 1;
            assert!(c <= fail_at, "compared after the error");
            if c == fail_at {
                Err(fail_at)
            } else {
                Ok(keys[a] < keys[b])
            }
        });
        assert_eq!(r, Err(fail_at));
        assert_eq!(c, fail_at);
        let mut seen = v.clone();
        seen.sort_unstable();
        assert!(
            seen.iter().copied().eq(0..keys.len()),
            "not a permutation at {fail_at}"
        );
    }
}

#[test]
fn inconsistent_comparisons_terminate_with_a_permutation() {
    let mut rng = Rng(4242);
    for n in [5, 70, 300, 3000] {
        let mut v: Vec<usize> = (0..n).collect();
        sort(&mut v, &mut |_: &usize, _: &usize| -> Result<bool, ()> {
            Ok(rng.below(2) == 0)
        })
        .unwrap();
        let mut seen = v.clone();
        seen.sort_unstable();
        assert!(seen.iter().copied().eq(0..n));
    }
}

#[test]
fn minrun_and_powerloop() {
    assert_eq!(merge_compute_minrun(63), 63);
    assert_eq!(merge_compute_minrun(64), 32);
    assert_eq!(merge_compute_minrun(65), 33);
    assert_eq!(merge_compute_minrun(300), 38);
    assert_eq!(merge_compute_minrun(1 << 20), 32);
    // Runs [0,8) and [8,16) of 16 meet at the middle: power 1.
    assert_eq!(powerloop(0, 8, 8, 16), 1);
    assert_eq!(powerloop(0, 4, 4, 16), 2);
    assert_eq!(powerloop(8, 4, 4, 16), 2);
}
