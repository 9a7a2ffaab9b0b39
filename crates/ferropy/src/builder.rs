//! Configuring an interpreter: [`Builder`] (from [`Interpreter::builder`]), output sinks,
//! the file-system policy, and [`Limits`].

use crate::interpreter::Interpreter;
use ferropy_vm::memfs::MemFs;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Where a script's `sys.stdout` or `sys.stderr` goes.
///
/// ```
/// use ferropy::{Interpreter, Output, OutputBuffer};
/// let out = OutputBuffer::new();
/// let interp = Interpreter::builder()
///     .stdout(out.clone())
///     .stderr(Output::Discard)
///     .build();
/// interp.run("print('hi')").unwrap();
/// assert_eq!(out.contents(), "hi\n");
/// ```
pub enum Output {
    /// The process's own stdout / stderr (the default).
    Inherit,
    /// Thrown away.
    Discard,
    /// Collected in a shared buffer the host reads.
    Buffer(OutputBuffer),
    /// Any writer (a file, a socket, a channel adapter…).
    Writer(Box<dyn Write + Send>),
}

impl From<OutputBuffer> for Output {
    fn from(b: OutputBuffer) -> Output {
        Output::Buffer(b)
    }
}

/// A shared, growable text buffer for captured output; clones share the same buffer.
///
/// ```
/// let buf = ferropy::OutputBuffer::new();
/// let interp = ferropy::Interpreter::builder().stdout(buf.clone()).build();
/// interp.run("print(1 + 1)").unwrap();
/// assert_eq!(buf.take(), "2\n");
/// assert_eq!(buf.contents(), "");
/// ```
#[derive(Clone, Default)]
pub struct OutputBuffer(Arc<Mutex<Vec<u8>>>);

impl OutputBuffer {
    /// An empty buffer.
    ///
    /// ```
    /// assert_eq!(ferropy::OutputBuffer::new().contents(), "");
    /// ```
    pub fn new() -> OutputBuffer {
        OutputBuffer::default()
    }

    /// Everything written so far (invalid UTF-8 replaced).
    ///
    /// ```
    /// let b = ferropy::OutputBuffer::new();
    /// assert!(b.contents().is_empty());
    /// ```
    pub fn contents(&self) -> String {
        let g = self.0.lock().unwrap_or_else(|e| e.into_inner());
        String::from_utf8_lossy(&g).into_owned()
    }

    /// Everything written so far, emptying the buffer.
    ///
    /// ```
    /// let b = ferropy::OutputBuffer::new();
    /// assert_eq!(b.take(), "");
    /// ```
    pub fn take(&self) -> String {
        let mut g = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let bytes = std::mem::take(&mut *g);
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for OutputBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut g = self.0.lock().unwrap_or_else(|e| e.into_inner());
        g.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Output {
    pub(crate) fn into_sink(self, stderr: bool) -> Box<dyn Write> {
        match self {
            Output::Inherit if stderr => Box::new(std::io::stderr()),
            Output::Inherit => Box::new(std::io::stdout()),
            Output::Discard => Box::new(std::io::sink()),
            Output::Buffer(b) => Box::new(b),
            Output::Writer(w) => Box::new(SendWriter(w)),
        }
    }
}

/// A host writer as the VM's sink.
struct SendWriter(Box<dyn Write + Send>);

impl Write for SendWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// What files a script may touch.
///
/// ```
/// use ferropy::{FileSystem, Interpreter, MemFs};
/// use std::sync::Arc;
/// let fs = Arc::new(MemFs::new());
/// let interp = Interpreter::builder().filesystem(FileSystem::Memory(fs.clone())).build();
/// interp.run("open('/note.txt', 'w').write('hello')").unwrap();
/// assert_eq!(fs.read("/note.txt").unwrap(), b"hello");
/// ```
#[derive(Clone, Default)]
pub enum FileSystem {
    /// No file access at all: opening, listing or changing files and starting processes
    /// raise `PermissionError` (the library default).
    #[default]
    Deny,
    /// A private in-memory file system, shared with the host.
    Memory(Arc<MemFs>),
    /// The real file system, as `python3` has it (what the `ferropy` command uses).
    Real,
}

/// Limits on what one run (`run`, `run_file`, `eval`, `call`…) may consume, enforced by
/// ferropy's own accounting. Hitting one stops the run with [`crate::Error::Limit`]; the
/// script cannot catch it, and the interpreter stays usable.
///
/// ```
/// use ferropy::{Interpreter, Limits, LimitKind};
/// use std::time::Duration;
/// let interp = Interpreter::builder()
///     .limits(Limits::new().time(Duration::from_millis(50)).heap_bytes(64 << 20))
///     .build();
/// assert_eq!(interp.run("while True: pass").unwrap_err().limit(), Some(LimitKind::Deadline));
/// assert_eq!(interp.run("x = [0] * 10**9").unwrap_err().limit(), Some(LimitKind::Memory));
/// assert_eq!(interp.eval::<i64>("6 * 7").unwrap(), 42);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Bytecode instructions per run.
    pub instructions: Option<u64>,
    /// Wall-clock time per run.
    pub time: Option<Duration>,
    /// Bytes of live Python objects (counted from when the interpreter was built).
    pub heap_bytes: Option<usize>,
    /// Depth of nested Python calls.
    pub recursion_depth: Option<u32>,
    /// Decimal digits of any int a script computes.
    pub int_digits: Option<u64>,
}

impl Limits {
    /// No limits.
    ///
    /// ```
    /// assert_eq!(ferropy::Limits::new(), ferropy::Limits::default());
    /// ```
    pub fn new() -> Limits {
        Limits::default()
    }

