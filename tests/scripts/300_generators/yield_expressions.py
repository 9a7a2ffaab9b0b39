# yield as an expression in various positions.
def gen():
    x = yield
    print("  x =", x)
    y = (yield 1) + 10
    print("  y =", y)
    z = [(yield 2), (yield 3)]
    print("  z =", z)
    print("  call:", (yield 4))
    d = {"k": (yield 5)}
    print("  d =", d)
    if (yield 6):
        print("  truthy branch")
    t = yield 7, 8
    print("  t =", t)
    return "end"


g = gen()
print(next(g))
print(g.send("X"))
print(g.send(5))
print(g.send("z1"))
print(g.send("z2"))
print(g.send("printed"))
print(g.send("dv"))
print(g.send(True))
try:
    g.send("tuple-sent")
except StopIteration as e:
    print("stop", e.value)


# yield inside lambda makes a generator
lam = lambda: (yield "from lambda")
print(type(lam()).__name__, list(lam()))

# yield as a statement with and without value
def bare():
    yield
    yield None
    yield (None)


print(list(bare()))


# yield precedence: tuple
def tup():
    yield 1, 2
    yield (1, 2)
    yield [1, 2]


print(list(tup()))


# a function with yield anywhere is a generator, even unreachable
def unreachable():
    print("  never printed")
    return 1
    yield


print(type(unreachable()).__name__)
try:
    next(unreachable())
except StopIteration as e:
    print("value", e.value)


# yield in a while condition
def cond():
    n = 0
    while (yield n) != "stop":
        n += 1


c = cond()
print(next(c), c.send("go"), c.send("go"))
try:
    c.send("stop")
except StopIteration:
    print("stopped")


# augmented assignment with yield
def aug():
    total = 0
    while True:
        total += yield total


a = aug()
next(a)
print(a.send(5), a.send(6))
