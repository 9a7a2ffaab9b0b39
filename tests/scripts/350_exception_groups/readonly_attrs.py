# message and exceptions are read-only members; args and the usual exception attributes are not.
eg = ExceptionGroup("msg", [ValueError(1), KeyError(2)])

for name in ("message", "exceptions"):
    try:
        setattr(eg, name, "x")
    except AttributeError as e:
        print("set", name, "->", e)
    try:
        delattr(eg, name)
    except AttributeError as e:
        print("del", name, "->", e)

eg.args = ("changed",)
print(eg.args, eg.message, str(eg), repr(eg))

eg.extra = 42
print(eg.extra)

e2 = eg.with_traceback(None)
print(e2 is eg)

eg.add_note("first note")
eg.add_note("second note")
print(eg.__notes__)
try:
    eg.add_note(5)
except TypeError as e:
    print("TypeError:", e)

# the class-level members describe themselves
print(BaseExceptionGroup.message.__doc__, "/", BaseExceptionGroup.exceptions.__doc__)
print(hasattr(ExceptionGroup, "split"), hasattr(ExceptionGroup, "subgroup"),
      hasattr(ExceptionGroup, "derive"))
