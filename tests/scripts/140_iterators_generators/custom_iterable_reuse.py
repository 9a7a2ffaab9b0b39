# Iterable vs iterator: re-iterable containers returning fresh iterators vs one-shot iterators.
class Range3:
    def __iter__(self):
        yield 0
        yield 1
        yield 2
r = Range3()
print(list(r), list(r), [x * y for x in r for y in r][:4])
class OneShot:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
o = OneShot()
print(list(o), list(o))
o2 = OneShot()
print([(x, y) for x in o2 for y in [0]])
g = (x for x in range(3))
print(3 in g, list(g))
g = (x for x in range(5))
print(2 in g, list(g))
