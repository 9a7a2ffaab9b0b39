//! A Rust type as a Python class: [`ferropy::Class`] gives `Account` a constructor,
//! methods, a read-only attribute and a read-write one. Each Python instance owns its own
//! Rust `Account`; methods borrow it mutably. Wrong argument types, wrong argument counts
//! and errors the Rust code returns all reach the script as the Python exceptions a
//! builtin type would raise. Run it with `cargo run --example host_class`.
//!
//! Prints:
//! ```text
//! Account('ada', 100) has balance 100
//! after deposit(50) and withdraw(30): 120
//! owner renamed to 'Ada Lovelace'
//! history: ['open 100', 'deposit 50', 'withdraw 30']
//! another account is independent: balance 5
//! type: <class '__main__.Account'>, isinstance: True
//! a.deposit('ten') -> TypeError: 'str' object cannot be interpreted as an integer
//! a.deposit() -> TypeError: deposit() takes exactly one argument (0 given)
//! a.withdraw(1000) -> ValueError: insufficient funds: balance is 120, asked for 1000
//! Account('eve', -5) -> ValueError: an opening balance cannot be negative
//! a.owner = 42 -> TypeError: expected str, got int
//! a.balance = 10**6 -> AttributeError: property 'balance' of '__main__.Account' object has no setter
//! Rust reads the balance back: 120
//! ```

use ferropy::{Class, Error, Interpreter, OutputBuffer};

/// Plain Rust: nothing here knows about Python.
struct Account {
    owner: String,
    balance: i64,
    history: Vec<String>,
}

impl Account {
    fn open(owner: String, opening: i64) -> Result<Account, String> {
        if opening < 0 {
            return Err("an opening balance cannot be negative".into());
        }
        Ok(Account {
            owner,
            balance: opening,
            history: vec![format!("open {opening}")],
        })
    }

    fn deposit(&mut self, amount: i64) -> i64 {
        self.balance += amount;
        self.history.push(format!("deposit {amount}"));
        self.balance
    }

    fn withdraw(&mut self, amount: i64) -> Result<i64, String> {
        if amount > self.balance {
            return Err(format!(
                "insufficient funds: balance is {}, asked for {amount}",
                self.balance
            ));
        }
        self.balance -= amount;
        self.history.push(format!("withdraw {amount}"));
        Ok(self.balance)
    }
}

/// The Python face of `Account`: a thin layer that maps Rust errors to Python ones.
fn account_class() -> Class<Account> {
    Class::<Account>::new("Account")
        .doc("A bank account whose state lives in Rust.")
        .init(|owner: String, opening: i64| {
            Account::open(owner, opening).map_err(Error::value_error)
        })
        .method("deposit", Account::deposit)
        .method("withdraw", |a: &mut Account, amount: i64| {
            a.withdraw(amount).map_err(Error::value_error)
        })
        .method("history", |a: &mut Account| a.history.clone())
        // A getter alone makes a read-only attribute; a getter plus a setter, a
        // read-write one.
        .getter("balance", |a: &Account| a.balance)
        .getter("owner", |a: &Account| a.owner.clone())
        .setter("owner", |a: &mut Account, name: String| a.owner = name)
}

const SCRIPT: &str = r#"
a = Account("ada", 100)
print(f"Account('ada', 100) has balance {a.balance}")
a.deposit(50)
a.withdraw(30)
print(f"after deposit(50) and withdraw(30): {a.balance}")
a.owner = "Ada Lovelace"
print(f"owner renamed to {a.owner!r}")
print(f"history: {a.history()}")
b = Account("bob", 5)
print(f"another account is independent: balance {b.balance}")
print(f"type: {type(a)}, isinstance: {isinstance(a, Account)}")

attempts = [
    "a.deposit('ten')",
    "a.deposit()",
    "a.withdraw(1000)",
    "Account('eve', -5)",
    "a.owner = 42",
    "a.balance = 10**6",
]
for code in attempts:
    try:
        exec(code)
    except Exception as e:
        print(f"{code} -> {type(e).__name__}: {e}")
"#;

fn main() -> ferropy::Result<()> {
    let out = OutputBuffer::new();
    let interp = Interpreter::builder().stdout(out.clone()).build();
    interp.add_class(account_class())?;
    interp.run(SCRIPT)?;
    print!("{}", out.take());

    // The Rust value sits inside the Python object; the host reaches it through the same
    // attributes a script uses.
    let balance: i64 = interp.eval("a.balance")?;
    println!("Rust reads the balance back: {balance}");
    Ok(())
}
