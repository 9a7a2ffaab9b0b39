# gc.get_stats(): one dict per generation; collections/collected change by amounts the
# test controls.
import gc

gc.disable()
gc.collect()

stats = gc.get_stats()
print(type(stats).__name__, len(stats))
for i, s in enumerate(stats):
    print(i, type(s).__name__, sorted(s), [type(s[k]).__name__ for k in sorted(s)])

class Node:
    pass


def make(n):
    for i in range(n):
        x = Node()
        x.me = x


before = gc.get_stats()
make(3)
print("collect:", gc.collect())
after = gc.get_stats()
for gen in range(3):
    print(gen, {k: after[gen][k] - before[gen][k] for k in sorted(after[gen])})

before = gc.get_stats()
make(2)
print("collect(0):", gc.collect(0))
gc.collect(1)
after = gc.get_stats()
for gen in range(3):
    print(gen, {k: after[gen][k] - before[gen][k] for k in sorted(after[gen])})

print("fresh list each call:", gc.get_stats() is not gc.get_stats())
