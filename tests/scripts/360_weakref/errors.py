# Objects that cannot be weakly referenced, and argument errors.
import weakref

for obj in [1, 2.5, 'text', b'bytes', [1], {'a': 1}, (1, 2), None, True, 1j, range(3), object()]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print('TypeError', e)


class A:
    pass


a = A()
try:
    weakref.ref()
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    weakref.ref(a, None, 1)
except TypeError as e:
    print('TypeError', type(e).__name__)
try:
    weakref.ref(a, callback=None)
except TypeError as e:
    print('TypeError', e)


class ListSub(list):
    pass


class StrSub(str):
    pass


for obj in [ListSub(), StrSub('s')]:
    print(type(obj).__name__, weakref.ref(obj)() is obj)
print(ReferenceError.__name__, ReferenceError.__bases__)
try:
    raise ReferenceError('custom')
except ReferenceError as e:
    print('caught', e)
