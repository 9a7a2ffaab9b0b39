# Type names of the builtin iterators.
samples = [
    ("list", iter([])),
    ("tuple", iter(())),
    ("ascii str", iter("abc")),
    ("non-ascii str", iter("héllo")),
    ("bytes", iter(b"ab")),
    ("bytearray", iter(bytearray(b"ab"))),
    ("set", iter(set())),
    ("frozenset", iter(frozenset())),
    ("dict", iter({})),
    ("dict keys", iter({}.keys())),
    ("dict values", iter({}.values())),
    ("dict items", iter({}.items())),
    ("range", iter(range(3))),
    ("big range", iter(range(2**70))),
    ("callable", iter(int, 1)),
    ("reversed list", reversed([])),
    ("reversed dict", reversed({})),
    ("reversed dict items", reversed({}.items())),
    ("reversed range", reversed(range(2))),
    ("reversed str", reversed("ab")),
    ("reversed tuple", reversed((1,))),
    ("enumerate", enumerate([])),
    ("zip", zip()),
    ("map", map(abs, [])),
    ("filter", filter(None, [])),
    ("generator", (x for x in [])),
]
for label, obj in samples:
    print(f"{label:22} {type(obj).__name__:22} {iter(obj) is obj}")

# iterators know how to report a length hint
import operator
for obj in [iter([1, 2, 3]), iter("ab"), iter(range(5)), reversed([1, 2]), iter({1: 2})]:
    print(type(obj).__name__, operator.length_hint(obj))
print(operator.length_hint(map(abs, [1, 2]), 42))

# iterator types can't be instantiated directly with arbitrary args
try:
    type(iter([]))()
except TypeError as e:
    print(type(e).__name__, e)
