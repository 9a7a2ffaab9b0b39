# send() resumes the generator, the sent value becomes the value of the yield expression.
def echo():
    received = []
    value = yield "ready"
    while value is not None:
        received.append(value)
        print("  echo received", repr(value))
        value = yield value * 2
    return received


g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("ab"))
print(g.send([3]))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)


def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count


r = running_avg()
next(r)
for x in [10, 20, 30, 5]:
    print("avg", r.send(x))

# next(g) is the same as g.send(None)
def show():
    while True:
        got = yield
        print("  got", got)


s = show()
next(s)
next(s)
s.send(None)
s.send(42)
s.send((1, 2))
print(s.send("last") is None)


def two_way():
    a = yield 1
    b = yield a + 1
    c = yield b + 1
    return a + b + c


t = two_way()
print(next(t), t.send(10), t.send(20))
try:
    t.send(30)
except StopIteration as e:
    print("sum", e.value)
