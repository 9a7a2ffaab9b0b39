# What cannot be pickled, with CPython's exception types and messages.
import pickle
import sys
import _thread


def masked(e):
    return '%s: %s' % (type(e).__name__, str(e).split(' at 0x')[0])


def outer():
    def inner():
        pass
    return inner


def make_class():
    class Local:
        pass
    return Local


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


class BadNewArgs:
    def __getnewargs__(self):
        return 5


class BadNewArgsEx:
    def __init__(self, rv):
        self.rv = rv

    def __getnewargs_ex__(self):
        return self.rv


class SlotsOnly:
    __slots__ = ('a',)


class Renamed:
    pass


Renamed.__qualname__ = 'NotThere'


class ElsewhereMod:
    pass


ElsewhereMod.__module__ = 'no_such_module_xyz'


def fake():
    pass


fake.__qualname__ = 'top'


def top():
    pass


cases = [
    ('lambda', lambda: 0),
    ('local function', outer()),
    ('local class', make_class()),
    ('local instance', make_class()()),
    ('lock', _thread.allocate_lock()),
    ('generator', (x for x in [])),
    ('module', sys),
    ('reduce int', BadReduce(42)),
    ('reduce 1-tuple', BadReduce((1,))),
    ('reduce 7-tuple', BadReduce((print, (), None, None, None, None, None))),
    ('reduce uncallable', BadReduce((1, ()))),
    ('reduce args', BadReduce((print, 1))),
    ('reduce listitems', BadReduce((print, (), None, [1]))),
    ('reduce dictitems', BadReduce((print, (), None, None, {}))),
    ('reduce setter', BadReduce((print, (), None, None, None, 5))),
    ('reduce name', BadReduce('nope_not_here')),
    ('getnewargs', BadNewArgs()),
    ('getnewargs_ex type', BadNewArgsEx([])),
    ('getnewargs_ex len', BadNewArgsEx((1,))),
    ('getnewargs_ex args', BadNewArgsEx(([], {}))),
    ('getnewargs_ex kwargs', BadNewArgsEx(((), []))),
    ('slots', SlotsOnly()),
    ('qualname', Renamed),
    ('module name', ElsewhereMod),
    ('not same object', fake),
]
for label, obj in cases:
    for proto in (0, 1, 2, 4):
        try:
            data = pickle.dumps(obj, proto)
            print(label, proto, 'OK', data)
        except Exception as e:
            print(label, proto, masked(e))

for bad in [6, 100]:
    try:
        pickle.dumps(1, bad)
    except ValueError as e:
        print(masked(e))
try:
    pickle.dumps(1, 2.0)
except TypeError as e:
    print(masked(e))
try:
    pickle.Pickler(object())
except TypeError as e:
    print(masked(e))
try:
    pickle.dumps(1, 4, buffer_callback=print)
except ValueError as e:
    print(masked(e))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError),
      pickle.PicklingError.__mro__[1:])
print(pickle.PicklingError.__module__, pickle.Pickler.__name__, pickle.Unpickler.__name__)
