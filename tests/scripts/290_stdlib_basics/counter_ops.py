# collections.Counter: counting, most_common, arithmetic, update/subtract, elements.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1])
d = Counter(a=1, b=5, z=2)
print(c + d, c - d, c & d, c | d)
c.update("zzz")
c.subtract({"a": 10})
print(c, sorted(c.elements()))
print(+c, -Counter(a=-2, b=3))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), sum(Counter("aab").values()), c.total())
print(Counter({"x": 0}), len(Counter()), repr(Counter()))
words = "the quick the lazy the dog quick".split()
print(Counter(words).most_common(2), list(Counter(words)))
del c["b"]
print("b" in c, c["b"])
