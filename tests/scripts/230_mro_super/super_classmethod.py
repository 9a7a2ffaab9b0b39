# Zero-argument super() inside classmethods, __new__, and class-level factories.
class Base:
    @classmethod
    def create(cls, *args):
        print("Base.create", cls.__name__, args)
        return cls.__new__(cls)
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__)
        return super().__new__(cls)
class Child(Base):
    @classmethod
    def create(cls, *args):
        print("Child.create", cls.__name__)
        return super().create(*args, "extra")
    def __new__(cls, *args):
        print("Child.__new__", cls.__name__, args)
        return super().__new__(cls)
class GrandChild(Child): pass
obj = GrandChild.create(1)
print(type(obj).__name__)
obj2 = Child(5)
print(type(obj2).__name__)
