# Class-level assignment replaces descriptors (no __set__ call); metaclass data descriptors apply.
class Desc:
    def __get__(self, obj, owner=None):
        return "desc-get"
    def __set__(self, obj, value):
        print("Desc.__set__ called", value)
class A:
    d = Desc()
a = A()
a.d = 1
print(a.d)
A.d = "replaced"
print(a.d, A.d)
class Meta(type):
    @property
    def config(cls):
        return "meta property of " + cls.__name__
    @config.setter
    def config(cls, value):
        print("meta setter", cls.__name__, value)
class B(metaclass=Meta):
    pass
print(B.config)
B.config = 5
print(B.config, "config" in B.__dict__)
