# derive(): how split()/subgroup() build the parts, and overriding it in subclasses.
eg = ExceptionGroup("base msg", [ValueError(1)])
d = eg.derive([KeyError(2), TypeError(3)])
print(type(d).__name__, repr(d), d.message)
d = eg.derive((KeyboardInterrupt(),))
print(type(d).__name__, repr(d))

class NoDerive(ExceptionGroup):
    pass

nd = NoDerive("nd", [ValueError(1), TypeError(2)])
m, r = nd.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))

class CodeGroup(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return CodeGroup(self.message, excs, self.code)

cg = CodeGroup("with code", [ValueError(1), TypeError(2), ValueError(3)], 42)
print(repr(cg), cg.code, cg.args)
m, r = cg.split(ValueError)
print(type(m).__name__, repr(m), m.code)
print(type(r).__name__, repr(r), r.code)
print(repr(cg.subgroup(TypeError)), cg.subgroup(TypeError).code)

# derive is called for every partially matching group, inner ones included
calls = []
class Tracing(ExceptionGroup):
    def derive(self, excs):
        calls.append((self.message, len(excs)))
        return Tracing(self.message, excs)

t = Tracing("outer", [ValueError(1), Tracing("inner", [ValueError(2), KeyError(3)]), KeyError(4)])
m, r = t.split(KeyError)
print(calls)
print(repr(m))
print(repr(r))

# derive must return an exception group
class Bad(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    Bad("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)

# derive's own argument checks
for args in ((), (1, 2)):
    try:
        eg.derive(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    eg.derive(excs=[])
except TypeError as e:
    print("TypeError:", e)
