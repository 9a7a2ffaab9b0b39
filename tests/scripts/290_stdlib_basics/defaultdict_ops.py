# collections.defaultdict: default_factory, grouping, counting, repr and missing factory.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, dict(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory.__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(None, {"k": 1})
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(repr(defaultdict(set)), "q" in counts, counts.get("q"), len(counts))
e = defaultdict(list)
e["z"]
print(e, isinstance(e, dict), type(e.copy()).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
