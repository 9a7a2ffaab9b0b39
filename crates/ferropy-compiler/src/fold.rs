//! Constant folding, as CPython 3.11's `Python/ast_opt.c` does it before compiling.
//!
//! Folded: literal constants, `__debug__`, unary operators on constants, binary operators on
//! constants (with `ast_opt.c`'s size guards: integer results over 128 bits, strings over 4096
//! characters and collections over 256 items are left to run time), tuples of constants, and
//! subscripts of constant sequences by constant integers. Anything whose exact Python result we
//! cannot reproduce bit for bit here (float `//`, `%`, `**`; int/int true division of large
//! values; complex division) is simply not folded — folding is an optimisation, never a change
//! of meaning. Results are memoised per node so that a deep unfoldable chain costs linear time.

use ferropy_bytecode::Constant;
use ferropy_syntax::ast::{self, Expr, ExprContext, ExprKind, Operator, UnaryOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::collections::HashSet;

const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;
/// Folding recursion is bounded separately from the walkers' limit; a deeper tree is simply
/// not folded here, and the code generator reports the RecursionError.
const MAX_FOLD_DEPTH: u32 = 3000;

/// Convert an AST literal to a code constant.
pub fn from_ast(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
    }
}

/// Python truthiness of a constant.
pub fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

/// Memoising folder; one per compilation.
#[derive(Default)]
pub struct Folder {
    unfoldable: HashSet<usize>,
}

impl Folder {
    /// The constant `e` evaluates to, if it can be computed at compile time.
    pub fn fold(&mut self, e: &Expr) -> Option<Constant> {
        self.fold_at(e, 0)
    }

    fn fold_at(&mut self, e: &Expr, depth: u32) -> Option<Constant> {
        let key = e as *const Expr as usize;
        if depth > MAX_FOLD_DEPTH || self.unfoldable.contains(&key) {
            return None;
        }
        let r = match &e.kind {
            ExprKind::Constant(c) => Some(from_ast(c)),
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            } if id == "__debug__" => Some(Constant::Bool(true)),
            ExprKind::UnaryOp { op, operand } => {
                let v = self.fold_at(operand, depth + 1)?;
                unary(*op, &v)
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.fold_at(left, depth + 1);
                let r = self.fold_at(right, depth + 1);
                binary(*op, &l?, &r?)
            }
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            } => {
                let mut items = Vec::with_capacity(elts.len());
                for elt in elts {
                    if matches!(elt.kind, ExprKind::Starred { .. }) {
                        return self.fail(key);
                    }
                    match self.fold_at(elt, depth + 1) {
                        Some(c) => items.push(c),
                        None => return self.fail(key),
                    }
                }
                Some(Constant::Tuple(items))
            }
            ExprKind::Subscript {
                value,
                slice,
                ctx: ExprContext::Load,
            } => {
                let v = self.fold_at(value, depth + 1);
                let s = self.fold_at(slice, depth + 1);
                subscript(&v?, &s?)
            }
            _ => None,
        };
        if r.is_none() {
            self.unfoldable.insert(key);
        }
        r
    }

    fn fail(&mut self, key: usize) -> Option<Constant> {
        self.unfoldable.insert(key);
        None
    }
}

fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!truthy(v)));
    }
    let v = match v {
        Constant::Bool(b) => Constant::Int(BigInt::from(*b as u8)),
        other => other.clone(),
    };
    Some(match (op, v) {
        (UnaryOp::USub, Constant::Int(i)) => Constant::Int(-i),
        (UnaryOp::USub, Constant::Float(f)) => Constant::Float(-f),
        (UnaryOp::USub, Constant::Complex { real, imag }) => Constant::Complex {
            real: -real,
            imag: -imag,
        },
        (UnaryOp::UAdd, c @ (Constant::Int(_) | Constant::Float(_) | Constant::Complex { .. })) => {
            c
        }
        (UnaryOp::Invert, Constant::Int(i)) => Constant::Int(-(i + BigInt::from(1))),
        _ => return None,
    })
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// An int converted to float only when exact (CPython would round; we just don't fold).
fn exact_f64(i: &BigInt) -> Option<f64> {
    if i.bits() <= 53 {
        i.to_f64()
    } else {
        None
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => exact_f64(&as_int(c)?),
    }
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => Some((as_float(c)?, 0.0)),
    }
}

