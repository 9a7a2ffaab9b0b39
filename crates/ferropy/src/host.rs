//! Extending Python from the host: Rust closures as Python functions ([`HostFunction`]),
//! whole native modules ([`Module`]) and Rust types as Python classes ([`Class`]).
//! Arguments are converted with [`FromPy`], results with [`IntoPy`]; an [`Error`]
//! returned by a closure is raised as the Python exception it describes.

use crate::convert::{FromPy, IntoPy};
use crate::error::{Error, Result};
use crate::interpreter::{Interpreter, Python};
use crate::object::Bound;
use ferropy_vm::object::{Args, Payload};
use ferropy_vm::{ObjRef, PyResult, Value, Vm};
use std::any::Any;
use std::cell::RefCell;

/// What a host function may return: any [`IntoPy`] value, or a `Result` of one.
///
/// ```
/// let interp = ferropy::Interpreter::builder().build();
/// interp.add_function("half", |n: i64| -> ferropy::Result<i64> {
///     if n % 2 == 0 { Ok(n / 2) } else { Err(ferropy::Error::value_error("odd")) }
/// }).unwrap();
/// assert_eq!(interp.eval::<i64>("half(8)").unwrap(), 4);
/// assert_eq!(interp.run("half(3)").unwrap_err().type_name(), Some("ValueError"));
/// ```
pub trait IntoPyResult {
    /// Convert, or pass the error on.
    ///
    /// ```
    /// use ferropy::IntoPyResult;
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(Ok::<_, ferropy::Error>(3).into_py_result(py)?.repr()?, "3");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn into_py_result<'py>(self, py: Python<'py>) -> Result<Bound<'py>>;
}

impl<T: IntoPy> IntoPyResult for T {
    fn into_py_result<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        self.into_py(py)
    }
}

impl<T: IntoPy> IntoPyResult for Result<T> {
    fn into_py_result<'py>(self, py: Python<'py>) -> Result<Bound<'py>> {
        self.and_then(|v| v.into_py(py))
    }
}

/// A Rust closure callable from Python: `Fn(A, B, …) -> R` where every argument is
/// [`FromPy`] and `R` is [`IntoPyResult`] (up to six arguments). Python callers get
/// CPython's errors for a wrong argument count or type.
///
/// ```
/// let interp = ferropy::Interpreter::builder().build();
/// interp.add_function("hypot", |a: f64, b: f64| (a * a + b * b).sqrt()).unwrap();
/// assert_eq!(interp.eval::<f64>("hypot(3, 4)").unwrap(), 5.0);
/// let e = interp.run("hypot(1)").unwrap_err();
/// assert!(e.to_string().contains("TypeError: hypot() takes exactly 2 arguments (1 given)"));
/// ```
pub trait HostFunction<Marker>: Send + 'static {
    #[doc(hidden)]
    fn invoke(&self, py: Python<'_>, name: &str, args: Args<'_>) -> Result<Value>;
}

/// A Rust closure usable as a method of a [`Class`]: `Fn(&mut T, A, B, …) -> R`.
///
/// ```
/// struct Acc(i64);
/// let class = ferropy::Class::<Acc>::new("Acc")
///     .init(|| Ok(Acc(0)))
///     .method("add", |a: &mut Acc, n: i64| { a.0 += n; a.0 });
/// let interp = ferropy::Interpreter::builder().build();
/// interp.add_class(class).unwrap();
/// assert_eq!(interp.eval::<i64>("(a := Acc()).add(2) + a.add(3)").unwrap(), 7);
/// ```
pub trait HostMethod<T, Marker>: Send + 'static {
    #[doc(hidden)]
    fn invoke(
        &self,
        py: Python<'_>,
        name: &str,
        class: &str,
        this: &Value,
        args: &[Bound<'_>],
    ) -> Result<Value>;
    #[doc(hidden)]
    fn arity(&self) -> usize;
}

