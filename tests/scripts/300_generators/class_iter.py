# Using a generator as __iter__ makes a class iterable many times over.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("  __iter__ called")
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        yield from range(1, self.start + 1)


c = Countdown(3)
print(list(c))
print(list(c))
print(list(reversed(c)))
it1, it2 = iter(c), iter(c)
print(next(it1), next(it1), next(it2))
print(type(it1).__name__, it1.__qualname__)
print(3 in c, 7 in c)
print(sorted(c))
a, b, cc = c
print(a, b, cc)


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t))
print(sum(t), max(t))


class Pairs:
    def __init__(self, d):
        self.d = d

    def items(self):
        for k in sorted(self.d):
            yield k, self.d[k]

    def __iter__(self):
        return self.items()


print(list(Pairs({"b": 2, "a": 1})))
print(dict(Pairs({"z": 0, "y": 9})))


# Mutating state while iterating is observed lazily
class Live:
    def __init__(self):
        self.items = [1, 2]

    def __iter__(self):
        i = 0
        while i < len(self.items):
            yield self.items[i]
            i += 1


lv = Live()
for x in lv:
    print("live", x)
    if x < 4:
        lv.items.append(x + 2)
