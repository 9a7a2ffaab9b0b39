# isinstance consults obj.__class__ (which may be overridden) in addition to type(obj).
class Real: pass
class Fake:
    @property
    def __class__(self):
        return Real
f = Fake()
print(type(f).__name__, f.__class__.__name__, isinstance(f, Real), isinstance(f, Fake))
print(issubclass(type(f), Real), type(f) is Fake)
class Proxy:
    def __init__(self, target):
        self._target = target
    @property
    def __class__(self):
        return type(self._target)
p = Proxy([1, 2])
print(isinstance(p, list), isinstance(p, Proxy), isinstance(p, (dict, list)), type(p).__name__)