/// A constructor of a [`Class`]: `Fn(A, B, …) -> Result<T>`.
///
/// ```
/// struct P(i64, i64);
/// let class = ferropy::Class::<P>::new("P").init(|x: i64, y: i64| Ok(P(x, y)));
/// # let _ = class;
/// ```
pub trait HostInit<T, Marker>: Send + 'static {
    #[doc(hidden)]
    fn invoke(&self, py: Python<'_>, name: &str, args: Args<'_>) -> Result<T>;
}

/// CPython's arity error for builtins (`f() takes exactly N arguments (M given)`), and
/// the refusal of keyword arguments for positional-only host functions.
fn check_args(py: Python<'_>, name: &str, args: Args<'_>, n: usize) -> Result<()> {
    let vm = py.vm();
    if !args.kwnames.is_empty() {
        return Err(py.error(vm.type_error(format!("{name}() takes no keyword arguments"))));
    }
    if args.pos.len() != n {
        let msg = match n {
            0 => format!("{name}() takes no arguments ({} given)", args.pos.len()),
            1 => format!(
                "{name}() takes exactly one argument ({} given)",
                args.pos.len()
            ),
            _ => format!(
                "{name}() takes exactly {n} arguments ({} given)",
                args.pos.len()
            ),
        };
        return Err(py.error(vm.type_error(msg)));
    }
    Ok(())
}

macro_rules! host_impls {
    ($n:expr; $($a:ident),*) => {
        #[allow(non_snake_case, unused_variables, unused_mut)]
        impl<F, R, $($a,)*> HostFunction<(R, $($a,)*)> for F
        where
            F: Fn($($a),*) -> R + Send + 'static,
            R: IntoPyResult,
            $($a: FromPy,)*
        {
            fn invoke(&self, py: Python<'_>, name: &str, args: Args<'_>) -> Result<Value> {
                check_args(py, name, args, $n)?;
                let mut it = args.pos.iter();
                $(let $a = $a::from_py(&Bound::new(py, it.next().cloned().unwrap_or_default()))?;)*
                (self)($($a),*).into_py_result(py).map(|b| b.v)
            }
        }

        #[allow(non_snake_case, unused_variables, unused_mut)]
        impl<T: 'static, F, R, $($a,)*> HostMethod<T, (R, $($a,)*)> for F
        where
            F: Fn(&mut T, $($a),*) -> R + Send + 'static,
            R: IntoPyResult,
            $($a: FromPy,)*
        {
            fn invoke(
                &self,
                py: Python<'_>,
                name: &str,
                class: &str,
                this: &Value,
                args: &[Bound<'_>],
            ) -> Result<Value> {
                // Convert first, borrow after: a conversion may run Python code
                // (`__index__`, `__float__`) that uses this same object.
                let mut it = args.iter();
                $(let $a = match it.next() { Some(b) => $a::from_py(b)?, None => unreachable!("arity checked") };)*
                with_state::<T, _>(py, this, class, name, |t| {
                    (self)(t, $($a),*).into_py_result(py).map(|b| b.v)
                })
            }
            fn arity(&self) -> usize {
                $n
            }
        }

        #[allow(non_snake_case, unused_variables, unused_mut)]
        impl<T, F, $($a,)*> HostInit<T, ($($a,)*)> for F
        where
            F: Fn($($a),*) -> Result<T> + Send + 'static,
            $($a: FromPy,)*
        {
            fn invoke(&self, py: Python<'_>, name: &str, args: Args<'_>) -> Result<T> {
                check_args(py, name, args, $n)?;
                let mut it = args.pos.iter();
                $(let $a = $a::from_py(&Bound::new(py, it.next().cloned().unwrap_or_default()))?;)*
                (self)($($a),*)
            }
        }
    };
}
host_impls!(0;);
host_impls!(1; A);
host_impls!(2; A, B);
host_impls!(3; A, B, C);
host_impls!(4; A, B, C, D);
host_impls!(5; A, B, C, D, E);
host_impls!(6; A, B, C, D, E, F2);

/// Arguments as a raw host function receives them (see [`Interpreter::add_raw_function`]).
///
/// ```
/// use ferropy::{CallArgs, IntoPy, Python};
/// let interp = ferropy::Interpreter::builder().build();
/// interp.add_raw_function("describe", |py: Python<'_>, a: CallArgs<'_>| {
///     format!("{} positional, {} keyword", a.args.len(), a.kwargs.len()).into_py(py)
/// }).unwrap();
/// assert_eq!(interp.eval::<String>("describe(1, 2, k=3)").unwrap(), "2 positional, 1 keyword");
/// ```
pub struct CallArgs<'py> {
    /// Positional arguments.
    pub args: Vec<Bound<'py>>,
    /// Keyword arguments, in call order.
    pub kwargs: Vec<(String, Bound<'py>)>,
}

type Erased = Box<dyn Fn(&Vm, Args<'_>) -> PyResult<Value>>;

/// Wrap a typed host function as the VM's callable.
fn erase<M, F: HostFunction<M>>(name: &str, f: F) -> Erased {
    let name = name.to_string();
    Box::new(move |vm: &Vm, args: Args<'_>| {
        let py = Python::assume(vm);
        f.invoke(py, &name, args).map_err(|e| py.raise(e))
    })
}

fn erase_raw<F>(f: F) -> Erased
where
    F: for<'py> Fn(Python<'py>, CallArgs<'py>) -> Result<Bound<'py>> + Send + 'static,
{
    Box::new(move |vm: &Vm, args: Args<'_>| {
        let py = Python::assume(vm);
        let call = CallArgs {
            args: args.pos.iter().map(|v| Bound::new(py, v.clone())).collect(),
            kwargs: args
                .kwnames
                .iter()
                .zip(args.kwvalues)
                .map(|(k, v)| {
                    (
                        ferropy_vm::vm::as_str(k).unwrap_or_default().to_string(),
                        Bound::new(py, v.clone()),
                    )
                })
                .collect(),
        };
        f(py, call).map(|b| b.v).map_err(|e| py.raise(e))
    })
}

