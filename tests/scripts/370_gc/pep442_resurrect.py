# PEP 442: a finalizer that resurrects its object; the object survives the collection,
# is not counted, and __del__ never runs a second time.
import gc

gc.disable()
gc.collect()
saved = []
calls = []

class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)
        saved.append(self)


print("-- resurrection from a cycle")
p = Phoenix("p1")
p.me = p
print("finalized before:", gc.is_finalized(p))
del p
n = gc.collect()
print("collected:", n, "calls:", calls, "saved:", [s.name for s in saved])
print("survivor finalized:", gc.is_finalized(saved[0]), "still has me:", saved[0].me is saved[0])
n = gc.collect()
print("second collect while saved:", n, "calls:", calls)
saved.clear()
n = gc.collect()
print("after release:", n, "calls:", calls)
calls.clear()

print("-- resurrected object keeps its cycle partners alive")
class Plain:
    pass

p = Phoenix("p2")
partner = Plain()
partner.label = "partner"
partner.p = p
p.partner = partner
del p, partner
n = gc.collect()
print("collected:", n, "calls:", calls)
print("partner survived:", saved[0].partner.label, "points back:", saved[0].partner.p is saved[0])
saved.clear()
n = gc.collect()
print("released pair:", n, "calls:", calls)
calls.clear()

print("-- resurrection through refcounting")
p = Phoenix("p3")
del p
print("calls:", calls, "saved:", len(saved), "finalized:", gc.is_finalized(saved[0]))
saved.clear()
print("after clearing saved, calls:", calls)
calls.clear()

print("-- two objects in one cycle, only one resurrects")
class Once:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)

a = Phoenix("phoenix")
b = Once("once")
a.b = b
b.a = a
del a, b
n = gc.collect()
print("collected:", n, "calls:", sorted(calls))
calls.clear()
saved.clear()
n = gc.collect()
print("final:", n, "calls:", sorted(calls))

print("-- finalizer that breaks its own cycle")
class Breaker:
    def __del__(self):
        calls.append("breaker")
        self.me = None

b = Breaker()
b.me = b
del b
n = gc.collect()
print("collected:", n, "calls:", calls)
calls.clear()
