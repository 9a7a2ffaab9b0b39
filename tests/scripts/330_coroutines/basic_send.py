# Driving async def coroutines by hand with send(None) until StopIteration.
import inspect

async def answer():
    return 42

async def nothing():
    pass

async def add(a, b=10):
    return a + b

c = answer()
print(type(c).__name__, inspect.iscoroutine(c), inspect.isawaitable(c))
print(inspect.iscoroutinefunction(answer), inspect.iscoroutinefunction(c))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("nothing ->", e.value, e.args)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(add(1)), run(add(1, 2)), run(add(b=5, a=-1)))
results = [run(add(i, i)) for i in range(5)]
print(results)

# a coroutine returning a tuple / None / a list
async def many():
    return (1, [2, 3], None)

print(run(many()))

# StopIteration carries a tuple value intact
async def tup():
    return (7,)
try:
    tup().send(None)
except StopIteration as e:
    print(repr(e.value), e.args)

# methods and closures can be coroutines too
class K:
    def __init__(self, n):
        self.n = n
    async def double(self):
        return self.n * 2
    @staticmethod
    async def s(x):
        return -x
    @classmethod
    async def c(cls):
        return cls.__name__

k = K(21)
print(run(k.double()), run(K.s(3)), run(K.c()))

def make(n):
    async def inner():
        return n + 1
    return inner
print(run(make(99)()))
print(answer.__name__, answer.__qualname__, K.double.__qualname__)
