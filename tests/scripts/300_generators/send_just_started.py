# A just-started generator can only be sent None.
def gen():
    print("  body started")
    x = yield 1
    print("  x =", x)
    yield 2


g = gen()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
# The failed send did not start the generator.
print(next(g))
print(g.send("hello"))

g2 = gen()
print(g2.send(None))
print(g2.send(None))

g3 = gen()
for bad in [0, "", [], False]:
    try:
        g3.send(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
print(list(g3))

# send to a finished generator raises StopIteration, whatever the value.
g4 = gen()
list(g4)
for v in [None, 1]:
    try:
        g4.send(v)
    except StopIteration as e:
        print("finished send", v, "->", type(e).__name__, e.args)


# send on a closed unstarted generator
g5 = gen()
g5.close()
try:
    g5.send(1)
except StopIteration as e:
    print("closed send ->", type(e).__name__)
except TypeError as e:
    print("closed send ->", type(e).__name__, e)
