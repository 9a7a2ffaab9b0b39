# __slots__ details: the class dict's order (sorted members, then the dict/weakref
# descriptors, then __doc__), private-name mangling, slot values kept out of __dict__,
# class-variable conflicts, and slots on variable-size builtins.
class A:
    pass


print(list(A.__dict__))


class B:
    "doc"

    def __eq__(self, other):
        return True


print(list(B.__dict__))


class C:
    __slots__ = ("z", "a", "__dict__")
    x = 1


print(list(C.__dict__))
c = C()
c.z, c.a, c.extra = 1, 2, 3
print(c.__dict__, c.z, c.a)


class Private:
    __slots__ = ("__secret", "__dunder__", "plain")

    def __init__(self):
        self.__secret = "s"
        self.__dunder__ = "d"
        self.plain = "p"

    def peek(self):
        return self.__secret


p = Private()
print(sorted(k for k in Private.__dict__ if not k.startswith("__") or k == "__dunder__"))
print(p.peek(), p._Private__secret, p.__dunder__, p.plain)
try:
    p.__secret
except AttributeError as e:
    print("AttributeError", e)


class _Under:
    __slots__ = ("__x",)


print([k for k in _Under.__dict__ if "x" in k])

for body in ("__slots__ = ('v',); v = 5", "'a docstring'; __slots__ = ('__doc__',)"):
    try:
        exec("class Conflict:\n    " + body.replace("; ", "\n    "))
        print("created")
    except ValueError as e:
        print("ValueError", e)

for base in (int, bytes, tuple, str, float):
    try:
        type("S", (base,), {"__slots__": ("extra",)})
        print(base.__name__, "ok")
    except TypeError as e:
        print("TypeError", e)
    type("E", (base,), {"__slots__": ()})


class WithDict(C):
    pass


w = WithDict()
w.a = 1
w.q = 2
print(w.__dict__, w.a)
del w.a
try:
    w.a
except AttributeError as e:
    print("AttributeError", e)
