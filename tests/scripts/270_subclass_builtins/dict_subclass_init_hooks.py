# A dict subclass with __init__ calling self.update routed through overridden __setitem__.
class Validated(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        for k, v in dict(*args, **kw).items():
            self[k] = v
    def __setitem__(self, k, v):
        if not isinstance(k, str):
            raise TypeError("keys must be str, got " + type(k).__name__)
        super().__setitem__(k, v)
v = Validated({"a": 1}, b=2)
print(v, type(v).__name__)
try:
    Validated({1: "x"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    v[2] = "y"
except TypeError as e:
    print(type(e).__name__, e)
v.update({3: "bypass"})
print(sorted(map(str, v)))
class Counting(dict):
    def __len__(self):
        return 42
c = Counting(a=1)
print(len(c), bool(Counting()), list(c.items()))
