# vars() of instances and classes (filtered), dir() of a simple class with dunder filtering.
class Simple:
    kind = "simple"
    def __init__(self):
        self.a = 1
        self.b = "two"
    def method(self):
        pass
s = Simple()
print(vars(s), s.__dict__ is vars(s))
print(sorted(k for k in vars(Simple) if not k.startswith("__")))
print([n for n in dir(s) if not n.startswith("_")])
print([n for n in dir(Simple) if not n.startswith("_")])
print("__init__" in dir(Simple), "__class__" in dir(s), dir(s) == sorted(dir(s)))
vars(s)["c"] = 3
print(s.c)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir([]) if not n.startswith("_")))
