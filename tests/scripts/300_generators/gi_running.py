# gi_running is True only while the generator body executes.
def gen():
    print("  inside, running:", g.gi_running)
    yield 1
    print("  inside again, running:", g.gi_running)
    yield 2


g = gen()
print("before:", g.gi_running)
next(g)
print("suspended:", g.gi_running)
next(g)
print("suspended:", g.gi_running)
list(g)
print("finished:", g.gi_running)


# While delegating, both the outer and the inner generator are running
def outer2(inner):
    yield from inner


def inner2():
    print("  inner2: outer running", o2.gi_running, "inner running", i2.gi_running)
    yield "x"
    print("  inner2 resumed: outer running", o2.gi_running, "inner running", i2.gi_running)


i2 = inner2()
o2 = outer2(i2)
print(next(o2))
print(o2.gi_running, i2.gi_running)
print(next(o2, "end"))
print(o2.gi_running, i2.gi_running)

try:
    g.gi_running = True
except AttributeError as e:
    print(type(e).__name__, e)
