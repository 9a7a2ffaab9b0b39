# Details of the native ref type: generic alias repr, call errors, keyword errors.
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
print(weakref.ref[int])
print(weakref.ReferenceType.__name__, weakref.ReferenceType.__qualname__, weakref.ReferenceType.__module__)
try:
    r(1)
except TypeError as e:
    print('TypeError', e)
try:
    r(x=1)
except TypeError as e:
    print('TypeError', e)
