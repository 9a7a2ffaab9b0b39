# abc details: abstract methods defined later via subclass, ABC with __init__, abstractmethod on non-ABC.
from abc import ABC, abstractmethod, ABCMeta
class NotABC:
    @abstractmethod
    def m(self): return "callable anyway"
print(NotABC().m())
class Base(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def run(self):
        return "base run for " + self.name
class Impl(Base):
    def run(self):
        return "impl + " + super().run()
print(Impl("x").run())
try:
    Base("y")
except TypeError as e:
    print(type(e).__name__, e)
class Multi(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def mid(self): ...
try:
    Multi()
except TypeError as e:
    print(type(e).__name__, e)
print(ABC.__abstractmethods__ if hasattr(ABC, "__abstractmethods__") else "no attr", type(ABC).__name__, ABCMeta.__name__)
print(isinstance(Impl("z"), Base), issubclass(Impl, ABC), [c.__name__ for c in Impl.__mro__])
