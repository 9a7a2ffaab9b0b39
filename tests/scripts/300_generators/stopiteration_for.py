# for loops and StopIteration from iterators.
class Limited:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            print("  raising StopIteration")
            raise StopIteration("value ignored by for")
        self.n -= 1
        return self.n


for x in Limited(3):
    print(x)
else:
    print("else runs when exhausted")

for x in Limited(3):
    if x == 1:
        break
else:
    print("not printed")
print("broke out")

# A StopIteration raised in the loop body is not swallowed by for
try:
    for x in [1, 2]:
        raise StopIteration("from body")
except StopIteration as e:
    print("body StopIteration escaped:", e)

# An exhausted iterator yields nothing on a second loop
it = Limited(2)
print(list(it))
print(list(it))


# Iterator that keeps raising after exhaustion
class Flaky:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls % 2 == 0:
            raise StopIteration
        return self.calls


f = Flaky()
print(list(f))
print(list(f))
print(f.calls)

# __next__ raising another exception propagates
class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("broken iterator")


try:
    for x in Broken():
        pass
except ValueError as e:
    print(type(e).__name__, e)

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return 5


try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    for x in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# Generator returns: for loop ignores the value
def gen():
    yield "a"
    return "ignored"


for v in gen():
    print(v)
