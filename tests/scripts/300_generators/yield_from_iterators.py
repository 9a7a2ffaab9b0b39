# yield from works with any iterable, not just generators.
def from_various():
    yield from [1, 2]
    yield from (3,)
    yield from "ab"
    yield from range(2)
    yield from {"k": 1}
    r = yield from []
    yield ("empty returned", r)


print(list(from_various()))


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("counter value")
        self.i += 1
        print("  Counter.__next__", self.i)
        return self.i


def deleg():
    r = yield from Counter(2)
    yield ("returned", r)


print(list(deleg()))

# send(None) to a non-generator iterator uses __next__; other values need .send
d = deleg()
print(next(d))
print(d.send(None))
try:
    d.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

d = (lambda: (yield from [1, 2, 3]))()
print(next(d))
try:
    d.send(1)
except AttributeError as e:
    print(type(e).__name__, e)


class WithMethods(Counter):
    def send(self, v):
        print("  WithMethods.send", v)
        return v * 10

    def throw(self, *args):
        print("  WithMethods.throw", [a if isinstance(a, type) else repr(a) for a in args][0])
        return "thrown-handled"

    def close(self):
        print("  WithMethods.close")


def deleg2():
    yield from WithMethods(5)


d = deleg2()
print(next(d))
print(d.send(4))
print(d.throw(ValueError("v")))
d.close()

# throw() into an iterator without .throw raises at the yield from
d = deleg()
next(d)
try:
    d.throw(KeyError("k"))
except KeyError as e:
    print("KeyError raised in delegator:", e)
# close() on an iterator without .close just closes the delegator
d = deleg()
next(d)
d.close()
print(next(d, "closed"))

try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print(type(e).__name__, e)
