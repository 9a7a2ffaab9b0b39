# __iter__/__next__ protocol: iterators, iterables returning fresh iterators, errors.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
r = Range2(3)
print(list(r), list(r), [x for x in r if x])
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self): return self
try:
    for _ in NoNext(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Range2(1))
except TypeError as e:
    print(type(e).__name__, e)
print(next(iter(Countdown(0)), "empty"), next(Countdown(5)))