    /// At most `n` bytecode instructions per run.
    ///
    /// ```
    /// let l = ferropy::Limits::new().instructions(1_000_000);
    /// assert_eq!(l.instructions, Some(1_000_000));
    /// ```
    pub fn instructions(mut self, n: u64) -> Limits {
        self.instructions = Some(n);
        self
    }

    /// At most `d` of wall-clock time per run.
    ///
    /// ```
    /// let l = ferropy::Limits::new().time(std::time::Duration::from_secs(1));
    /// assert!(l.time.is_some());
    /// ```
    pub fn time(mut self, d: Duration) -> Limits {
        self.time = Some(d);
        self
    }

    /// At most `bytes` of live objects.
    ///
    /// ```
    /// let l = ferropy::Limits::new().heap_bytes(32 << 20);
    /// assert_eq!(l.heap_bytes, Some(32 << 20));
    /// ```
    pub fn heap_bytes(mut self, bytes: usize) -> Limits {
        self.heap_bytes = Some(bytes);
        self
    }

    /// Python calls nested at most `depth` deep.
    ///
    /// ```
    /// let l = ferropy::Limits::new().recursion_depth(200);
    /// assert_eq!(l.recursion_depth, Some(200));
    /// ```
    pub fn recursion_depth(mut self, depth: u32) -> Limits {
        self.recursion_depth = Some(depth);
        self
    }

    /// Ints of at most `digits` decimal digits.
    ///
    /// ```
    /// let l = ferropy::Limits::new().int_digits(1000);
    /// assert_eq!(l.int_digits, Some(1000));
    /// ```
    pub fn int_digits(mut self, digits: u64) -> Limits {
        self.int_digits = Some(digits);
        self
    }
}

/// Builds an [`Interpreter`].
///
/// ```
/// use ferropy::{FileSystem, Interpreter, Limits, OutputBuffer};
/// let out = OutputBuffer::new();
/// let interp = Interpreter::builder()
///     .argv(["script.py", "--flag"])
///     .stdout(out.clone())
///     .filesystem(FileSystem::Deny)
///     .limits(Limits::new().instructions(10_000_000))
///     .build();
/// interp.run("import sys; print(sys.argv)").unwrap();
/// assert_eq!(out.contents(), "['script.py', '--flag']\n");
/// ```
pub struct Builder {
    pub(crate) argv: Vec<String>,
    pub(crate) stdout: Output,
    pub(crate) stderr: Output,
    pub(crate) paths: Vec<String>,
    pub(crate) fs: FileSystem,
    pub(crate) switch_interval: Option<Duration>,
    pub(crate) gil: ferropy_vm::gil::GilOptions,
    pub(crate) limits: Limits,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            argv: vec![String::new()],
            stdout: Output::Inherit,
            stderr: Output::Inherit,
            paths: Vec::new(),
            fs: FileSystem::Deny,
            switch_interval: None,
            gil: Default::default(),
            limits: Limits::default(),
        }
    }
}

