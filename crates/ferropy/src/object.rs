//! Python objects on the Rust side: [`Bound`], a reference usable while the GIL is held
//! (it cannot escape the closure that received the [`Python`] token), and [`PyObject`],
//! an owned handle that can be stored anywhere and dropped on any thread.

use crate::convert::{FromPy, IntoPy};
use crate::error::{Error, Result};
use crate::interpreter::Python;
use ferropy_vm::embed::SendRef;
use ferropy_vm::Value;

/// A Python object borrowed for the lifetime `'py` of a [`Python`] token: the GIL is
/// held, so it can be read, called and converted. It cannot outlive the
/// [`Interpreter::with_gil`](crate::Interpreter::with_gil) closure; turn it into a
/// [`PyObject`] to keep it.
///
/// ```
/// let interp = ferropy::Interpreter::builder().build();
/// interp.with_gil(|py| {
///     let list = py.eval_bound("[3, 1, 2]")?;
///     let sorted = py.builtin("sorted")?.call1((list,))?;
///     assert_eq!(sorted.repr()?, "[1, 2, 3]");
///     Ok(())
/// }).unwrap();
/// ```
#[derive(Clone)]
pub struct Bound<'py> {
    pub(crate) py: Python<'py>,
    pub(crate) v: Value,
}

impl<'py> Bound<'py> {
    pub(crate) fn new(py: Python<'py>, v: Value) -> Bound<'py> {
        Bound { py, v }
    }

    /// The token this object is bound to.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let obj = py.eval_bound("1")?;
    ///     assert!(obj.py().none().is_none());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn py(&self) -> Python<'py> {
        self.py
    }

    /// The VM value (for code that uses `ferropy::vm` directly).
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert!(matches!(py.eval_bound("7")?.value(), ferropy::vm::Value::Int(7)));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn value(&self) -> &Value {
        &self.v
    }

    /// `repr(obj)`.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.eval_bound("'a'")?.repr()?, "'a'");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn repr(&self) -> Result<String> {
        let vm = self.py.vm();
        ferropy_vm::protocol::repr::repr(vm, &self.v).map_err(|e| self.py.error(e))
    }

    /// `str(obj)`.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.eval_bound("'a'")?.str()?, "a");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn str(&self) -> Result<String> {
        let vm = self.py.vm();
        ferropy_vm::protocol::repr::str(vm, &self.v).map_err(|e| self.py.error(e))
    }

    /// The name of the object's type (`type(obj).__name__`).
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.eval_bound("{}")?.type_name(), "dict");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn type_name(&self) -> String {
        self.py.vm().type_name(&self.v)
    }

    /// Is this `None`?
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert!(py.none().is_none());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn is_none(&self) -> bool {
        self.v.is_none()
    }

    /// `obj.name`.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let n: String = py.eval_bound("'abc'")?.getattr("upper")?.call0()?.extract()?;
    ///     assert_eq!(n, "ABC");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn getattr(&self, name: &str) -> Result<Bound<'py>> {
        let vm = self.py.vm();
        ferropy_vm::protocol::attr::get_attr_str(vm, &self.v, name)
            .map(|v| Bound::new(self.py, v))
            .map_err(|e| self.py.error(e))
    }

    /// `obj.name = value`.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.run("class C: pass\nc = C()").unwrap();
    /// interp.with_gil(|py| {
    ///     let c = py.get_global_bound("c")?;
    ///     c.setattr("x", 5)?;
    ///     assert_eq!(c.getattr("x")?.extract::<i64>()?, 5);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn setattr(&self, name: &str, value: impl IntoPy) -> Result<()> {
        let vm = self.py.vm();
        let v = value.into_py(self.py)?;
        let name = vm.intern(name);
        ferropy_vm::protocol::attr::set_attr(vm, &self.v, &name, Some(v.v))
            .map_err(|e| self.py.error(e))
    }

    /// Call this object with positional arguments (a tuple of convertible values, or
    /// `()`).
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let max = py.builtin("max")?;
    ///     assert_eq!(max.call1((3, 9, 4))?.extract::<i64>()?, 9);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn call1(&self, args: impl crate::convert::IntoPyArgs) -> Result<Bound<'py>> {
        self.call(args, crate::convert::Kwargs::new())
    }

    /// Call this object without arguments.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.builtin("list")?.call0()?.repr()?, "[]");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn call0(&self) -> Result<Bound<'py>> {
        self.call1(())
    }

    /// Call this object with positional and keyword arguments.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let sorted = py.builtin("sorted")?;
    ///     let r = sorted.call((vec![1, 3, 2],), [("reverse", true)])?;
    ///     assert_eq!(r.extract::<Vec<i64>>()?, vec![3, 2, 1]);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn call<'a>(
        &self,
        args: impl crate::convert::IntoPyArgs,
        kwargs: impl Into<crate::convert::Kwargs<'a>>,
    ) -> Result<Bound<'py>> {
        let py = self.py;
        let vm = py.vm();
        let pos = args.into_py_args(py)?;
        let mut names = Vec::new();
        let mut values = Vec::new();
        for (k, make) in kwargs.into().items {
            if names
                .iter()
                .any(|n| ferropy_vm::vm::as_str(n) == Some(k.as_str()))
            {
                // CPython's `_PyObject_FunctionStr`: `module.qualname` unless builtin.
                let attr = |n: &str| {
                    ferropy_vm::protocol::attr::get_attr_str(vm, &self.v, n)
                        .ok()
                        .and_then(|q| ferropy_vm::vm::as_str(&q).map(str::to_string))
                };
                let qual = attr("__qualname__").unwrap_or_else(|| self.type_name());
                let what = match attr("__module__") {
                    Some(m) if m != "builtins" => format!("{m}.{qual}"),
                    _ => qual,
                };
                return Err(py.error(vm.type_error(format!(
                    "{what}() got multiple values for keyword argument '{k}'"
                ))));
            }
            names.push(vm.new_str(&k));
            values.push(make(py)?.v);
        }
        let a = ferropy_vm::object::Args {
            pos: &pos,
            kwnames: &names,
            kwvalues: &values,
        };
        ferropy_vm::protocol::call::call_args(vm, &self.v, None, a)
            .map(|v| Bound::new(py, v))
            .map_err(|e| py.error(e))
    }

    /// Call the method `name` with positional arguments.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let s = py.eval_bound("'a,b'")?;
    ///     assert_eq!(s.call_method1("split", (",",))?.extract::<Vec<String>>()?, ["a", "b"]);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn call_method1(
        &self,
        name: &str,
        args: impl crate::convert::IntoPyArgs,
    ) -> Result<Bound<'py>> {
        self.getattr(name)?.call1(args)
    }

    /// Convert to a Rust value.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let v: (i64, String) = py.eval_bound("(1, 'x')")?.extract()?;
    ///     assert_eq!(v, (1, "x".to_string()));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn extract<T: FromPy>(&self) -> Result<T> {
        T::from_py(self)
    }

    /// Keep this object beyond the GIL scope.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// let obj = interp.with_gil(|py| Ok(py.eval_bound("[1, 2]")?.unbind())).unwrap();
    /// let n: usize = interp.with_gil(|py| py.builtin("len")?.call1((obj.bind(py)?,))?.extract()).unwrap();
    /// assert_eq!(n, 2);
    /// ```
    pub fn unbind(&self) -> PyObject {
        let vm = self.py.vm();
        let (o, boxed) = match &self.v {
            Value::Obj(o) => (o.clone(), false),
            // Unboxed values (None, bools, small ints, floats) live in a 1-tuple so the
            // handle has an object to hold.
            other => match vm.new_tuple(vec![other.clone()]) {
                Value::Obj(t) => (t, true),
                _ => unreachable!("tuples are heap objects"),
            },
        };
        PyObject {
            r: ferropy_vm::embed::to_send(vm, o).expect("a host-owned interpreter"),
            boxed,
        }
    }
}

