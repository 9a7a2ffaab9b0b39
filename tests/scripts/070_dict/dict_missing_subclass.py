# dict subclass with __missing__, and subclass overriding __getitem__/__setitem__.
class Default(dict):
    def __missing__(self, key):
        self[key] = val = len(key)
        return val
d = Default(a=1)
print(d["a"], d["hello"], d, d.get("zz"), "zz" in d)
class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
l = Lower()
l["KEY"] = 1
print(l["key"], l["Key"], l, isinstance(l, dict), type(l).__name__)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
