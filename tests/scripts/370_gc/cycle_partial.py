# functools.partial objects in cycles: through args, keywords, __dict__ and the callable.
import functools
import gc

gc.disable()
gc.collect()
log = []

class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)

    def __call__(self, *args, **kwargs):
        return (self.name, len(args), sorted(kwargs))


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


def func(*args, **kwargs):
    return len(args), sorted(kwargs)


print("-- partial with an attribute pointing at itself")
p = functools.partial(func)
p.me = p
print(p())
del p
collect("partial __dict__:")

print("-- partial whose positional arg holds it")
t = Tracked("arg")
p = functools.partial(func, t)
t.p = p
print(p(1))
del p, t
collect("partial args:")

print("-- partial whose keyword arg holds it")
t = Tracked("kwarg")
p = functools.partial(func, key=t)
t.p = p
print(p(x=1))
del p, t
collect("partial keywords:")

print("-- partial whose callable holds it")
t = Tracked("callable")
p = functools.partial(t, 1, 2)
t.p = p
print(p())
del p, t
collect("partial func:")

print("-- nested partials")
t = Tracked("nested")
p1 = functools.partial(func, t)
p2 = functools.partial(p1, 1)
t.p = p2
print(p2(2))
del p1, p2, t
collect("nested partial:")

print("-- partial without a cycle is freed by refcount")
t = Tracked("nocycle")
p = functools.partial(func, t)
del t
print("alive via partial:", log)
del p
print("after del p:", log)
log.clear()
collect("nothing:")
