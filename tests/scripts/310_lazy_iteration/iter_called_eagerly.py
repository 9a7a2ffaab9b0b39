# Builtin iterator constructors call iter() on their arguments right away.
class Loud:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __iter__(self):
        print("  iter()", self.name)
        return LoudIter(self.name, self.items)


class LoudIter:
    def __init__(self, name, items):
        self.name = name
        self.it = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        v = next(self.it)
        print("  next()", self.name, "->", v)
        return v


print("zip:")
z = zip(Loud("a", [1, 2]), Loud("b", [3]))
print("  constructed")
print(list(z))

print("map:")
m = map(lambda x, y: x + y, Loud("a", [1]), Loud("b", [2]))
print("  constructed")
print(list(m))

print("enumerate:")
e = enumerate(Loud("a", "xy"))
print("  constructed")
print(list(e))

print("filter:")
f = filter(None, Loud("a", [0, 1]))
print("  constructed")
print(list(f))

print("generator expression:")
g = (x for x in Loud("a", [1]))
print("  constructed")
print(list(g))

print("for loop:")
for x in Loud("loop", [7]):
    print("  body", x)

print("list():")
print(list(Loud("l", [1, 2])))

print("unpacking:")
p, q = Loud("u", [1, 2])

import itertools
print("chain (lazy):")
c = itertools.chain(Loud("a", [1]), Loud("b", [2]))
print("  constructed")
print(list(c))
print("islice:")
s = itertools.islice(Loud("s", [1, 2, 3]), 1)
print("  constructed")
print(list(s))
