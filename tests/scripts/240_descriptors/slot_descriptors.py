# Slot members are data descriptors on the class (member_descriptor) usable directly.
class P:
    __slots__ = ("x", "_y")
    def __init__(self):
        self.x = 10
mx = P.__dict__["x"]
p = P()
print(type(mx).__name__, mx.__name__, mx.__get__(p, P), mx.__get__(None, P) is mx)
mx.__set__(p, 20)
print(p.x)
mx.__delete__(p)
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p._y = 5
print(P._y.__get__(p), hasattr(P._y, "__set__"), hasattr(P._y, "__delete__"))
class Q:
    __slots__ = ("__secret",)
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret
q = Q()
q.set(7)
print(q.get(), Q.__slots__, sorted(k for k in Q.__dict__ if "secret" in k))