fn binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    use Constant as C;
    // bool & | ^ bool stays a bool.
    if let (C::Bool(a), C::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(C::Bool(*a & *b)),
            Operator::BitOr => return Some(C::Bool(*a | *b)),
            Operator::BitXor => return Some(C::Bool(*a ^ *b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        return int_binary(op, &a, &b);
    }
    if matches!(l, C::Complex { .. }) || matches!(r, C::Complex { .. }) {
        let (a, b) = (as_complex(l)?, as_complex(r)?);
        return Some(match op {
            Operator::Add => C::Complex {
                real: a.0 + b.0,
                imag: a.1 + b.1,
            },
            Operator::Sub => C::Complex {
                real: a.0 - b.0,
                imag: a.1 - b.1,
            },
            Operator::Mult => {
                let (real, imag) = c_prod(a, b);
                C::Complex { real, imag }
            }
            // complex_pow's c_powi for small positive integral exponents.
            Operator::Pow if b.1 == 0.0 && b.0 == b.0.floor() && b.0 >= 1.0 && b.0 <= 100.0 => {
                let (real, imag) = c_powu(a, b.0 as u64);
                if !real.is_finite() || !imag.is_finite() {
                    return None;
                }
                C::Complex { real, imag }
            }
            _ => return None,
        });
    }
    if matches!(l, C::Float(_)) || matches!(r, C::Float(_)) {
        let (a, b) = (as_float(l)?, as_float(r)?);
        if !a.is_finite() || !b.is_finite() {
            // inf/nan corner cases are left to the runtime.
            return None;
        }
        return Some(C::Float(match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => a * b,
            Operator::Div if b != 0.0 => a / b,
            Operator::FloorDiv if b != 0.0 => float_divmod(a, b).0,
            Operator::Mod if b != 0.0 => float_divmod(a, b).1,
            Operator::Pow => float_pow(a, b)?,
            _ => return None,
        }));
    }
    match (op, l, r) {
        (Operator::Add, C::Str(a), C::Str(b)) => Some(C::Str(format!("{a}{b}"))),
        (Operator::Add, C::Bytes(a), C::Bytes(b)) => Some(C::Bytes([a.as_slice(), b].concat())),
        (Operator::Add, C::Tuple(a), C::Tuple(b)) => Some(C::Tuple([a.as_slice(), b].concat())),
        (Operator::Mult, seq, n) | (Operator::Mult, n, seq) if as_int(n).is_some() => {
            repeat(seq, &as_int(n)?)
        }
        _ => None,
    }
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `c_powu`: binary exponentiation by repeated `_Py_c_prod`.
fn c_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `_float_div_mod` from CPython's `floatobject.c`: (floor quotient, remainder with the sign
/// of the divisor).
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx; // C fmod
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let div = (vx - m) / wx;
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `float_pow` for finite operands: the cases that are plain libm `pow` (what CPython calls);
/// errors and complex results are not folded.
fn float_pow(iv: f64, iw: f64) -> Option<f64> {
    if iw == 0.0 || iv == 1.0 {
        return Some(1.0);
    }
    if iv == 0.0 && iw < 0.0 {
        return None; // ZeroDivisionError
    }
    if iv < 0.0 && iw != iw.floor() {
        return None; // a complex result
    }
    let r = iv.powf(iw);
    r.is_finite().then_some(r)
}

fn int_binary(op: Operator, a: &BigInt, b: &BigInt) -> Option<Constant> {
    let nonzero = !a.is_zero() && !b.is_zero();
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if nonzero && a.bits() + b.bits() > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        Operator::FloorDiv if !b.is_zero() => a.div_floor(b),
        Operator::Mod if !b.is_zero() => a.mod_floor(b),
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            return Some(Constant::Float(exact_f64(a)? / exact_f64(b)?));
        }
        Operator::Pow => {
            if b.is_negative() {
                // int ** -n is float pow (long_pow delegates to float_pow); fold it only for
                // exactly representable operands, where libm's pow is what CPython calls.
                if a.is_zero() {
                    return None;
                }
                let r = exact_f64(a)?.powf(exact_f64(b)?);
                return r.is_finite().then_some(Constant::Float(r));
            }
            if nonzero {
                let wbits = b.to_u64()?;
                if a.bits() > MAX_INT_SIZE / wbits {
                    return None;
                }
            }
            a.pow(b.to_u32()?)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            if nonzero {
                let wbits = b.to_u64()?;
                if wbits > MAX_INT_SIZE || a.bits() > MAX_INT_SIZE - wbits {
                    return None;
                }
            }
            if a.is_zero() {
                BigInt::zero()
            } else {
                a << b.to_usize()?
            }
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            match b.to_usize() {
                // Python's >> floors, like BigInt's arithmetic shift.
                Some(n) if n < (a.bits() as usize + 1) => a >> n,
                _ => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        _ => return None,
    };
    Some(Constant::Int(r))
}

/// `check_complexity`: the remaining item budget after counting nested tuple items.
fn complexity(c: &Constant, mut limit: i64) -> i64 {
    if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
        limit -= items.len() as i64;
        for item in items {
            if limit < 0 {
                break;
            }
            limit = complexity(item, limit);
        }
    }
    limit
}

