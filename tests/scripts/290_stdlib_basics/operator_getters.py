# operator.itemgetter, attrgetter (dotted, multiple), methodcaller and their reprs.
import operator
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2, 9), ("a", 3, 1), ("c", 1, 5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)))
print(itemgetter(0)("xyz"), itemgetter(1, 0)("xyz"), itemgetter(slice(1, None))("xyz"), itemgetter("k")({"k": 1}))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
p = P("outer", P("inner"))
print(attrgetter("name")(p), attrgetter("inner.name")(p), attrgetter("name", "inner.name")(p))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("center", 7, "*")("hi"))
print(methodcaller("split", sep="-", maxsplit=1)("a-b-c"), list(map(methodcaller("count", "a"), ["aa", "b"])))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
try:
    attrgetter("missing")(p)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
print(list(map(itemgetter(0), rows)), operator.length_hint([1, 2, 3]))
