//! The `ferropy` command, shaped like `python3`: `ferropy script.py [args]`, `-c CODE`,
//! `-m MODULE`, a REPL on a terminal, and the teaching switches `--tokens`, `--ast` and
//! `--dis` that print one pipeline stage instead of running the program.
#![forbid(unsafe_code)]

use ferropy::{Error, Interpreter};
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::OnceLock;

/// The scheduling switches, and where to write the GIL timeline.
static GIL_OPTS: OnceLock<(ferropy::GilOptions, Option<String>)> = OnceLock::new();

/// A new interpreter with the command line's scheduling switches.
fn new_interpreter(argv: Vec<String>) -> Interpreter {
    let (opts, _) = GIL_OPTS.get_or_init(Default::default);
    Interpreter::with_gil_options(argv, opts)
}

/// The interpreter allocates and frees small objects at a high rate (every list, dict,
/// instance and frame); mimalloc's size-class free lists serve that pattern much faster
/// than the system allocator, as pymalloc does for CPython. Embedding hosts keep their own.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: ferropy [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
  -c cmd   : program passed in as string (terminates option list)
  -m mod   : run library module as a script (terminates option list)
  -h       : print this help message and exit
  -V       : print the version number and exit (also --version)
  --tokens : print the token stream of the file instead of running it
  --ast    : print the AST of the file (like ast.dump(indent=2)) instead of running it
  --dis    : print the bytecode of the file (like dis.dis) instead of running it
  --deterministic=SEED : run threads under a seeded scheduler with a virtual clock,
             so every run with the same SEED prints the same thing
  --switch-instructions=N : with --deterministic, switch threads every N
             instructions, at any instruction boundary
  --trace=gil : print every GIL hand-off (time, threads, reason) on stderr
  --gil-timeline=FILE.svg : draw who held the GIL when, as an SVG picture
  -S -E -s -u -B -I : accepted for compatibility with python3, no effect
file     : program read from script file
-        : program read from stdin (default; interactive mode if a tty)
arg ...  : arguments passed to program in sys.argv[1:]
";

enum Stage {
    Run,
    Tokens,
    Ast,
    Dis,
}

enum Target {
    File(String),
    Code(String),
    Module(String),
    Stdin,
}

fn main() -> ExitCode {
    // Python frames never recurse on the Rust stack, but native re-entry (repr of nested
    // containers, comparisons, __del__) does: give the interpreter thread a deep stack.
    let child = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(real_main);
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("ferropy: internal error");
            ExitCode::from(70)
        }
    }
}

