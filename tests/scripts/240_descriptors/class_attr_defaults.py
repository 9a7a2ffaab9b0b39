# Class attributes used as instance defaults (CPython's asyncio Future does this): the
# instance value wins once set; reads before that see the class value unbound; a
# builtin-typed default that is really a data descriptor still takes priority.
class Future:
    _state = 'PENDING'
    _result = None
    _blocking = False
    _count = 0
    _big = 10 ** 30
    _ratio = 0.5
    _pair = (1, 2)
    _raw = b'x'
    _keys = frozenset({'a'})

    def fields(self):
        return (self._state, self._result, self._blocking, self._count, self._big,
                self._ratio, self._pair, self._raw, sorted(self._keys))

    def finish(self):
        self._state = 'FINISHED'
        self._result = [1]
        self._blocking = True
        self._count += 1
        self._big += 1
        self._ratio *= 2
        self._pair += (3,)
        self._raw += b'y'
        self._keys |= {'b'}


fs = [Future() for _ in range(3)]
for f in fs:
    print(f.fields())
fs[1].finish()
for f in fs:
    print(f.fields())
print(Future._count, Future._state, vars(fs[1]) == {k: getattr(fs[1], k) for k in vars(fs[1])})
del fs[1]._state
print(fs[1]._state)
Future._state = 'CHANGED'
print([f._state for f in fs])


class LoudStr(str):
    def __get__(self, obj, owner=None):
        return 'LoudStr.__get__'

    def __set__(self, obj, value):
        print('LoudStr.__set__', value)


class Holder:
    name = LoudStr('plain')
    tag = 'tag'


h = Holder()
for _ in range(2):
    print(h.name, h.tag)
    h.name = 'x'
    h.tag = 'own'
print(vars(h))


class WithMethod:
    def m(self):
        return 'method'


w = WithMethod()
ms = [w.m for _ in range(2)]
print(ms[0](), ms[0] == ms[1], ms[0] is ms[1])
w.m = 'shadowed'
print(w.m)
