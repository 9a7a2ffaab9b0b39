# collections.abc-free ABC checks through collections types: isinstance of namedtuple/deque etc.
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
P = namedtuple("P", "a")
for obj in [P(1), deque(), OrderedDict(), defaultdict(int), Counter()]:
    print(type(obj).__name__, [b.__name__ for b in type(obj).__mro__])
print(issubclass(Counter, dict), issubclass(OrderedDict, dict), issubclass(deque, list))
c = Counter(a=2)
print(c.get("a"), c.keys() == {"a"}, type(c.copy()).__name__, type(dict(c)).__name__)
print(P(1) == (1,), hash(P(1)) == hash((1,)), isinstance(P(1), tuple))
dd = defaultdict(list, {"k": [1]})
print(dd == {"k": [1]}, OrderedDict(a=1) == {"a": 1}, deque([1]) == deque([1]))
print(type(Counter("aa") + Counter("b")).__name__, type(OrderedDict(a=1).copy()).__name__)
