//! Calling Python from Rust: define functions in a script, call them with positional and
//! keyword arguments, convert their results to Rust types (ints, floats, strings, `Vec`,
//! `HashMap`, tuples, `Option`), keep a Python object alive across calls with a
//! [`PyObject`], and get a Python exception back as a [`ferropy::Error`] whose `Display`
//! is the traceback `python3` would print. Run it with `cargo run --example call_python`.
//!
//! Prints:
//! ```text
//! area(3, 4.5) = 13.5
//! area(2, height=2.5) = 5
//! label('ferropy', excited=True) = "ferropy!"
//! squares(5) = [0, 1, 4, 9, 16]
//! stats([4, 8, 15, 16, 23, 42]): count=6 total=108
//! min_max([4, 8, 15, 16, 23, 42]) = (4, 42)
//! find(words, 'fe') = Some("ferropy")
//! find(words, 'zz') = None
//! counter.bump() = 1, then 2, then bump(by=10) = 12
//! counter.n read back from Rust = 12
//! parse_port('8080') = 8080
//! parse_port('99999') failed with ValueError: port out of range: 99999
//! its Display is the traceback, formatted as python3 does:
//! Traceback (most recent call last):
//!   File "<string>", line 34, in parse_port
//! ValueError: port out of range: 99999
//! asking for the wrong Rust type: TypeError: expected str, got int
//! ```

use ferropy::{Error, Interpreter, PyObject};
use std::collections::HashMap;

const SCRIPT: &str = r#"
def area(width, height=1.0):
    return width * height

def label(name, *, excited=False):
    return name + "!" if excited else name

def squares(n):
    return [i * i for i in range(n)]

def stats(numbers):
    return {"count": len(numbers), "total": sum(numbers)}

def min_max(numbers):
    return min(numbers), max(numbers)

def find(words, prefix):
    for word in words:
        if word.startswith(prefix):
            return word
    return None

class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n

def parse_port(text):
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port
"#;

fn main() -> ferropy::Result<()> {
    let interp = Interpreter::builder().build();
    interp.run(SCRIPT)?;

    // A `PyObject` is an owned handle: fetch a function once, call it many times.
    let area: PyObject = interp.get_global("area")?;
    // The turbofish names the Rust type the result is converted to.
    let a = interp.call::<f64>(&area, (3, 4.5))?;
    println!("area(3, 4.5) = {a}");
    let a: f64 = interp.call_kw(&area, (2,), [("height", 2.5)])?;
    println!("area(2, height=2.5) = {a}");

    let label: PyObject = interp.get_global("label")?;
    let s: String = interp.call_kw(&label, ("ferropy",), [("excited", true)])?;
    println!("label('ferropy', excited=True) = {s:?}");

    let squares: Vec<i64> = interp.call(&interp.get_global("squares")?, (5,))?;
    println!("squares(5) = {squares:?}");

    // A Rust `Vec` goes in as a list; a dict comes back as a `HashMap`.
    let numbers = vec![4, 8, 15, 16, 23, 42];
    let stats: HashMap<String, i64> =
        interp.call(&interp.get_global("stats")?, (numbers.clone(),))?;
    // (HashMap iteration order is random: look the keys up rather than print the map.)
    println!(
        "stats({numbers:?}): count={} total={}",
        stats["count"], stats["total"]
    );

    let (lo, hi): (i64, i64) = interp.call(&interp.get_global("min_max")?, (numbers.clone(),))?;
    println!("min_max({numbers:?}) = ({lo}, {hi})");

    // `None` converts to `Option::None`, anything else to `Some`.
    let find: PyObject = interp.get_global("find")?;
    let words = vec!["rust", "ferropy", "python"];
    let hit: Option<String> = interp.call(&find, (words.clone(), "fe"))?;
    println!("find(words, 'fe') = {hit:?}");
    let miss: Option<String> = interp.call(&find, (words, "zz"))?;
    println!("find(words, 'zz') = {miss:?}");

    // A Python object with state survives between calls while we hold its handle, even
    // though no Python name refers to it.
    let counter: PyObject = interp.eval("Counter()")?;
    let first: i64 = interp.call_method(&counter, "bump", ())?;
    let second: i64 = interp.call_method(&counter, "bump", ())?;
    // `call_method` takes positional arguments only; for keywords, bind the handle under
    // the GIL and use the `Bound` API.
    let third: i64 = interp.with_gil(|py| {
        let bump = counter.bind(py)?.getattr("bump")?;
        bump.call((), [("by", 10)])?.extract()
    })?;
    println!("counter.bump() = {first}, then {second}, then bump(by=10) = {third}");
    let n: i64 = interp.with_gil(|py| counter.bind(py)?.getattr("n")?.extract())?;
    println!("counter.n read back from Rust = {n}");

    // A Python exception comes back as `Error::Exception`.
    let parse_port: PyObject = interp.get_global("parse_port")?;
    let port: u16 = interp.call(&parse_port, ("8080",))?;
    println!("parse_port('8080') = {port}");
    match interp.call::<u16>(&parse_port, ("99999",)) {
        Err(Error::Exception {
            type_name,
            message,
            traceback,
            ..
        }) => {
            println!("parse_port('99999') failed with {type_name}: {message}");
            println!("its Display is the traceback, formatted as python3 does:");
            // `traceback` is what `err.to_string()` returns; it ends with a newline.
            print!("{traceback}");
        }
        other => panic!("expected a ValueError, got {other:?}"),
    }

    // Converting a result to the wrong Rust type fails the way a Python call would.
    let err = interp.call::<String>(&area, (1, 2)).unwrap_err();
    print!("asking for the wrong Rust type: {err}");
    Ok(())
}
