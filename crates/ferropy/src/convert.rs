//! Converting values between Rust and Python: [`IntoPy`] (Rust → Python) and [`FromPy`]
//! (Python → Rust) for the integers, floats, `bool`, `Option`, strings, `Vec`, tuples,
//! maps, bytes and [`PyObject`]. Failed conversions raise `TypeError`/`OverflowError`
//! with CPython's wording, so a host function with typed arguments reports bad calls
//! the way a builtin would.

use crate::error::{Error, Result};
use crate::interpreter::Python;
use crate::object::{Bound, PyObject};
use ferropy_vm::object::Payload;
use ferropy_vm::Value;
use std::collections::{BTreeMap, HashMap};

/// A Rust value that can become a Python object.
///
/// ```
/// use ferropy::IntoPy;
/// let interp = ferropy::Interpreter::builder().build();
/// interp.with_gil(|py| {
///     let obj = vec![("a", 1), ("b", 2)].into_py(py)?;
///     assert_eq!(obj.repr()?, "[('a', 1), ('b', 2)]");
///     Ok(())
/// }).unwrap();
/// ```
pub trait IntoPy {
    /// Make the Python object.
    ///
    /// ```
    /// use ferropy::IntoPy;
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(Some(1.5).into_py(py)?.repr()?, "1.5");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>>;
}

/// A Rust value that can be read from a Python object.
///
/// ```
/// use ferropy::FromPy;
/// let interp = ferropy::Interpreter::builder().build();
/// interp.with_gil(|py| {
///     let obj = py.eval_bound("{'x': [1.5, 2]}")?;
///     let m = std::collections::HashMap::<String, Vec<f64>>::from_py(&obj)?;
///     assert_eq!(m["x"], vec![1.5, 2.0]);
///     Ok(())
/// }).unwrap();
/// ```
pub trait FromPy: Sized {
    /// Read the value, or fail with a Python `TypeError` (as an [`Error`]).
    ///
    /// ```
    /// use ferropy::FromPy;
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(i64::from_py(&py.eval_bound("2**40")?)?, 1 << 40);
    ///     assert!(u8::from_py(&py.eval_bound("-1")?).is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn from_py(obj: &Bound<'_>) -> Result<Self>;
}

/// Arguments for a call: `()`, a tuple of [`IntoPy`] values, or a `Vec` of them.
///
/// ```
/// # let interp = ferropy::Interpreter::builder().build();
/// interp.with_gil(|py| {
///     let f = py.builtin("pow")?;
///     assert_eq!(f.call1((2, 10))?.extract::<i64>()?, 1024);
///     Ok(())
/// }).unwrap();
/// ```
pub trait IntoPyArgs {
    /// The positional values.
    ///
    /// ```
    /// use ferropy::IntoPyArgs;
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!((1, "a").into_py_args(py)?.len(), 2);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn into_py_args(self, py: Python<'_>) -> Result<Vec<Value>>;
}

/// Keyword arguments for a call, of any mix of types: `[("reverse", true)]` converts
/// into one, and [`Kwargs::arg`] adds values of different types.
///
/// ```
/// use ferropy::Kwargs;
/// let interp = ferropy::Interpreter::builder().build();
/// interp.run("def f(a, *, sep, times): return sep.join([a] * times)").unwrap();
/// let f = interp.get_global("f").unwrap();
/// let kw = Kwargs::new().arg("sep", "-").arg("times", 3);
/// assert_eq!(interp.call_kw::<String>(&f, ("ab",), kw).unwrap(), "ab-ab-ab");
/// ```
#[derive(Default)]
pub struct Kwargs<'a> {
    pub(crate) items: Vec<(String, KwValue<'a>)>,
}

pub(crate) type KwValue<'a> = Box<dyn for<'py> FnOnce(Python<'py>) -> Result<Bound<'py>> + 'a>;

impl<'a> Kwargs<'a> {
    /// No keyword arguments.
    ///
    /// ```
    /// let kw = ferropy::Kwargs::new();
    /// # let _ = kw;
    /// ```
    pub fn new() -> Kwargs<'a> {
        Kwargs { items: Vec::new() }
    }

    /// Add `name=value`.
    ///
    /// ```
    /// let kw = ferropy::Kwargs::new().arg("x", 1).arg("label", "one");
    /// # let _ = kw;
    /// ```
    pub fn arg(mut self, name: impl Into<String>, value: impl IntoPy + 'a) -> Kwargs<'a> {
        self.items
            .push((name.into(), Box::new(move |py| value.into_py(py))));
        self
    }
}

impl<'a, K: Into<String>, V: IntoPy + 'a, const N: usize> From<[(K, V); N]> for Kwargs<'a> {
    fn from(items: [(K, V); N]) -> Kwargs<'a> {
        items
            .into_iter()
            .fold(Kwargs::new(), |kw, (k, v)| kw.arg(k, v))
    }
}

