# super() reaching object's methods: __init__, __setattr__, __init_subclass__, __format__.
class A:
    def __init__(self):
        super().__init__()
        self.ok = True
    def __setattr__(self, name, value):
        super().__setattr__(name, ("wrapped", value))
a = A()
print(a.ok)
a.z = 1
print(a.z, sorted(vars(a)))
class B:
    def __format__(self, spec):
        return "B:" + spec
class C(B):
    def __format__(self, spec):
        return "C(" + super().__format__(spec) + ")"
print(format(C(), "x"), f"{C():>5}")
try:
    super(A, a).__init__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__format__(a, "d")
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(1, ""))
