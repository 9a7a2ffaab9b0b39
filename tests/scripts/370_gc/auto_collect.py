# Automatic collection: with a low threshold, cyclic garbage is freed while allocating,
# without any gc.collect() call; with the collector disabled nothing is freed.
import gc

deleted = []

class Node:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        deleted.append(self.i)


orig = gc.get_threshold()
gc.enable()
gc.collect()
gc.set_threshold(10)
print("threshold:", gc.get_threshold(), "enabled:", gc.isenabled())

for i in range(100):
    n = Node(i)
    n.me = n
del n
during = sorted(deleted)
print("freed during the loop >= 80:", len(during) >= 80)
print("freed in creation order prefix:", during == list(range(len(during))))
print("last ones still pending:", 99 not in during)
gc.collect()
print("all freed after collect:", sorted(deleted) == list(range(100)))
deleted.clear()

print("-- disabled: nothing is collected automatically")
gc.disable()
gc.collect()
for i in range(100):
    n = Node(i)
    n.me = n
del n
print("freed during the loop:", len(deleted))
print("collect:", gc.collect(), "freed:", len(deleted))
deleted.clear()

print("-- threshold 0 disables automatic collection too")
gc.enable()
gc.set_threshold(0)
for i in range(100):
    n = Node(i)
    n.me = n
del n
print("freed during the loop:", len(deleted))
print("collect:", gc.collect(), "freed:", len(deleted))
deleted.clear()

print("-- objects without cycles are freed by refcounting regardless")
gc.disable()
for i in range(5):
    n = Node(i)
del n
print("freed:", deleted)
deleted.clear()

gc.set_threshold(*orig)
gc.enable()
print("restored:", gc.get_threshold(), gc.isenabled())
