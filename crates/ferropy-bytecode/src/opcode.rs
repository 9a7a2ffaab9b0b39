//! The instruction set, written once.
//!
//! Every opcode is one line of the `opcodes!` table: its name (printed as CPython spells it,
//! `LoadFast` → `LOAD_FAST`), its stack effect written `(before -- after)`, and one line
//! of meaning. The enum, `Opcode::name`, `Opcode::stack_effect` and `Opcode::has_jump_target`
//! are all generated from it; nothing else lists opcodes by hand.
//!
//! The semantics are CPython 3.11's (`Python/bytecodes.c` in 3.12 documents them well), with
//! these deliberate simplifications, listed so nobody has to rediscover them:
//! - Every instruction is one `Instruction { op, arg: u32 }`: no `EXTENDED_ARG`, no `CACHE`
//!   entries, no `PRECALL` (our `CALL` does both halves).
//! - Jump operands are **absolute instruction indices**, not relative byte offsets. A jump
//!   whose target is at or before itself is a backward jump; the VM checks its eval breaker
//!   there (and at calls), as CPython does at `JUMP_BACKWARD`.
//! - There is no `RETURN_GENERATOR`: calling a code object with a generator/coroutine flag
//!   makes the generator object directly.
//! - `NULL` on the stack (pushed by `PUSH_NULL`, `LOAD_GLOBAL` with low bit set, or
//!   `LOAD_METHOD`) is an internal value the VM never lets Python code see.
//!
//! Stack notation: the rightmost item is the top of the stack; `n` is the operand.

