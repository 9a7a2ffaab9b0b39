# __class_getitem__ is an implicit classmethod used for Class[...] subscription.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class Sub(Box): pass
print(Sub[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class Both:
    def __getitem__(self, i):
        return "instance", i
    def __class_getitem__(cls, i):
        return "class", i
print(Both[1], Both()[1])
