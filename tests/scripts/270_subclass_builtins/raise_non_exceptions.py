# Raising or catching things that are not BaseException subclasses fails with TypeError.
class NotAnError: pass
for thing in [NotAnError, NotAnError(), 1, "msg", None]:
    try:
        raise thing
    except TypeError as e:
        print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except NotAnError:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except (KeyError, 5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
class Ex(Exception): pass
try:
    raise Ex from KeyError
except Ex as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
