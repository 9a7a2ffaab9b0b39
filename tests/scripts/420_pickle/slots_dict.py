# __slots__ next to an instance __dict__: slot values are state[1], never in __dict__.
# This is also what functools.partial (slots plus __dict__) relies on, and protocols
# 2 and 3 pickle keyword-only __new__ arguments through a partial.
import functools
import pickle


class Slots:
    __slots__ = ('a', 'b')


class SlotsAndDict(Slots):
    pass


class DictInSlots:
    __slots__ = ('x', '__dict__')


o = SlotsAndDict()
o.a = 1
o.extra = 'e'
print(o.__dict__)
d = DictInSlots()
d.x = 1
d.y = 2
print(d.__dict__)
for proto in range(6):
    for obj in (o, d):
        try:
            data = pickle.dumps(obj, proto)
        except TypeError as e:
            print(proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(proto, data, back.__dict__, getattr(back, 'a', getattr(back, 'x', None)))

p = functools.partial(int, base=2)
print(p.__reduce__()[2][3], pickle.dumps(p, 4), pickle.loads(pickle.dumps(p))('101'))


class KwOnly:
    def __new__(cls, a, *, key):
        self = object.__new__(cls)
        self.a, self.key = a, key
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'key': self.key}


for proto in (2, 3):
    data = pickle.dumps(KwOnly(3, key='k'), proto)
    back = pickle.loads(data)
    print(proto, data, back.a, back.key)