fn real_main() -> u8 {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stage = Stage::Run;
    let mut i = 0;
    let mut target = Target::Stdin;
    let mut rest: Vec<String> = Vec::new();
    let mut gil = ferropy::GilOptions::default();
    let mut timeline: Option<String> = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (ferropy {})", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "--tokens" => stage = Stage::Tokens,
            "--ast" => stage = Stage::Ast,
            "--dis" => stage = Stage::Dis,
            "-S" | "-E" | "-s" | "-u" | "-B" | "-I" | "-O" | "-q" => {}
            "--trace=gil" => gil.trace = true,
            s if s.starts_with("--deterministic=") => {
                match s["--deterministic=".len()..].parse::<u64>() {
                    Ok(seed) => gil.deterministic = Some(seed),
                    Err(_) => {
                        eprintln!("ferropy: --deterministic needs an integer seed");
                        return 2;
                    }
                }
            }
            s if s.starts_with("--switch-instructions=") => {
                match s["--switch-instructions=".len()..].parse::<u64>() {
                    Ok(n) if n > 0 => gil.switch_instructions = Some(n),
                    _ => {
                        eprintln!("ferropy: --switch-instructions needs a positive integer");
                        return 2;
                    }
                }
            }
            s if s.starts_with("--gil-timeline=") => {
                gil.timeline = true;
                timeline = Some(s["--gil-timeline=".len()..].to_string());
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    return 2;
                };
                target = Target::Code(code.clone());
                rest = std::iter::once("-c".to_string())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option");
                    return 2;
                };
                target = Target::Module(m.clone());
                rest = std::iter::once(m.clone())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                break;
            }
            "-" => {
                rest = args[i..].to_vec();
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}\n{USAGE}");
                return 2;
            }
            _ => {
                target = Target::File(a.clone());
                rest = args[i..].to_vec();
                break;
            }
        }
        i += 1;
    }
    if rest.is_empty() {
        rest.push(String::new());
    }
    if gil.switch_instructions.is_some() && gil.deterministic.is_none() {
        eprintln!("ferropy: --switch-instructions needs --deterministic=SEED");
        return 2;
    }
    if gil.deterministic.is_some() && std::env::var_os("PYTHONHASHSEED").is_none() {
        // Deterministic runs also fix str hashing, so set iteration order repeats too.
        std::env::set_var("PYTHONHASHSEED", "0");
    }
    let _ = GIL_OPTS.set((gil, timeline));
    match target {
        Target::File(path) => run_file(&path, rest, stage),
        Target::Code(code) => run_source(&code, "<string>", rest, stage, None),
        Target::Module(m) => run_module(&m, rest),
        Target::Stdin => {
            if std::io::stdin().is_terminal() && matches!(stage, Stage::Run) {
                repl(rest)
            } else {
                let mut src = String::new();
                if std::io::stdin().read_to_string(&mut src).is_err() {
                    eprintln!("ferropy: can't read stdin");
                    return 1;
                }
                run_source(&src, "<stdin>", rest, stage, None)
            }
        }
    }
}

fn run_file(path: &str, argv: Vec<String>, stage: Stage) -> u8 {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            eprintln!(
                "ferropy: can't open file '{path}': [Errno {errno}] {}",
                strerror(&e)
            );
            return 2;
        }
    };
    let source = match ferropy_syntax::decode_source(&bytes, path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", format_syntax_error(&e));
            return 1;
        }
    };
    // Like CPython 3.9+, the main script's code (and so its tracebacks and `__file__`)
    // uses the absolute path; `sys.argv[0]` keeps what was typed.
    let abs = std::path::absolute(path)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.to_string());
    let dir = std::path::Path::new(&abs)
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let filename = if matches!(stage, Stage::Run) {
        abs.as_str()
    } else {
        path
    };
    run_source(&source, filename, argv, stage, Some(dir))
}

fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}

fn format_syntax_error(e: &ferropy_syntax::SyntaxError) -> String {
    let kind = match e.kind {
        ferropy_syntax::SyntaxErrorKind::IndentationError => "IndentationError",
        ferropy_syntax::SyntaxErrorKind::TabError => "TabError",
        ferropy_syntax::SyntaxErrorKind::RecursionError => "RecursionError",
        _ => "SyntaxError",
    };
    if e.line == 0 {
        return format!("{kind}: {}", e.msg);
    }
    format!(
        "  File \"{}\", line {}\n{kind}: {}",
        e.filename, e.line, e.msg
    )
}