/// A native module built by the host, importable by scripts once added with
/// [`Interpreter::add_module`].
///
/// ```
/// use ferropy::{Interpreter, Module};
/// let m = Module::new("geometry")
///     .doc("Shapes.")
///     .function("area", |w: f64, h: f64| w * h)
///     .constant("UNIT", 1.0);
/// let interp = Interpreter::builder().build();
/// interp.add_module(m).unwrap();
/// assert_eq!(interp.eval::<f64>("__import__('geometry').area(2, 3.5)").unwrap(), 7.0);
/// ```
pub struct Module {
    name: String,
    doc: Option<String>,
    items: Vec<(String, Item)>,
}

type MakeValue = Box<dyn for<'py> FnOnce(Python<'py>) -> Result<Bound<'py>>>;

enum Item {
    Function(Erased),
    Value(MakeValue),
    Class(Box<dyn FnOnce(Python<'_>, &str) -> Result<Value>>),
}

impl Module {
    /// An empty module named `name`.
    ///
    /// ```
    /// let m = ferropy::Module::new("empty");
    /// # let _ = m;
    /// ```
    pub fn new(name: &str) -> Module {
        Module {
            name: name.to_string(),
            doc: None,
            items: Vec::new(),
        }
    }

    /// The module's docstring.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_module(ferropy::Module::new("m").doc("Hi.")).unwrap();
    /// assert_eq!(interp.eval::<String>("__import__('m').__doc__").unwrap(), "Hi.");
    /// ```
    pub fn doc(mut self, doc: &str) -> Module {
        self.doc = Some(doc.to_string());
        self
    }

    /// Add a typed function.
    ///
    /// ```
    /// let m = ferropy::Module::new("util").function("twice", |s: String| s.repeat(2));
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_module(m).unwrap();
    /// assert_eq!(interp.eval::<String>("__import__('util').twice('ab')").unwrap(), "abab");
    /// ```
    pub fn function<M, F: HostFunction<M>>(mut self, name: &str, f: F) -> Module {
        self.items
            .push((name.to_string(), Item::Function(erase(name, f))));
        self
    }

    /// Add a function that receives the raw arguments (keywords included) and the
    /// [`Python`] token.
    ///
    /// ```
    /// use ferropy::{CallArgs, Module, Python};
    /// let m = Module::new("kw").raw_function("count", |py: Python<'_>, a: CallArgs<'_>| {
    ///     (a.args.len() + a.kwargs.len()).into_py(py)
    /// });
    /// # use ferropy::IntoPy;
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_module(m).unwrap();
    /// assert_eq!(interp.eval::<i64>("__import__('kw').count(1, 2, x=3)").unwrap(), 3);
    /// ```
    pub fn raw_function<F>(mut self, name: &str, f: F) -> Module
    where
        F: for<'py> Fn(Python<'py>, CallArgs<'py>) -> Result<Bound<'py>> + Send + 'static,
    {
        self.items
            .push((name.to_string(), Item::Function(erase_raw(f))));
        self
    }

    /// Add a value.
    ///
    /// ```
    /// let m = ferropy::Module::new("consts").constant("NAMES", vec!["a", "b"]);
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_module(m).unwrap();
    /// assert_eq!(interp.eval::<usize>("len(__import__('consts').NAMES)").unwrap(), 2);
    /// ```
    pub fn constant<V: IntoPy + Send + 'static>(mut self, name: &str, value: V) -> Module {
        let make: MakeValue = Box::new(move |py| value.into_py(py));
        self.items.push((name.to_string(), Item::Value(make)));
        self
    }

    /// Add a host class.
    ///
    /// ```
    /// struct Unit;
    /// let m = ferropy::Module::new("units").class(ferropy::Class::<Unit>::new("Unit").init(|| Ok(Unit)));
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_module(m).unwrap();
    /// assert_eq!(interp.eval::<String>("repr(__import__('units').Unit)").unwrap(), "<class 'units.Unit'>");
    /// ```
    pub fn class<T: Send + 'static>(mut self, class: Class<T>) -> Module {
        let name = class.name.clone();
        self.items.push((
            name,
            Item::Class(Box::new(move |py, module| class.make(py, module))),
        ));
        self
    }

