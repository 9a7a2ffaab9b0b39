# __instancecheck__/__subclasscheck__ on metaclasses customize isinstance/issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta): pass
class Mallard:
    def quack(self): pass
class Dog: pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck))
print(issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)))
print(isinstance(Duck(), Duck))
class Even(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
class EvenNumber(metaclass=Even): pass
print([x for x in range(6) if isinstance(x, EvenNumber)])
class Weird(type):
    def __instancecheck__(cls, obj):
        return "yes"
class W(metaclass=Weird): pass
print(isinstance(1, W))