fn run_source(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    stage: Stage,
    dir: Option<String>,
) -> u8 {
    match stage {
        Stage::Tokens => {
            return match ferropy_syntax::tokens_dump(source) {
                Ok(t) => {
                    print!("{t}");
                    0
                }
                Err(e) => {
                    eprintln!("{}", format_syntax_error(&e));
                    1
                }
            }
        }
        Stage::Ast => {
            return match ferropy_syntax::parse_module(source, filename) {
                Ok(m) => {
                    println!("{}", ferropy_syntax::ast_dump(&m));
                    0
                }
                Err(e) => {
                    eprintln!("{}", format_syntax_error(&e));
                    1
                }
            }
        }
        Stage::Dis => {
            let parsed = ferropy_syntax::parse_module(source, filename);
            return match parsed {
                Ok(m) => match ferropy_compiler::compile_module(
                    &m,
                    filename,
                    ferropy_compiler::Mode::Exec,
                ) {
                    Ok(code) => {
                        print!("{}", ferropy_bytecode::dis::disassemble(&code));
                        0
                    }
                    Err(e) => {
                        eprintln!(
                            "  File \"{}\", line {}\nSyntaxError: {}",
                            e.filename, e.line, e.msg
                        );
                        1
                    }
                },
                Err(e) => {
                    eprintln!("{}", format_syntax_error(&e));
                    1
                }
            };
        }
        Stage::Run => {}
    }
    let interp = new_interpreter(argv);
    let path0 = dir.unwrap_or_default();
    interp.with_vm(|vm| {
        let _ = ferropy::vm::protocol::call::call_method(
            vm,
            &ferropy::vm::Value::Obj(vm.sys_path.clone()),
            "append",
            &[vm.new_str(&path0)],
        );
    });
    finish(&interp, interp.run_main(source, filename))
}

fn finish(interp: &Interpreter, r: Result<(), Error>) -> u8 {
    let _ = std::io::stdout().flush();
    let code = report(interp, r);
    interp.shutdown();
    let _ = std::io::stdout().flush();
    if let Some((_, Some(path))) = GIL_OPTS.get() {
        if let Some(svg) = interp.gil_timeline_svg() {
            if let Err(e) = std::fs::write(path, svg) {
                eprintln!("ferropy: can't write {path}: {e}");
            }
        }
    }
    code
}

fn report(interp: &Interpreter, r: Result<(), Error>) -> u8 {
    match r {
        Ok(()) => 0,
        Err(Error::Exit { code, message }) => {
            interp.with_vm(|vm| vm.flush_stdout());
            eprint!("{message}");
            code.clamp(0, 255) as u8
        }
        Err(Error::Io(m)) => {
            eprintln!("{m}");
            1
        }
        Err(other) => {
            interp.with_vm(|vm| vm.flush_stdout());
            eprint!("{other}");
            1
        }
    }
}

fn run_module(name: &str, argv: Vec<String>) -> u8 {
    let file = format!("{}.py", name.replace('.', "/"));
    if std::path::Path::new(&file).is_file() {
        return run_file(&file, argv, Stage::Run);
    }
    let pkg = format!("{}/__main__.py", name.replace('.', "/"));
    if std::path::Path::new(&pkg).is_file() {
        return run_file(&pkg, argv, Stage::Run);
    }
    let interp = new_interpreter(argv);
    let src = format!("import runpy\nrunpy.run_module({name:?}, run_name='__main__')\n");
    let _ = src;
    eprintln!("ferropy: No module named {name}");
    let _ = interp;
    1
}

/// A minimal read-eval-print loop: statements accumulate until a blank line closes a block.
fn repl(argv: Vec<String>) -> u8 {
    let interp = new_interpreter(argv);
    println!(
        "Python 3.11.7 (ferropy {}) on {}",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS
    );
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let stdin = std::io::stdin();
    let mut buf = String::new();
    loop {
        print!("{}", if buf.is_empty() { ">>> " } else { "... " });
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match stdin.read_line(&mut line) {
            Ok(0) | Err(_) => {
                println!();
                return 0;
            }
            Ok(_) => {}
        }
        buf.push_str(&line);
        let trimmed = line.trim_end();
        let opens_block =
            trimmed.ends_with(':') || (!buf.trim_end().ends_with(':') && buf.lines().count() > 1);
        if opens_block && !trimmed.is_empty() {
            continue;
        }
        let src = std::mem::take(&mut buf);
        if src.trim().is_empty() {
            continue;
        }
        if let Err(e) = interp.run_interactive(&src) {
            match e {
                Error::Exit { code, message } => {
                    eprint!("{message}");
                    return code.clamp(0, 255) as u8;
                }
                other => eprint!("{other}"),
            }
        }
    }
}
