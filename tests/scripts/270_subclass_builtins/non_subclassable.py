# Builtin types that cannot be subclassed, and the exact TypeError messages.
for base in [bool, range, slice, type(None), type(...), type(len)]:
    try:
        type("Sub", (base,), {})
        print(base.__name__, "subclassable")
    except TypeError as e:
        print(type(e).__name__, e)
for base in [int, float, str, bytes, tuple, list, dict, set, frozenset, object, type, Exception]:
    try:
        type("Sub", (base,), {})
        print(base.__name__, "subclassable")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class F(lambda: 0): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class G(1): pass
except TypeError as e:
    print(type(e).__name__, e)
