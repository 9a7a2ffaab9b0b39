# object.__new__/__init__ argument rules and their exact TypeError messages.
class A: pass
class B:
    def __init__(self, x): self.x = x
class C:
    def __new__(cls, *a): return super().__new__(cls)
class D:
    def __new__(cls, *a): return super().__new__(cls, *a)
class E:
    def __init__(self, *a): super().__init__(*a)
for make in [lambda: A(1), lambda: A(x=1), lambda: B(1).x, lambda: C(1, 2), lambda: D(1),
             lambda: E(), lambda: E(1), lambda: object(1), lambda: object.__new__(A, 1),
             lambda: object.__init__(A(), 1), lambda: B()]:
    try:
        r = make()
        print("ok", r if isinstance(r, int) else type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
