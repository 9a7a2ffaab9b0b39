# set/frozenset subclasses: operators return base types, methods, hashing of frozenset subclass.
class MySet(set):
    def describe(self):
        return "MySet of %d" % len(self)
s = MySet([1, 2, 3])
print(sorted(s), s.describe(), type(s | {4}).__name__, type(s & {1}).__name__, type(s.copy()).__name__)
s |= {9}
print(type(s).__name__, sorted(s))
class FS(frozenset):
    def __repr__(self):
        return "FS(%s)" % sorted(self)
f = FS([3, 1])
print(f, {f: "ok"}[frozenset({1, 3})], type(f | {2}).__name__, f == frozenset({1, 3}))
print(isinstance(f, frozenset), issubclass(FS, (set, frozenset)), len(f))
