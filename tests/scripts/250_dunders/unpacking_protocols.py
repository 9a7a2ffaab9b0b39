# Iterable unpacking and ** mapping unpacking use __iter__ and keys()/__getitem__.
class Three:
    def __iter__(self):
        print("iter")
        yield from (1, 2, 3)
a, *rest = Three()
print(a, rest, [*Three()], (*Three(), 0))
def f(*args, **kw):
    return args, kw
class Mapping:
    def keys(self):
        print("keys")
        return ["x", "y"]
    def __getitem__(self, k):
        print("getitem", k)
        return k.upper()
print(f(*Three(), **Mapping()))
print({**Mapping(), "z": 0})
class NoKeys:
    def __getitem__(self, k): return k
try:
    f(**NoKeys())
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = Three()
except ValueError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
