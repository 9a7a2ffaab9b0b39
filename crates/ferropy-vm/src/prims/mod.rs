//! Pure, VM-independent runtime primitives mirroring CPython 3.11 semantics.
//!
//! Modules (and their in-crate dependencies, for copying into the VM):
//! * [`error`] — `PyErrKind`, the exception kinds raised here (used by all).
//! * [`set_table`] — the set hash table with
//!   CPython's probing, growth and iteration order; re-entrant lookups.
//! * [`hash`] — numeric, str/bytes (SipHash-1-3), tuple, frozenset hashes.
//! * [`chars`] — `isspace`/decimal digits/printable, `repr(str)`.
//! * [`format_spec`] — format-spec parser, number layout, `%` padding.
//! * [`float_format`] — float repr/format/`%`/round/parse
//!   (needs `chars`, `format_spec`).
//! * [`int_format`] — int str/format/`%`/parse with the 4300-digit limit
//!   (needs `chars`, `format_spec`, `float_format`, `int_ops`).
//! * [`int_ops`] — `PyInt` arithmetic, exact int/float conversions and
//!   comparisons, float divmod (needs `hash`).
//! * [`unicode_tables`] — generated Unicode 14 property tables.
//! * [`str_ops`] — str methods with code-point indexing (needs `chars`,
//!   `unicode_tables`).
//! * [`percent`] — the `str % args` driver (needs `format_spec`,
//!   `float_format`, `int_format`, `chars` in tests).
//!
//! Test expectations are generated from `python3` (3.11) by `gen/*.py`.

pub mod chars;
pub mod error;
pub mod float_format;
pub mod format_spec;
pub mod hash;
pub mod int_format;
pub mod int_ops;
pub mod percent;
pub mod set_table;
pub mod str_ops;
pub mod timsort;
pub mod unicode_tables;
