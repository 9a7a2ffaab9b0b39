# __set_name__ is called on class attributes at class creation with (owner, name).
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    a = Field()
    b = Field()
    c = 1
m = Model()
print(m.a, m.b)
m.a = 5
print(m.a, m._a, Model.a.name, Model.b.private)
f = Field()
Model.late = f
print(hasattr(f, "name"))
f.__set_name__(Model, "late")
print(f.name)
T = type("T", (), {"x": Field()})
print(T.x.name)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class U:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
