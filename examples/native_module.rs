//! A native module written in Rust: a [`ferropy::Module`] with typed functions (their
//! arguments are converted and checked like a builtin's), a raw function that takes
//! `*args` and keyword arguments, constants, and a function whose `Err(Error::value_error(..))`
//! becomes a `ValueError` the script catches with `try`/`except`. The Python side just
//! does `import textkit`. Run it with `cargo run --example native_module`.
//!
//! Prints:
//! ```text
//! textkit: Text helpers implemented in Rust.
//! version 1.2 supports 3 languages: ['en', 'fr', 'de']
//! word_count('the quick brown fox') = 4
//! truncate('embedding', 5) = 'embed…'
//! mean([2, 4, 9]) = 5.0
//! join('a', 'b', 'c') = 'a, b, c'
//! join('x', 'y', sep=' | ', upper=True) = 'X | Y'
//! mean([]) raised ValueError: mean() of an empty sequence
//! join(spaces=2) raised TypeError: join() got an unexpected keyword argument 'spaces'
//! truncate('abc', 'two') raised TypeError: 'str' object cannot be interpreted as an integer
//! word_count() raised TypeError: word_count() takes exactly one argument (0 given)
//! ```

use ferropy::{CallArgs, Error, Interpreter, IntoPy, Module, Python};

/// `join(*parts, sep=", ", upper=False)`: a raw function sees every argument as it was
/// passed, so it can take any number of positionals and its own keywords.
fn join<'py>(py: Python<'py>, call: CallArgs<'py>) -> ferropy::Result<ferropy::Bound<'py>> {
    let mut sep = ", ".to_string();
    let mut upper = false;
    for (name, value) in &call.kwargs {
        match name.as_str() {
            "sep" => sep = value.extract()?,
            "upper" => upper = value.extract()?,
            // Word unknown keywords the way CPython does, so scripts see familiar errors.
            other => {
                return Err(Error::type_error(format!(
                    "join() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let parts = call
        .args
        .iter()
        .map(|arg| arg.str())
        .collect::<ferropy::Result<Vec<String>>>()?;
    let joined = parts.join(&sep);
    let joined = if upper { joined.to_uppercase() } else { joined };
    joined.into_py(py)
}

fn textkit() -> Module {
    Module::new("textkit")
        .doc("Text helpers implemented in Rust.")
        .constant("VERSION", "1.2")
        .constant("LANGUAGES", vec!["en", "fr", "de"])
        // Typed functions: Python arguments are converted to the closure's parameter
        // types, and the return value back to Python.
        .function("word_count", |text: String| text.split_whitespace().count())
        .function("truncate", |text: String, width: usize| {
            match text.char_indices().nth(width) {
                Some((end, _)) => format!("{}…", &text[..end]),
                None => text,
            }
        })
        // Returning `Err` raises the exception it describes in the calling script.
        .function("mean", |xs: Vec<f64>| {
            if xs.is_empty() {
                return Err(Error::value_error("mean() of an empty sequence"));
            }
            Ok(xs.iter().sum::<f64>() / xs.len() as f64)
        })
        .raw_function("join", join)
}

const SCRIPT: &str = r#"
import textkit
from textkit import join, mean, truncate, word_count

print(f"textkit: {textkit.__doc__}")
print(f"version {textkit.VERSION} supports {len(textkit.LANGUAGES)} languages: {textkit.LANGUAGES}")
print("word_count('the quick brown fox') =", word_count("the quick brown fox"))
print("truncate('embedding', 5) =", repr(truncate("embedding", 5)))
print("mean([2, 4, 9]) =", mean([2, 4, 9]))
print("join('a', 'b', 'c') =", repr(join("a", "b", "c")))
print("join('x', 'y', sep=' | ', upper=True) =", repr(join("x", "y", sep=" | ", upper=True)))

# Errors from Rust are ordinary Python exceptions here.
for call in ["mean([])", "join(spaces=2)", "truncate('abc', 'two')", "word_count()"]:
    try:
        eval(call)
    except (ValueError, TypeError) as e:
        print(f"{call} raised {type(e).__name__}: {e}")
"#;

fn main() -> ferropy::Result<()> {
    let interp = Interpreter::builder().build();
    // After `add_module`, `import textkit` finds the module like any other.
    interp.add_module(textkit())?;
    interp.run(SCRIPT)
}
