# What `class C(Base, metaclass=Meta, flag=True): body` does: the metaclass prepares a
# namespace, the body runs in it, the metaclass builds the class, descriptors get
# __set_name__, and the parent's __init_subclass__ sees the keyword arguments.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("1. __prepare__", name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("3. Meta.__new__ with", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

class Field:
    def __set_name__(self, owner, name):
        print("4. __set_name__", owner.__name__, name)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("5. __init_subclass__", cls.__name__, kw)

print("-- defining C")
class C(Base, flag=True):
    print("2. body runs")
    x = Field()
print(type(C).__name__, [k.__name__ for k in C.__mro__])
