# Argument validation of BaseExceptionGroup.__new__ / __init__, with CPython's messages.
def attempt(label, f):
    try:
        r = f()
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

attempt("int message", lambda: ExceptionGroup(1, [ValueError()]))
attempt("None message", lambda: BaseExceptionGroup(None, [ValueError()]))
attempt("bytes message", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keywords only", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("extra keyword", lambda: ExceptionGroup("m", [ValueError()], note=1))
attempt("extra keyword base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()], note=1))
attempt("int sequence", lambda: ExceptionGroup("m", 5))
attempt("None sequence", lambda: ExceptionGroup("m", None))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("dict", lambda: ExceptionGroup("m", {ValueError(): 1}))
attempt("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("empty range", lambda: ExceptionGroup("m", range(0)))
attempt("str items", lambda: ExceptionGroup("m", "ab"))
attempt("class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("item 2", lambda: ExceptionGroup("m", [ValueError(), TypeError(), 3]))
attempt("None item", lambda: ExceptionGroup("m", [ValueError(), None]))
attempt("base in EG", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("nested base group in EG",
        lambda: ExceptionGroup("m", [BaseExceptionGroup("b", [SystemExit()])]))
attempt("base in BEG", lambda: BaseExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("GeneratorExit", lambda: BaseExceptionGroup("m", [GeneratorExit()]))
attempt("__new__ non-type", lambda: BaseExceptionGroup.__new__(1, "m", [ValueError()]))
attempt("__new__ wrong type",
        lambda: BaseExceptionGroup.__new__(ValueError, "m", [ValueError()]))
attempt("__new__ no args", lambda: BaseExceptionGroup.__new__())
attempt("__new__ explicit", lambda: BaseExceptionGroup.__new__(ExceptionGroup, "m", [ValueError()]))

# str subclasses are fine as messages
class Msg(str):
    pass
eg = ExceptionGroup(Msg("special"), [ValueError()])
print(type(eg.message).__name__, str(eg))

# __init__ can be called again: it changes args, not message or exceptions
eg = ExceptionGroup("m", [ValueError(1)])
eg.__init__("other", [TypeError()], 3)
print(eg.args, eg.message, eg.exceptions, str(eg))
