# Slot values live at fixed indices in the instance (CPython: member offsets), so a
# member descriptor only applies to instances of its own class, and two unrelated
# slotted bases cannot be combined.
import sys


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


try:
    class C(A, B):
        pass
except TypeError as e:
    print("C(A, B):", e)


class Plain:
    pass


class D(Plain, A):
    __slots__ = ('d', 'c')


d = D()
d.a, d.c, d.d = 1, 2, 3
print(d.a, d.c, d.d, D.__base__.__name__)

for call in (lambda: A.__dict__['a'].__get__(Plain()),
             lambda: A.__dict__['a'].__set__(Plain(), 1),
             lambda: A.__dict__['a'].__delete__(B()),
             lambda: B.b.__get__(d)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# A member descriptor copied into an unrelated class still checks its owner.
class Borrow:
    a = A.__dict__['a']


try:
    Borrow().a = 5
except TypeError as e:
    print("Borrow:", e)
try:
    Borrow().a
except TypeError as e:
    print("Borrow:", e)


# Subclass slots come after the base's; deleting one leaves the others.
class E(A):
    __slots__ = ('z', 'e')


e = E()
e.a = 'a'
e.e = 'e'
e.z = 'z'
del e.e
print(e.a, e.z, hasattr(e, 'e'))
try:
    del e.e
except AttributeError as exc:
    print("AttributeError:", exc)
print(E.e, E.z.__qualname__, E.a)


class Outer:
    class Inner:
        __slots__ = ('x',)


print(Outer.Inner.x.__qualname__, repr(Outer.Inner.x))

# The same descriptor object serves every subclass instance.
class F(E):
    pass


f = F()
f.a, f.e, f.z = 1, 2, 3
f.extra = 4
print(f.a, f.e, f.z, f.__dict__)
print(A.a.__get__(f), E.z.__get__(f))
print(sys.getrefcount(A) == sys.getrefcount(A))

# Many instances: slots are per instance.
objs = [E() for _ in range(5)]
for i, o in enumerate(objs):
    o.a = i
    if i % 2:
        o.z = -i
print([o.a for o in objs], [getattr(o, 'z', None) for o in objs])
