# __call__ makes instances callable with any signature; errors for non-callables.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add = Adder(10)
print(add(1), add(1, 2, 3), add(1, scale=2, z=0, a=1), callable(add))
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
print(type(Chain()()()()).__name__)
n, s = 5, "abc"
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(Adder(1), [1, 2])))
