# Nested delegation: send/throw/close travel down the whole chain.
def level3():
    total = 0
    try:
        while True:
            try:
                x = yield ("L3", total)
            except ValueError as e:
                print("  L3 handled", e)
                continue
            if x is None:
                return total
            total += x
    finally:
        print("  L3 finally")


def level2():
    try:
        r = yield from level3()
        print("  L2 got", r)
        return r * 2
    finally:
        print("  L2 finally")


def level1():
    try:
        r = yield from level2()
        print("  L1 got", r)
        yield ("L1 done", r)
    finally:
        print("  L1 finally")


g = level1()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.throw(ValueError("deep")))
print(g.send(None))
print(next(g, "exhausted"))

print("--- close mid-chain")
g = level1()
next(g)
g.send(1)
g.close()

print("--- unhandled throw")
g = level1()
next(g)
try:
    g.throw(KeyError("up"))
except KeyError as e:
    print("escaped", e)


def depth(n):
    if n == 0:
        x = yield "bottom"
        return x
    r = yield from depth(n - 1)
    return (n, r)


g = depth(5)
print(next(g))
try:
    g.send("payload")
except StopIteration as e:
    print(e.value)
