# Zero-argument super() in __init__ and methods, super() chain through three levels.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return f"Base(x={self.x})"
class Middle(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Middle.__init__", y)
    def describe(self):
        return "Middle<" + super().describe() + f", y={self.y}>"
class Leaf(Middle):
    def __init__(self):
        super().__init__(1, 2)
        print("Leaf.__init__")
    def describe(self):
        return "Leaf[" + super().describe() + "]"
leaf = Leaf()
print(leaf.describe())
print(super(Leaf, leaf).describe())
class WithClassMethod(Base):
    @classmethod
    def make(cls):
        return super().__new__(cls)
obj = WithClassMethod.make()
print(type(obj).__name__, hasattr(obj, "x"))
