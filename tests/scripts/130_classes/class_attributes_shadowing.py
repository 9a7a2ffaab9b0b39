# Class vs instance attributes: shadowing, mutable class attributes shared, deleting instance attr.
class C:
    shared = []
    value = 1
a, b = C(), C()
a.shared.append("from a")
print(b.shared, C.shared is a.shared)
a.value = 2
print(a.value, b.value, C.value)
del a.value
print(a.value)
C.value = 10
print(a.value, b.value)
try:
    del b.value
except AttributeError as e:
    print(type(e).__name__, e)
a.shared = ["own"]
print(a.shared, b.shared, C.shared)
print(sorted(k for k in vars(a)), "value" in vars(C))
