# split()/subgroup() with a predicate: it sees the groups themselves before their leaves.
eg = ExceptionGroup("top", [
    ValueError(1),
    ExceptionGroup("mid", [ValueError(2), TypeError(3)]),
    KeyError(4),
])

seen = []
def pred(e):
    seen.append(e.message if isinstance(e, BaseExceptionGroup) else repr(e))
    return isinstance(e, ValueError)

m, r = eg.split(pred)
print(seen)
print(repr(m))
print(repr(r))

# matching a whole subgroup by its message keeps it intact
seen.clear()
def by_message(e):
    seen.append(e.message if isinstance(e, BaseExceptionGroup) else repr(e))
    return isinstance(e, BaseExceptionGroup) and e.message == "mid"
m, r = eg.split(by_message)
print(seen)
print(repr(m), m.exceptions[0] is eg.exceptions[1])
print(repr(r))

# truthiness of the predicate's result is what counts
print(repr(eg.subgroup(lambda e: 0 if isinstance(e, BaseExceptionGroup) else [1])))
print(eg.subgroup(lambda e: "") is None)
print(eg.subgroup(lambda e: e is eg) is eg)

# a predicate that matches on the exception's arguments
numbers = ExceptionGroup("nums", [ValueError(n) for n in range(6)])
even, odd = numbers.split(lambda e: not isinstance(e, BaseExceptionGroup) and e.args[0] % 2 == 0)
print(repr(even))
print(repr(odd))

# errors raised by the predicate propagate
def boom(e):
    if isinstance(e, TypeError):
        raise RuntimeError("predicate failed on " + repr(e))
    return False
try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError:", e)

# nested functions and lambdas are functions; other callables are not accepted
def make(kind):
    def check(e):
        return isinstance(e, kind)
    return check
print(repr(eg.subgroup(make(KeyError))))