/// The `BINARY_OP` operand values (CPython's `NB_*` constants, `Include/opcode.h`).
pub mod binop {
    pub const ADD: u32 = 0;
    pub const AND: u32 = 1;
    pub const FLOOR_DIVIDE: u32 = 2;
    pub const LSHIFT: u32 = 3;
    pub const MATRIX_MULTIPLY: u32 = 4;
    pub const MULTIPLY: u32 = 5;
    pub const REMAINDER: u32 = 6;
    pub const OR: u32 = 7;
    pub const POWER: u32 = 8;
    pub const RSHIFT: u32 = 9;
    pub const SUBTRACT: u32 = 10;
    pub const TRUE_DIVIDE: u32 = 11;
    pub const XOR: u32 = 12;
    /// Add this to any of the above for the in-place form (`+=` is `INPLACE_ADD` = 13).
    pub const INPLACE: u32 = 13;
    /// The symbol `dis` prints beside a `BINARY_OP` operand, e.g. `+=`.
    pub const SYMBOLS: [&str; 26] = [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=",
        "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ];
}

/// The `COMPARE_OP` operand values, in CPython's `cmp_op` order.
pub mod cmpop {
    pub const LT: u32 = 0;
    pub const LE: u32 = 1;
    pub const EQ: u32 = 2;
    pub const NE: u32 = 3;
    pub const GT: u32 = 4;
    pub const GE: u32 = 5;
    pub const SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
}

/// `MAKE_FUNCTION` operand flags (which extra items lie below the code object).
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FORMAT_VALUE` operand: the low two bits pick the conversion, `HAVE_SPEC` says a format
/// spec string is on the stack above the value.
pub mod format {
    pub const CONV_MASK: u32 = 0x03;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAVE_SPEC: u32 = 0x04;
}

/// What kind of operand an opcode takes; `dis` uses it to annotate the operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// The operand is ignored (always 0).
    None,
    /// A plain number (counts, flags).
    Int,
    /// An index into `constants`.
    Const,
    /// An index into `names`.
    Name,
    /// An index into the fast locals (`localsplus_names`).
    Local,
    /// An absolute instruction index.
    Jump,
    /// `LOAD_GLOBAL`: `names[n >> 1]`, low bit = push NULL first.
    Global,
    /// `BINARY_OP`: one of [`binop`].
    BinOp,
    /// `COMPARE_OP`: one of [`cmpop`].
    CmpOp,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $pyname:literal, $operand:ident, ($($effect:tt)*) ;)*) => {
        /// One VM instruction kind. See the module docs for the shared conventions.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The CPython spelling, e.g. `LOAD_FAST`.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => $pyname,)* }
            }

            /// What the operand means.
            pub fn operand_kind(self) -> OperandKind {
                match self { $(Opcode::$name => OperandKind::$operand,)* }
            }

            /// The stack effect as written in the table, e.g. `"(left, right -- result)"`.
            pub fn effect_text(self) -> &'static str {
                match self { $(Opcode::$name => concat!("(", stringify!($($effect)*), ")"),)* }
            }

            /// One-line meaning, from the table's doc comment.
            pub fn doc(self) -> &'static str {
                match self { $(Opcode::$name => concat!($($doc),*),)* }
            }
        }
    };
}

opcodes! {
    /// Do nothing (kept where a jump needs a target or a line needs an instruction).
    Nop = "NOP", None, ( -- );
    /// Marks a point where a frame starts or resumes (function entry; after a yield).
    Resume = "RESUME", Int, ( -- );
    /// Discard the top of the stack.
    PopTop = "POP_TOP", None, (value -- );
    /// Push the internal NULL marker that `CALL` reads as "no self".
    PushNull = "PUSH_NULL", None, ( -- null);
    /// Push a copy (new reference) of the n-th item from the top (1 = top).
    Copy = "COPY", Int, (item, ... -- item, ..., item);
    /// Swap the top with the n-th item from the top.
    Swap = "SWAP", Int, (item, ..., top -- top, ..., item);

    /// `+x`.
    UnaryPositive = "UNARY_POSITIVE", None, (value -- result);
    /// `-x`.
    UnaryNegative = "UNARY_NEGATIVE", None, (value -- result);
    /// `not x`: push the negated truth value.
    UnaryNot = "UNARY_NOT", None, (value -- result);
    /// `~x`.
    UnaryInvert = "UNARY_INVERT", None, (value -- result);
    /// Binary or in-place operator n (see `binop`), with reflected-operand fallback.
    BinaryOp = "BINARY_OP", BinOp, (left, right -- result);
    /// Rich comparison n (see `cmpop`).
    CompareOp = "COMPARE_OP", CmpOp, (left, right -- result);
    /// `is` (n = 0) or `is not` (n = 1).
    IsOp = "IS_OP", Int, (left, right -- result);
    /// `in` (n = 0) or `not in` (n = 1): `right.__contains__(left)`.
    ContainsOp = "CONTAINS_OP", Int, (left, right -- result);

    /// `container[key]`.
    BinarySubscr = "BINARY_SUBSCR", None, (container, key -- result);
    /// `container[key] = value`.
    StoreSubscr = "STORE_SUBSCR", None, (value, container, key -- );
    /// `del container[key]`.
    DeleteSubscr = "DELETE_SUBSCR", None, (container, key -- );
    /// Build `slice(start, stop)` (n = 2) or `slice(start, stop, step)` (n = 3).
    BuildSlice = "BUILD_SLICE", Int, (start, stop, step if n == 3 -- slice);

    /// Push `constants[n]`.
    LoadConst = "LOAD_CONST", Const, ( -- value);
    /// Push fast local n; `UnboundLocalError` if it is unbound.
    LoadFast = "LOAD_FAST", Local, ( -- value);
    /// Store into fast local n.
    StoreFast = "STORE_FAST", Local, (value -- );
    /// Unbind fast local n; `UnboundLocalError` if already unbound.
    DeleteFast = "DELETE_FAST", Local, ( -- );
    /// Turn fast local n into a cell holding its current value (or an empty cell).
    MakeCell = "MAKE_CELL", Local, ( -- );
    /// Copy the function's n closure cells into the last n fast-local slots.
    CopyFreeVars = "COPY_FREE_VARS", Int, ( -- );
    /// Push the cell in slot n itself (to build a closure tuple).
    LoadClosure = "LOAD_CLOSURE", Local, ( -- cell);
    /// Push the contents of the cell in slot n; `NameError`/`UnboundLocalError` if empty.
    LoadDeref = "LOAD_DEREF", Local, ( -- value);
    /// In a class body: look the name of slot n up in the class namespace first, then the cell.
    LoadClassderef = "LOAD_CLASSDEREF", Local, ( -- value);
    /// Store into the cell in slot n.
    StoreDeref = "STORE_DEREF", Local, (value -- );
    /// Empty the cell in slot n.
    DeleteDeref = "DELETE_DEREF", Local, ( -- );
    /// Look `names[n]` up in locals, then globals, then builtins (module and class bodies).
    LoadName = "LOAD_NAME", Name, ( -- value);
    /// Store `names[n]` in the locals mapping.
    StoreName = "STORE_NAME", Name, (value -- );
    /// Delete `names[n]` from the locals mapping.
    DeleteName = "DELETE_NAME", Name, ( -- );
    /// Look `names[n >> 1]` up in globals, then builtins; if n & 1, push NULL first.
    LoadGlobal = "LOAD_GLOBAL", Global, ( -- null if n & 1, value);
    /// Store `names[n]` in globals.
    StoreGlobal = "STORE_GLOBAL", Name, (value -- );
    /// Delete `names[n]` from globals.
    DeleteGlobal = "DELETE_GLOBAL", Name, ( -- );
    /// `owner.names[n]`.
    LoadAttr = "LOAD_ATTR", Name, (owner -- value);
    /// `owner.names[n] = value`.
    StoreAttr = "STORE_ATTR", Name, (value, owner -- );
    /// `del owner.names[n]`.
    DeleteAttr = "DELETE_ATTR", Name, (owner -- );
    /// Method lookup for a call: pushes (unbound method, owner) when the attribute is a plain
    /// function on the type, else (NULL, bound attribute) — so `CALL` can skip a bound method.
    LoadMethod = "LOAD_METHOD", Name, (owner -- meth_or_null, self_or_attr);
    /// Push `AssertionError` (the builtin, whatever the globals say).
    LoadAssertionError = "LOAD_ASSERTION_ERROR", None, ( -- cls);
    /// Push `builtins.__build_class__`.
    LoadBuildClass = "LOAD_BUILD_CLASS", None, ( -- func);

    /// Remember `constants[n]` (a tuple of str) as the keyword names of the next `CALL`.
    KwNames = "KW_NAMES", Const, ( -- );
    /// Call with n arguments: if the first slot is NULL, call `callable(*args)`; otherwise
    /// call `first(second, *args)`. The last `len(kw_names)` arguments are keywords.
    Call = "CALL", Int, (null_or_meth, callable_or_self, args[n] -- result);
    /// `f(*args)` (n = 0) or `f(*args, **kwargs)` (n & 1); args is a tuple, kwargs a dict.
    CallFunctionEx = "CALL_FUNCTION_EX", Int, (null, func, args, kwargs if n & 1 -- result);
    /// Make a function from a code object; n (see `make_function`) says which of defaults,
    /// kwdefaults, annotations and closure lie below it, in that order from the bottom.
    MakeFunction = "MAKE_FUNCTION", Int, (defaults?, kwdefaults?, annotations?, closure?, code -- func);
    /// Return from the frame (or finish a generator with StopIteration(value)).
    ReturnValue = "RETURN_VALUE", None, (value -- );

    /// Build a tuple of the top n items.
    BuildTuple = "BUILD_TUPLE", Int, (items[n] -- tuple);
    /// Build a list of the top n items.
    BuildList = "BUILD_LIST", Int, (items[n] -- list);
    /// Build a set of the top n items.
    BuildSet = "BUILD_SET", Int, (items[n] -- set);
    /// Build a dict from n key/value pairs.
    BuildMap = "BUILD_MAP", Int, (pairs[2n] -- dict);
    /// Build a dict from n values and a constant tuple of keys on top.
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP", Int, (values[n], keys -- dict);
    /// Concatenate the top n strings.
    BuildString = "BUILD_STRING", Int, (pieces[n] -- str);
    /// `list.append(stack[-n - 1], item)` (comprehensions; n counts from below the item).
    ListAppend = "LIST_APPEND", Int, (list, ..., item -- list, ...);
    /// `set.add` into the set n below the item.
    SetAdd = "SET_ADD", Int, (set, ..., item -- set, ...);
    /// `dict[key] = value` into the dict n below the pair.
    MapAdd = "MAP_ADD", Int, (dict, ..., key, value -- dict, ...);
    /// `list.extend(iterable)` into the list n below it.
    ListExtend = "LIST_EXTEND", Int, (list, ..., iterable -- list, ...);
    /// `set.update(iterable)` into the set n below it.
    SetUpdate = "SET_UPDATE", Int, (set, ..., iterable -- set, ...);
    /// `dict.update(mapping)` into the dict n below it (`{**m}`).
    DictUpdate = "DICT_UPDATE", Int, (dict, ..., mapping -- dict, ...);
    /// Like `DICT_UPDATE` but a repeated key is a `TypeError` (`f(**a, **b)`).
    DictMerge = "DICT_MERGE", Int, (dict, ..., mapping -- dict, ...);
    /// Convert a list to a tuple.
    ListToTuple = "LIST_TO_TUPLE", None, (list -- tuple);
    /// Unpack an iterable of exactly n items; the first item ends on top.
    UnpackSequence = "UNPACK_SEQUENCE", Int, (seq -- items[n]);
    /// Starred unpacking: n & 0xFF items before the star, n >> 8 after; the star gets a list.
    UnpackEx = "UNPACK_EX", Int, (seq -- after..., list, before...);

    /// `iter(x)`.
    GetIter = "GET_ITER", None, (iterable -- iterator);
    /// Push `next(iterator)`; when exhausted, pop the iterator and jump to n.
    ForIter = "FOR_ITER", Jump, (iterator -- iterator, value);
    /// Jump to n (a forward jump).
    JumpForward = "JUMP_FORWARD", Jump, ( -- );
    /// Jump to n (a backward jump: checks the eval breaker).
    JumpBackward = "JUMP_BACKWARD", Jump, ( -- );
    /// Jump back to n without checking the eval breaker (the `SEND` loop).
    JumpBackwardNoInterrupt = "JUMP_BACKWARD_NO_INTERRUPT", Jump, ( -- );
    /// Pop; jump to n if it was false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", Jump, (cond -- );
    /// Pop; jump to n if it was true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", Jump, (cond -- );
    /// Pop; jump to n if it was None.
    PopJumpIfNone = "POP_JUMP_IF_NONE", Jump, (value -- );
    /// Pop; jump to n if it was not None.
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE", Jump, (value -- );
    /// If false, jump to n keeping the value; else pop it (`and`).
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", Jump, (cond -- cond or nothing);
    /// If true, jump to n keeping the value; else pop it (`or`).
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", Jump, (cond -- cond or nothing);

    /// `raise` (n = 0: re-raise the handled exception), `raise exc` (1), `raise exc from cause` (2).
    RaiseVarargs = "RAISE_VARARGS", Int, (args[n] -- );
    /// Re-raise the exception on top; if n, first set the frame's last instruction from the
    /// `lasti` item below (for the traceback).
    Reraise = "RERAISE", Int, (lasti if n, ..., exc -- );
    /// Entering a handler: save the current handled exception and make `exc` the handled one.
    PushExcInfo = "PUSH_EXC_INFO", None, (exc -- prev_exc, exc);
    /// Leaving a handler: restore the previously handled exception.
    PopExcept = "POP_EXCEPT", None, (prev_exc -- );
    /// `except T:` test: push whether `exc` matches `T` (a class or tuple of classes).
    CheckExcMatch = "CHECK_EXC_MATCH", None, (exc, cls -- exc, matched);
    /// `with` entry: push the bound `__exit__` and the result of `__enter__()`.
    BeforeWith = "BEFORE_WITH", None, (mgr -- exit, result);
    /// `async with` entry: push bound `__aexit__` and the awaitable from `__aenter__()`.
    BeforeAsyncWith = "BEFORE_ASYNC_WITH", None, (mgr -- exit, awaitable);
    /// In a `with` handler: call `exit(type(exc), exc, exc.__traceback__)` and push the result.
    WithExceptStart = "WITH_EXCEPT_START", None, (exit, lasti, prev_exc, exc -- exit, lasti, prev_exc, exc, res);

    /// Suspend the generator, yielding `value`; on resume the sent value is pushed.
    /// n = 1 marks the yield inside a `yield from`/`await` delegation loop.
    YieldValue = "YIELD_VALUE", Int, (value -- sent);
    /// Mark a value yielded by an async generator itself (not passed up by an `await`).
    AsyncGenWrap = "ASYNC_GEN_WRAP", None, (value -- wrapped);
    /// `iter(x)` for `yield from` (a coroutine is accepted only in a coroutine).
    GetYieldFromIter = "GET_YIELD_FROM_ITER", None, (iterable -- iterator);
    /// Send `value` into `receiver`; if it yields, replace `value` with what it yielded; if it
    /// returns, pop `value`, replace `receiver` with the return value and jump to n.
    Send = "SEND", Jump, (receiver, value -- receiver, yielded_or_result);
    /// `await x`: get the iterator of an awaitable (n says where: 0 plain, 1 aenter, 2 aexit).
    GetAwaitable = "GET_AWAITABLE", Int, (iterable -- awaitable);
    /// `aiter(x)`.
    GetAiter = "GET_AITER", None, (iterable -- aiter);
    /// Push the awaitable of `anext(aiter)`.
    GetAnext = "GET_ANEXT", None, (aiter -- aiter, awaitable);
    /// End of an `async for`: if `exc` is StopAsyncIteration, pop it and the aiter; else re-raise.
    EndAsyncFor = "END_ASYNC_FOR", None, (aiter, exc -- );

    /// `import names[n]` with `level` and `fromlist`: push the module.
    ImportName = "IMPORT_NAME", Name, (level, fromlist -- module);
    /// Push `module.names[n]` (with the submodule fallback); the module stays.
    ImportFrom = "IMPORT_FROM", Name, (module -- module, value);
    /// `from module import *` into the locals mapping.
    ImportStar = "IMPORT_STAR", None, (module -- );
    /// Make sure `__annotations__` exists in the locals mapping.
    SetupAnnotations = "SETUP_ANNOTATIONS", None, ( -- );
    /// f-string field: convert with n & 3 and format with the spec if n & 4.
    FormatValue = "FORMAT_VALUE", Int, (value, spec if n & 4 -- str);
    /// Interactive mode: print `repr(value)` and store it in `builtins._`.
    PrintExpr = "PRINT_EXPR", None, (value -- );
}

impl Opcode {
    /// True when the operand is an absolute instruction index.
    pub fn has_jump_target(self) -> bool {
        self.operand_kind() == OperandKind::Jump
    }

    /// Ends a basic block unconditionally (nothing after it runs by falling through).
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::ReturnValue
                | Opcode::RaiseVarargs
                | Opcode::Reraise
                | Opcode::JumpForward
                | Opcode::JumpBackward
                | Opcode::JumpBackwardNoInterrupt
        )
    }

    /// Net change in stack depth for operand `arg` on the fall-through path (`jump` false) or
    /// the jump path (`jump` true); the compiler uses it to compute `max_stackdepth`.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        let n = arg as i32;
        use Opcode::*;
        match self {
            Nop
            | Resume
            | JumpForward
            | JumpBackward
            | JumpBackwardNoInterrupt
            | MakeCell
            | CopyFreeVars
            | DeleteFast
            | DeleteDeref
            | DeleteName
            | DeleteGlobal
            | KwNames
            | SetupAnnotations => 0,
            PopTop => -1,
            PushNull | Copy => 1,
            Swap => 0,
            UnaryPositive | UnaryNegative | UnaryNot | UnaryInvert => 0,
            BinaryOp | CompareOp | IsOp | ContainsOp | BinarySubscr => -1,
            StoreSubscr => -3,
            DeleteSubscr => -2,
            BuildSlice => 1 - n,
            LoadConst | LoadFast | LoadClosure | LoadDeref | LoadClassderef | LoadName => 1,
            StoreFast | StoreDeref | StoreName | StoreGlobal => -1,
            LoadGlobal => 1 + (n & 1),
            LoadAttr => 0,
            StoreAttr => -2,
            DeleteAttr => -1,
            LoadMethod => 1,
            LoadAssertionError | LoadBuildClass => 1,
            Call => -1 - n,
            CallFunctionEx => -2 - (n & 1),
            MakeFunction => -((arg & 0x0f).count_ones() as i32),
            ReturnValue => -1,
            BuildTuple | BuildList | BuildSet | BuildString => 1 - n,
            BuildMap => 1 - 2 * n,
            BuildConstKeyMap => -n,
            ListAppend | SetAdd | ListExtend | SetUpdate | DictUpdate | DictMerge => -1,
            MapAdd => -2,
            ListToTuple => 0,
            UnpackSequence => n - 1,
            UnpackEx => (n & 0xff) + (n >> 8),
            GetIter | GetYieldFromIter | GetAwaitable | GetAiter => 0,
            ForIter => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            PopJumpIfFalse | PopJumpIfTrue | PopJumpIfNone | PopJumpIfNotNone => -1,
            JumpIfFalseOrPop | JumpIfTrueOrPop => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            RaiseVarargs => -n,
            Reraise => -1,
            PushExcInfo => 1,
            PopExcept => -1,
            CheckExcMatch => 0,
            BeforeWith | BeforeAsyncWith => 1,
            WithExceptStart => 1,
            YieldValue | AsyncGenWrap => 0,
            Send => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            GetAnext => 1,
            EndAsyncFor => -2,
            ImportName => -1,
            ImportFrom => 1,
            ImportStar => -1,
            FormatValue => {
                if arg & format::HAVE_SPEC != 0 {
                    -1
                } else {
                    0
                }
            }
            PrintExpr => -1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cpython_spelling() {
        assert_eq!(Opcode::LoadFast.name(), "LOAD_FAST");
        assert_eq!(Opcode::BinaryOp.name(), "BINARY_OP");
        for op in Opcode::ALL {
            assert!(op
                .name()
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '_'));
            assert!(!op.doc().is_empty(), "{} has no doc line", op.name());
        }
    }

    #[test]
    fn effect_text_comes_from_the_table() {
        assert_eq!(Opcode::BinaryOp.effect_text(), "(left, right -- result)");
    }
}
