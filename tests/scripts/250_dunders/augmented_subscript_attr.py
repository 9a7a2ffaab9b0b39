# Augmented assignment on subscripts and attributes: get, in-place op, then set.
class Box:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.data[k] = v
class Obj:
    def __getattribute__(self, name):
        print("getattr", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)
b = Box()
b["k"] += 10
print(b.data)
o = Obj()
o.n = 1
o.n *= 5
print(o.n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
