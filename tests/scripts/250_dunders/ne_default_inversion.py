# Default __ne__ inverts __eq__ unless it returns NotImplemented; explicit __ne__ wins.
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == getattr(o, "v", o)
print(E(1) != E(1), E(1) != E(2), E(1) != 1)
class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
class NotImpl:
    def __eq__(self, o):
        return NotImplemented
x = NotImpl()
print(x != x, x != NotImpl(), x == x)
class Weird:
    def __eq__(self, o):
        return "truthy string"
print(Weird() == 1, Weird() != 1, 1 == Weird())
print([Weird()].count(1), Weird() in [0])