impl<'a, K: Into<String>, V: IntoPy + 'a> From<Vec<(K, V)>> for Kwargs<'a> {
    fn from(items: Vec<(K, V)>) -> Kwargs<'a> {
        items
            .into_iter()
            .fold(Kwargs::new(), |kw, (k, v)| kw.arg(k, v))
    }
}

fn type_error(py: Python<'_>, expected: &str, obj: &Bound<'_>) -> Error {
    let vm = py.vm();
    py.error(vm.type_error(format!(
        "'{}' object cannot be interpreted as {expected}",
        obj.type_name()
    )))
}

fn bound(py: Python<'_>, v: Value) -> Bound<'_> {
    Bound::new(py, v)
}

// ----- into Python -----------------------------------------------------------------------

impl IntoPy for Bound<'_> {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(bound(py, self.v))
    }
}

impl IntoPy for &Bound<'_> {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(bound(py, self.v.clone()))
    }
}

impl IntoPy for &PyObject {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        self.bind(py)
    }
}

impl IntoPy for PyObject {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        self.bind(py)
    }
}

impl IntoPy for () {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(py.none())
    }
}

impl IntoPy for bool {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(bound(py, Value::Bool(self)))
    }
}

macro_rules! small_ints {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
                Ok(bound(py, Value::Int(self as i64)))
            }
        }
    )*};
}
small_ints!(i8, i16, i32, i64, u8, u16, u32, isize);

macro_rules! big_ints {
    ($($t:ty),*) => {$(
        impl IntoPy for $t {
            fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
                match i64::try_from(self) {
                    Ok(i) => Ok(bound(py, Value::Int(i))),
                    Err(_) => Ok(bound(
                        py,
                        ferropy_vm::types::int::from_bigint(py.vm(), self.into()),
                    )),
                }
            }
        }
    )*};
}
big_ints!(u64, usize, i128, u128);

impl IntoPy for f64 {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(bound(py, Value::Float(self)))
    }
}

impl IntoPy for f32 {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(bound(py, Value::Float(self as f64)))
    }
}

impl IntoPy for &str {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        py.vm()
            .precheck_alloc(self.len() as u128)
            .map_err(|e| py.error(e))?;
        Ok(bound(py, py.vm().new_str(self)))
    }
}

impl IntoPy for String {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        py.vm()
            .precheck_alloc(self.len() as u128)
            .map_err(|e| py.error(e))?;
        Ok(bound(py, py.vm().new_string(self)))
    }
}

impl IntoPy for &String {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        self.as_str().into_py(py)
    }
}

impl IntoPy for char {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        self.to_string().into_py(py)
    }
}

/// Bytes as Python `bytes` (a plain `Vec<u8>` converts to a list of ints; wrap it in
/// [`Bytes`] for `bytes`).
///
/// ```
/// use ferropy::Bytes;
/// let interp = ferropy::Interpreter::builder().build();
/// interp.set_global("data", Bytes(b"\x00ab".to_vec())).unwrap();
/// assert_eq!(interp.eval::<String>("repr(data)").unwrap(), "b'\\x00ab'");
/// let back: Bytes = interp.eval("data + b'c'").unwrap();
/// assert_eq!(back.0, b"\x00abc");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Bytes(pub Vec<u8>);

impl IntoPy for Bytes {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(bound(py, py.vm().new_bytes(self.0)))
    }
}

impl IntoPy for &[u8] {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        Ok(bound(py, py.vm().new_bytes(self.to_vec())))
    }
}

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        match self {
            Some(v) => v.into_py(py),
            None => Ok(py.none()),
        }
    }
}

impl<T: IntoPy> IntoPy for Vec<T> {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        let items = collect_values(py, self)?;
        Ok(bound(py, py.vm().new_list(items)))
    }
}

fn collect_values<T: IntoPy>(
    py: Python<'_>,
    it: impl IntoIterator<Item = T>,
) -> Result<Vec<Value>> {
    it.into_iter().map(|x| x.into_py(py).map(|b| b.v)).collect()
}

fn new_dict<'py, K: IntoPy, V: IntoPy>(
    py: Python<'py>,
    entries: impl IntoIterator<Item = (K, V)>,
) -> Result<Bound<'py>> {
    let vm = py.vm();
    let d = vm.new_dict();
    for (k, v) in entries {
        let (k, v) = (k.into_py(py)?.v, v.into_py(py)?.v);
        ferropy_vm::types::dict::set_item(vm, &d, k, v).map_err(|e| py.error(e))?;
    }
    Ok(bound(py, Value::Obj(d)))
}

impl<K: IntoPy, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        new_dict(py, self)
    }
}

impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        new_dict(py, self)
    }
}

impl<K: IntoPy, V: IntoPy, S> IntoPy for indexmap::IndexMap<K, V, S> {
    fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        new_dict(py, self)
    }
}

macro_rules! tuples {
    ($(($($n:tt $t:ident),*)),*) => {$(
        impl<$($t: IntoPy),*> IntoPy for ($($t,)*) {
            fn into_py<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
                let items = vec![$(self.$n.into_py(py)?.v),*];
                Ok(bound(py, py.vm().new_tuple(items)))
            }
        }
        impl<$($t: IntoPy),*> IntoPyArgs for ($($t,)*) {
            fn into_py_args(self, py: Python<'_>) -> Result<Vec<Value>> {
                Ok(vec![$(self.$n.into_py(py)?.v),*])
            }
        }
        impl<$($t: FromPy),*> FromPy for ($($t,)*) {
            fn from_py(obj: &Bound<'_>) -> Result<Self> {
                let py = obj.py();
                let items = sequence_items(obj, "tuple")?;
                let want = [$($n),*].len();
                if items.len() != want {
                    return Err(py.error(py.vm().value_error(format!(
                        "expected a sequence of {want} items, got {}", items.len()
                    ))));
                }
                Ok(($($t::from_py(&bound(py, items[$n].clone()))?,)*))
            }
        }
    )*};
}
tuples!(
    (0 A),
    (0 A, 1 B),
    (0 A, 1 B, 2 C),
    (0 A, 1 B, 2 C, 3 D),
    (0 A, 1 B, 2 C, 3 D, 4 E),
    (0 A, 1 B, 2 C, 3 D, 4 E, 5 F)
);

impl IntoPyArgs for () {
    fn into_py_args(self, _py: Python<'_>) -> Result<Vec<Value>> {
        Ok(Vec::new())
    }
}

impl<T: IntoPy> IntoPyArgs for Vec<T> {
    fn into_py_args(self, py: Python<'_>) -> Result<Vec<Value>> {
        collect_values(py, self)
    }
}

// ----- from Python -----------------------------------------------------------------------

impl FromPy for PyObject {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        Ok(obj.unbind())
    }
}

impl FromPy for () {
    fn from_py(_obj: &Bound<'_>) -> Result<Self> {
        Ok(())
    }
}

impl FromPy for bool {
    /// Python truth (`bool(obj)`), as CPython's `p` argument format does.
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        let py = obj.py();
        ferropy_vm::protocol::number::truthy(py.vm(), &obj.v).map_err(|e| py.error(e))
    }
}

/// The int value of `obj` (through `__index__`, as CPython's integer conversions do).
fn int_of(obj: &Bound<'_>) -> Result<num_bigint::BigInt> {
    let py = obj.py();
    let vm = py.vm();
    if let Value::Float(_) = obj.v {
        return Err(type_error(py, "an integer", obj));
    }
    let v = ferropy_vm::protocol::number::index(vm, &obj.v).map_err(|e| py.error(e))?;
    ferropy_vm::types::int::to_bigint(&v).ok_or_else(|| type_error(py, "an integer", obj))
}

macro_rules! from_ints {
    ($($t:ty),*) => {$(
        impl FromPy for $t {
            #[allow(irrefutable_let_patterns)]
            fn from_py(obj: &Bound<'_>) -> Result<Self> {
                if let Value::Int(i) = obj.v {
                    if let Ok(x) = <$t>::try_from(i) {
                        return Ok(x);
                    }
                }
                let py = obj.py();
                let b = int_of(obj)?;
                let negative = b.sign() == num_bigint::Sign::Minus;
                <$t>::try_from(b).map_err(|_| {
                    // CPython's wording for unsigned targets (PyLong_AsUnsignedLong).
                    #[allow(unused_comparisons)]
                    let msg = if negative && <$t>::MIN == 0 {
                        "can't convert negative int to unsigned".to_string()
                    } else {
                        format!("Python int too large to convert to Rust {}", stringify!($t))
                    };
                    py.error(py.vm().overflow_error(msg))
                })
            }
        }
    )*};
}
from_ints!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl FromPy for f64 {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        match obj.v {
            Value::Float(f) => return Ok(f),
            Value::Int(i) => return Ok(i as f64),
            Value::Bool(b) => return Ok(b as i64 as f64),
            _ => {}
        }
        let py = obj.py();
        let vm = py.vm();
        if let Value::Obj(o) = &obj.v {
            if let Payload::Float(f) = o.payload() {
                return Ok(*f);
            }
        }
        // PyFloat_AsDouble: numbers only (`__float__`, or `__index__` for int-likes).
        let ty = vm.type_of(&obj.v);
        if ferropy_vm::types::lookup_str(vm, &ty, "__float__").is_none()
            && ferropy_vm::types::lookup_str(vm, &ty, "__index__").is_none()
        {
            return Err(
                py.error(vm.type_error(format!("must be real number, not {}", obj.type_name())))
            );
        }
        let f = ferropy_vm::protocol::call::call(
            vm,
            &Value::Obj(vm.t.float.clone()),
            std::slice::from_ref(&obj.v),
        )
        .map_err(|e| py.error(e))?;
        match f {
            Value::Float(f) => Ok(f),
            _ => Err(py.error(vm.type_error("float() did not return a float"))),
        }
    }
}

