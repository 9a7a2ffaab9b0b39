# groupby groups share the underlying iterator: advancing the groupby invalidates old groups.
from itertools import groupby

groups = []
for k, g in groupby("aaabbc"):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])

# materialize while iterating to keep the contents
print([(k, list(g)) for k, g in groupby("aaabbc")])

# partially consumed group
gb = groupby([1, 1, 1, 2, 2, 3])
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2))
print("old group after advancing:", list(g1))
k3, g3 = next(gb)
print(k3, list(g3), list(g2))
print(next(gb, "exhausted"))


# the source is consumed as groups are skipped
def src():
    for x in [1, 1, 2, 2, 3]:
        print("  src", x)
        yield x


gb = groupby(src())
print("skip a group:")
k, _ = next(gb)
k, g = next(gb)
print("now at", k)
print(list(g))
print([(k, list(g)) for k, g in gb])

# consuming a group fully then advancing
gb = groupby("xxyz")
k, g = next(gb)
print(k, list(g), list(g))
print([k for k, _ in gb])

# with a key function
data = [("a", 1), ("a", 2), ("b", 3)]
saved = {}
for key, grp in groupby(data, key=lambda t: t[0]):
    saved[key] = grp
print({k: list(v) for k, v in saved.items()})