/// `seq * n` under `safe_multiply`'s guards.
fn repeat(seq: &Constant, n: &BigInt) -> Option<Constant> {
    let size = match seq {
        Constant::Str(s) => s.chars().count() as i64,
        Constant::Bytes(b) => b.len() as i64,
        Constant::Tuple(t) => t.len() as i64,
        _ => return None,
    };
    let n = n.to_i64()?;
    if size > 0 {
        let max = if matches!(seq, Constant::Tuple(_)) {
            MAX_COLLECTION_SIZE
        } else {
            MAX_STR_SIZE
        };
        if n < 0 || n > max / size {
            return None;
        }
        if matches!(seq, Constant::Tuple(_)) && n > 0 && complexity(seq, MAX_TOTAL_ITEMS / n) < 0 {
            return None;
        }
    }
    let n = n.max(0) as usize;
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(n)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n)),
        Constant::Tuple(t) => Constant::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect()),
        _ => return None,
    })
}

fn subscript(v: &Constant, index: &Constant) -> Option<Constant> {
    let i = as_int(index)?.to_i64()?;
    let len = match v {
        Constant::Str(s) => s.chars().count(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => return None,
    } as i64;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return None;
    }
    let i = i as usize;
    Some(match v {
        Constant::Str(s) => Constant::Str(s.chars().nth(i)?.to_string()),
        Constant::Bytes(b) => Constant::Int(BigInt::from(b[i])),
        Constant::Tuple(t) => t[i].clone(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Constant {
        Constant::Int(BigInt::from(i))
    }

    #[test]
    fn int_arithmetic_follows_python() {
        assert_eq!(binary(Operator::FloorDiv, &int(-7), &int(2)), Some(int(-4)));
        assert_eq!(binary(Operator::Mod, &int(-7), &int(2)), Some(int(1)));
        assert_eq!(binary(Operator::RShift, &int(-5), &int(100)), Some(int(-1)));
        assert_eq!(
            binary(Operator::Add, &Constant::Bool(true), &Constant::Bool(true)),
            Some(int(2))
        );
        assert_eq!(
            binary(
                Operator::BitAnd,
                &Constant::Bool(true),
                &Constant::Bool(false)
            ),
            Some(Constant::Bool(false))
        );
        assert_eq!(binary(Operator::Div, &int(1), &int(0)), None);
        assert_eq!(
            binary(Operator::Div, &int(1), &int(4)),
            Some(Constant::Float(0.25))
        );
    }

    #[test]
    fn size_guards_match_ast_opt() {
        assert!(binary(Operator::Pow, &int(2), &int(64)).is_some());
        assert!(binary(Operator::Pow, &int(2), &int(65)).is_none());
        assert!(binary(Operator::LShift, &int(1), &int(127)).is_some());
        assert!(binary(Operator::LShift, &int(1), &int(128)).is_none());
        assert!(binary(Operator::Mult, &Constant::Str("ab".into()), &int(2048)).is_some());
        assert!(binary(Operator::Mult, &Constant::Str("ab".into()), &int(2049)).is_none());
        assert!(binary(Operator::Mult, &Constant::Tuple(vec![int(1)]), &int(257)).is_none());
        assert!(binary(Operator::Mod, &Constant::Str("%s".into()), &int(1)).is_none());
    }

    #[test]
    fn unary_and_subscript() {
        assert_eq!(unary(UnaryOp::Invert, &Constant::Bool(true)), Some(int(-2)));
        assert_eq!(unary(UnaryOp::Not, &int(0)), Some(Constant::Bool(true)));
        assert_eq!(
            subscript(&Constant::Str("héllo".into()), &int(-4)),
            Some(Constant::Str("é".into()))
        );
        assert_eq!(
            subscript(&Constant::Bytes(b"ab".to_vec()), &int(1)),
            Some(int(98))
        );
        assert_eq!(subscript(&Constant::Tuple(vec![int(1)]), &int(1)), None);
    }
}
