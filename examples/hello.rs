//! The smallest embedding: build an interpreter whose `sys.stdout` goes to an
//! [`OutputBuffer`] instead of the terminal, run a Python script, and use what it printed
//! as an ordinary Rust `String`. Run it with `cargo run --example hello`.
//!
//! Prints:
//! ```text
//! the script printed 4 lines:
//!   | Hello, world!
//!   | Hello, ferropy!
//!   | squares: [0, 1, 4, 9, 16]
//!   | 2 ** 100 = 1267650600228229401496703205376
//! greet('Rust') = "Hello, Rust!"
//! ```

use ferropy::{Interpreter, OutputBuffer};

const SCRIPT: &str = r#"
def greet(name):
    return f"Hello, {name}!"

for name in ["world", "ferropy"]:
    print(greet(name))
print("squares:", [n * n for n in range(5)])
print("2 ** 100 =", 2 ** 100)
"#;

fn main() -> ferropy::Result<()> {
    // Clones of an `OutputBuffer` share one buffer: the interpreter writes into its
    // clone and we read from ours.
    let out = OutputBuffer::new();
    let interp = Interpreter::builder().stdout(out.clone()).build();

    interp.run(SCRIPT)?;

    // `take` empties the buffer, so a later run's output starts afresh.
    let printed = out.take();
    println!("the script printed {} lines:", printed.lines().count());
    for line in printed.lines() {
        println!("  | {line}");
    }

    // Names a script defines stay in `__main__` for later runs, as in a REPL session.
    let greeting: String = interp.eval("greet('Rust')")?;
    println!("greet('Rust') = {greeting:?}");
    Ok(())
}
