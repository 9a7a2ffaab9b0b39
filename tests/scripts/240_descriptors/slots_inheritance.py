# __slots__ with inheritance: subclasses without __slots__ regain __dict__; conflicts.
class Base:
    __slots__ = ("a",)
class WithDict(Base):
    pass
class MoreSlots(Base):
    __slots__ = ("b",)
w = WithDict()
w.a = 1
w.other = 2
print(w.a, w.__dict__)
m = MoreSlots()
m.a, m.b = 1, 2
print(m.a, m.b)
try:
    m.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Dicty:
    __slots__ = ("x", "__dict__")
d = Dicty()
d.x = 1
d.y = 2
print(d.x, d.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntSlots(int):
        __slots__ = ("q",)
except TypeError as e:
    print(type(e).__name__, e)
class A2:
    __slots__ = ()
try:
    A2().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
