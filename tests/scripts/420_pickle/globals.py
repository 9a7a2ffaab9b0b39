# Functions, classes and builtins are pickled by reference (module + qualified name),
# with protocol < 3 module names mapped to Python 2's, and copyreg's extension codes.
import pickle
import copyreg


def top_level():
    return 'top'


class Outer:
    class Inner:
        class Deeper:
            pass

    def method(self):
        return 'method'


objs = [top_level, Outer, Outer.Inner, Outer.Inner.Deeper, Outer.method, int, object, type,
        len, print, type(None), type(Ellipsis), type(NotImplemented), Ellipsis, NotImplemented,
        ValueError, pickle.PicklingError, copyreg._reconstructor, dict.fromkeys, [].append, Outer().method]
for o in objs:
    for proto in range(6):
        data = pickle.dumps(o, proto)
        back = pickle.loads(data)
        if hasattr(o, '__self__') and not isinstance(o.__self__, type(pickle)):
            same = (type(back).__name__, back.__name__, type(back.__self__).__name__)
        else:
            same = back is o
        print(proto, data, same)

# Shared references to the same global are memoized.
print(pickle.dumps([top_level, top_level, Outer, Outer], 4))
print(pickle.dumps([int, int, len], 2))
print(pickle.dumps(Outer().method, 4) == pickle.dumps(Outer().method, 4))

copyreg.add_extension(__name__, 'top_level', 200)
copyreg.add_extension(__name__, 'Outer', 0x1234)
copyreg.add_extension(__name__, 'Outer.Inner', 0x123456)
for proto in range(6):
    data = pickle.dumps([top_level, Outer, Outer.Inner], proto)
    print(proto, data)
    if 2 <= proto < 4:
        print([x.__name__ for x in pickle.loads(data.replace(b'\x84V4\x12\x00', b''))])
copyreg.remove_extension(__name__, 'top_level', 200)
copyreg.remove_extension(__name__, 'Outer', 0x1234)
copyreg.remove_extension(__name__, 'Outer.Inner', 0x123456)
print(pickle.dumps(top_level, 2))
