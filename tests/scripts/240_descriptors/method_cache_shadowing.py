# A method call site keeps working when an instance attribute of the same name appears
# later: set directly, via setattr, through __dict__, on a new instance, or on one
# instance of many; and when the class method itself is replaced.
class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return ('method', self.n)


def call_all(objs):
    return [o.m() for o in objs]


objs = [C(i) for i in range(4)]
print(call_all(objs))
objs[2].m = lambda: 'own attr'
print(call_all(objs))
setattr(objs[0], 'm', lambda: 'setattr')
print(call_all(objs))
fresh = C(9)
print(fresh.m(), call_all([fresh]))
objs[1].__dict__['m'] = lambda: 'via __dict__'
print(call_all(objs))
del objs[2].m
print(call_all(objs))
C.m = lambda self: ('replaced', self.n)
print(call_all(objs + [fresh]))


class Many:
    pass


# More differently named attributes than a class tracks: every name may shadow.
for i in range(80):
    o = Many()
    setattr(o, 'a%d' % i, i)
Many.get = lambda self: 'class get'
o = Many()
print(o.get())
o.get = lambda: 'instance get'
print(o.get())
print(Many().get())


class WithSlots:
    __slots__ = ('x', '__dict__')

    def f(self):
        return 'f'


w = WithSlots()
print(w.f())
w.f = lambda: 'shadow'
print(w.f())


class Sub(C):
    pass


s = Sub(5)
print(s.m())
s.m = lambda: 'sub own'
print(s.m(), Sub(6).m())
