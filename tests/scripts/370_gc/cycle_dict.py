# Cycles through dict values and dict keys.
import gc

gc.disable()
gc.collect()
log = []

class Node:
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


print("-- dict containing itself as a value")
d = {}
d["self"] = d
del d
collect("dict self:")

print("-- dict value -> instance -> dict")
d = {}
n = Node("value")
n.owner = d
d["n"] = n
del d, n
collect("dict value:")

print("-- dict key -> instance -> dict")
k = Node("key")
d = {k: 1}
k.owner = d
del d, k
collect("dict key:")

print("-- two dicts pointing at each other")
a = {"name": Node("a")}
b = {"name": Node("b"), "a": a}
a["b"] = b
del a, b
collect("two dicts:")

print("-- dict of atoms is untracked, becomes tracked with a container")
d = {"x": 1, "y": "two"}
print("atoms tracked:", gc.is_tracked(d))
d["me"] = d
print("self tracked:", gc.is_tracked(d))
del d
collect("tracked dict:")

print("-- dict reachable from a survivor is kept")
root = []
d = {"n": Node("kept")}
d["d"] = d
root.append(d)
del d
collect("kept:")
root.clear()
collect("released:")

print("-- instance __dict__ materialised via vars()")
n = Node("vars")
vars(n)["me"] = n
del n
collect("vars dict:")
n = Node("dunder-dict")
n.__dict__["me"] = n
del n
collect("__dict__:")
