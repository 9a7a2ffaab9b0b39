# Generator introspection attributes: gi_code, __name__, __qualname__, gi_frame.
def plain():
    yield 1
    yield 2


class Holder:
    def method(self):
        yield "m"

    class Inner:
        @staticmethod
        def deep():
            yield "d"


def factory():
    def local_gen():
        yield "l"
    return local_gen()


g = plain()
print(g.__name__, g.__qualname__, g.gi_code.co_name)
h = Holder().method()
print(h.__name__, h.__qualname__, h.gi_code.co_name)
d = Holder.Inner.deep()
print(d.__name__, d.__qualname__)
lg = factory()
print(lg.__name__, lg.__qualname__)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)
lam = (lambda: (yield))()
print(lam.__name__, lam.__qualname__)

print(g.gi_code is plain.__code__)

# __name__ and __qualname__ are writable
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, g.gi_code.co_name)
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
print(plain().__name__)

# gi_frame exists while alive, None when finished
g = plain()
print("unstarted frame None:", g.gi_frame is None)
print("unstarted lineno:", g.gi_frame.f_lineno)
next(g)
print("lineno at first yield:", g.gi_frame.f_lineno)
next(g)
print("lineno at second yield:", g.gi_frame.f_lineno)
print(list(g))
print("finished frame None:", g.gi_frame is None)

g = plain()
next(g)
g.close()
print("closed frame None:", g.gi_frame is None)

g = plain()
g.close()
print("closed unstarted frame None:", g.gi_frame is None)
print(type(g).__name__, type(g).__qualname__)
