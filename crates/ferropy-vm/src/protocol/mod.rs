//! The abstract object protocols (CPython `Objects/abstract.c`, `object.c`): hashing,
//! comparison, arithmetic, attribute access, iteration, calls, repr/str and truth.
//! Each file owns one protocol; the eval loop and the builtins reach objects through them.

pub mod attr;
pub mod call;
pub mod compare;
pub mod hash;
pub mod iter;
pub mod number;
pub mod repr;
pub mod sequence;
