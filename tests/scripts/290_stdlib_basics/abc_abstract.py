# abc.ABC and abstractmethod: instantiation errors list abstract methods in sorted order.
from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Square(Half):
    def perimeter(self):
        return 4
print(Square().describe(), Square().perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Shape, ABCMeta), Shape.area.__isabstractmethod__)
class Meta(metaclass=ABCMeta):
    @abstractmethod
    def go(self): pass
try:
    Meta()
except TypeError as e:
    print(type(e).__name__, e)
