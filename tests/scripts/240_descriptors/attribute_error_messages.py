# AttributeError message forms for instances, classes, modules and builtins.
import sys
class A:
    pass
tests = [
    lambda: A().missing,
    lambda: A.missing,
    lambda: (1).missing,
    lambda: "s".missing,
    lambda: None.missing,
    lambda: [].missing,
    lambda: sys.missing_thing,
    lambda: int.missing,
    lambda: type.missing,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del [].append
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A().x
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
