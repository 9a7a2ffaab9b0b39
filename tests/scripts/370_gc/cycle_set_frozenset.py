# Cycles through sets and frozensets of hashable instances.
import gc

gc.disable()
gc.collect()
log = []

class Key:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return self is other


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


print("-- set member points back at its set")
s = set()
k = Key("set-member")
k.container = s
s.add(k)
del s, k
collect("set:")

print("-- several members, one cycle")
s = {Key("m1"), Key("m2"), Key("m3")}
for m in s:
    if m.name == "m2":
        m.container = s
del s, m
collect("set 3 members:")

print("-- frozenset member points back at the frozenset")
k = Key("frozen")
fs = frozenset([k, 1, "a"])
k.container = fs
del fs, k
collect("frozenset:")

print("-- set <-> frozenset")
k1 = Key("k1")
k2 = Key("k2")
s = {k1}
fs = frozenset([k2])
k1.other = fs
k2.other = s
del s, fs, k1, k2
collect("set+frozenset:")

print("-- set of atoms")
s = {1, 2, 3}
print("tracked:", gc.is_tracked(s))
print("frozenset of atoms tracked:", gc.is_tracked(frozenset([1, 2])))
del s
collect("atoms only:")
