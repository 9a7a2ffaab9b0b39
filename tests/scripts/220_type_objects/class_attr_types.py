# How class attributes appear when accessed through the class vs the instance vs __dict__.
class A:
    n = 1
    def f(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 5
    lam = lambda self: 0
    bi = len
for name in ["n", "f", "s", "c", "p", "lam", "bi"]:
    raw = A.__dict__[name]
    via_cls = getattr(A, name)
    via_inst = getattr(A(), name)
    print(name, type(raw).__name__, type(via_cls).__name__, type(via_inst).__name__)
