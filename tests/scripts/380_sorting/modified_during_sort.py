# While list.sort() runs the list looks empty, and any change made meanwhile is thrown away
# and reported with ValueError (unless the sort already failed with another error).
lst = [3, 1, 2]
class Peek:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  during sort: len=%d list=%r" % (len(lst), lst))
        return self.v < other.v
    def __repr__(self):
        return "P%d" % self.v

lst = [Peek(3), Peek(1), Peek(2)]
lst.sort()
print(lst)

class Grow:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        target.append("junk")
        return self.v < other.v
    def __repr__(self):
        return "G%d" % self.v

target = [Grow(3), Grow(1), Grow(2)]
try:
    target.sort()
except ValueError as e:
    print("ValueError:", e, target)

# Mutation from the key function.
target = [3, 1, 2]
def key(x):
    target.append(x)
    return x
try:
    target.sort(key=key)
except ValueError as e:
    print("ValueError:", e, target)

# Clearing during the sort is a modification only if it changes something.
class Clear:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        target.clear()
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v
target = [Clear(2), Clear(1)]
target.sort()
print("cleared:", target)

# Both a mutation and an exception: the exception wins.
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        target.append(0)
        raise KeyError("both")
target = [Both(2), Both(1)]
try:
    target.sort()
except KeyError as e:
    print("KeyError:", e, len(target))

# sorted() works on a copy: mutating the source during the sort is fine.
src = [Grow(2), Grow(1)]
target = src
print(sorted(src), len(src))
