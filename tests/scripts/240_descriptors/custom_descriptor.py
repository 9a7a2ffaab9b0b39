# A typed descriptor with __get__/__set__/__delete__/__set_name__ storing per-instance data.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return "Typed(%s) on %s" % (self.name, owner.__name__)
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError("%s not set" % self.name) from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, Person.name, Person.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
try:
    p.age
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Person(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
