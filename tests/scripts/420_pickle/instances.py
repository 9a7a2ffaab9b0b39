# Instances of plain classes through object.__reduce_ex__: __dict__ and __slots__
# state, __getstate__/__setstate__, __getnewargs__(_ex), __reduce__, __reduce_ex__,
# and subclasses of builtin types.
import pickle
import copyreg


class Plain:
    def __init__(self):
        self.x = 1
        self.items = [1, 2]


class Empty:
    pass


class Slots:
    __slots__ = ('a', 'b', 'c')

    def __init__(self):
        self.a = 1
        self.c = 'p'


class State:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'doubled': self.v * 2}

    def __setstate__(self, state):
        self.v = state['doubled'] // 2


class NewArgs:
    def __new__(cls, a, b=0):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)


class KwOnly:
    def __new__(cls, a, *, key):
        self = object.__new__(cls)
        self.a, self.key = a, key
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'key': self.key}


class ArgsOnlyEx(KwOnly):
    def __getnewargs_ex__(self):
        return (self.a,), {}


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n,))


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (ReducedEx, (), {'proto': proto})


class FullReduce:
    def __init__(self):
        self.items = []
        self.map = {}

    def extend(self, items):
        self.items.extend(items)

    def __setitem__(self, k, v):
        self.map[k] = v

    def __reduce__(self):
        return (FullReduce, (), None, iter([1, 2]), iter([('k', 'v')]))


def set_state(obj, state):
    obj.via_setter = state


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), 'S', None, None, set_state)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyFloat(float):
    pass


class MyBytes(bytes):
    pass


class MyComplex(complex):
    pass


class MySet(set):
    pass


class MyFrozen(frozenset):
    pass


class MyBytearray(bytearray):
    pass


class MyError(Exception):
    pass


def make_all():
    ml = MyList([1, 2])
    ml.tag = 't'
    md = MyDict(a=1)
    mi = MyInt(7)
    mi.note = 'n'
    return [Plain(), Empty(), Slots(), State(21), NewArgs(1, 2), KwOnly(3, key='k'),
            ArgsOnlyEx(4, key='x'), Reduced(5), ReducedEx(), FullReduce(), WithSetter(), ml, md, mi,
            MyStr('s'), MyTuple((1, 2)), MyFloat(1.5), MyBytes(b'b'), MyComplex(1, 2), MySet({1}),
            MyFrozen({2}), MyBytearray(b'ba'), MyError('boom', 2), ValueError('v'), KeyError('k'),
            OSError(2, 'No such file', 'f.txt'), StopIteration(7),
            complex(1, -2), object()]


def describe(o):
    d = getattr(o, '__dict__', None)
    slots = {}
    for name in copyreg._slotnames(type(o)):
        if hasattr(o, name):
            slots[name] = getattr(o, name)
    if isinstance(o, BaseException):
        return '%s%r %s' % (type(o).__name__, o.args, getattr(o, 'filename', ''))
    if type(o) is object:
        return 'object()'
    base = ''
    for t in (list, dict, int, str, tuple, float, bytes, complex, set, frozenset, bytearray):
        if isinstance(o, t):
            base = repr(t(o))
    return '%s %s %r %r' % (type(o).__name__, base, d, slots)


for proto in range(6):
    for o in make_all():
        name = type(o).__name__
        if name == 'KwOnly' and proto in (2, 3):
            continue    # pickled through functools.partial: see slots_dict.py
        try:
            data = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, name, 'dumps', type(e).__name__, e)
            continue
        try:
            back = pickle.loads(data)
        except Exception as e:
            print(proto, name, 'loads', type(e).__name__, e)
            continue
        print(proto, name, data if len(data) < 150 else len(data))
        print('   ', describe(back))
