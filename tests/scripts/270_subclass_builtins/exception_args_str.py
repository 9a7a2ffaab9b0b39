# Exception args, str() and repr() for zero, one and many arguments, and custom __init__.
for args in [(), ("one",), ("a", 2), (None,), ([1],)]:
    e = Exception(*args)
    print(repr(e), "|", str(e), "|", e.args)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
e = WithInit(404, "not found")
print(repr(e), str(e), e.args, e.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
n = NoSuper(1, 2)
print(repr(n), str(n), n.args)
class Reassign(Exception):
    pass
r = Reassign("x")
r.args = ("y", "z")
print(str(r), repr(r))
r.args = [1]
print(r.args, type(r.args).__name__)
print(str(KeyError("k")), str(KeyError("a", "b")), repr(KeyError("k")), str(KeyError()))
