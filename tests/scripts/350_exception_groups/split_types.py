# split() and subgroup() with an exception type or a tuple of types, on nested groups.
eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("mid", [
        ValueError("v2"),
        KeyError("k1"),
        ExceptionGroup("deep", [IndexError("i1"), ValueError("v3")]),
    ]),
    OSError("o1"),
])

def tree(e):
    if isinstance(e, BaseExceptionGroup):
        return e.message + "[" + ", ".join(tree(x) for x in e.exceptions) + "]"
    return repr(e)

def show(label, pair):
    m, r = pair
    print(label)
    print("  match:", None if m is None else tree(m))
    print("  rest: ", None if r is None else tree(r))

show("ValueError", eg.split(ValueError))
show("LookupError", eg.split(LookupError))
show("(TypeError, OSError)", eg.split((TypeError, OSError)))
show("()", eg.split(()))
show("Exception", eg.split(Exception))
show("ZeroDivisionError", eg.split(ZeroDivisionError))
show("ExceptionGroup", eg.split(ExceptionGroup))

print(tree(eg.subgroup(ValueError)))
print(tree(eg.subgroup((KeyError, IndexError))))
print(eg.subgroup(ZeroDivisionError))

# the original group is unchanged
print(tree(eg))

# a matching group is returned as is; a full match of every leaf still builds a new group
print(eg.subgroup(ExceptionGroup) is eg, eg.subgroup(BaseException) is eg)
simple = ExceptionGroup("s", [ValueError(1), ValueError(2)])
sub = simple.subgroup(ValueError)
print(sub is simple, repr(sub), sub.exceptions[0] is simple.exceptions[0])
m, r = simple.split(ValueError)
print(m is simple, r)
m, r = simple.split(TypeError)
print(m, r is simple)

# result types: parts of a BaseExceptionGroup become ExceptionGroups when they can
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
m, r = beg.split(Exception)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
m, r = beg.split((KeyboardInterrupt, SystemExit))
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
print(repr(beg.subgroup(BaseException)), beg.subgroup(BaseException) is beg)
