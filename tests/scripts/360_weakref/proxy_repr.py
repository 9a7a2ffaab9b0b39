# repr() of proxies and references (addresses replaced by their identities).
import weakref


class Thing:
    pass


def shape(text, *objs):
    for o in objs:
        text = text.replace('%#x' % id(o), '<id %s>' % type(o).__name__)
    return text


t = Thing()
p = weakref.proxy(t)
print(shape(repr(p), p, t))
r = weakref.ref(t)
print(shape(repr(r), r, t))
s = {1}
ps = weakref.proxy(s)
print(shape(repr(ps), ps, s))


def f():
    pass


pf = weakref.proxy(f)
print(shape(repr(pf), pf, f))
del t
print(shape(repr(p), p, None))
print(shape(repr(r), r))
