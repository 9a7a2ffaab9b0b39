# Exactly which cycles an automatic generation-0 collection has freed by the end of a loop
# (threshold 10, one tracked allocation per iteration).
import gc

deleted = []

class Node:
    __slots__ = ("i", "me")

    def __init__(self, i):
        self.i = i

    def __del__(self):
        deleted.append(self.i)


orig = gc.get_threshold()
gc.enable()
gc.set_threshold(10)
gc.collect()
for i in range(50):
    n = Node(i)
    n.me = n
gc.disable()  # no automatic collection may run while the results are printed
del n
print("freed during the loop:", sorted(deleted))
print("count:", len(deleted))
deleted.clear()
gc.collect()
print("freed by collect:", sorted(deleted))
gc.set_threshold(*orig)
gc.enable()
