# A few basic generator send()/close() interactions.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print("stopped")
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
try:
    next(e)
except StopIteration:
    print("closed generator raises StopIteration")
g = accumulator()
try:
    g.send(1)
except TypeError as err:
    print(type(err).__name__, err)
