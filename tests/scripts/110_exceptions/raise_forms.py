# Forms of raise: class vs instance, with args, non-exception objects raise TypeError.
for thing in [ValueError, ValueError("inst"), KeyError, RuntimeError("x", "y")]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e))
for bad in [5, "string", object, int]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    print("invalid except type is only checked when matching")
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except "notaclass":
        pass
except TypeError as e:
    print(type(e).__name__, e)