    fn install(self, py: Python<'_>) -> Result<()> {
        let vm = py.vm();
        let module = ferropy_vm::import::new_module(vm, &self.name);
        let dict = ferropy_vm::import::module_dict(&module)
            .expect("module")
            .clone();
        let set = |k: &str, v: Value| {
            ferropy_vm::types::dict::set_item(vm, &dict, vm.new_str(k), v).map_err(|e| py.error(e))
        };
        if let Some(d) = &self.doc {
            set("__doc__", vm.new_str(d))?;
        }
        for (name, item) in self.items {
            let v = match item {
                Item::Function(f) => ferropy_vm::embed::new_host_function(vm, &name, false, f),
                Item::Value(make) => make(py)?.v,
                Item::Class(make) => make(py, &self.name)?,
            };
            set(&name, v)?;
        }
        ferropy_vm::types::dict::set_item(
            vm,
            &vm.modules,
            vm.new_str(&self.name),
            Value::Obj(module),
        )
        .map_err(|e| py.error(e))
    }
}

/// The state of a host class instance: the Rust value, borrowed mutably for each method.
struct HostInstance {
    state: RefCell<Box<dyn Any>>,
}

impl ferropy_vm::object::ExtPayload for HostInstance {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Run `f` on the Rust value inside `obj` (a `T` instance of a host class).
/// `attr` names the method or attribute for CPython's wrong-object message.
fn with_state<T: 'static, R>(
    py: Python<'_>,
    obj: &Value,
    class: &str,
    attr: &str,
    f: impl FnOnce(&mut T) -> Result<R>,
) -> Result<R> {
    let vm = py.vm();
    let inst = obj
        .as_obj()
        .and_then(ferropy_vm::object::ext_ref::<HostInstance>)
        .filter(|i| i.state.try_borrow().map_or(true, |s| s.is::<T>()));
    let Some(inst) = inst else {
        return Err(py.error(vm.type_error(format!(
            "descriptor '{attr}' for '{class}' objects doesn't apply to a '{}' object",
            vm.type_name(obj)
        ))));
    };
    let Ok(mut guard) = inst.state.try_borrow_mut() else {
        return Err(py.error(vm.runtime_error(format!(
            "{class} object is already in use (re-entrant call)"
        ))));
    };
    match guard.downcast_mut::<T>() {
        Some(t) => f(t),
        None => Err(py.error(vm.type_error(format!("not a {class} object")))),
    }
}

