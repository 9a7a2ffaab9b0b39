# object(): attributes cannot be set; object comparisons; __class__, __eq__ default identity.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(o == o, o != o, o == object(), o.__class__ is object, type(o) is object)
try:
    o < object()
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, type.__bases__[0].__name__, int.__bases__[0].__name__)
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__hash__() == hash(o))
print(isinstance(o, object), isinstance(5, object), isinstance(None, object), issubclass(int, object))
print(str(type(o)), repr(object))
