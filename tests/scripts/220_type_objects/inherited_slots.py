# Introspecting inherited __init__/__new__ and the types of slot wrappers and method objects.
class A:
    def __init__(self, x):
        self.x = x
class B(A): pass
class C(B):
    def __init__(self):
        super().__init__(99)
print(B.__init__ is A.__init__, C.__init__ is A.__init__, C().x)
print("__init__" in A.__dict__, "__init__" in B.__dict__)
print(object.__init__ is B.__dict__.get("__init__", object.__init__))
print(A.__init__.__qualname__, B.__init__.__qualname__, C.__init__.__qualname__)
print(A.__new__ is object.__new__, type(A.__dict__).__name__)
print(A.__hash__ is object.__hash__, A.__eq__ is object.__eq__, A.__repr__ is object.__repr__)
print(type(A.__init__).__name__, type(object.__init__).__name__, type(A(1).__init__).__name__)
print(type(object.__new__).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(str.join).__name__, type("".join).__name__, type(dict.fromkeys).__name__)
