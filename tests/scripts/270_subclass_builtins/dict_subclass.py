# dict subclasses: overridden __setitem__ is bypassed by update()/constructor; repr and copy types.
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(sorted(u.items()), type(u).__name__, repr(u))
print(type(u.copy()).__name__, type(dict(u)).__name__, type(u | {}).__name__)
class Tracking(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.reads = 0
    def __getitem__(self, k):
        self.reads += 1
        return super().__getitem__(k)
t = Tracking(x=1, y=2)
print(t["x"], t.get("y"), t.reads, list(t.values()), dict(**t))
print(isinstance(t, dict), t == {"x": 1, "y": 2}, t.fromkeys("ab").__class__.__name__)
class KeysOnly(dict):
    def keys(self):
        return ["only"]
k = KeysOnly(only=1, other=2)
print(dict(k), {**k}, list(k))
