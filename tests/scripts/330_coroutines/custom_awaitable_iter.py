# __await__ returning a plain iterator object: its items are yielded out to the driver.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return CountIter(self.n)

class CountIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done-value")
        self.n -= 1
        return ("tick", self.n)

async def main():
    r = await Countdown(3)
    print("await Countdown ->", r)
    r2 = await Countdown(0)
    print("await Countdown(0) ->", r2)
    return "main-finished"

c = main()
try:
    while True:
        print("driver:", c.send(None))
except StopIteration as e:
    print("result:", e.value)

# an iterator from iter() over a list works too: the await value is None
class ListAwait:
    def __init__(self, items):
        self.items = items
    def __await__(self):
        return iter(self.items)

async def m2():
    x = await ListAwait(["a", "b"])
    print("x is", x)
    return 1

c = m2()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)

# __await__ can be looked up on the type; instance attribute doesn't count
class Inst:
    pass
i = Inst()
i.__await__ = lambda: iter([1])
async def m3():
    await i
try:
    m3().send(None)
except TypeError as e:
    print(type(e).__name__, e)
