# The exact sequence of __lt__ calls list.sort() and sorted() make (CPython's timsort):
# count_run, binary insertion, and which operand is on the left of each comparison.
class V:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        print("  %s < %s" % (self, other))
        return self.v < other.v
    def __repr__(self):
        return "%s%s" % (self.v, self.tag)

def show(label, values):
    items = [V(v, chr(ord("a") + i)) for i, v in enumerate(values)]
    print(label, items)
    items.sort()
    print("->", items)

show("empty", [])
show("one", [1])
show("two sorted", [1, 2])
show("two reversed", [2, 1])
show("two equal", [1, 1])
show("three", [2, 3, 1])
show("three dup", [2, 1, 2])
show("ascending", [1, 2, 3, 4, 5])
show("non-decreasing", [1, 1, 2, 2, 3])
show("strictly descending", [5, 4, 3, 2, 1])
show("descending with equal", [5, 4, 4, 3, 1])
show("ascending then descending", [1, 3, 5, 4, 2])
show("ten", [3, 7, 1, 9, 4, 4, 0, 8, 2, 6])

print("sorted():")
src = [V(v, chr(ord("a") + i)) for i, v in enumerate([4, 2, 5, 1, 3])]
out = sorted(src)
print("->", out, "source kept:", src)
print("sorted(tuple):", sorted(tuple(V(v) for v in [2, 1, 3])))
print("sorted(generator):", sorted(V(v) for v in [3, 1, 2]))
