# ABC.register virtual subclasses, abstract properties/classmethods, and __subclasshook__.
from abc import ABC, abstractmethod
class Drawable(ABC):
    @property
    @abstractmethod
    def color(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Drawable):
    @property
    def color(self): return "red"
    @classmethod
    def make(cls): return cls()
print(Impl.make().color)
class Virtual: pass
Drawable.register(Virtual)
print(issubclass(Virtual, Drawable), isinstance(Virtual(), Drawable), Drawable in Virtual.__mro__)
@Drawable.register
class Decorated: pass
print(Decorated.__name__, issubclass(Decorated, Drawable))
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in vars(B) for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, HasLen), isinstance("s", HasLen), issubclass(int, HasLen))
class NoLen(ABC): pass
try:
    NoLen.register(5)
except TypeError as e:
    print(type(e).__name__, e)
class Bad(Drawable):
    color = "blue"
try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)
