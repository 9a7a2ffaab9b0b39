# Metaclass __call__ controls instance creation (singleton, counting, bypassing __init__).
class Singleton(type):
    _inst = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*args, **kw)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        print("init", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)
class Counting(type):
    def __call__(cls, *a, **k):
        cls.count = getattr(cls, "count", 0) + 1
        obj = super().__call__(*a, **k)
        obj.serial = cls.count
        return obj
class P(metaclass=Counting):
    def __init__(self, name="p"):
        self.name = name
ps = [P(), P("q"), P()]
print([(p.name, p.serial) for p in ps], P.count)
class Raw(type):
    def __call__(cls, *a):
        return ("raw", cls.__name__, a)
class R(metaclass=Raw):
    def __init__(self):
        print("never")
print(R(1, 2))
