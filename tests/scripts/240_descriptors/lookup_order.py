# Data descriptors beat the instance dict; the instance dict beats non-data descriptors.
class Data:
    def __get__(self, obj, owner=None):
        return "data-descriptor"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class NonData:
    def __get__(self, obj, owner=None):
        return "non-data-descriptor"
class A:
    d = Data()
    n = NonData()
    plain = "class-attr"
a = A()
a.__dict__["d"] = "inst-d"
a.__dict__["n"] = "inst-n"
a.__dict__["plain"] = "inst-plain"
print(a.d, a.n, a.plain)
a.d = 5
print(a.__dict__["d"], a.d)
del a.__dict__["n"]
print(a.n, A.d, A.n)
class OnlyDelete:
    def __get__(self, obj, owner=None):
        return "od-get"
    def __delete__(self, obj):
        print("OnlyDelete.__delete__")
class B:
    od = OnlyDelete()
b = B()
b.__dict__["od"] = "inst"
print(b.od)
del b.od
print(b.__dict__)
