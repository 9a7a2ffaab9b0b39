# yield from forwards send() to the sub-generator.
def inner():
    total = 0
    while True:
        x = yield total
        print("  inner got", x)
        if x is None:
            return total
        total += x


def outer():
    print("  outer start")
    result = yield from inner()
    print("  outer got result", result)
    yield "outer:" + str(result)


g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))
print(next(g, "end"))


# send(None) through yield from calls next() on the subiterator
def sub():
    a = yield "first"
    b = yield "second:" + repr(a)
    return (a, b)


def deleg():
    r = yield from sub()
    yield r


d = deleg()
print(next(d))
print(d.send("A"))
print(d.send("B"))


# Sending a non-None value to a just-started delegator is still a TypeError
d = deleg()
try:
    d.send(1)
except TypeError as e:
    print(type(e).__name__, e)


# Multiple sequential yield froms
def seq():
    a = yield from sub()
    b = yield from sub()
    return [a, b]


s = seq()
out = [next(s)]
try:
    for v in ["x", "y", "z", "w"]:
        out.append(s.send(v))
except StopIteration as e:
    out.append(("returned", e.value))
print(out)
