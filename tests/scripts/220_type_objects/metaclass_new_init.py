# Metaclass __new__ and __init__ receive name, bases, namespace; run order.
log = []
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", mcls.__name__, name, [b.__name__ for b in bases],
                    sorted(k for k in ns if not k.startswith("__"))))
        ns["added"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name, "added" in ns))
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def f(self): pass
class B(A):
    y = 2
for entry in log:
    print(entry)
print(A.added, B.added, type(A).__name__, type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
C = Meta("C", (), {"z": 3})
print(C.added, C.z, type(C).__name__)
print(log[-2:])
