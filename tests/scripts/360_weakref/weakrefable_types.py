# Which instances of Python classes support weak references (CPython: not subclasses
# of variable-sized builtins like int/tuple/bytes, nor classes whose __slots__ lack
# '__weakref__').
import weakref


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


class BytesSub(bytes):
    pass


class StrSub(str):
    pass


class DictSub(dict):
    pass


class NoSlots:
    __slots__ = ()


class WithWeakSlot:
    __slots__ = ('__weakref__',)


class Child(NoSlots):
    pass


for cls in [IntSub, TupleSub, BytesSub, StrSub, DictSub, NoSlots, WithWeakSlot, Child]:
    obj = cls()
    try:
        w = weakref.ref(obj)
        print(cls.__name__, 'ok', w() is obj)
    except TypeError as e:
        print(cls.__name__, 'TypeError', e)
print(hasattr(NoSlots, '__weakref__'), hasattr(WithWeakSlot, '__weakref__'))