impl std::fmt::Debug for Bound<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.repr() {
            Ok(r) => f.write_str(&r),
            Err(_) => write!(f, "<{} object>", self.type_name()),
        }
    }
}

/// An owned reference to a Python object, kept across calls: `Send + Sync`, and safe to
/// drop on any thread (without the GIL the decref is queued until a host thread next
/// enters the interpreter). Use it again through [`PyObject::bind`].
///
/// ```
/// use ferropy::{Interpreter, PyObject};
/// let interp = Interpreter::builder().build();
/// interp.run("def double(x):\n    return 2 * x").unwrap();
/// let f: PyObject = interp.get_global("double").unwrap();
/// let r: i64 = interp.call(&f, (21,)).unwrap();
/// assert_eq!(r, 42);
/// std::thread::spawn(move || drop(f)).join().unwrap(); // dropped on another thread
/// ```
pub struct PyObject {
    r: SendRef,
    /// The handle holds a 1-tuple around an unboxed value (see `Bound::unbind`).
    boxed: bool,
}

impl PyObject {
    pub(crate) fn from_send(r: SendRef) -> PyObject {
        PyObject { r, boxed: false }
    }

    /// This object, bound to `py` (an error if it belongs to another interpreter).
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// let obj = interp.eval::<ferropy::PyObject>("'hi'").unwrap();
    /// interp.with_gil(|py| {
    ///     assert_eq!(obj.bind(py)?.str()?, "hi");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn bind<'py>(&self, py: Python<'py>) -> Result<Bound<'py>> {
        let vm = py.vm();
        let Some(o) = ferropy_vm::embed::from_send(vm, &self.r) else {
            return Err(Error::new(
                "RuntimeError",
                "this object belongs to another interpreter",
            ));
        };
        if self.boxed {
            if let ferropy_vm::object::Payload::Tuple(t) = o.payload() {
                return Ok(Bound::new(py, t[0].clone()));
            }
        }
        Ok(Bound::new(py, Value::Obj(o)))
    }

    /// Another handle to the same object.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// let a = interp.eval::<ferropy::PyObject>("[]").unwrap();
    /// let b = interp.with_gil(|py| Ok(a.clone_ref(py))).unwrap();
    /// let same: bool = interp.with_gil(|py| {
    ///     py.builtin("id")?.call1((a.bind(py)?,))?.extract::<i64>()
    ///         .map(|x| x == py.builtin("id").unwrap().call1((b.bind(py).unwrap(),)).unwrap().extract::<i64>().unwrap())
    /// }).unwrap();
    /// assert!(same);
    /// ```
    pub fn clone_ref(&self, py: Python<'_>) -> PyObject {
        match self.bind(py) {
            Ok(b) => b.unbind(),
            Err(_) => py.none().unbind(),
        }
    }
}

impl std::fmt::Debug for PyObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyObject({:?})", self.r)
    }
}