type MethodFn = Box<dyn Fn(Python<'_>, &str, &Value, &[Bound<'_>]) -> Result<Value> + Send>;

/// A Rust type exposed to Python as a class: a constructor, methods, and attributes
/// backed by getters and setters. Each instance owns a `T`.
///
/// ```
/// use ferropy::{Class, Interpreter};
/// struct Counter { n: i64 }
/// let counter = Class::<Counter>::new("Counter")
///     .doc("Counts things.")
///     .init(|start: i64| Ok(Counter { n: start }))
///     .method("inc", |c: &mut Counter| { c.n += 1; c.n })
///     .getter("value", |c: &Counter| c.n)
///     .setter("value", |c: &mut Counter, v: i64| c.n = v);
/// let interp = Interpreter::builder().build();
/// interp.add_class(counter).unwrap();
/// interp.run("c = Counter(10)\nc.inc()\nc.value += 5").unwrap();
/// assert_eq!(interp.eval::<i64>("c.value").unwrap(), 16);
/// ```
pub struct Class<T> {
    name: String,
    doc: Option<String>,
    init: Option<Box<dyn Fn(Python<'_>, Args<'_>) -> Result<T> + Send>>,
    methods: Vec<(String, usize, MethodFn)>,
    getters: Vec<(String, Box<dyn Fn(Python<'_>, &T) -> Result<Value> + Send>)>,
    setters: Vec<(
        String,
        Box<dyn Fn(Python<'_>, &mut T, &Bound<'_>) -> Result<()> + Send>,
    )>,
}

impl<T: Send + 'static> Class<T> {
    /// A class named `name` with no constructor yet (calling it raises TypeError, as for
    /// CPython types without `__new__`).
    ///
    /// ```
    /// struct S;
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_class(ferropy::Class::<S>::new("S")).unwrap();
    /// assert!(interp.run("S()").is_err());
    /// ```
    pub fn new(name: &str) -> Class<T> {
        Class {
            name: name.to_string(),
            doc: None,
            init: None,
            methods: Vec::new(),
            getters: Vec::new(),
            setters: Vec::new(),
        }
    }

    /// The class docstring.
    ///
    /// ```
    /// struct S;
    /// let c = ferropy::Class::<S>::new("S").doc("An S.");
    /// # let _ = c;
    /// ```
    pub fn doc(mut self, doc: &str) -> Class<T> {
        self.doc = Some(doc.to_string());
        self
    }

    /// The constructor: `Class(args…)` converts the arguments and calls `f`.
    ///
    /// ```
    /// struct Name(String);
    /// let c = ferropy::Class::<Name>::new("Name").init(|s: String| Ok(Name(s)));
    /// # let _ = c;
    /// ```
    pub fn init<M, F: HostInit<T, M>>(mut self, f: F) -> Class<T> {
        let name = self.name.clone();
        self.init = Some(Box::new(move |py, args| f.invoke(py, &name, args)));
        self
    }

    /// A method: `obj.name(args…)` calls `f(&mut value, args…)`.
    ///
    /// ```
    /// struct V(Vec<i64>);
    /// let c = ferropy::Class::<V>::new("V")
    ///     .init(|| Ok(V(vec![])))
    ///     .method("push", |v: &mut V, x: i64| v.0.push(x))
    ///     .method("total", |v: &mut V| v.0.iter().sum::<i64>());
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_class(c).unwrap();
    /// assert_eq!(interp.eval::<i64>("(v := V()).push(2) or v.push(5) or v.total()").unwrap(), 7);
    /// ```
    pub fn method<M, F: HostMethod<T, M>>(mut self, name: &str, f: F) -> Class<T> {
        let n = f.arity();
        let mname = name.to_string();
        self.methods.push((
            name.to_string(),
            n,
            Box::new(move |py, class, this, args| f.invoke(py, &mname, class, this, args)),
        ));
        self
    }

    /// A read-only attribute (or the read side of one with a [`Class::setter`]).
    ///
    /// ```
    /// struct P { x: f64 }
    /// let c = ferropy::Class::<P>::new("P").init(|x: f64| Ok(P { x })).getter("x", |p: &P| p.x);
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_class(c).unwrap();
    /// assert_eq!(interp.eval::<f64>("P(2.5).x").unwrap(), 2.5);
    /// ```
    pub fn getter<R: IntoPy, F>(mut self, name: &str, f: F) -> Class<T>
    where
        F: Fn(&T) -> R + Send + 'static,
    {
        self.getters.push((
            name.to_string(),
            Box::new(move |py, t| f(t).into_py(py).map(|b| b.v)),
        ));
        self
    }

    /// The write side of an attribute.
    ///
    /// ```
    /// struct P { x: i64 }
    /// let c = ferropy::Class::<P>::new("P")
    ///     .init(|| Ok(P { x: 0 }))
    ///     .getter("x", |p: &P| p.x)
    ///     .setter("x", |p: &mut P, v: i64| p.x = v);
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_class(c).unwrap();
    /// assert_eq!(interp.eval::<i64>("(p := P(), setattr(p, 'x', 9), p.x)[2]").unwrap(), 9);
    /// ```
    pub fn setter<A: FromPy, F>(mut self, name: &str, f: F) -> Class<T>
    where
        F: Fn(&mut T, A) + Send + 'static,
    {
        self.setters.push((
            name.to_string(),
            Box::new(move |_py, t, v| {
                f(t, A::from_py(v)?);
                Ok(())
            }),
        ));
        self
    }

    /// Make the Python type object, in module `module`.
    fn make(self, py: Python<'_>, module: &str) -> Result<Value> {
        let vm = py.vm();
        let ty = ferropy_vm::types::native_type(
            vm,
            module,
            &self.name,
            self.doc.as_deref().unwrap_or(""),
            false,
        );
        let cname = self.name.clone();
        if let Some(init) = self.init {
            let new = move |vm: &Vm, args: Args<'_>| -> PyResult<Value> {
                let py = Python::assume(vm);
                let Some(cls) = args
                    .pos
                    .first()
                    .and_then(ferropy_vm::types::as_type)
                    .cloned()
                else {
                    return Err(vm.type_error("__new__(X): X is not a type object"));
                };
                let rest = Args {
                    pos: &args.pos[1..],
                    kwnames: args.kwnames,
                    kwvalues: args.kwvalues,
                };
                let state = init(py, rest).map_err(|e| py.raise(e))?;
                Ok(Value::Obj(ObjRef::new(
                    Some(cls),
                    Payload::Ext(Box::new(HostInstance {
                        state: RefCell::new(Box::new(state)),
                    })),
                )))
            };
            let f = ferropy_vm::embed::new_host_function(vm, &self.name, false, Box::new(new));
            let sm = ObjRef::new(Some(vm.t.staticmethod.clone()), Payload::StaticMethod(f));
            ferropy_vm::types::type_set(vm, &ty, "__new__", Value::Obj(sm));
        }
        for (name, arity, m) in self.methods {
            let cname = cname.clone();
            let mname = name.clone();
            let call = move |vm: &Vm, args: Args<'_>| -> PyResult<Value> {
                let py = Python::assume(vm);
                let r = (|| {
                    let Some(this) = args.pos.first() else {
                        return Err(py.error(vm.type_error(format!(
                            "descriptor '{mname}' of '{cname}' object needs an argument"
                        ))));
                    };
                    let rest = Args {
                        pos: &args.pos[1..],
                        kwnames: args.kwnames,
                        kwvalues: args.kwvalues,
                    };
                    check_args(py, &mname, rest, arity)?;
                    let bound: Vec<Bound<'_>> =
                        rest.pos.iter().map(|v| Bound::new(py, v.clone())).collect();
                    m(py, &cname, this, &bound)
                })();
                r.map_err(|e| py.raise(e))
            };
            let f = ferropy_vm::embed::new_host_function(vm, &name, true, Box::new(call));
            ferropy_vm::types::type_set(vm, &ty, static_str(&name), f);
        }
        let mut setters: std::collections::HashMap<String, _> = self.setters.into_iter().collect();
        let mut names: Vec<String> = self.getters.iter().map(|(n, _)| n.clone()).collect();
        names.extend(
            setters
                .keys()
                .filter(|k| !names.contains(k))
                .cloned()
                .collect::<Vec<_>>(),
        );
        let mut getters: std::collections::HashMap<String, _> = self.getters.into_iter().collect();
        for name in names {
            let fget = match getters.remove(&name) {
                Some(g) => {
                    let cname = cname.clone();
                    let gname = name.clone();
                    let get = move |vm: &Vm, args: Args<'_>| -> PyResult<Value> {
                        let py = Python::assume(vm);
                        let this = args.pos.first().cloned().unwrap_or_default();
                        with_state::<T, _>(py, &this, &cname, &gname, |t| g(py, t))
                            .map_err(|e| py.raise(e))
                    };
                    ferropy_vm::embed::new_host_function(vm, &name, false, Box::new(get))
                }
                None => Value::None,
            };
            let fset = match setters.remove(&name) {
                Some(s) => {
                    let cname = cname.clone();
                    let sname = name.clone();
                    let set = move |vm: &Vm, args: Args<'_>| -> PyResult<Value> {
                        let py = Python::assume(vm);
                        let this = args.pos.first().cloned().unwrap_or_default();
                        let v = Bound::new(py, args.pos.get(1).cloned().unwrap_or_default());
                        with_state::<T, _>(py, &this, &cname, &sname, |t| s(py, t, &v))
                            .map(|()| Value::None)
                            .map_err(|e| py.raise(e))
                    };
                    ferropy_vm::embed::new_host_function(vm, &name, false, Box::new(set))
                }
                None => Value::None,
            };
            let prop = ObjRef::new(
                Some(vm.t.property.clone()),
                Payload::Property(Box::new([fget, fset, Value::None, Value::None])),
            );
            ferropy_vm::types::type_set(vm, &ty, static_str(&name), Value::Obj(prop));
        }
        Ok(Value::Obj(ty))
    }
}

