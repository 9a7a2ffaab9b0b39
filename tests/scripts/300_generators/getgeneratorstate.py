# inspect.getgeneratorstate walks through all four states.
import inspect


def gen():
    print("  inside:", inspect.getgeneratorstate(g))
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
print(next(g, None))
print(inspect.getgeneratorstate(g))

g = gen()
g.close()
print("closed unstarted:", inspect.getgeneratorstate(g))

g = gen()
next(g)
g.close()
print("closed suspended:", inspect.getgeneratorstate(g))

g = gen()
next(g)
try:
    g.throw(ValueError)
except ValueError:
    pass
print("after throw:", inspect.getgeneratorstate(g))

print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)

print(inspect.isgenerator(g), inspect.isgenerator(gen), inspect.isgenerator([]))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(g))
print(inspect.isgeneratorfunction(lambda: (yield)), inspect.isgeneratorfunction(lambda: 1))
print(inspect.isgenerator(x for x in []))
print(inspect.isgenerator(iter([])))


class C:
    def m(self):
        yield


print(inspect.isgeneratorfunction(C.m), inspect.isgeneratorfunction(C().m))