impl Builder {
    /// `sys.argv` (default `['']`, as for `python3 -c`).
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().argv(["a", "b"]).build();
    /// assert_eq!(interp.eval::<Vec<String>>("__import__('sys').argv").unwrap(), ["a", "b"]);
    /// ```
    pub fn argv<S: Into<String>>(mut self, argv: impl IntoIterator<Item = S>) -> Builder {
        self.argv = argv.into_iter().map(Into::into).collect();
        self
    }

    /// Where `sys.stdout` writes.
    ///
    /// ```
    /// let out = ferropy::OutputBuffer::new();
    /// let interp = ferropy::Interpreter::builder().stdout(out.clone()).build();
    /// interp.run("print('x')").unwrap();
    /// assert_eq!(out.contents(), "x\n");
    /// ```
    pub fn stdout(mut self, out: impl Into<Output>) -> Builder {
        self.stdout = out.into();
        self
    }

    /// Where `sys.stderr` (and warnings, and reports of exceptions in threads) writes.
    ///
    /// ```
    /// let err = ferropy::OutputBuffer::new();
    /// let interp = ferropy::Interpreter::builder().stderr(err.clone()).build();
    /// interp.run("import sys; sys.stderr.write('oops\\n')").unwrap();
    /// assert_eq!(err.contents(), "oops\n");
    /// ```
    pub fn stderr(mut self, out: impl Into<Output>) -> Builder {
        self.stderr = out.into();
        self
    }

    /// Add a directory to `sys.path` for `import` (read from the real file system
    /// whatever the file-system policy: the host chose it).
    ///
    /// ```
    /// let dir = std::env::temp_dir().join("ferropy-doc-path");
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("helper_mod.py"), "X = 7\n").unwrap();
    /// let interp = ferropy::Interpreter::builder().module_path(dir.to_str().unwrap()).build();
    /// assert_eq!(interp.eval::<i64>("__import__('helper_mod').X").unwrap(), 7);
    /// ```
    pub fn module_path(mut self, dir: impl Into<String>) -> Builder {
        self.paths.push(dir.into());
        self
    }

    /// The file-system policy (default [`FileSystem::Deny`]).
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().filesystem(ferropy::FileSystem::Deny).build();
    /// let e = interp.run("open('/etc/passwd')").unwrap_err();
    /// assert_eq!(e.type_name(), Some("PermissionError"));
    /// ```
    pub fn filesystem(mut self, fs: FileSystem) -> Builder {
        self.fs = fs;
        self
    }

    /// The GIL switch interval (`sys.setswitchinterval`; default 5 ms).
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder()
    ///     .switch_interval(std::time::Duration::from_millis(1))
    ///     .build();
    /// assert_eq!(interp.eval::<f64>("__import__('sys').getswitchinterval()").unwrap(), 0.001);
    /// ```
    pub fn switch_interval(mut self, d: Duration) -> Builder {
        self.switch_interval = Some(d);
        self
    }

    /// Schedule threads deterministically from `seed` (with a virtual clock): every run
    /// with the same seed interleaves threads the same way.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().deterministic(7).build();
    /// interp.run("import threading; t = threading.Thread(target=print, args=('hi',)); t.start(); t.join()").unwrap();
    /// ```
    pub fn deterministic(mut self, seed: u64) -> Builder {
        self.gil.deterministic = Some(seed);
        self
    }

    /// With [`Builder::deterministic`]: switch threads every `n` instructions.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().deterministic(1).switch_instructions(100).build();
    /// assert_eq!(interp.eval::<i64>("1").unwrap(), 1);
    /// ```
    pub fn switch_instructions(mut self, n: u64) -> Builder {
        self.gil.switch_instructions = Some(n);
        self
    }

    /// The limits on each run.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder()
    ///     .limits(ferropy::Limits::new().recursion_depth(50))
    ///     .build();
    /// let e = interp.run("def f(): f()\nf()").unwrap_err();
    /// assert_eq!(e.limit(), Some(ferropy::LimitKind::RecursionDepth));
    /// ```
    pub fn limits(mut self, limits: Limits) -> Builder {
        self.limits = limits;
        self
    }

    /// Make the interpreter.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// assert_eq!(interp.eval::<String>("'ok'").unwrap(), "ok");
    /// ```
    pub fn build(self) -> Interpreter {
        Interpreter::from_builder(self)
    }
}
