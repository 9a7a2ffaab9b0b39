# frozenset: immutability, hashing, use as dict key/set element, mixing with set in operations.
f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, type(f).__name__)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & frozenset({1, 9}))
d = {f: "key"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({1}), frozenset()}
print(len(nested), frozenset() in nested)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1, 2}) == {1, 2})
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(), frozenset("aa"), sorted(frozenset("cab")))
