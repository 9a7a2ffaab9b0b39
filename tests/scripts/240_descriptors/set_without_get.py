# A descriptor with only __set__ is a data descriptor for writes, but reads fall back to the
# instance dict first and then return the descriptor itself; __delete__-only blocks assignment.
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
        obj.__dict__["s"] = value * 2
class A:
    s = SetOnly()
a = A()
print(type(a.s).__name__)
a.s = 5
print(a.__dict__, a.s)
class GetOnlyWithDelete:
    def __delete__(self, obj):
        print("delete hook")
class B:
    g = GetOnlyWithDelete()
b = B()
try:
    b.g = 1
except AttributeError as e:
    print(type(e).__name__, e)
b.__dict__["g"] = 1
print(type(b.g).__name__, b.__dict__)
del b.g
print(b.__dict__)