impl FromPy for f32 {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        f64::from_py(obj).map(|f| f as f32)
    }
}

impl FromPy for String {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        match ferropy_vm::vm::as_str(&obj.v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let py = obj.py();
                Err(py.error(
                    py.vm()
                        .type_error(format!("expected str, got {}", obj.type_name())),
                ))
            }
        }
    }
}

impl FromPy for Bytes {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        if let Value::Obj(o) = &obj.v {
            match o.payload() {
                Payload::Bytes(b) => return Ok(Bytes(b.to_vec())),
                Payload::ByteArray(b) => return Ok(Bytes(b.borrow().clone())),
                _ => {}
            }
        }
        let py = obj.py();
        Err(py.error(py.vm().type_error(format!(
            "a bytes-like object is required, not '{}'",
            obj.type_name()
        ))))
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        if obj.is_none() {
            Ok(None)
        } else {
            T::from_py(obj).map(Some)
        }
    }
}

/// The items of any iterable (strings excluded where a sequence of values is meant).
fn sequence_items(obj: &Bound<'_>, what: &str) -> Result<Vec<Value>> {
    let py = obj.py();
    let vm = py.vm();
    if vm.is_instance(&obj.v, &vm.t.str) {
        return Err(py.error(vm.type_error(format!("expected a {what}-like sequence, got str"))));
    }
    ferropy_vm::protocol::iter::collect(vm, &obj.v).map_err(|e| py.error(e))
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        let py = obj.py();
        sequence_items(obj, "list")?
            .into_iter()
            .map(|v| T::from_py(&bound(py, v)))
            .collect()
    }
}

fn dict_entries<'py>(obj: &Bound<'py>) -> Result<Vec<(Bound<'py>, Bound<'py>)>> {
    let py = obj.py();
    let vm = py.vm();
    let items = if let Value::Obj(o) = &obj.v {
        if let Payload::Dict(_) = o.payload() {
            ferropy_vm::types::dict::entries(o)
        } else if ferropy_vm::types::lookup_str(vm, &vm.type_of(&obj.v), "items").is_none() {
            return Err(
                py.error(vm.type_error(format!("expected a mapping, got {}", obj.type_name())))
            );
        } else {
            let it = obj.call_method1("items", ())?;
            let pairs = ferropy_vm::protocol::iter::collect(vm, &it.v).map_err(|e| py.error(e))?;
            let mut out = Vec::new();
            for p in pairs {
                let (k, v): (PyAnyValue, PyAnyValue) = FromPy::from_py(&bound(py, p))?;
                out.push((k.0, v.0));
            }
            out
        }
    } else {
        return Err(py.error(vm.type_error(format!("expected a mapping, got {}", obj.type_name()))));
    };
    Ok(items
        .into_iter()
        .map(|(k, v)| (bound(py, k), bound(py, v)))
        .collect())
}

/// Any value, unconverted (for reading pairs).
struct PyAnyValue(Value);

impl FromPy for PyAnyValue {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        Ok(PyAnyValue(obj.v.clone()))
    }
}

impl<K, V, S> FromPy for HashMap<K, V, S>
where
    K: FromPy + Eq + std::hash::Hash,
    V: FromPy,
    S: std::hash::BuildHasher + Default,
{
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        let mut m = HashMap::default();
        for (k, v) in dict_entries(obj)? {
            m.insert(K::from_py(&k)?, V::from_py(&v)?);
        }
        Ok(m)
    }
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        let mut m = BTreeMap::new();
        for (k, v) in dict_entries(obj)? {
            m.insert(K::from_py(&k)?, V::from_py(&v)?);
        }
        Ok(m)
    }
}

impl<K, V, S> FromPy for indexmap::IndexMap<K, V, S>
where
    K: FromPy + Eq + std::hash::Hash,
    V: FromPy,
    S: std::hash::BuildHasher + Default,
{
    fn from_py(obj: &Bound<'_>) -> Result<Self> {
        let mut m = indexmap::IndexMap::default();
        for (k, v) in dict_entries(obj)? {
            m.insert(K::from_py(&k)?, V::from_py(&v)?);
        }
        Ok(m)
    }
}