/// Attribute names for `type_set` (which keys by interned `'static` names).
fn static_str(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

impl Bound<'_> {
    /// Run `f` on the Rust value inside an instance of a host [`Class`] (TypeError if this
    /// is not a `T` instance; RuntimeError if a method of the same object is running).
    ///
    /// ```
    /// struct Counter(i64);
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_class(ferropy::Class::<Counter>::new("Counter")
    ///     .init(|| Ok(Counter(0)))
    ///     .method("inc", |c: &mut Counter| c.0 += 1)).unwrap();
    /// interp.run("c = Counter(); c.inc(); c.inc()").unwrap();
    /// let n = interp.with_gil(|py| py.get_global_bound("c")?.with_host(|c: &mut Counter| c.0)).unwrap();
    /// assert_eq!(n, 2);
    /// ```
    pub fn with_host<T: 'static, R>(&self, f: impl FnOnce(&mut T) -> R) -> Result<R> {
        let name = std::any::type_name::<T>()
            .rsplit("::")
            .next()
            .unwrap_or("?");
        with_state::<T, R>(self.py(), self.value(), name, "with_host", |t| Ok(f(t)))
    }
}

impl Interpreter {
    /// Make a Rust closure a global function of `__main__`.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_function("shout", |s: String| s.to_uppercase()).unwrap();
    /// assert_eq!(interp.eval::<String>("shout('hey')").unwrap(), "HEY");
    /// ```
    pub fn add_function<M, F: HostFunction<M>>(&self, name: &str, f: F) -> Result<()> {
        let f = erase(name, f);
        self.with_gil(move |py| {
            let v = ferropy_vm::embed::new_host_function(py.vm(), name, false, f);
            py.set_global(name, Bound::new(py, v))
        })
    }

