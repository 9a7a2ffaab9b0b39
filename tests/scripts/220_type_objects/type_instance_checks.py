# type() vs __class__ vs isinstance for instances of classes built by metaclasses and type().
class Meta(type):
    pass
A = Meta("A", (), {"v": 1})
B = type("B", (A,), {})
b = B()
print(type(B).__name__, type(b).__name__, b.__class__.__name__, isinstance(b, A), isinstance(B, Meta))
print(type(b) is B, type(b) is A, type(b) == B, type(A) is Meta, B.v)
print(type(type(type(b))).__name__, type(Meta).__name__)
def kind(x):
    if isinstance(x, type):
        return "class " + x.__name__
    return "instance of " + type(x).__name__
print([kind(x) for x in (1, int, b, B, Meta, type, None)])
