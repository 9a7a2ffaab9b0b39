# Cycles through a function's defaults, __dict__, __kwdefaults__ and closure cells.
import gc
import weakref

gc.disable()
gc.collect()
log = []

class Sentinel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


print("-- function attribute pointing at the function")
def f():
    pass
f.me = f
wf = weakref.ref(f, lambda r: print("callback f"))
del f
print("alive before collect:", wf() is not None)
collect("func __dict__:")
print("alive after collect:", wf() is not None)

print("-- default argument list containing the function")
def g(x=[]):
    return x
g.__defaults__[0].append(g)
del g
collect("func defaults:")

print("-- keyword-only default")
def h(*, k=None):
    return k
h.__kwdefaults__["k"] = h
del h
collect("func kwdefaults:")

print("-- recursive closure")
def make():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

fact = make()
print("fact(5) =", fact(5))
del fact
collect("recursive closure:")

print("-- closure with a sentinel in the cell")
def make2():
    token = Sentinel("cell")
    def inner():
        return token, inner
    return inner

inner = make2()
del inner
collect("closure+sentinel:")

print("-- two mutually recursive closures")
def make_pair():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even

even = make_pair()
print("even(10) =", even(10))
del even
collect("mutual closures:")

print("-- lambda stored in a list it captures")
def make_lambda():
    box = [Sentinel("lambda-box")]
    box.append(lambda: box)
    return box

box = make_lambda()
del box
collect("lambda box:")

print("-- plain function freed by refcount")
def plain():
    pass
wp = weakref.ref(plain)
del plain
print("plain function freed without collect:", wp() is None)
collect("nothing:")
