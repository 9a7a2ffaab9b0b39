# Counter rich comparisons (multiset inclusion), fromkeys error, and update from mappings.
from collections import Counter
a = Counter(a=1, b=2)
b = Counter(a=2, b=2, c=1)
print(a <= b, a < b, b >= a, a == Counter(b=2, a=1), a == Counter(a=1, b=2, c=0))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
c = Counter()
c.update({"x": 3})
c.update(["x", "y"])
c.update(y=5)
print(c, c.most_common(1))
inventory = Counter(apples=3, pears=0, plums=-1)
print(sorted(inventory.elements()), +inventory, inventory - Counter(apples=5))
print(dict(Counter("aabbbc").most_common()), Counter("ab") + Counter("bc"))
