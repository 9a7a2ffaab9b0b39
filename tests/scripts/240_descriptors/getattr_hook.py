# __getattr__ is called only when normal lookup fails, including after AttributeError in properties.
class Proxy:
    real = "real-attr"
    def __init__(self):
        self.inst = "inst-attr"
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return "fallback:" + name
    @property
    def prop(self):
        raise AttributeError("prop failed")
p = Proxy()
print(p.real, p.inst, p.anything, p.prop)
print(getattr(p, "x"), hasattr(p, "_hidden"), getattr(p, "_h", "dflt"))
try:
    p._private
except AttributeError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
c = Chain([3, 1, 2])
c.sort()
print(c._target, c.count(1), c.__class__.__name__)
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
