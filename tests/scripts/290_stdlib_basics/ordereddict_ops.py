# collections.OrderedDict: move_to_end, popitem(last=...), equality sensitivity to order.
from collections import OrderedDict
od = OrderedDict()
for k in "abcde":
    od[k] = ord(k)
print(od)
od.move_to_end("b")
print(list(od))
od.move_to_end("d", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
try:
    od.move_to_end("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(repr(OrderedDict()), OrderedDict.fromkeys("ab", 0), list(reversed(a)))
