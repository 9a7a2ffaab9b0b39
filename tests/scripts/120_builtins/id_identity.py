# id()/is identity semantics (without printing ids): aliasing, copies, singletons, small ints.
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(None is None, type(None)() is None, True is (1 == 1))
x = object()
y = object()
print(x is x, x is y, x == y, id(x) != id(y), type(id(x)).__name__)
def ident(v):
    return v
print(ident(a) is a, [a][0] is a, {"k": a}["k"] is a)
s = "hello"
t = s
print(s is t, s[:] is s, a[:] is a)
print(id(a) == id(a), isinstance(id(a), int))