    /// Make a raw closure (all arguments, keywords, the [`Python`] token) a global
    /// function of `__main__`.
    ///
    /// ```
    /// use ferropy::{CallArgs, IntoPy, Python};
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_raw_function("kwnames", |py: Python<'_>, a: CallArgs<'_>| {
    ///     a.kwargs.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>().into_py(py)
    /// }).unwrap();
    /// assert_eq!(interp.eval::<Vec<String>>("kwnames(a=1, b=2)").unwrap(), ["a", "b"]);
    /// ```
    pub fn add_raw_function<F>(&self, name: &str, f: F) -> Result<()>
    where
        F: for<'py> Fn(Python<'py>, CallArgs<'py>) -> Result<Bound<'py>> + Send + 'static,
    {
        let f = erase_raw(f);
        self.with_gil(move |py| {
            let v = ferropy_vm::embed::new_host_function(py.vm(), name, false, f);
            py.set_global(name, Bound::new(py, v))
        })
    }

    /// Register a native module: `import name` finds it.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_module(ferropy::Module::new("answers").constant("ALL", 42)).unwrap();
    /// assert_eq!(interp.eval::<i64>("__import__('answers').ALL").unwrap(), 42);
    /// ```
    pub fn add_module(&self, module: Module) -> Result<()> {
        self.with_gil(move |py| module.install(py))
    }

    /// Make a host class a global of `__main__`.
    ///
    /// ```
    /// struct T;
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.add_class(ferropy::Class::<T>::new("T").init(|| Ok(T))).unwrap();
    /// assert_eq!(interp.eval::<String>("type(T()).__name__").unwrap(), "T");
    /// ```
    pub fn add_class<T: Send + 'static>(&self, class: Class<T>) -> Result<()> {
        self.with_gil(move |py| {
            let name = class.name.clone();
            let ty = class.make(py, "__main__")?;
            py.set_global(&name, Bound::new(py, ty))
        })
    }
}

impl Error {
    /// Shorthand for `Error::new("TypeError", msg)`.
    ///
    /// ```
    /// assert_eq!(ferropy::Error::type_error("nope").type_name(), Some("TypeError"));
    /// ```
    pub fn type_error(msg: impl Into<String>) -> Error {
        Error::new("TypeError", msg)
    }

    /// Shorthand for `Error::new("ValueError", msg)`.
    ///
    /// ```
    /// assert_eq!(ferropy::Error::value_error("bad").type_name(), Some("ValueError"));
    /// ```
    pub fn value_error(msg: impl Into<String>) -> Error {
        Error::new("ValueError", msg)
    }
}
